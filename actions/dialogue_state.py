"""Where the conversation stands, read from Rasa's event list: the dialogue's limits, the events that
leave the form, and the one backward walk over `tracker.events` the other readers are built on.

Turns are counted back from the newest event: events after the latest user message belong to turn
0 (this turn's actions so far), the latest user message and the bot's replies before it to turn 1,
and so on.
"""

from __future__ import annotations

from typing import Iterator, List

from rasa_sdk import Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.forms import REQUESTED_SLOT

MAX_QUESTIONS = 4  # questions per round before the summary: a few questions, not a census (eval7 R15, R16: 6)
MAX_FAILED_TURNS = 2  # failed turns in a row (not understood, low confidence) before a hand-off
NOT_AN_ANSWER = ("action_listen", "action_extract_slots")  # Rasa's own steps, not a reply


def leave_form() -> List[EventType]:
    """The events that end the active form without a summary."""
    return [ActiveLoop(None), SlotSet(REQUESTED_SLOT, None)]


def walk_back(tracker: Tracker) -> Iterator[tuple[int, dict]]:
    """(turn, event) from the newest event backwards; turn as in the module docstring."""
    turn = 0
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            turn += 1
        yield turn, event


def last_user_event(tracker: Tracker) -> dict | None:
    return next((e for _, e in walk_back(tracker) if e.get("event") == "user"), None)


def fresh_user_turn(tracker: Tracker, own_actions: set[str]) -> bool:
    """True when no action outside `own_actions` has handled the latest user message yet."""
    for turn, event in walk_back(tracker):
        if turn:
            return True
        if event.get("event") == "action" and event.get("name") not in own_actions:
            return False
    return False


def previous_turn(tracker: Tracker) -> Iterator[dict]:
    """The previous turn's events after its user message (the bot's replies), newest first."""
    for turn, event in walk_back(tracker):
        if turn >= 2:
            return
        if turn == 1 and event.get("event") != "user":
            yield event


def previous_action(tracker: Tracker) -> str | None:
    """The last action that answered the previous user message."""
    return next(
        (
            e.get("name")
            for e in previous_turn(tracker)
            if e.get("event") == "action" and e.get("name") not in NOT_AN_ANSWER
        ),
        None,
    )


def bot_messages_back(tracker: Tracker, turns: int) -> Iterator[dict]:
    """The bot's messages of the last `turns` turns, newest first."""
    for turn, event in walk_back(tracker):
        if turn > turns:
            return
        if event.get("event") == "bot":
            yield event


def answer_with(tracker: Tracker, turns: int, *keys: str) -> dict:
    """The newest answer of the last `turns` turns whose meta holds any of `keys` (a list of a document's measures, a
    comparison, a part listed), or {}: what a short follow-up ("剩下的", "哪个还有效", "这些还在执行吗") is asked of."""
    for event in bot_messages_back(tracker, turns):
        answer = ((event.get("data") or {}).get("custom") or {}).get("answer") or {}
        if any((answer.get("meta") or {}).get(k) for k in keys):
            return answer
    return {}


def cited(tracker: Tracker, turns: int) -> list[dict]:
    """The citations of the bot's answers of the last `turns` turns, newest first."""
    out: list[dict] = []
    for event in bot_messages_back(tracker, turns):
        answer = ((event.get("data") or {}).get("custom") or {}).get("answer") or {}
        out += [c for c in answer.get("citations") or [] if c.get("clause_id")]
    return out


def cited_clauses(tracker: Tracker, turns: int) -> list[str]:
    """The clause ids the bot cited in the last `turns` turns, newest first, each once."""
    return list(dict.fromkeys(c["clause_id"] for c in cited(tracker, turns)))


def buttons_of(event: dict) -> list[dict]:
    data = event.get("data") or {}
    return list(data.get("buttons") or []) + list(((data.get("custom") or {}).get("answer") or {}).get("buttons") or [])
