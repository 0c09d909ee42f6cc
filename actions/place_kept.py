"""Where the speaker says they are is kept, whichever action answered the turn.

"我是营口的，腿有残疾…省里对我这样的有啥补助" (eval22 T05) was answered by the "省里的政策我这里能用吗" reply, which sets
no place; the next questions were answered "您没说在哪个市县" with 大连's text, and the person said 营口 three times.
Applied to every action's events (actions/threaded.py): the place the person's own words put them in (profile_facts
reads "听说大连…", "想去大连打工", "前几年在沈阳" as not theirs), when the conversation has none yet and the action
set none.
"""

from __future__ import annotations

from typing import List

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet

from actions.profile_facts import region
from knowledge.script import simplified


def kept(tracker: Tracker, events: List[EventType]) -> List[EventType]:
    if tracker.get_slot("region") or any(
        isinstance(e, dict) and e.get("event") == "slot" and e.get("name") == "region" for e in events
    ):
        return []
    text = (tracker.latest_message or {}).get("text") or ""
    from actions.cited_replies import OWN  # here: cited_replies imports threaded, which imports this module

    if not text or not OWN.search(text):
        return []
    place = region(simplified(text))  # the place extract() would read, without reading every other fact again
    return [SlotSet("region", place)] if place else []
