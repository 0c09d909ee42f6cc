"""Questions about one thing asked beside the measures in play, each answered by its own module: hiring people from
another province (origin_group), whether an online shop is a business (online_business), getting a 公益性岗位 and what
it pays (post_asked), what those near retirement are given (near_retirement_asked). They run after the person's own-status questions and before the clause in play is read again,
in the form or out of it (the twentieth session's last live conversation heard "那公义岗俺能去不" answered with 18号（十五）'s
plan of posts while the form waited on its 低保 question)."""

from __future__ import annotations

from datetime import date

from rasa_sdk import Tracker

from actions import near_retirement_asked, online_business, origin_group, post_asked
from actions.profile import TOPIC
from answers.models import Reply
from knowledge.script import simplified


def reply(text: str, tracker: Tracker, profile: dict, as_of: date) -> tuple[Reply, bool] | None:
    """(the reply, whether it is now the conversation's topic), or None."""
    region = profile.get("region")
    # after a first reply, which leads with the same words before its measures ("你就说招湖北的一个人给多少", eval103 TA06)
    if tracker.get_slot(TOPIC) and origin_group.HIRING.search(text):
        hired_from = origin_group.reply(simplified(text), region, as_of)
        if hired_from is not None:
            return hired_from, False
    near = near_retirement_asked.reply(simplified(text), profile, as_of)  # "听说快退休的有啥照顾" (eval108 YA01)
    if near is not None:
        return near, True
    online = online_business.reply(simplified(text), region, as_of)  # "开网店算创业吗" (eval103 TA05)
    if online is not None:
        return online, False
    post = post_asked.reply(text, tracker, profile, as_of) or post_asked.pay_reply(text, tracker, profile, as_of)
    return (post, True) if post is not None else None  # "那公益岗呢 俺这样的能去不" (eval95 LA01)
