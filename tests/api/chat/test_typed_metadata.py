"""The message as typed rides beside the one DIET reads (eval102 SB04, SA10): the API takes the spaces between Chinese
words out for the classifier (Rasa #7910), and the actions' readers take a space as a break."""

from __future__ import annotations

import asyncio

from api.chat import rasa_client
from api.chat.service import ChatService


def _sent(monkeypatch, message: str) -> list[tuple[str, dict]]:
    seen: list[tuple[str, dict]] = []

    async def send(client, base_url, sender_id, text, metadata, timeout_s):
        seen.append((text, metadata))
        return []

    monkeypatch.setattr(rasa_client, "send", send)
    service = ChatService(
        "http://127.0.0.1:9", searcher=None, engine=None
    )  # no store: its writes are logged and skipped
    asyncio.run(service.reply("web-test", message, {"as_of": "2026-12-07"}))
    return seen


def test_the_spaced_message_is_sent_beside_the_one_diet_reads(monkeypatch):
    (text, metadata), *_ = _sent(monkeypatch, "大连 失业 50岁 女")
    assert " " not in text.replace("失业 50", "失业50")  # DIET's reading keeps no space between Chinese words
    assert metadata.get("typed") == "大连 失业 50岁 女", metadata


def test_a_message_without_spaces_sends_nothing_more(monkeypatch):
    (_, metadata), *_ = _sent(monkeypatch, "大连失业50岁女")
    assert "typed" not in metadata, metadata
