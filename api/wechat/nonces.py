"""Nonces seen in the last five minutes: a signed query string cannot be reused with another body.

WeChat's plaintext signature covers only token, timestamp and nonce, not the body, so anyone who
saw one callback URL (a proxy log, a shared screenshot) could post any message under it within the
freshness window. Each (timestamp, nonce) is remembered with a digest of the body it came with; a
second body under the same pair is refused. The same body again is let through: WeChat may resend
a message it got no answer for, and the MsgId de-duplication (dedup.py) answers it once.

Kept in the shared state store (api/shared_state): this process's memory, or Redis so that a
pair used at one API process is known to all; bounded and expiring after the freshness window
(older timestamps are refused anyway).
"""

from __future__ import annotations

import hashlib
import time

from api.shared_state import MemoryStore, Store
from api.wechat.protocol import MAX_SKEW_S, Refused

MAX_ENTRIES = 200_000


class NonceLog:
    def __init__(
        self,
        ttl_s: float = 2 * MAX_SKEW_S,
        max_entries: int = MAX_ENTRIES,
        clock=time.monotonic,
        store: Store | None = None,
    ):
        # Twice the skew: a timestamp may be up to MAX_SKEW_S in the future and as much in the past.
        self.ttl_s = ttl_s
        self.store = store or MemoryStore(clock, max_entries)

    def check(self, timestamp: str, nonce: str, body: bytes) -> None:
        """Remember this pair with its body; Refused(403) if the pair came before with another body."""
        key, digest = f"wx:nonce:{timestamp}:{nonce}", hashlib.sha256(body).hexdigest()
        if self.store.add(key, digest, self.ttl_s):
            return
        seen = self.store.get(key)
        if seen is not None and seen != digest:
            raise Refused(403, "请求已使用过（nonce 重复），已拒绝（防止重放）")
