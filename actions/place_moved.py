"""Where the person, or the firm asked about, is said to be, against the place the conversation had.

eval30 Q14: a hotline agent read 聊城 第5条 for a caller, then said "这家企业就在大连甘井子区，不在聊城。大连的企业稳岗返还按
哪个文件、返多少" and heard 聊城's 50% × 24000元 = 12000元 three times, once with "大连市的规定只适用于大连市；您在聊城市".
The place said now is where the conversation is: the question is answered for it, and the clause just read, of the
old place, is said not to apply there.
"""

from __future__ import annotations

import re
from datetime import date

from rasa_sdk import Tracker

from actions.within_place import most_specific
from knowledge import regions

# "企业在大连", "这家企业就在大连甘井子区，不在聊城", "在大连不在聊城", "不是聊城的，是大连的"
SUBJECT = r"(?:企业|公司|单位|厂子?|店|我|我们|俺|俺们|他|她|他们|人|家|这家|那家|来电(?:企业|人)?|对方)"
IS_AT = re.compile(
    rf"{SUBJECT}(?:就|是|都|其实|实际上?|现在)*在(?P<new>[\u4e00-\u9fff]{{2,10}}?)(?=[，,。；\s]|不在|的|$)|"
    r"在(?P<new2>[\u4e00-\u9fff]{2,8}?)[，,\s]*不在(?P<old>[\u4e00-\u9fff]{2,6})|"
    r"不(?:在|是)(?P<old2>[\u4e00-\u9fff]{2,6}?)(?:的)?[，,。\s]+(?:而)?(?:是|在)(?P<new3>[\u4e00-\u9fff]{2,8}?)(?=[，,。；\s]|的|$)"
)
USABLE = re.compile(r"(?:还)?能(?:不能)?用|能否用|适用|套用|管用|还算数|还有效|这条")


def moved(text: str, tracker: Tracker) -> str | None:
    """The covered region the message now puts the person or firm in, when it differs from the one the
    conversation had (the slot, or the place of the clause just read); None otherwise."""
    from actions.clause_in_play import in_play

    m = IS_AT.search(text or "")
    if m is None:
        return None
    said = m.group("new") or m.group("new2") or m.group("new3") or ""
    found = most_specific(regions.regions_in_text(said))
    if len(found) != 1:
        return None
    # the place the person had said; or, when the message denies the old place ("就在大连甘井子区，不在聊城" after 聊城's
    # 第5条), the clause just read. A clause of an unplaced answer alone moves nothing: "俺在聊城茌平县。那一个月…"
    # after 辽宁's sentence is the same question there (the follow-up reading answers it)
    denied = bool(m.group("old") or m.group("old2") or re.search(r"不在|不是", text[m.end() : m.end() + 8]))
    before = [tracker.get_slot("region")] + ([(in_play(tracker)[0] or {}).get("region")] if denied else [])
    if not any(b and not regions.covers(b, found[0]) and not regions.covers(found[0], b) for b in before):
        return None
    return found[0]


def without_old(text: str) -> str:
    """The message without the place it denies ("…，不在聊城"), so the search reads one place."""
    return re.sub(r"[，,]?\s*不(?:在|是)[\u4e00-\u9fff]{2,6}?(?:的)?(?=[，,。；\s]|$)", "", text)


def asks_usable(text: str) -> bool:
    return bool(USABLE.search(text))


def answer(text: str, tracker: Tracker, region: str, as_of: date):
    """The reply for the new place: whether the clause just read applies there (it does not), with that place's
    sentence on the same thing; or the message's own question answered there."""
    from actions.clause_in_play import in_play, without_places
    from actions.other_place_rule import not_here
    from actions.profile import TOPIC
    from actions.profile_turns import restated
    from answers.clause_answer import search_answer
    from retrieval.search import search

    cite = in_play(tracker, text)[0]
    old = (cite or {}).get("region")
    if cite is not None and old and not regions.covers(old, region) and asks_usable(text):
        return not_here(text, cite, cite, old, region, region, None, as_of, who="企业" if "企业" in text else "您")
    asked, notice = without_old(text), f"好的，下面按{region}的政策回答："
    if len(re.sub(r"[^\u4e00-\u9fff]", "", CORRECTING.sub("", without_places(asked)[0]))) < 3 and cite is not None:
        # "说错了 我在大连" after 聊城 第16条's loan (eval83 ZB12 heard 46号（二）'s 中国制造2025): the measure in play, asked
        # in the new place
        heading = cite.get("heading") or ""
        asked = f"{heading} {cite.get('quote') or ''}"
        notice = f"好的，下面按{region}的政策回答" + (f"（刚才说的是“{heading}”）：" if heading else "：")
        topic = tracker.get_slot(TOPIC) or ""
        if len(re.sub(r"[^\u4e00-\u9fff]", "", without_places(topic)[0])) >= 4:
            # "不对 我在聊城" after "我凌源的 公益性岗位谁能干 一个月给多少钱" (eval100 QB09 heard 聊城's hiring 岗位补贴 for
            # 凌源's graduates' heading, twice): the person's own question, asked in the new place
            asked, notice = without_places(topic)[0], restated(topic, region)
    response = search(asked[:200], region=region, top_k=5, as_of=as_of).model_dump()
    response["results"].sort(key=lambda h: not regions.covers(h.get("region") or "", region))
    return search_answer(response, notice=notice)


# the words of a place corrected ("说错了 我在…", "不对，是…"): no question of their own
CORRECTING = re.compile(
    r"说错了|搞错了|弄错了|打错了|不对|不是|错了|我们?|俺们?|在|是|那边|这边|的|啊|呢|了|[，,。！!\s]"
)
