"""Shared state behind one small interface (base.Store): memory by default, Redis when configured.

`get_store()` is the process's store. With POLICY_REDIS_URL set every API process shares WeChat
de-duplication, reading state and nonces, the login throttle and the rate limits; without it each
process keeps its own (fine for one process, as `policy serve` runs it).
"""

from __future__ import annotations

from functools import lru_cache

from api.shared_state.base import Store
from api.shared_state.memory import MemoryStore

__all__ = ["Store", "MemoryStore", "get_store", "store_for"]


def store_for(redis_url: str | None) -> Store:
    if not redis_url:
        return MemoryStore()
    from api.shared_state.redis_store import FallbackStore, RedisStore

    return FallbackStore(RedisStore(redis_url))


@lru_cache(maxsize=1)
def get_store() -> Store:
    from api.settings import get_settings

    return store_for(get_settings().redis_url)
