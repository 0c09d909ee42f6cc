"""The measures of the place, once it is said after the first reply asked for it.

A person whose place is not known, asking what there is ("俺家那口子下岗好几年了 能整点啥钱不"), is asked the place before
any measures (answers/first_answer.py: 聊城's and 凌源's are no one person's; eval103 TB04, TB06, TB11). That reply
promises "我按当地的文件告诉您有哪些政策": when the place comes as the answer to the form's question, the first list for
that place is said then, with the questions that follow, never the next question alone (the live check after the change
heard "您是否已领取失业保险金期满且仍未就业？" right after "大连的").
"""

from __future__ import annotations

from datetime import date
from typing import Any, Dict, Text

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import scope
from actions.dialogue_state import bot_messages_back
from actions.profile import CANDIDATES, SCOPE_CLAUSES, SCOPE_TEXT, TOPIC, evaluate, in_force_ids, profile_from_slots
from answers.first_answer import PLACE_FIRST


def asked_place_first(tracker: Tracker) -> bool:
    """The last replies include the first reply that asked the place instead of listing measures."""
    for event in bot_messages_back(tracker, 1):
        answer = ((event.get("data") or {}).get("custom") or {}).get("answer") or {}
        if (answer.get("meta") or {}).get(PLACE_FIRST):
            return True
    return False


def listed_for_place(
    dispatcher: CollectingDispatcher, tracker: Tracker, slots: Dict[Text, Any], as_of: date
) -> Dict[Text, Any]:
    """Sends the first list of the place now known; the slots it sets (the measures in play for the place)."""
    from actions.eligibility import answer_first  # eligibility imports the form, which calls this

    profile = profile_from_slots(slots)
    if not profile.get("region") or not asked_place_first(tracker):
        return {}
    text = slots.get(SCOPE_TEXT) or slots.get(TOPIC) or ""
    candidates, clauses = scope.for_person(text, profile, as_of)
    result = evaluate(profile, as_of)
    current = [c for c in candidates if c in in_force_ids(result)]
    first = answer_first(result, candidates, {**slots, CANDIDATES: current}, as_of, text)
    if first is not None and first.text.strip():
        dispatcher.utter_message(json_message=first.to_payload())
    return {CANDIDATES: current, SCOPE_CLAUSES: clauses}
