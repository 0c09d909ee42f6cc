"""The small interface every piece of shared state uses (WeChat de-duplication, reading state and
nonces, the console login throttle, the rate limits).

Strings in, strings out, each with a time to live, plus one sliding-window counter. Two
implementations: `MemoryStore` (memory.py: one process, the embedded default) and `RedisStore`
(redis_store.py: shared by every API process, used when POLICY_REDIS_URL is set).
"""

from __future__ import annotations

from typing import Protocol


class Store(Protocol):
    def add(self, key: str, value: str, ttl_s: float) -> bool:
        """Set `key` only if it is absent: True for exactly one caller (across processes for Redis)."""
        ...

    def put(self, key: str, value: str, ttl_s: float) -> None: ...

    def get(self, key: str) -> str | None: ...

    def ttl(self, key: str) -> float:
        """Seconds `key` has left; 0 when absent."""
        ...

    def delete(self, *keys: str) -> None: ...

    def hit(self, key: str, limit: int, window_s: float) -> int:
        """Count one event for `key` unless `limit` events fell within the last `window_s`:
        0 when counted, else the seconds until one leaves the window (Retry-After)."""
        ...

    def ping(self) -> bool: ...
