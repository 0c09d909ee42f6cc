""" "听说失业金领完了还有个失业补助金 有没有这个": a measure asked for by the name the texts give it, found word for word.

12345 evaluation 39 (J07): a 58-year-old in 大连 asked twice for the 失业补助金 that 大政发〔2020〕18号（十七） grants
("对出现领取失业保险金期满仍未就业…的参保失业人员，发放失业补助金") and heard the measures of the rules instead: no
rule carries that sentence (it states no amount). Where the name typed stands in a sentence of a text applying to the
place and issued by the day asked, and the reply does not quote it yet, that sentence leads, cited, with its own
validity; the rest follows as before.
"""

from __future__ import annotations

import re
from datetime import date

from answers import citations, clause_json, validity_words
from answers.models import Reply
from answers.sentences import compact
from knowledge.records import load_clauses, not_yet_issued
from knowledge.regions import covers

NAME = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:补助金|补贴|补助|津贴)")
ORIGIN_ONLY = re.compile(r"[\u4e00-\u9fff]{2}籍")
EXISTS = re.compile(r"有没有|有(?:这个|这项|这么个|个)?[^，。？?]{0,10}(?:吗|没有|不|么)|是真的|真有")


def _names(text: str) -> list[str]:
    """The names typed, each as its shortest tail of two characters or more before the ending ("还有个失业补助金" →
    "失业补助金" first, then longer): the words before a name are not part of it."""
    out = []
    for m in NAME.finditer(text):
        end = re.search(r"(?:补助金|补贴|补助|津贴)$", m.group(0))
        head = m.group(0)[: end.start()] if end else ""
        out += [head[i:] + (end.group(0) if end else "") for i in range(len(head) - 2, -1, -1)]
    return list(dict.fromkeys(out))


# what may stand right before a measure's name where the name is not the tail of a longer one ("纳入创业补贴范围",
# "给予创业补贴"; not "一次性求职创业补贴")
BEFORE_NAME = re.compile(r"(?:^|[^\u4e00-\u9fff]|[的予入请放受领和及或与享按])$")


def _standing_alone(sentence: str, name: str) -> bool:
    text = compact(sentence)
    return any(BEFORE_NAME.search(text[: m.start()]) for m in re.finditer(re.escape(name), text))


def _origin_only(sentence: str, text: str) -> bool:
    return bool(ORIGIN_ONLY.search(sentence)) and not ORIGIN_ONLY.search(text)


def _shared(sentence: str, text: str, name: str) -> int:
    """How many of the message's two-character runs, outside the name asked, the sentence holds."""
    said = compact(text).replace(name, " ")
    pairs = {said[i : i + 2] for i in range(len(said) - 1)} - {"就业", "补贴", "政策", "有没", "没有"}
    body = compact(sentence)
    return sum(1 for p in pairs if re.fullmatch(r"[\u4e00-\u9fff]{2}", p) and p in body)


RESTRICTED = re.compile(r"属于[^，。；]{2,30}的|^对[^，。；]{2,40}的")


def lead(first: Reply | None, text: str, region: str | None, as_of: date) -> Reply | None:
    if first is None or not region or not EXISTS.search(text or ""):
        return first
    quoted = "".join(compact(c.get("quote") or "") for c in first.citations)
    for name in _names(compact(text)):
        if name in quoted:
            return first  # the reply says it already
        found = [
            (rec, s)
            for rec in load_clauses()
            if covers(rec.region, region) and not not_yet_issued(rec, as_of)
            for s in rec.sentences
            if name in compact(s.text)
        ]
        if not found:
            continue
        # "有什么创业补贴" in 大连 (eval82 YB04 heard only 18号（十三）'s 湖北籍 graduates' "一次性求职创业补贴" and "不是湖北籍的…没有
        # 这项补贴"): the sentence naming the measure itself (46号（六）"纳入创业补贴范围") before one naming a longer name
        # ending in it or granting it only to people of one origin
        # "跑外卖…灵活就业有没有社保补贴" (eval85 BA10 heard 46号（六）'s 创业实体 社保补贴): the sentence sharing most of the
        # message's other words (46号（三）'s "…灵活就业人员社保补贴") before one where the name merely stands alone
        rec, s = min(
            found,
            key=lambda x: (
                _origin_only(x[1].text, text),
                -_shared(x[1].text, text, name),
                not _standing_alone(x[1].text, name),
            ),
        )
        own = validity_words.own(rec, s, as_of)
        cite = {**citations.from_hit(clause_json.as_hit(rec, as_of, [s.text]), s.text.strip()), "validity": own}
        # "有没有一次性创业补贴" in 凌源 (eval41 G22 heard "有。" of 辽政发（十四）'s 湖北籍 2020届 graduates' 求职创业补贴):
        # a measure only for people from one place is no "有" to anyone else
        only = ORIGIN_ONLY.search(s.text) if _origin_only(s.text, text) else None
        # "属于就业困难人员或离校1年未就业的高校毕业生，可按规定享受灵活就业人员社保补贴" (eval46 N07, a rider, heard a
        # bare "有。"): the measure is there for the people the sentence names, which is said before the quote
        # "肢体残疾 想做电商 有没有创业补贴" in 凌源 (eval96 MA10 heard "只有给“湖北籍”人员的" first, as if that were the
        # answer): that there is none for them, then the one sentence writing the name
        lead_word = (
            f"{region}适用的文件里没有给您这种情况的{name}；写到{name}的只有给“{only.group(0)}”人员的这一句，"
            if only
            else "有，但只给原文所列的人员，要看您是否属于："
            if RESTRICTED.search(s.text)
            else "有。"
        )
        said = [
            f"{lead_word}{citations.where(cite)}写明：“{s.text.strip()}”",
            "",
            validity_words.sentence(own, as_of, with_ask=False),
            f"原文没有写{name}的标准和期限，具体以经办部门核定为准。" if not re.search(r"\d", s.text) else "",
        ]
        first.text = "\n".join(x for x in said if x) + "\n" + first.text
        first.citations = [cite, *first.citations]
        return first
    return first
