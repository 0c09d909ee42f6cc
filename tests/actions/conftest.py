"""Tracker fixtures for the custom actions, built on the REAL bot/domain.yml, with the real engine
and the real search (financial-demo style: no mocks of what the actions call)."""

from __future__ import annotations

import asyncio
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

ROOT = Path(__file__).resolve().parents[2]


_ANNOTATION = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\})")


def nlu_examples(intent: str) -> list[str]:
    """Every training example of `intent`, as a person typed it (entity marks removed). The held-out
    files (bot/tests/) measure the NLU only: a product rule tested on them would be tuned on them."""
    paths = sorted((ROOT / "bot" / "data" / "nlu").glob("*.yml"))
    out = []
    for path in paths:
        for item in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu", []):
            if item.get("intent") == intent:
                out += [
                    _ANNOTATION.sub(r"\1", line.strip()[2:].strip())
                    for line in item["examples"].splitlines()
                    if line.strip()
                ]
    return out


@pytest.fixture(scope="session")
def domain() -> dict:
    return yaml.safe_load((ROOT / "bot" / "domain.yml").read_text(encoding="utf-8"))


def user_event(text: str, intent: str, entities=None, metadata=None) -> dict:
    return {
        "event": "user",
        "text": text,
        "metadata": metadata or {},
        "parse_data": {"intent": {"name": intent, "confidence": 0.9}, "entities": entities or []},
    }


def action_event(name: str) -> dict:
    return {"event": "action", "name": name}


def run_async(coro):
    """asyncio.run on a thread of its own: a session-scoped Playwright (sync API) keeps an event
    loop running in the main thread once a browser test has run, and asyncio.run refuses there."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coro).result()


class Conversation:
    """A tracker state: slots, the last user message and the events leading to it."""

    def __init__(self, domain: dict):
        self.domain = domain
        self.slots = {name: None for name in domain["slots"]}
        self.slots["requested_slot"] = None
        self.events: list[dict] = []
        self.active_loop: dict = {}
        self.message: dict = {}

    def say(self, text: str, intent: str, entities=None, metadata=None, form: bool = False):
        """A user turn; with form=True the form is active and about to validate it."""
        self.message = {
            "text": text,
            "intent": {"name": intent, "confidence": 0.9},
            "entities": entities or [],
            "metadata": metadata or {},
        }
        self.events += [action_event("action_listen"), user_event(text, intent, entities, metadata)]
        if form:
            self.active_loop = {"name": "eligibility_form"}
            self.events.append(action_event("eligibility_form"))
        return self

    def tracker(self) -> Tracker:
        return Tracker(
            "test-user",
            dict(self.slots),
            dict(self.message),
            list(self.events),
            False,
            None,
            dict(self.active_loop),
            "action_listen",
        )

    def run(self, action) -> tuple[list[dict], list[dict]]:
        """Run an action; apply its slot events here; return (messages, events)."""
        dispatcher = CollectingDispatcher()
        events = run_async(action.run(dispatcher, self.tracker(), self.domain))
        for e in events:
            if e.get("event") == "slot":
                self.slots[e["name"]] = e["value"]
            elif e.get("event") == "active_loop":
                self.active_loop = {"name": e["name"]} if e.get("name") else {}
            elif e.get("event") == "reset_slots":
                self.slots = {k: None for k in self.slots}
        # what Rasa records of each message sent (BotUttered: text, and data with buttons and custom)
        bots = [
            {"event": "bot", "text": m.get("text"), "data": {"buttons": m.get("buttons"), "custom": m.get("custom")}}
            for m in dispatcher.messages
        ]
        self.events += [action_event(action.name())] + [dict(e) for e in events] + bots
        return dispatcher.messages, events


@pytest.fixture()
def convo(domain) -> Conversation:
    return Conversation(domain)


def slot_sets(events: list[dict]) -> dict:
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


def answer_texts(messages: list[dict]) -> list[str]:
    out = []
    for m in messages:
        custom = m.get("custom") or {}
        if "answer" in custom:
            out.append(custom["answer"]["text"])
        elif m.get("text"):
            out.append(m["text"])
    return out


def asked(convo, *said: str, as_of: str) -> str:
    """Each message answered as a question (the answer action, as Rasa runs it for ask_policy); the last reply's text."""
    from actions.cited_replies import ActionAnswerQuestion

    body = ""
    for text in said:
        convo.say(text, "ask_policy", metadata={"as_of": as_of})
        body = "\n".join(answer_texts(convo.run(ActionAnswerQuestion())[0]))
    return body


def started(convo, text: str, as_of: str) -> str:
    """The message answered by the eligibility start (the form's first reply, as Rasa runs it for
    check_eligibility); its text."""
    from actions.eligibility import ActionStartEligibility

    convo.say(text, "ask_policy", metadata={"as_of": as_of})
    return "\n".join(answer_texts(convo.run(ActionStartEligibility())[0]))
