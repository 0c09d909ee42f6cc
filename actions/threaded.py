"""Actions answer in a worker thread.

rasa-sdk awaits each action's `run` on the action server's one event loop. Retrieval (the encoder,
FAISS, BM25) and the rules engine are blocking CPU work: run on the loop, one conversation's search
would hold up every other conversation's turn, even one that only asks the next question. So each
action writes its work as a plain `respond` and `run` hands it to a thread. The dispatcher and
the tracker belong to this one call, and the shared indexes load under their own lock.
"""

from __future__ import annotations

import asyncio
from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions import builds_pin, hotline_staff, place_kept
from knowledge import builds


class Threaded:
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[EventType]:
        # the conversation's own knowledge build (actions/builds_pin.py); to_thread carries it over
        with builds.use(builds_pin.for_conversation(tracker.sender_id)):
            events = await asyncio.to_thread(self._respond_placed, dispatcher, tracker, domain)
        hotline_staff.adapt(dispatcher.messages, tracker)  # an operator is never told to ring 12345
        return events

    def _respond_placed(self, dispatcher, tracker: Tracker, domain) -> List[EventType]:
        events = self.respond(dispatcher, tracker, domain)
        return events + place_kept.kept(tracker, events)

    def respond(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[EventType]:
        raise NotImplementedError
