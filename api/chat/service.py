"""ChatService.reply: one turn of a conversation for any channel.

Forwards to Rasa; on failure answers from search (never a 500, never an empty reply) and tries
Rasa again on the next turn, so it recovers by itself. ID-card and phone numbers are masked
before the message leaves this process (Rasa's tracker store and logs never see them). Every turn
is logged to the transcript and a hand-off requested by the bot is recorded for staff; those
writes are best effort — a database hiccup must not cost the person their answer.
"""
from __future__ import annotations

import logging

import httpx
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import Engine

from answers import notices
from api import metrics
from api.chat import rasa_client
from api.chat.fallback import fallback_reply
from api.chat.models import ChatResult, Handoff, clean_message
from api.ratelimit import Limiter
from api.redact import redact
from api.store import repo
from retrieval.search import Searcher

log = logging.getLogger("api.chat")
LAST_RESORT = {"text": f"{notices.DIALOGUE_DOWN_SHORT}{notices.OFFER_HUMAN}", "buttons": [], "citations": []}


class ChatService:
    def __init__(self, rasa_url: str, searcher: Searcher, engine: Engine, timeout_s: float = 8.0,
                 handoff_limiter: Limiter | None = None):
        self.rasa_url = rasa_url
        self.handoff_limiter = handoff_limiter  # new hand-offs per caller (address or OpenID)
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

    async def _store(self, fn, *args) -> object | None:
        try:
            return await run_in_threadpool(fn, self.engine, *args)
        except Exception as exc:  # noqa: BLE001 — any store failure: log, keep answering
            log.error("application store write failed (%s): %s", fn.__name__, type(exc).__name__)
            return None

    async def _dialogue(self, sender_id: str, text: str, meta: dict) -> ChatResult:
        items = await rasa_client.send(self.client, self.rasa_url, sender_id, text, meta, self.timeout_s)
        messages, handoff, extras = rasa_client.interpret(items)
        if not messages:
            raise rasa_client.DialogueUnavailable("no message in reply")
        return ChatResult(messages, handoff=handoff, extras=extras)

    async def _fallback(self, text: str, meta: dict) -> ChatResult:
        metrics.CHAT_FALLBACKS.inc()
        try:
            messages, handoff = await run_in_threadpool(fallback_reply, self.searcher, text, meta.get("as_of"))
        except Exception as exc:  # noqa: BLE001 — even search down: still the chat shape, still a way on
            log.error("search fallback failed: %s", type(exc).__name__)
            messages, handoff = [dict(LAST_RESORT)], None
        return ChatResult(messages, degraded=True, handoff=handoff)

    async def _record_handoff(self, sender_id: str, channel: str, h: Handoff, caller: str | None) -> int | None:
        """One open hand-off per conversation (asking again points at the same record), and a budget
        of new ones per caller: a script starting conversations cannot bury staff's queue. The
        person is told the hotline either way; only the record is skipped."""
        existing = await self._store(repo.open_handoff_id, sender_id)
        if existing is not None:
            return existing
        if self.handoff_limiter and caller and self.handoff_limiter.hit(caller):
            log.warning("hand-off not recorded: the caller is over its budget of new hand-offs")
            return None
        return await self._store(repo.record_handoff, sender_id, channel, h.reason, h.topic, h.departments, h.profile)

    async def reply(self, sender_id: str, message: str, metadata: dict | None = None,
                    caller: str | None = None) -> ChatResult:
        meta = {k: v for k, v in (metadata or {}).items() if v is not None}
        channel = meta.setdefault("channel", "web")
        text = redact(clean_message(message))
        await self._store(repo.log_message, sender_id, channel, "user", text)
        try:
            result = await self._dialogue(sender_id, text, meta)
        except rasa_client.DialogueUnavailable as exc:
            log.warning("dialogue unavailable (%s): answering from search", exc)
            result = await self._fallback(text, meta)
        for m in result.messages:
            await self._store(repo.log_message, sender_id, channel, "bot", m["text"],
                              {"buttons": m["buttons"], "citations": m["citations"]})
        if result.handoff:
            result.handoff_id = await self._record_handoff(sender_id, channel, result.handoff, caller)
        return result
