"""Request budgets per caller (an address, an OpenID): how many in a window, then 429 with Retry-After.

`Limiter` is the small interface routes use; `InMemoryLimiter` keeps a sliding window per key
in this process (bounded, so a flood of addresses cannot grow it without limit). A later step
puts the same interface on Redis so that several API processes share the counts.
"""
from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict, deque
from typing import Protocol

MAX_KEYS = 50_000


class Limiter(Protocol):
    def hit(self, key: str) -> int:
        """Count one request for `key`: 0 when allowed, else the seconds to wait (Retry-After)."""
        ...


class InMemoryLimiter:
    def __init__(self, limit: int, window_s: float, clock=time.monotonic, max_keys: int = MAX_KEYS):
        self.limit, self.window_s, self._clock, self.max_keys = limit, window_s, clock, max_keys
        self._hits: OrderedDict[str, deque[float]] = OrderedDict()
        self._lock = threading.Lock()

    def hit(self, key: str) -> int:
        if self.limit <= 0:  # 0 turns the limit off
            return 0
        now = self._clock()
        with self._lock:
            hits = self._hits.get(key)
            if hits is None:
                hits = self._hits[key] = deque()
                while len(self._hits) > self.max_keys:  # forget the longest-quiet caller
                    self._hits.popitem(last=False)
            self._hits.move_to_end(key)
            while hits and now - hits[0] >= self.window_s:
                hits.popleft()
            if len(hits) >= self.limit:
                return max(1, math.ceil(self.window_s - (now - hits[0])))
            hits.append(now)
            return 0
