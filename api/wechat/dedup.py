"""One answer per WeChat message, however often WeChat sends it.

WeChat repeats a message it got no reply for within 5 s (up to three retries), and a retry can
arrive while the first copy is still being answered. Every copy therefore joins one `Flight`:
the task computing the answer is started once (one dialogue turn, not three), and the answer
is handed out once — `claim()` succeeds for exactly one taker, a passive reply to one of the
requests or the late customer-service delivery. Every other copy is answered "success", except
a copy that comes after a passive reply: WeChat only sends it again when that reply never
reached it (lost on the way, or past its 5 s), so the same text is replied again — still the one
answer, not a second one.

Several API processes: the flight's claim, its passive text and the late-delivery flag live in
the shared state store (api/shared_state; Redis when POLICY_REDIS_URL is set), and so does the
turn itself: the first process to see a message answers it and publishes the answer; a copy
reaching another process waits for that answer instead of asking the dialogue a second time.
With Redis down the store falls back to each process's memory: a copy reaching the same process
is still answered once, a copy reaching another process may be answered again (documented in
docs/deploy.md).

Keys: MsgId for messages; FromUserName + CreateTime for events (they carry no MsgId).
Bounded and expiring: WeChat's retries come within ~15 s of the first copy.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from api.shared_state import MemoryStore, Store

log = logging.getLogger("api.wechat")

TTL_S = 10 * 60
MAX_FLIGHTS = 10_000
ANSWER_WAIT_S = 60.0  # a copy at another process waits this long for the answering process
POLL_S = 0.1


def message_key(raw: dict[str, str]) -> str:
    """`raw`: the message's XML fields as strings (Inbound.fields), never int()-ed."""
    sender = raw.get("FromUserName", "")
    if raw.get("MsgId"):
        return f"msg:{sender}:{raw['MsgId']}"  # MsgId is unique already; the sender costs nothing
    return f"event:{sender}:{raw.get('CreateTime', '')}"


@dataclass
class Flight:
    key: str
    task: asyncio.Task
    store: Store
    ttl_s: float = TTL_S
    started: float = field(default_factory=time.monotonic)

    def claim(self) -> bool:
        """True for the first caller only (in any process): that caller delivers the answer."""
        return self.store.add(f"wx:delivered:{self.key}", "1", self.ttl_s)

    def arrange_late_once(self) -> bool:
        """True for the first caller only: that caller arranges the customer-service delivery."""
        return self.store.add(f"wx:late:{self.key}", "1", self.ttl_s)

    @property
    def passive_text(self) -> str | None:
        """The passive reply given, repeated to a later copy."""
        return self.store.get(f"wx:passive:{self.key}")

    @passive_text.setter
    def passive_text(self, text: str) -> None:
        self.store.put(f"wx:passive:{self.key}", text, self.ttl_s)


class Flights:
    def __init__(self, ttl_s: float = TTL_S, max_flights: int = MAX_FLIGHTS, store: Store | None = None):
        self.ttl_s, self.max_flights = ttl_s, max_flights
        self.store = store or MemoryStore()
        self._flights: OrderedDict[str, Flight] = OrderedDict()
        # Strong references: the event loop only keeps weak ones, and an evicted flight's task
        # (or a late delivery) must still run to the end.
        self.background: set[asyncio.Task] = set()

    def join(self, key: str, start: Callable[[], Awaitable[str]]) -> Flight:
        """The flight for `key`, starting the turn if this is the first copy this process sees."""
        self._expire()
        flight = self._flights.get(key)
        if flight is not None:
            log.info("wechat: repeated delivery of %s joins the answer in progress", key)
            return flight
        flight = Flight(key, self.spawn(self._answer_once(key, start)), self.store, self.ttl_s)
        self._flights[key] = flight
        while len(self._flights) > self.max_flights:
            self._flights.popitem(last=False)
        return flight

    async def _answer_once(self, key: str, start: Callable[[], Awaitable[str]]) -> str:
        """The answer: computed here if no process took the turn yet, else the other process's.
        "" when that process never published one (it died mid-turn): nothing to deliver."""
        if self.store.add(f"wx:turn:{key}", "1", self.ttl_s):
            text = await start()
            self.store.put(f"wx:answer:{key}", text, self.ttl_s)
            return text
        log.info("wechat: %s is being answered by another process; waiting for its answer", key)
        deadline = time.monotonic() + ANSWER_WAIT_S
        while time.monotonic() < deadline:
            text = self.store.get(f"wx:answer:{key}")
            if text is not None:
                return text
            await asyncio.sleep(POLL_S)
        log.warning("wechat: no answer published for %s; this copy delivers nothing", key)
        return ""

    def spawn(self, coro: Awaitable) -> asyncio.Task:
        task = asyncio.ensure_future(coro)
        self.background.add(task)
        task.add_done_callback(self.background.discard)
        return task

    def _expire(self) -> None:
        now = time.monotonic()
        while self._flights:
            key, oldest = next(iter(self._flights.items()))
            if now - oldest.started <= self.ttl_s:
                break
            self._flights.popitem(last=False)
