"""The in-memory store: one process's state (the embedded default, and the fallback when Redis is down).

Bounded and expiring, so a flood of keys (addresses, OpenIDs, MsgIds) cannot grow it without limit:
past `max_keys` the least recently written key is forgotten first.
"""

from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict, deque

MAX_KEYS = 50_000


class MemoryStore:
    def __init__(self, clock=time.monotonic, max_keys: int = MAX_KEYS):
        self._clock, self.max_keys = clock, max_keys
        self._values: OrderedDict[str, tuple[str, float]] = OrderedDict()  # key -> (value, expires at)
        self._hits: OrderedDict[str, deque[float]] = OrderedDict()  # sliding windows, per key
        self._lock = threading.Lock()

    # -- values ---------------------------------------------------------------------------
    def _live(self, key: str, now: float) -> tuple[str, float] | None:
        item = self._values.get(key)
        if item is not None and item[1] <= now:
            del self._values[key]
            return None
        return item

    def _put(self, key: str, value: str, ttl_s: float, now: float) -> None:
        self._values[key] = (value, now + ttl_s)
        self._values.move_to_end(key)
        while len(self._values) > self.max_keys:
            self._values.popitem(last=False)

    def add(self, key: str, value: str, ttl_s: float) -> bool:
        with self._lock:
            now = self._clock()
            if self._live(key, now) is not None:
                return False
            self._put(key, value, ttl_s, now)
            return True

    def put(self, key: str, value: str, ttl_s: float) -> None:
        with self._lock:
            self._put(key, value, ttl_s, self._clock())

    def get(self, key: str) -> str | None:
        with self._lock:
            item = self._live(key, self._clock())
            return item[0] if item else None

    def ttl(self, key: str) -> float:
        with self._lock:
            now = self._clock()
            item = self._live(key, now)
            return item[1] - now if item else 0.0

    def delete(self, *keys: str) -> None:
        with self._lock:
            for key in keys:
                self._values.pop(key, None)
                self._hits.pop(key, None)

    # -- sliding windows --------------------------------------------------------------------
    def hit(self, key: str, limit: int, window_s: float) -> int:
        now = self._clock()
        with self._lock:
            hits = self._hits.get(key)
            if hits is None:
                hits = self._hits[key] = deque()
                while len(self._hits) > self.max_keys:  # forget the longest-quiet caller
                    self._hits.popitem(last=False)
            self._hits.move_to_end(key)
            while hits and now - hits[0] >= window_s:
                hits.popleft()
            if len(hits) >= limit:
                return max(1, math.ceil(window_s - (now - hits[0]))) if hits else max(1, math.ceil(window_s))
            hits.append(now)
            return 0

    def ping(self) -> bool:
        return True
