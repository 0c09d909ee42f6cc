"""What the form asks next: the engine's next question over the candidate benefits, leaving out what
the person said they do not know and every fact already asked in this conversation.

A question is never asked twice (eval4 B9: "您是高校毕业生吗" three times after "去年毕业", "您是残疾人吗"
three times): the facts asked are read back from the conversation's own events (each question sets
`last_asked`), so a later round, a new question or a correction does not ask them again. A fact asked
and not answered stays unknown; the summary then says which measure still needs it (待确认).
"""

from __future__ import annotations

from typing import Any, Dict, Iterable, Text

from rasa_sdk import Tracker

from actions import question_fit, retirement_age
from actions.context import typed
from actions.dialogue_state import MAX_QUESTIONS, walk_back
from actions.profile import (
    ASKED,
    CANDIDATES,
    LAST_ASKED,
    UNKNOWN,
    evaluate,
    next_question,
    profile_from_slots,
)
from answers.questions import never_asked
from knowledge.eligibility.facts import vocabulary

CLEARED = ("restart", "reset_slots")  # "重新开始": what was said before no longer counts


def intent_of(tracker: Tracker) -> str:
    return ((tracker.latest_message or {}).get("intent") or {}).get("name") or ""


def asked_before(tracker: Tracker) -> list[str]:
    """Every fact the form has asked in this conversation, oldest first."""
    out: list[str] = []
    for event in tracker.events:
        if event.get("event") == "slot" and event.get("name") == LAST_ASKED and event.get("value"):
            if event["value"] not in out:
                out.append(event["value"])
    return out


def said_so_far(tracker: Tracker) -> list[str]:
    """What the person typed in this conversation (since a restart), oldest first; button payloads left out."""
    out: list[str] = []
    for _, event in walk_back(tracker):
        if event.get("event") in CLEARED:
            break
        text = typed(event.get("text") or "", event.get("metadata")) if event.get("event") == "user" else ""
        if text and not text.startswith("/"):
            out.append(text)
    return out[::-1]


def conversation_words(tracker: Tracker) -> str:
    return "\n".join(said_so_far(tracker))


def plan(slots: Dict[Text, Any], as_of, asked: Iterable[str] = (), words: str | None = None) -> tuple[dict, str | None]:
    """(engine result, next fact to ask or None) for the slots of this turn; `asked`: facts asked
    before, never asked again; `words`: what the person said in the conversation, which decides
    the questions that concern them (actions/question_fit.py; None: not judged)."""
    profile = profile_from_slots(slots)
    result = evaluate(profile, as_of)
    if (slots.get(ASKED) or 0) >= MAX_QUESTIONS:
        return result, None
    skip = [*(slots.get(UNKNOWN) or []), *asked]
    skip += never_asked(profile)
    if words is not None:
        skip += question_fit.not_for(vocabulary(), profile, words)
    q = next_question(result, slots.get(CANDIDATES), skip)
    fact = q["fact"] if q else None
    if fact == retirement_age.FACT and "gender" not in profile and "gender" not in skip:
        fact = "gender" if retirement_age.settled_by_sex(profile.get("age"), as_of) else fact
    return result, fact
