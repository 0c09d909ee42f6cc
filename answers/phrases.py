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


def wants_human(text: str) -> bool:
    return bool(HANDOFF.search(text or ""))
