"""ChatService.reply: one turn of a conversation for any channel.

Forwards to Rasa; on failure answers from search (never a 500, never an empty reply) and tries
Rasa again on the next turn, so it recovers by itself. Traditional characters are read as simplified.
ID-card and phone numbers are masked
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
from api.chat.models import ChatResult, clean_message
from api.chat.rasa_pool import order_for, parse_urls
from api.chat.unheard import Unheard
from api.ratelimit import Limiter
from api.redact import redact
from api.store import repo, tickets
from knowledge.dialect import mandarin
from knowledge.pinyin_read import hanzi, places_named
from knowledge.script import simplified
from retrieval.search import Searcher

log = logging.getLogger("api.chat")
LAST_RESORT = {"text": f"{notices.DIALOGUE_DOWN_SHORT}{notices.OFFER_HUMAN}", "buttons": [], "citations": []}


class ChatService:
    def __init__(
        self,
        rasa_url: str,
        searcher: Searcher,
        engine: Engine,
        timeout_s: float = 8.0,
        handoff_limiter: Limiter | None = None,
    ):
        self.rasa_urls = parse_urls(rasa_url)  # one or several servers (api/chat/rasa_pool.py)
        self.handoff_limiter = handoff_limiter  # new hand-offs per caller (address or OpenID)
        self.searcher = searcher
        self.engine = engine
        self.timeout_s = timeout_s
        self._client: httpx.AsyncClient | None = None
        self.unheard = Unheard()  # turns answered by the fallback, sent with the next dialogue turn

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
        servers = order_for(self.rasa_urls, sender_id)
        missed = self.unheard.pending(sender_id)
        meta = {**meta, "unheard": missed} if missed else meta
        for i, url in enumerate(servers):
            try:
                items = await rasa_client.send(self.client, url, sender_id, text, meta, self.timeout_s)
                break
            except rasa_client.DialogueUnavailable as exc:
                if not exc.unreachable or i == len(servers) - 1:
                    raise
                log.warning("Rasa server %d of %d unreachable: the conversation moves to the next", i + 1, len(servers))
        messages, handoff, extras = rasa_client.interpret(items)
        if not messages:
            raise rasa_client.DialogueUnavailable("no message in reply")
        self.unheard.heard(sender_id)
        return ChatResult(messages, handoff=handoff, extras=extras)

    async def _fallback(self, text: str, meta: dict) -> ChatResult:
        metrics.CHAT_FALLBACKS.inc()
        try:
            messages, handoff = await run_in_threadpool(fallback_reply, self.searcher, text, meta.get("as_of"))
        except Exception as exc:  # noqa: BLE001 — even search down: still the chat shape, still a way on
            log.error("search fallback failed: %s", type(exc).__name__)
            messages, handoff = [dict(LAST_RESORT)], None
        return ChatResult(messages, degraded=True, handoff=handoff)

    async def reply(
        self, sender_id: str, message: str, metadata: dict | None = None, caller: str | None = None
    ) -> ChatResult:
        meta = {k: v for k, v in (metadata or {}).items() if v is not None}
        channel = meta.setdefault("channel", "web")
        text = redact(clean_message(message))
        await self._store(repo.log_message, sender_id, channel, "user", text)
        # "大連…補貼" is read as "大连…补贴", "系咩" as "是什么"; the transcript keeps what was typed
        read = mandarin(simplified(text))
        # "wo shi dalian de shiye le" (eval75 RB05, an old man who types only pinyin, heard "请用中文提问" four times)
        spelt = hanzi(text)
        read = places_named(read if spelt == text else spelt)  # "I'm in Dalian, 刚毕业…": 大连 (eval83 ZB04)
        # a button's own title typed ("三、（一）" after "凌政发〔2019〕14号第（一）条" was asked back) is that button,
        # as on WeChat (eval10 H12 got 大政发〔2020〕18号（十三）)
        offered = await self._store(repo.offered_buttons, sender_id) or []
        typed = read.strip(" 。.！!")
        # (a payload that is an intent, "/check_eligibility", is left to the dialogue, which reads the title itself)
        read = next(
            (
                b["payload"]
                for b in offered
                if b.get("title") == typed and not str(b.get("payload") or "/").startswith("/")
            ),
            read,
        )
        # the message with the spaces the person typed between Chinese words (DIET reads it without them, Rasa #7910):
        # "大连 失业 50岁 女" and "我老公是现役军人 我随军过来…" lost "女" and 军人配偶 in the actions' readers, which take a
        # space as a break (eval102 SB04, SA10; in process, with the spaces, both were read)
        spaced = places_named(mandarin(simplified(redact(" ".join(message.split())))))
        if spaced != read and spaced.replace(" ", "") == read.replace(" ", ""):
            meta = {**meta, "typed": spaced}
        try:
            result = await self._dialogue(sender_id, read, meta)
        except rasa_client.DialogueUnavailable as exc:
            log.warning("dialogue unavailable (%s): answering from search", exc)
            self.unheard.add(sender_id, read)
            result = await self._fallback(read, meta)
        if spelt != text:  # what the pinyin was read as, said first: the person can tell a misreading
            result.messages.insert(0, {"text": notices.pinyin_read(spelt), "buttons": [], "citations": []})
        for m in result.messages:
            await self._store(
                repo.log_message,
                sender_id,
                channel,
                "bot",
                m["text"],
                {"buttons": m["buttons"], "citations": m["citations"]},
            )
        if result.handoff:
            await self._open_ticket(result, sender_id, channel, caller)
        return result

    async def _open_ticket(self, result: ChatResult, sender_id: str, channel: str, caller: str | None) -> None:
        """Store the hand-off as a ticket and tell the person its reference number (one more message).
        One open ticket per conversation (asking again repeats its number), and a budget of new ones
        per caller: a script starting conversations cannot bury staff's queue. The person is told the
        hotline either way; only the record is skipped."""
        h = result.handoff
        existing = await self._store(repo.open_handoff_id, sender_id)
        if existing is not None:
            item = await self._store(tickets.get, existing)
            opened = (existing, item["ref"]) if item and item.get("ref") else None
        elif self.handoff_limiter and caller and self.handoff_limiter.hit(caller):
            log.warning("hand-off not recorded: the caller is over its budget of new hand-offs")
            opened = None
        else:
            opened = await self._store(
                tickets.open_ticket, sender_id, channel, h.reason, h.topic, h.departments, h.profile
            )
        if not opened:
            return
        result.handoff_id, ref = opened
        msg = {"text": notices.handoff_reference(ref), "buttons": [], "citations": []}
        result.messages.append(msg)
        await self._store(repo.log_message, sender_id, channel, "bot", msg["text"], {"buttons": [], "citations": []})
