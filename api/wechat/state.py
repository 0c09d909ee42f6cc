"""Per-OpenID reading state: the numbered options last shown and the pages not yet read.

In memory, for one API process: bounded (least recently used users dropped first) and
expiring. Losing it (a restart, a second worker) costs little — "1" is then read as text and
"更多" says nothing is left — so it is not worth a database round trip on every message.
Several workers behind a load balancer would need it in a shared store (Redis).
"""
from __future__ import annotations

import time
from collections import OrderedDict
from dataclasses import dataclass, field

MAX_USERS = 10_000
TTL_S = 30 * 60  # a conversation idle for half an hour starts afresh


@dataclass
class Reading:
    options: list[dict] = field(default_factory=list)
    pages: list[str] = field(default_factory=list)
    touched: float = field(default_factory=time.monotonic)


class ReadingState:
    def __init__(self, max_users: int = MAX_USERS, ttl_s: float = TTL_S):
        self.max_users, self.ttl_s = max_users, ttl_s
        self._users: OrderedDict[str, Reading] = OrderedDict()

    def _get(self, openid: str) -> Reading | None:
        r = self._users.get(openid)
        if r is None or time.monotonic() - r.touched > self.ttl_s:
            self._users.pop(openid, None)
            return None
        self._users.move_to_end(openid)
        return r

    def remember(self, openid: str, options: list[dict], pages: list[str]) -> None:
        """A new answer replaces what the previous one left (its options no longer apply)."""
        self._users[openid] = Reading(list(options), list(pages))
        self._users.move_to_end(openid)
        while len(self._users) > self.max_users:
            self._users.popitem(last=False)

    def option(self, openid: str, number: int) -> dict | None:
        r = self._get(openid)
        if r and 1 <= number <= len(r.options):
            return r.options[number - 1]
        return None

    def next_page(self, openid: str) -> str | None:
        r = self._get(openid)
        if not r or not r.pages:
            return None
        r.touched = time.monotonic()
        return r.pages.pop(0)
