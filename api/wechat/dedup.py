"""One answer per WeChat message, however often WeChat sends it.

WeChat repeats a message it got no reply for within 5 s (up to three retries), and a retry can
arrive while the first copy is still being answered. Every copy therefore joins one `Flight`:
the task computing the answer is started once (one dialogue turn, not three), and the answer
is handed out once — `claim()` succeeds for exactly one taker, a passive reply to one of the
requests or the late customer-service delivery. Every other copy is answered "success", except
a copy that comes after a passive reply: WeChat only sends it again when that reply never
reached it (lost on the way, or past its 5 s), so the same text is replied again — still the one
answer, not a second one.

Keys: MsgId for messages; FromUserName + CreateTime for events (they carry no MsgId).
In memory, bounded and expiring: WeChat's retries come within ~15 s of the first copy.
"""
from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from wechatpy.messages import BaseMessage

log = logging.getLogger("api.wechat")

TTL_S = 10 * 60
MAX_FLIGHTS = 10_000


def message_key(message: BaseMessage) -> str:
    raw = message._data  # wechatpy keeps the parsed fields here; read as strings, never int()-ed
    sender = raw.get("FromUserName", "")
    if raw.get("MsgId"):
        return f"msg:{sender}:{raw['MsgId']}"  # MsgId is unique already; the sender costs nothing
    return f"event:{sender}:{raw.get('CreateTime', '')}"


@dataclass
class Flight:
    task: asyncio.Task
    started: float = field(default_factory=time.monotonic)
    delivered: bool = False
    late_delivery: bool = False  # a customer-service delivery is already arranged
    passive_text: str | None = None  # the passive reply given, repeated to a later copy

    def claim(self) -> bool:
        """True for the first caller only: that caller delivers the answer."""
        if self.delivered:
            return False
        self.delivered = True
        return True


class Flights:
    def __init__(self, ttl_s: float = TTL_S, max_flights: int = MAX_FLIGHTS):
        self.ttl_s, self.max_flights = ttl_s, max_flights
        self._flights: OrderedDict[str, Flight] = OrderedDict()
        # Strong references: the event loop only keeps weak ones, and an evicted flight's task
        # (or a late delivery) must still run to the end.
        self.background: set[asyncio.Task] = set()

    def join(self, key: str, start: Callable[[], Awaitable[str]]) -> Flight:
        """The flight for `key`, starting `start()` if this is the first copy of the message."""
        self._expire()
        flight = self._flights.get(key)
        if flight is not None:
            log.info("wechat: repeated delivery of %s joins the answer in progress", key)
            return flight
        flight = Flight(self.spawn(start()))
        self._flights[key] = flight
        while len(self._flights) > self.max_flights:
            self._flights.popitem(last=False)
        return flight

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
