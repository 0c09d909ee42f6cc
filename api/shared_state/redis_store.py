"""The Redis store: state shared by every API process (POLICY_REDIS_URL=redis://host:6379/0).

Short socket timeouts: Redis is on the request path of every WeChat message and every rate-limited
call, so a stalled Redis must cost milliseconds, not seconds. `FallbackStore` wraps it so that a
Redis outage degrades to per-process state instead of failing requests (see docs/deploy.md):
de-duplication, nonces and limits then hold per API process only, until Redis answers again.
"""

from __future__ import annotations

import logging
import secrets
import time

import redis

from api.shared_state.memory import MemoryStore

log = logging.getLogger("api.shared_state")
PREFIX = "policy:"
TIMEOUT_S = 0.5
RETRY_AFTER_S = 5.0  # after a failure, use memory for this long before asking Redis again

# A sliding window in one round trip, on Redis's own clock (so every API process agrees).
_HIT = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local limit, window = tonumber(ARGV[1]), tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) >= limit then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  if oldest[2] == nil then return math.max(1, math.ceil(window / 1000)) end
  return math.max(1, math.ceil((tonumber(oldest[2]) + window - now) / 1000))
end
redis.call('ZADD', KEYS[1], now, ARGV[3])
redis.call('PEXPIRE', KEYS[1], window)
return 0
"""


def _ms(seconds: float) -> int:
    return max(1, int(seconds * 1000))


class RedisStore:
    def __init__(self, url: str, timeout_s: float = TIMEOUT_S):
        self.client = redis.Redis.from_url(
            url, socket_timeout=timeout_s, socket_connect_timeout=timeout_s, decode_responses=True
        )
        self._hit = self.client.register_script(_HIT)

    def add(self, key: str, value: str, ttl_s: float) -> bool:
        return bool(self.client.set(PREFIX + key, value, nx=True, px=_ms(ttl_s)))

    def put(self, key: str, value: str, ttl_s: float) -> None:
        self.client.set(PREFIX + key, value, px=_ms(ttl_s))

    def get(self, key: str) -> str | None:
        return self.client.get(PREFIX + key)

    def ttl(self, key: str) -> float:
        left = self.client.pttl(PREFIX + key)
        return left / 1000 if left and left > 0 else 0.0

    def delete(self, *keys: str) -> None:
        if keys:
            self.client.delete(*(PREFIX + k for k in keys))

    def hit(self, key: str, limit: int, window_s: float) -> int:
        return int(self._hit(keys=[PREFIX + key], args=[limit, _ms(window_s), secrets.token_hex(8)]))

    def ping(self) -> bool:
        return bool(self.client.ping())


class FallbackStore:
    """Redis while it answers; this process's memory while it does not (logged, never raised)."""

    def __init__(self, primary: RedisStore, fallback: MemoryStore | None = None, clock=time.monotonic):
        self.primary, self.fallback, self._clock = primary, fallback or MemoryStore(), clock
        self._down_until = 0.0

    @property
    def degraded(self) -> bool:
        return self._clock() < self._down_until

    def _call(self, name: str, *args):
        if not self.degraded:
            try:
                return getattr(self.primary, name)(*args)
            except redis.RedisError as exc:
                log.error(
                    "Redis unavailable (%s): shared state falls back to this process's memory for %.0f s",
                    type(exc).__name__,
                    RETRY_AFTER_S,
                )
                self._down_until = self._clock() + RETRY_AFTER_S
        return getattr(self.fallback, name)(*args)

    def add(self, key: str, value: str, ttl_s: float) -> bool:
        return self._call("add", key, value, ttl_s)

    def put(self, key: str, value: str, ttl_s: float) -> None:
        self._call("put", key, value, ttl_s)

    def get(self, key: str) -> str | None:
        return self._call("get", key)

    def ttl(self, key: str) -> float:
        return self._call("ttl", key)

    def delete(self, *keys: str) -> None:
        self._call("delete", *keys)

    def hit(self, key: str, limit: int, window_s: float) -> int:
        return self._call("hit", key, limit, window_s)

    def ping(self) -> bool:
        try:
            ok = self.primary.ping()
        except redis.RedisError:
            return False
        if ok:
            self._down_until = 0.0  # answering again: stop waiting out the back-off
        return ok
