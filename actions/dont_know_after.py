""" "不清楚" right after a summary that still needs facts: the facts stay unknown and the reply says
which measures therefore stay 待确认, with the next step (eval4 B9: it read "好的。还有什么可以帮您？",
as if nothing had been asked)."""

from __future__ import annotations

from datetime import date

from rasa_sdk import Tracker

from actions.dialogue_state import previous_turn
from actions.profile import evaluate, profile_from_slots
from answers.models import Reply, button
from answers.notices import HOTLINE


def pending_after_summary(tracker: Tracker) -> list[str]:
    """The benefit ids the summary of the previous turn left needing facts."""
    for event in previous_turn(tracker):
        meta = (((event.get("data") or {}).get("custom") or {}).get("answer") or {}).get("meta") or {}
        if event.get("event") == "bot" and meta.get("needs_info"):
            return list(meta["needs_info"])
    return []


def reply(tracker: Tracker, as_of: date) -> Reply | None:
    pending = pending_after_summary(tracker)
    if not pending:
        return None
    result = evaluate(profile_from_slots(tracker.slots), as_of)
    names = [b["name"] for b in result["benefits"] if b["benefit_id"] in pending]
    if not names:
        return None
    lines = ["好的，这些情况按“不清楚”记下，不再问您。以下政策因此仍待确认，以经办部门认定为准："]
    lines += [f"· {n}" for n in names[:5]]
    lines.append(f"您可以向经办部门或拨打{HOTLINE}核实这些条件，也可以回复“转人工”，或接着问其他政策。")
    return Reply("\n".join(lines), buttons=[button("转人工", "/handoff")], meta={"dont_know_pending": pending})
