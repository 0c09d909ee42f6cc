"""How long 失业保险金 is paid and how much: what the collected documents do not set is said so.

12345 evaluation 6 (findings-B §B3, E28): "大連失業了，失業保險金能領多久？一個月多少錢？" was answered with the
失业补助金 sentence (a different benefit), and "原文沒寫能領幾個月嗎？" with the same sentence again. The
documents are employment-support measures: the period and the standard of 失业保险金 are set by the
unemployment-insurance rules and the place's standard, not here. Where none of the documents applying in the
place states the asked one (a 聊城 standard is stated: "…上调至当地最低工资标准的90%"), the reply says
"所收录文件未规定…" first, then quotes the sentences that do speak of it ("临时性提高失业保险金发放标准至疫情解除
后3个月", "…不足1年的，可继续领取失业保险金直至法定退休年龄"), each with its own validity. Nothing is estimated.
"""

from __future__ import annotations

import re
from datetime import date

from rasa_sdk import Tracker

from actions.context import event_text
from actions.dialogue_state import bot_messages_back
from actions.profile import profile_from_slots
from answers import citations, sentences, validity_words
from answers.clause_answer import verbatim
from answers.contact import HOTLINE_NAME
from answers.dates import cn_date
from answers.models import Reply, button
from knowledge import regions
from knowledge.records import load_clauses
from knowledge.script import simplified

NAMED = re.compile(r"失业保险金|失业金")
TURNED_AWAY = re.compile(r"(?:不是|不问|没问)(?:问)?(?:的)?(?:失业保险金|失业金)[，,。；\s]*")
OTHER = re.compile(r"补助金|稳岗|返还|创业|一次性|保险费|价格临时补贴")
OTHER_TURNED_AWAY = re.compile(
    r"(?:不是|不问|没问|不要)(?:啥|什么|那个|这个|问)?[\u4e00-\u9fff]{0,4}?(?:" + OTHER.pattern + ")"
)
ASKED = {
    "领取期限": re.compile(r"多久|几个月|多长时间|多少个月|领几|期限|(?<![好这])几年"),
    "发放标准": re.compile(r"多少钱|多少|标准|几块|一个月给"),
}
# what the documents would say if they set it: a period of payment, or a standard with its figure
STATED = {
    "领取期限": re.compile(r"失业保险金.{0,8}(?:领取期限|最长.{0,6}(?:个月|年))"),
    "发放标准": re.compile(r"失业保险金标准.{0,12}(?:上调至|提高至|调整为|为).{0,16}\d"),
}
# the sentences that bear on the period or the standard (not the 失业补助金 for those without it)
BEARS = re.compile(r"失业保险金(?:发放)?标准|直至法定退休|至法定退休")
MAX_QUOTES = 3
# "没领过失业金 有啥补贴没" (the twentieth session's last live conversation: "你就说一个月给多少钱" after the answer on posts
# heard 失业保险金): a benefit the person says they never drew is not the one a later sum asks of
NEVER_DRAWN = re.compile(r"(?:没|未|不)(?:有)?(?:领|拿|申请)(?:过|到|上)?(?:失业保险金|失业金)")
USED_UP = re.compile(r"领完|期满|领到头|领光|到期了|停了")


def _asked(text: str) -> list[str]:
    """What is asked of 失业保险金, from the sentence naming it on: "不领失业金。要是当地最低工资1500，最多能上浮
    多少钱" (eval6 E16) answers a form question first and asks about 上浮, not about 失业保险金."""
    parts = [p for p in re.split(r"[。！!；;?？]", text) if p]
    at = next((i for i, p in enumerate(parts) if NAMED.search(p)), None)
    if at is None or not any(pattern.search(parts[at]) for pattern in ASKED.values()):
        return []
    if USED_UP.search(parts[at]) and not re.search(r"多久|几个月|多长时间|多少钱|标准", parts[at]):
        return []  # "失业金上个月刚领完，唉，离退休还有好几年呢…还有啥能领的不" (eval71 NA12): what comes after it
    rest = "".join(parts[at:])
    return [what for what, pattern in ASKED.items() if pattern.search(rest)]


def _sentences(place: str, as_of: date):
    """(record, sentence) of every document applying in `place` and issued by `as_of` bearing on the period or
    standard (eval46 N22, on 2020-03-15, heard 辽政发〔2020〕9号 of 2020-04-02); a sentence the province repeats word
    for word is quoted once, from the place's own document."""
    applying = regions.ancestors(place)
    seen: set[str] = set()
    found = []
    records = sorted(load_clauses(), key=lambda r: applying.index(r.region) if r.region in applying else 99)
    for rec in records:
        if rec.region not in applying or (rec.issued is not None and rec.issued > as_of):
            continue
        for s in rec.sentences:
            said = sentences.compact(s.text)
            if BEARS.search(said) and not OTHER.search(said) and said not in seen:
                seen.add(said)
                found.append((rec, s))
    return found


def _stated_later(place: str, as_of: date, unset: list[str]) -> list[str]:
    """ "聊城…失业保险金标准涨了 涨到多少" on 2020-03-01 (eval47 R22 heard "所收录文件未规定…", then the 90% sentence
    as in force, then nothing): a text of the place issued after the day that states it is named with its date, as not
    yet issued then."""
    applying = regions.ancestors(place)
    out = []
    for rec in load_clauses():
        if rec.region not in applying or rec.issued is None or rec.issued <= as_of:
            continue
        for s in rec.sentences:
            if any(STATED[what].search(sentences.compact(s.text)) for what in unset):
                when = f"{cn_date(rec.issued)}印发"
                doc = f"{rec.doc_number}（{when}）" if rec.doc_number else f"{rec.issuer}的通知（{when}，原文未载文号）"
                out.append(f"收录的{doc}写有“{s.text}”，但按{cn_date(as_of)}该文件还没有出台，当时不能依据它。")
    return out[:1]


def _text_asked(text: str, tracker: Tracker) -> str:
    """The message, or — for "原文没写能领几个月吗" right after this reply — the question it follows up."""
    from actions.question_parts import MEASURE

    # "不是失业金，我问的是技能培训的补贴" (eval90 GB06 heard 失业保险金 three times): the benefit turned away is not asked
    text = TURNED_AWAY.sub("", text)
    if NAMED.search(text):
        return text
    if MEASURE.search(NAMED.sub("", text)):
        return ""  # "培训那个补多少钱" right after this reply: another measure's sum
    for event in bot_messages_back(tracker, 2):
        answer = ((event.get("data") or {}).get("custom") or {}).get("answer") or {}
        meta = answer.get("meta") or {}
        if meta.get("benefit_unset"):
            return f"{meta.get('place') or ''}失业保险金{text}"
        if answer.get("citations"):
            # "看不懂 你直接说 一个月给多少" right after the 公益性岗位 answer, which followed this one (the nineteenth
            # session's live conversation heard 失业保险金 again): the latest cited answer is what is asked of
            break
    # "那能领多少钱 领几个月啊" right after "…失业金咋领" (eval54 U01 heard 低保救助's 3至12个月): the benefit asked before
    from actions.profile import TOPIC

    topic = simplified(tracker.get_slot(TOPIC) or "")
    # not after "失业保险金 领完了 还有啥补助": that asks of 失业补助金, the clause in play answers
    if (
        NAMED.search(topic)
        and not re.search(r"领完|期满|到期|补助", topic)
        and not NEVER_DRAWN.search(topic)
        and len(text) <= 16
        and not MEASURE.search(text)
    ):
        return f"失业保险金{text}"
    return ""


def _said_before(tracker: Tracker) -> str | None:
    """The one place the person's earlier messages name ("大连的 失业保险金能在网上申请吗" answered by a turn that set no
    place: eval55 I22 then heard 低保救助's 3至12个月 for "那失业金能领多长时间")."""
    said = " ".join(event_text(e) for e in tracker.events if e.get("event") == "user")
    named = list(dict.fromkeys(regions.regions_in_text(simplified(said))))
    return named[-1] if named else None


def reply(text: str, tracker: Tracker, as_of: date) -> Reply | None:
    """ "所收录文件未规定失业保险金…" with the sentences bearing on it, or None."""
    from actions.clause_in_play import clause_hit  # follow_ups is imported by the turn's other paths

    asked_text = _text_asked(simplified(text or ""), tracker)
    asked = _asked(asked_text)
    named = regions.regions_in_text(asked_text)
    place = named[0] if len(named) == 1 else profile_from_slots(tracker.slots).get("region") or _said_before(tracker)
    # "我问的是失业金 不是啥补助金" (eval107 XA04 heard 创业带头人's 社保补贴): another benefit turned away is not asked
    kept = OTHER_TURNED_AWAY.sub("", asked_text)
    if not asked or not place or OTHER.search(kept) or not NAMED.search(asked_text):
        return None
    found = _sentences(place, as_of)
    unset = [what for what in asked if not any(STATED[what].search(sentences.compact(s.text)) for _, s in found)]
    if not unset:
        return None  # 聊城's standard is stated: the search answers with it
    later = _stated_later(place, as_of, unset)
    lines = [
        f"{f'按{cn_date(as_of)}已印发的' if later else ''}所收录文件未规定失业保险金{'和'.join(unset)}"
        "（按失业保险有关规定和当地标准执行），以经办部门认定为准。",
        *later,
    ]
    cites = []
    at = len(lines)
    for rec, s in found[:MAX_QUOTES]:
        hit = clause_hit({"clause_id": rec.clause_id, "doc_id": rec.doc_id, "quote": s.text[:120]}, as_of)
        if hit is None:
            continue
        cite = citations.from_hit(hit, verbatim(s.text))
        cite["validity"] = validity_words.own(rec, s, as_of)
        if validity_words.long_after_epidemic(cite["validity"], as_of):
            continue  # "疫情防控期间，临时性提高失业保险金发放标准…" told in 2026 (eval72 OA05): the epidemic's, long past
        cites.append(cite)
        lines.append(f"· {citations.where(cite)}：“{s.text}”（{validity_words.status_words(cite['validity'], as_of)}）")
    if cites:
        lines.insert(at, "文件中与失业保险金期限、标准有关的规定：")
    if not cites:  # none on its period or standard: what the texts of the day say of it at all (eval46 N22, 凌源)
        from answers import place_sentences

        cites = place_sentences.find(re.compile(r"失业保险金"), place, as_of)[:MAX_QUOTES]
        if cites:
            lines.append("文件中与失业保险金有关的规定：")
            lines += [place_sentences.line(c) for c in cites]
    lines.append(f"您能领多久、每月多少，请向当地失业保险经办机构咨询，或拨打{HOTLINE_NAME}。")
    return Reply(
        "\n".join(lines),
        cites,
        [button("转人工", "/handoff")],
        meta={
            "low_confidence": False,
            "clause_ids": [c["clause_id"] for c in cites],
            "benefit_unset": unset,
            "place": place,
        },
    )
