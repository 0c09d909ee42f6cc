"""ChatService.reply: one turn of a conversation for any channel.

Forwards to Rasa; on failure answers from search (never a 500, never an empty reply) and tries
Rasa again on the next turn, so it recovers by itself. Every turn is logged to the transcript
(personal numbers masked) and a hand-off requested by the bot is recorded for staff.
"""
from __future__ import annotations

import logging

import httpx
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import Engine

from api import metrics
from api.chat import rasa_client
from api.chat.fallback import fallback_reply
from api.chat.models import ChatResult, clean_message
from api.store import repo
from retrieval.search import Searcher

log = logging.getLogger("api.chat")


class ChatService:
    def __init__(self, rasa_url: str, searcher: Searcher, engine: Engine, timeout_s: float = 8.0):
        self.rasa_url = rasa_url
        self.searcher = searcher
        self.engine = engine
        self.timeout_s = timeout_s
        self._client: httpx.AsyncClient | None = None

    @property
    def client(self) -> httpx.AsyncClient:
        if self._client is None:
            self._client = httpx.AsyncClient()
        return self._client

    async def close(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    async def reply(self, sender_id: str, message: str, metadata: dict | None = None) -> ChatResult:
        meta = {k: v for k, v in (metadata or {}).items() if v is not None}
        channel = meta.setdefault("channel", "web")
        text = clean_message(message)
        await run_in_threadpool(repo.log_message, self.engine, sender_id, channel, "user", text)
        try:
            items = await rasa_client.send(self.client, self.rasa_url, sender_id, text, meta, self.timeout_s)
            messages, handoff, extras = rasa_client.interpret(items)
            if not messages:
                raise rasa_client.DialogueUnavailable("no message in reply")
            result = ChatResult(messages, handoff=handoff, extras=extras)
        except rasa_client.DialogueUnavailable as exc:
            log.warning("dialogue unavailable (%s): answering from search", exc)
            metrics.CHAT_FALLBACKS.inc()
            messages, handoff = await run_in_threadpool(fallback_reply, self.searcher, text, meta.get("as_of"))
            result = ChatResult(messages, degraded=True, handoff=handoff)
        for m in result.messages:
            await run_in_threadpool(repo.log_message, self.engine, sender_id, channel, "bot", m["text"],
                                    {"buttons": m["buttons"], "citations": m["citations"]})
        if result.handoff:
            h = result.handoff
            result.handoff_id = await run_in_threadpool(repo.record_handoff, self.engine, sender_id, channel,
                                                        h.reason, h.topic, h.departments, h.profile)
        return result
