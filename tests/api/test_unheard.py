"""A turn answered by the search fallback is not lost: its text rides with the next message that
reaches the dialogue (12345 E01: "俺们在大连" said while Rasa timed out, then the region asked four
times). No Rasa: the first turn meets a closed port, the second a stand-in that records what it got."""

from __future__ import annotations

import asyncio
import socket
from datetime import date

from actions.unheard import unheard_facts
from api.chat import rasa_client, service
from api.store.db import get_engine
from tests.isolated_loop import run_isolated


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class NoSearch:
    def search(self, *a, **k):
        raise RuntimeError("no index in this test")


def test_a_fallback_turn_is_sent_with_the_next_dialogue_turn(tmp_path, monkeypatch):
    chat = service.ChatService(
        f"http://127.0.0.1:{closed_port()}", NoSearch(), get_engine(f"sqlite:///{tmp_path / 'a.db'}"), timeout_s=1
    )
    first = run_isolated(asyncio.run, chat.reply("s1", "俺家那口子厂子黄了 下岗了 俺们在大连 能有啥补贴不"))
    assert first.degraded
    sent: list[dict] = []

    async def rasa(client, url, sender, message, metadata, timeout_s):
        sent.append(metadata)
        return [{"recipient_id": sender, "text": "好的"}]

    monkeypatch.setattr(rasa_client, "send", rasa)
    second = run_isolated(asyncio.run, chat.reply("s1", "他今年52了"))
    assert not second.degraded
    assert sent[0]["unheard"] == ["俺家那口子厂子黄了下岗了俺们在大连能有啥补贴不"]  # as Rasa reads it
    run_isolated(asyncio.run, chat.reply("s1", "那能领几年"))
    assert "unheard" not in sent[1]  # heard once is enough


class Tracker:
    def __init__(self, unheard, slots=None):
        self.events = [{"event": "user", "text": "他今年52了", "metadata": {"unheard": unheard}}]
        self.slots = slots or {}

    def get_slot(self, name):
        return self.slots.get(name)


def test_the_actions_read_the_unheard_turns_facts_without_overwriting():
    found = unheard_facts(Tracker(["俺们在大连 能有啥补贴不"]), date(2020, 7, 1))
    assert found.get("region") == "大连市"
    assert "region" not in unheard_facts(Tracker(["俺们在大连"], {"region": "凌源市"}), date(2020, 7, 1))
