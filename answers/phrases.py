"""Words a person uses to ask for a human, in one list for every place that reads them.

Inside the eligibility form they confirm DIET's `handoff` intent (actions/form.py: a bare "35" is
never a hand-off); when the dialogue service is down the API's fallback reads them on their own
(api/chat/fallback.py) and answers with the hotline instead of searching. So the list must be
specific enough to stand alone: "找懂行的人问问" asks for a person, "失业的人能领什么" does not;
"人工智能" is not "人工". Every training and held-out `handoff` example matches it, and no policy
question does (tests/answers/test_words_in_one_place.py).
"""

from __future__ import annotations

import re

HANDOFF = re.compile(
    r"^/handoff\b|人工(?!智能)|真人|活人|客服|工作人员|话务员|坐席|接线员|电话|热线|12345|投诉|"
    r"找.{0,6}的人|找(?:个)?(?:真)?人|(?:跟|和)(?:真)?人(?:说|聊|谈|讲)|(?:跟|和|是)机器|机器人"
)


# "我没说转人工啊", "不要转", "我就是12345坐席 你转我干啥": a hand-off refused, not asked for (evaluation 11, I22/I28)
REFUSED = re.compile(
    r"(?:没|没有|不要|不用|别|不想|谁让你|没让你|没叫你|没要)(?:说|让你|叫你|要){0,2}"
    r"(?:转人工|转接|找人工|找真人|找客服|转(?=$|[啊呀吧呢，,。!！?？\s]|了|就|干))|"
    r"转(?:我|人工)?(?:干啥|干嘛|做什么|干什么)|我(?:就)?是(?:12345)?(?:的)?(?:坐席|接线员|话务员|工作人员)"
)


def wants_human(text: str) -> bool:
    return bool(HANDOFF.search(text or "")) and not REFUSED.search(text or "")


def refuses_human(text: str) -> bool:
    return bool(REFUSED.search(text or ""))
