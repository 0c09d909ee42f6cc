"""A place outside coverage said again after the assistant has said what it covers (eval8 F25).

"我在北京朝阳区失业了" was answered once with what is covered; said again later ("我在北京朝阳区失业了 能领啥",
"我是北京的", "你们管不管北京的？") the conversation went on with 辽宁 朝阳市's measures, from the region an earlier
turn had set. The coverage is said once; after that the place is said to be outside in one sentence, and the
region an earlier turn set is dropped, so no covered place's measure is offered to a person who is elsewhere.
"重新开始" clears what was told: the first answer after it says the coverage again.
"""

from __future__ import annotations

from rasa_sdk import Tracker

from actions.form_plan import CLEARED
from answers.notices import HOTLINE

OUTSIDE_MARK = "不在目前收录的范围内"


def told_outside(tracker: Tracker) -> bool:
    """The coverage was already said in this conversation (since the last "重新开始")."""
    told = False
    for event in tracker.events:
        if event.get("event") in CLEARED:
            told = False
        elif event.get("event") == "bot" and OUTSIDE_MARK in (event.get("text") or "") + str(event.get("data") or ""):
            told = True
    return told


def again(name: str) -> str:
    """The place said again: no list of what is covered (said already), no measure of another place."""
    return (
        f"{name}的政策这里没有收录，无法按{name}的情况回答，请咨询当地人社部门或拨打{HOTLINE}。"
        "如果您是在上面说的收录地区就业、参保或开办企业，请告诉我具体地方。"
    )
