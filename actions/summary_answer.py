""" "是" right after a summary that still asks one yes/no question ("还要看：贵企业是否为这些新招用人员按规定缴纳了社会保险
费？"): the answer to that question, not an acceptance of the 转人工 button under it (eval62 EA04 was handed off, to
市自然资源局, for a tax deduction). The fact is recorded and the summary is said again with it.
"""

from __future__ import annotations

from datetime import date
from typing import Any, List

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet

from actions.dont_know_after import pending_after_summary
from actions.profile import evaluate, profile_from_slots
from knowledge.eligibility.facts import vocabulary


def open_question(tracker: Tracker, as_of: date) -> str | None:
    """The one yes/no fact the last summary's measures still wait on, or None (none, or several)."""
    pending = set(pending_after_summary(tracker))
    if not pending:
        return None
    result = evaluate(profile_from_slots(tracker.slots), as_of)
    vocab = vocabulary()
    facts: list[str] = []
    for b in result["benefits"]:
        if b["benefit_id"] in pending:
            facts += [
                f for f in b.get("missing_facts") or [] if f in vocab and vocab[f].type == "bool" and f not in facts
            ]
    return facts[0] if len(facts) == 1 else None


def answer(tracker: Tracker, intent: str | None, as_of: date) -> List[EventType] | None:
    fact = open_question(tracker, as_of) if intent in ("affirm", "deny") else None
    if fact is None:
        return None
    value: Any = intent == "affirm"
    return [SlotSet(fact, value), FollowupAction("action_eligibility_summary")]
