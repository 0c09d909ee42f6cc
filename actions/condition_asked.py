""" "那我这情况算不算不足1/3？" right after a clause: the condition asked about is that clause's own words.

eval6 E12: after 大政发〔2020〕18号（十三） "对距见习协议确定的见习期满不足1/3时…签订劳动合同的，给予见习单位全部
期限见习补贴", the question was searched afresh and answered with （十七） "距离法定退休年龄不足1年", then "这个现在
还执行吗" about that wrong clause. A question whether the person meets a condition the cited clause states is
answered with the sentence stating it, whole, and who decides; the assistant does not rule on the case.
"""

from __future__ import annotations

import re
from datetime import date

from actions import share_left
from answers import citations, validity_words
from answers.clause_answer import verbatim
from answers.models import Reply
from answers.sentences import compact, is_heading, quote_of, record_of
from knowledge.registry import documents

# "算不算不足1/3" (the condition after the verb) is tried before "不足1/3算不算" (before it)
ASKS = (
    re.compile(
        r"(?P<v>算不算|算是|是不是|属不属于|符不符合|符合|够不够|达没达到|满不满足|满足)(?P<x>[^，。？?！!]{2,14}?)(?:吗|呢|啊|[?？。！!]|$)"
    ),
    re.compile(r"(?P<x>[^，。？?！!]{2,14}?)(?:算吗|算不算|够吗|够不够)"),
)
FILLER = re.compile(r"^(?:那|我|俺|我这|俺这|这|这个|这种|情况|的)+")
# "车库算不算场地", "你先说专科生算不算高校毕业生": the thing asked about, the words just before the verb after
# the last of 说/问/是/的/那/我/俺 ("我要是租的车库" → 车库)
SUBJECT = re.compile(r"(?:^|[说问是的那我俺\s，,！!？?。：:；;])(?P<s>(?:(?![说问是的那我俺])[\u4e00-\u9fff]){2,6})$")
# a group the texts define: whether one belongs is the definition's to answer
DEFINED = re.compile(r"就业困难人员|零就业家庭|贫困劳动力|灵活就业人员")
# "落实《朝阳市…人才安家补助实施细则(试行)》": the conditions are in a text the knowledge does not hold
ANOTHER_TEXT = re.compile(r"《([^》]{4,40})》")


def held_titles() -> set[str]:
    return {d.title for d in documents().values() if d.title}


def _subject(text: str, verb_at: int) -> str | None:
    m = SUBJECT.search(text[:verb_at].rstrip())
    subject = FILLER.sub("", m.group("s")) if m else ""
    return subject if len(subject) >= 2 and "情况" not in subject and "样" not in subject else None


def reply(text: str, cite: dict | None, hit: dict | None, as_of: date, said: list[str] | None = None) -> Reply | None:
    """The sentence of the clause in play stating the condition asked about, or None. `said`: the person's
    messages, newest first — where they give the figures the condition reads, it is worked (share_left)."""
    m = next((m for p in ASKS if (m := p.search(text or ""))), None)
    rec = record_of((cite or {}).get("clause_id") or "")
    if not m or rec is None or hit is None:
        return None
    asked = FILLER.sub("", compact(m.group("x")))
    if len(asked) < 2:
        return None
    if DEFINED.search(asked):
        return None  # "退伍军人算不算就业困难人员": who the group is, answered by its defining sentence (eval86 CB06)
    # a heading is no condition ("为就业困难人员提供个性化援助。" was quoted as one, eval86 CB06)
    s = next((s for s in rec.sentences if asked in compact(s.text) and not is_heading(rec, s)), None)
    if s is None:
        return None
    q = quote_of(s, [asked])
    cite = citations.from_hit(hit, verbatim(q.text))
    v = validity_words.own(rec, s, as_of)
    cite["validity"] = v
    lines = [
        f"“{asked}”是{citations.where(cite)}规定的条件，原文是：",
        f"“{q.text}”",
        validity_words.sentence(v, as_of),
    ]
    subject = _subject(text, m.start("v")) if m.re is ASKS[0] else None
    if subject and subject not in compact(rec.text):
        # eval17 O23: "车库算不算场地？" heard the condition again and nothing on 车库; the text does not say
        lines.insert(0, f"原文没有写到“{subject}”是否算“{asked}”，以经办部门认定为准。")
        named = [t for t in ANOTHER_TEXT.findall(s.text) if t not in held_titles()]
        if named:  # eval18 P19: who counts as 优秀人才 is the 朝阳市 细则's, not in the collection
            lines.insert(1, f"具体条件见《{named[0]}》，该文件未收录，请向责任单位咨询。")
    lines += [
        share_left.conclusion(s.text, said or [text]) or "您的情况是否符合，以经办部门认定为准；",
    ]
    lines[-1] += "可以带上相关协议、合同向责任单位咨询，或回复“转人工”。"
    return Reply("\n".join(lines), [cite], meta={"low_confidence": False, "clause_ids": [cite["clause_id"]]})
