"""Every action's work runs in a worker thread, off the action server's event loop: a search in one
conversation must not hold up the turns of the others."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import pkgutil
import threading
import time

from rasa_sdk import Action

import actions
from actions.cited_replies import ActionAnswerQuestion
from actions.threaded import Threaded
from tests.actions.conftest import Conversation, run_async


def _action_classes() -> list[type]:
    found = []
    for info in pkgutil.iter_modules(actions.__path__):
        module = importlib.import_module(f"actions.{info.name}")
        found += [
            c
            for _, c in inspect.getmembers(module, inspect.isclass)
            if issubclass(c, Action) and c.__module__ == module.__name__
        ]
    return found


def test_every_action_answers_through_threaded_run():
    classes = _action_classes()
    assert len(classes) > 20  # the bot's actions, including one action_ask_<fact> per fact
    for cls in classes:
        assert issubclass(cls, Threaded), cls
        assert cls.run is Threaded.run, f"{cls.__name__} overrides run: its work would block the loop"
        assert inspect.iscoroutinefunction(cls.run)  # rasa-sdk awaits coroutine actions


def test_respond_runs_off_the_loop_thread_and_the_loop_keeps_turning(domain):
    seen: dict = {}

    class Probe(ActionAnswerQuestion):
        def respond(self, dispatcher, tracker, domain_):
            seen["thread"] = threading.get_ident()
            seen["ticks_before"] = ticks
            time.sleep(0.05)  # blocking work of a known length: on the loop, no tick could happen
            out = super().respond(dispatcher, tracker, domain_)
            seen["ticks_during"] = ticks  # ticks the loop made while this search ran
            return out

    ticks = 0

    async def main():
        nonlocal ticks
        stop = asyncio.Event()

        async def ticker():
            nonlocal ticks
            while not stop.is_set():
                ticks += 1
                await asyncio.sleep(0)

        task = asyncio.create_task(ticker())
        convo = Conversation(domain).say("大连稳岗返还怎么申请", "ask_policy")
        from rasa_sdk.executor import CollectingDispatcher

        dispatcher = CollectingDispatcher()
        events = await Probe().run(dispatcher, convo.tracker(), domain)
        stop.set()
        await task
        return threading.get_ident(), dispatcher.messages, events

    loop_thread, messages, events = run_async(main())
    assert seen["thread"] != loop_thread
    assert seen["ticks_during"] > seen["ticks_before"]  # the loop ran other work meanwhile
    assert messages and "answer" in messages[0]["custom"]
