"""Request budgets per caller (an address, an OpenID): how many in a window, then 429 with Retry-After.

`Limiter` is the small interface routes use. `StoreLimiter` counts in a shared-state store
(api/shared_state: this process's memory, or Redis so that several API processes share the counts);
`InMemoryLimiter` is the same over a private memory store (tests, and one-process defaults).
"""

from __future__ import annotations

import time
from typing import Protocol

from api.shared_state import MemoryStore, Store
from api.shared_state.memory import MAX_KEYS


class Limiter(Protocol):
    def hit(self, key: str) -> int:
        """Count one request for `key`: 0 when allowed, else the seconds to wait (Retry-After)."""
        ...


class StoreLimiter:
    def __init__(self, store: Store, limit: int, window_s: float, namespace: str = "rate"):
        self.store, self.limit, self.window_s, self.namespace = store, limit, window_s, namespace

    def hit(self, key: str) -> int:
        if self.limit <= 0:  # 0 turns the limit off
            return 0
        return self.store.hit(f"{self.namespace}:{key}", self.limit, self.window_s)


class InMemoryLimiter(StoreLimiter):
    def __init__(self, limit: int, window_s: float, clock=time.monotonic, max_keys: int = MAX_KEYS):
        super().__init__(MemoryStore(clock, max_keys), limit, window_s)

    @property
    def _hits(self):
        return self.store._hits
