""" "那意思就是到期了，现在没有这个补贴了呗？" right after a sentence extending a measure ("对就业困难人员享受灵活就业社会保险补贴
政策期满仍未实现稳定就业的，政策享受期限可延长1年，实施期限为2020年1月1日至12月31日。"): what ended is the extension, not
the measure it extends (eval76 SA04, rated 1, a 48-year-old cleaner, heard "已到期" twice and took it that no subsidy is
left). Said plainly: the extension ended; the measure itself is one the sentence names as a policy already in place,
with no standard or end here; a sentence of the person's place stating that measure is quoted with its own validity;
whether it applies now is the office's to decide."""

from __future__ import annotations

import re
from datetime import date

from rasa_sdk import Tracker

from actions.profile import profile_from_slots
from answers import citations, clause_json, place_sentences, sentences, validity_words
from answers.models import Reply, button
from answers.notices import HOTLINE_NAME

ASKED = re.compile(
    r"(?:没有|没)(?:这个|这项|那个|这种)?(?:补贴|补助|政策)了|(?:不能|领不了|没法|不给)(?:再)?(?:领|申请|享受|补)了|"
    r"(?:是不是|就是|意思是)[^，。？?]{0,6}(?:没了|没有了|到期了)|现在(?:还)?(?:有没有|还有吗|没了)|补贴(?:就)?没了"
)
# "…享受灵活就业社会保险补贴政策期满…政策享受期限可延长1年": the measure extended, named as a policy in place
EXTENDS = re.compile(r"(?:享受|从事)(?P<measure>[^，。；]{2,20}?)政策期满[^。]*?(?:期限)?可(?:再)?延长")
IN_FORCE = ("active", "unknown")
GROUPS = re.compile(r"就业困难人员|高校毕业生|残疾人|退役军人|贫困劳动力")


def reply(text: str, tracker: Tracker, as_of: date) -> Reply | None:
    from actions.clause_in_play import in_play

    if not ASKED.search(text or ""):
        return None
    cite = in_play(tracker)[0]
    rec = sentences.record_of((cite or {}).get("clause_id") or "")
    said = sentences.sentence_of(rec, cite.get("quote") or "") if cite and rec else None
    extends = EXTENDS.search(said.text) if said is not None else None
    if rec is None or said is None or extends is None:
        return None
    if validity_words.own(rec, said, as_of).get("status") != "expired":
        return None
    measure = extends.group("measure")
    lines = [
        f"到期的是“期满后延长1年”这一项（{validity_words.badge(validity_words.own(rec, said, as_of))}），"
        f"不是“{measure}”本身。这句原文是：“{said.text.strip()}”",
    ]
    place = profile_from_slots(tracker.slots).get("region") or rec.region
    own = _stating(measure, place, as_of, GROUPS.findall(said.text))
    cites = [citations.from_hit(clause_json.as_hit(rec, as_of, [said.text]), said.text)]
    if own is not None:
        orec, s = own
        lines.append(
            f"“{measure}”本身，{citations.where(citations.from_hit(clause_json.as_hit(orec, as_of), s.text))}"
            f"写的是：“{s.text.strip()}”（{validity_words.badge(validity_words.own(orec, s, as_of))}）"
        )
        cites.append(citations.from_hit(clause_json.as_hit(orec, as_of, [s.text]), s.text))
    else:
        lines.append(f"这份文件把“{measure}”当作已有的政策来写，没有写它的标准和期限。")
    lines.append(f"现在能不能享受、怎么申请，以经办部门认定为准，可咨询当地人社部门或拨打{HOTLINE_NAME}。")
    return Reply("\n".join(lines), cites, [button("转人工", "/handoff")], meta={"clause_ids": [rec.clause_id]})


def _stating(measure: str, place: str, as_of: date, groups: list[str]):
    """(record, sentence) of the place's texts that grants `measure` to the same `groups` with a standard, not
    extending it, or None (大连's 30% for graduates working flexibly is not the 就业困难人员's)."""
    terms = [t for t in re.split(r"的|和|及", re.sub(r"政策$", "", measure)) if len(t) >= 2] + groups
    found = []
    for rec, s in place_sentences.pairs(place, as_of) if place else ():
        compact = sentences.compact(s.text)
        if (
            all(_holds(compact, t) for t in terms)
            and not EXTENDS.search(s.text)
            and sentences.has_feature(s.text, "amount")
            and validity_words.own(rec, s, as_of).get("status") in IN_FORCE
        ):
            # a sentence for a narrower group ("…就业困难人员范围的残疾人") is not the measure for all of them
            others = set(GROUPS.findall(s.text)) - set(groups)
            found.append((len(others), s.index, rec, s))
    return min(found, key=lambda x: x[:2])[2:] if found else None


def _holds(text: str, term: str) -> bool:
    """The term, or its words with others between ("灵活就业社会保险补贴" in "灵活就业的…给予社会保险补贴")."""
    if term in text:
        return True
    parts = [p for p in re.findall(r"灵活就业|公益性岗位|社会保险补贴|岗位补贴|[\u4e00-\u9fff]{2,}", term)]
    # "应缴纳社会保险费的30%给予补贴" grants a 社会保险补贴 in other words
    loose = {"社会保险补贴": r"社会保险(?:费)?[^。]{0,40}补贴", "岗位补贴": r"岗位[^。]{0,20}补贴"}
    return len(parts) > 1 and all(re.search(loose.get(p, re.escape(p)), text) for p in parts)
