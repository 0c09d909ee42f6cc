"""A 12345 operator asking on a caller's behalf ("我是12345热线的话务员", "12345这边", "坐席查询") is not told to ring
12345: the replies point to the responsible units instead (evaluation 14 L13: "我就是12345的，你让我打12345？？").
Applied to every message an action sends (actions/threaded.py), so no answer needs to know who is asking."""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Tracker

from answers.contact import HOTLINE, HOTLINE_NAME

STAFF = re.compile(
    rf"{HOTLINE}(?:热线)?(?:的|这边|这里)?(?:话务员|坐席|工作人员|接线员)|(?:我是|我就是|这边是|这里是|这边|我们是|我们这边是?){HOTLINE}|{HOTLINE}这边|"
    r"热线(?:话务员|坐席|工作人员|接线员)|(?:我是|我就是)(?:话务员|坐席|接线员)|坐席查询"
)
# the longest first: "…请拨打12345…，由热线转相关部门" before "拨打12345…"
SAID = [
    (f"具体办理和现行政策请拨打{HOTLINE_NAME}，由热线转相关部门。", "具体办理和现行政策请向上述责任单位核实。"),
    (f"或拨打{HOTLINE_NAME}，由热线转相关部门", "或向上述责任单位核实"),
    (f"，或拨打{HOTLINE_NAME}", ""),
    (f"或拨打{HOTLINE_NAME}", ""),
    (f"拨打{HOTLINE_NAME}，由热线转相关部门", "向相关责任单位核实"),
    (f"拨打{HOTLINE_NAME}", "联系相关责任单位"),
]


# "大政发〔2017〕46号第十二条原文": a clause looked up by its document number, as staff do (eval36–38: agents who never
# said who they were heard "请拨打12345" under every reply); a citizen who types one loses nothing by being pointed to
# the responsible units
LOOKUP = re.compile(r"〔\d{4}〕\s*\d+\s*号\s*(?:第|（|\(|[一二三四五六七八九十]+、)")


def asking(tracker: Tracker) -> bool:
    """Any message of this conversation says the one typing is hotline staff, or looks a clause up by number."""
    said = [e.get("text") or "" for e in tracker.events or [] if e.get("event") == "user"]
    said.append((tracker.latest_message or {}).get("text") or "")
    return any(STAFF.search(t) or LOOKUP.search(t) for t in said)


def _reworded(value: Any) -> Any:
    if isinstance(value, str):
        for old, new in SAID:
            value = value.replace(old, new)
        return value
    if isinstance(value, list):
        return [_reworded(v) for v in value]
    if isinstance(value, dict):
        return {k: _reworded(v) for k, v in value.items()}
    return value


def adapt(messages: list[dict], tracker: Tracker) -> None:
    """The messages about to be sent, reworded in place for hotline staff."""
    if messages and asking(tracker):
        messages[:] = [_reworded(m) for m in messages]
