"""Nonces seen in the last five minutes: a signed query string cannot be reused with another body.

WeChat's plaintext signature covers only token, timestamp and nonce, not the body, so anyone who
saw one callback URL (a proxy log, a shared screenshot) could post any message under it within the
freshness window. Each (timestamp, nonce) is remembered with a digest of the body it came with; a
second body under the same pair is refused. The same body again is let through: WeChat may resend
a message it got no answer for, and the MsgId de-duplication (dedup.py) answers it once.

In memory, bounded and expiring after the freshness window (older timestamps are refused anyway).
A later step moves this, like the other WeChat state, to a shared store for several processes.
"""
from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict

from api.wechat.protocol import MAX_SKEW_S, Refused

MAX_ENTRIES = 200_000


class NonceLog:
    def __init__(self, ttl_s: float = 2 * MAX_SKEW_S, max_entries: int = MAX_ENTRIES, clock=time.monotonic):
        # Twice the skew: a timestamp may be up to MAX_SKEW_S in the future and as much in the past.
        self.ttl_s, self.max_entries, self._clock = ttl_s, max_entries, clock
        self._seen: OrderedDict[str, tuple[float, str]] = OrderedDict()
        self._lock = threading.Lock()

    def check(self, timestamp: str, nonce: str, body: bytes) -> None:
        """Remember this pair with its body; Refused(403) if the pair came before with another body."""
        key, digest, now = f"{timestamp}:{nonce}", hashlib.sha256(body).hexdigest(), self._clock()
        with self._lock:
            self._expire(now)
            seen = self._seen.get(key)
            if seen is not None:
                if seen[1] != digest:
                    raise Refused(403, "请求已使用过（nonce 重复），已拒绝（防止重放）")
                return
            self._seen[key] = (now, digest)
            while len(self._seen) > self.max_entries:
                self._seen.popitem(last=False)

    def _expire(self, now: float) -> None:
        while self._seen:
            _key, (at, _digest) = next(iter(self._seen.items()))
            if now - at <= self.ttl_s:
                break
            self._seen.popitem(last=False)
