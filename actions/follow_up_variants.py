""" "合伙的呢" after a cited answer: the same clause, the sentence about that case.

A short "<words>的呢" names a case (合伙, 残疾人, 小微企业) rather than a new question: when a clause
just cited has a sentence naming it ("…合伙创业或组织起来共同创业的提高为60万元"), that sentence answers
it, from that clause and that place (eval4 B4: "合伙的呢" after a 创业 answer was read as a fact and the
form went on asking). A place ("那大连的呢") is a switch of place, answered elsewhere (turns.switch_place).
"""

from __future__ import annotations

import re
from datetime import date

from rasa_sdk import Tracker

from actions.dialogue_state import bot_messages_back
from answers import clause_detail, sentences
from answers.models import Reply
from knowledge import places, regions

VARIANT = re.compile(
    r"^(?:那|那么|要是|如果是?)?(?:我们|俺们|咱们|我|俺)?(?:是)?(?P<w>[\u4e00-\u9fff]{2,8}?)(?:的话)?的?呢$"
)
# "…高中毕业当的兵 合伙的到底行不行" (eval41 G04 heard 不能 of the graduates' 贴息): the case asked yes or no, last
CASE_ASKED = re.compile(
    r"(?:^|[\s，,。])(?:那|那么|要是|如果是?)?(?P<w>[\u4e00-\u9fff]{2,6}?)的(?:到底|究竟)?(?:行不行|行吗|可以吗|可不可以|能不能|能行吗|中不中)[？?。！!]*$"
)
RECENT_TURNS = 4


def case_of(text: str) -> str:
    """The case a "<words>的呢" names, or "" (not that shape, or a place)."""
    m = VARIANT.match(re.sub(r"[\s，。,.!！?？~～…]", "", text or "")) or CASE_ASKED.search((text or "").strip())
    if not m or regions.regions_in_text(m.group("w")) or places.places_in_text(m.group("w")):
        return ""  # "沈阳呢": a place, not a case
    if re.search(r"[啊吧呀哦嘛着了]", m.group("w")):
        return ""  # "失业啊 领着失业金呢" states the person's case (eval68 KA12 heard "这一条没有写失业啊领着失业金的情况")
    # "困难企业那个呢" (eval77 TA12 heard "这一条没有写困难企业那个的情况"): the case, without the pointing word
    return re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:的)?(?:那个|这个|那种|这种|那条|这条|那项|这项|那块)$", "", m.group("w"))


def names(word: str, text: str) -> bool:
    """The sentence names the case: word for word, or a four-character case by its two halves in order ("困难企业"
    in "…面临暂时性生产经营困难…的参保企业", eval40 H16 heard "这一条没有写困难企业的情况" above that sentence)."""
    if word in text:
        return True
    at = text.find(word[:2]) if len(word) == 4 else -1
    return at >= 0 and word[2:] in text[at + 2 :]


def answer(text: str, tracker: Tracker, as_of: date) -> Reply | None:
    """The sentence naming the case in the newest cited clause that has one, or None."""
    from actions.clause_in_play import (
        clause_hit,  # follow_ups calls this module
        in_play,
    )
    from actions.profile import profile_from_slots

    word = case_of(text)
    if not word:
        return None
    # "大学生呢" after 大连's loan clause (eval34 X21 heard 凌源's 20万 from an earlier answer): the place now
    here = profile_from_slots(tracker.slots).get("region") or (in_play(tracker)[0] or {}).get("region")
    for event in bot_messages_back(tracker, RECENT_TURNS):
        cites = (((event.get("data") or {}).get("custom") or {}).get("answer") or {}).get("citations") or []
        for cite in cites:
            if here and cite.get("region") and not regions.covers(cite["region"], here):
                continue
            rec = sentences.record_of(cite.get("clause_id") or "")
            said = next((s for s in rec.sentences if names(word, sentences.compact(s.text))), None) if rec else None
            hit = clause_hit(cite, as_of) if said is not None else None
            if said is not None and hit is not None:
                return clause_detail.detail(hit, "amount", as_of, text, about=said.text)
    return not_in_clause(word, tracker, as_of) or _with_topic(word, tracker, here, as_of)


def _with_topic(word: str, tracker: Tracker, here: str | None, as_of: date) -> Reply | None:
    """ "大学生呢" after 大连's 创业担保贷款 clause, which names no 大学生: the topic and the case searched together in the
    place (46号（十二）'s 全额贴息 for graduates), not the case alone (大学生村官)."""
    from actions.profile import TOPIC
    from answers.clause_answer import search_answer
    from retrieval.search import search

    topic = tracker.get_slot(TOPIC) or ""
    if not topic or word in topic:
        return None
    response = search(f"{topic} {word}"[:200], region=here, top_k=5, as_of=as_of).model_dump()
    response["results"] = [h for h in response["results"] if word in sentences.compact(h.get("text") or "")]
    if not response["results"]:
        return None
    reply = search_answer({**response, "query": f"{topic} {word}"})
    return None if reply.meta.get("low_confidence") else reply


def not_in_clause(word: str, tracker: Tracker, as_of: date) -> Reply | None:
    """ "合伙创业呢" after 凌源's 创业担保贷款 clause (12345 E26): the clause in play speaks of 创业 but
    names no 合伙创业. What it gives, and for whom, is quoted, and that it says nothing of the case
    asked (never another clause that merely shares a word: 孵化载体's "办公场地" was the answer)."""
    from actions.clause_in_play import clause_hit, in_play

    cite, _ = in_play(tracker)
    rec = sentences.record_of(cite.get("clause_id") or "") if cite else None
    if cite is None or rec is None:
        return None
    own = sentences.compact(rec.text)
    if names(word, own) or not any(word[i : i + 2] in own for i in range(len(word) - 1)):
        return None  # the clause names it, or is about something else: not this case's answer
    hit = clause_hit(cite, as_of)
    if hit is None:
        return None
    reply = clause_detail.detail(hit, "amount", as_of, "", whole=True)
    lines = reply.text.split("\n")
    at = next((i for i, line in enumerate(lines) if line.startswith("责任单位")), len(lines))
    lines.insert(at, f"{word}能否享受、按哪一项办理，以经办部门认定为准。")
    lines.insert(0, f"这一条没有写{word}的情况，写了的是下面几种：")
    reply.text = "\n".join(lines)
    reply.meta["not_in_clause"] = word
    return reply
