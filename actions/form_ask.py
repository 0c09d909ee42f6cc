"""The form's questions, one action per fact (action_ask_<fact>), made from the vocabulary.

A question is asked with its buttons; repeated once when the person talked of something else, then a short
line with a "接着算" button stands for it (actions/free_answers.py: 12345 evaluation 5 found the same question
printed after every follow-up answer).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import free_answers
from actions.dialogue_state import walk_back
from actions.profile import ASKED, LAST_ASKED, fact_slots
from actions.threaded import Threaded


class AskFact(Threaded, Action, ABC):
    """Asks one fact with buttons; subclasses per fact are made below (action_ask_<fact>)."""

    fact: str = ""

    @abstractmethod
    def name(self) -> Text: ...

    def respond(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[EventType]:
        from answers.questions import question

        asked = int(tracker.get_slot(ASKED) or 0)
        repeat = tracker.get_slot(LAST_ASKED) == self.fact
        if not repeat:
            asked += 1
        offered = any(
            (((e.get("data") or {}).get("custom") or {}).get("answer") or {}).get("meta", {}).get("questions_offered")
            for turn, e in walk_back(tracker)
            if turn == 0 and e.get("event") == "bot"
        )  # the measures just shown already said how many questions: not announced twice
        if repeat and free_answers.short_line_instead(dispatcher, tracker, self.fact):  # not nagged (eval 5)
            return [SlotSet(ASKED, asked), SlotSet(LAST_ASKED, self.fact)]
        reply = question(self.fact, first=(asked == 1 and not repeat and not offered))
        dispatcher.utter_message(text=reply.text, buttons=reply.buttons)
        return [SlotSet(ASKED, asked), SlotSet(LAST_ASKED, self.fact)]


def _ask_name(self) -> Text:
    return f"action_ask_{self.fact}"


def _ask_class(fact: str) -> type:
    """A module-level class per fact (the action server's workers pickle actions by reference)."""
    cls_name = f"Ask_{fact}"
    cls = type(
        cls_name, (AskFact,), {"fact": fact, "name": _ask_name, "__module__": __name__, "__qualname__": cls_name}
    )
    globals()[cls_name] = cls
    return cls


ASK_ACTIONS = {fact: _ask_class(fact) for fact in fact_slots()}
