"""Failed console logins, counted per client address: after MAX_FAILURES wrong tokens within
WINDOW_S, that address is refused for LOCKOUT_S, even with the right token (a guesser must not
learn that a guess was right). A successful login clears the count.

Only non-empty wrong tokens count: an empty form guesses nothing. State is per app instance and
in memory (one API process, as `policy serve` runs it); the table is bounded so a flood of
addresses cannot grow it without limit. The address is api.clients.client_address: behind a
reverse proxy, name it in POLICY_TRUSTED_PROXIES so the address is the caller's, not the proxy's.
Wrong Bearer tokens on staff routes count here too (api/auth.py).
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

MAX_FAILURES = 5
WINDOW_S = 300.0
LOCKOUT_S = 300.0
MAX_ADDRESSES = 10_000


@dataclass
class _Entry:
    failures: list[float] = field(default_factory=list)
    locked_until: float = 0.0


class LoginThrottle:
    def __init__(self, max_failures: int = MAX_FAILURES, window_s: float = WINDOW_S,
                 lockout_s: float = LOCKOUT_S, clock=time.monotonic):
        self.max_failures = max_failures
        self.window_s = window_s
        self.lockout_s = lockout_s
        self._clock = clock
        self._entries: dict[str, _Entry] = {}
        self._lock = threading.Lock()

    def retry_after(self, address: str) -> int:
        """Seconds until this address may try again; 0 when it may try now."""
        with self._lock:
            entry = self._entries.get(address)
            left = entry.locked_until - self._clock() if entry else 0.0
            return int(left) + 1 if left > 0 else 0

    def failed(self, address: str) -> None:
        now = self._clock()
        with self._lock:
            if address not in self._entries and len(self._entries) >= MAX_ADDRESSES:
                self._prune(now)
            entry = self._entries.setdefault(address, _Entry())
            entry.failures = [t for t in entry.failures if now - t < self.window_s] + [now]
            if len(entry.failures) >= self.max_failures:
                entry.locked_until = now + self.lockout_s
                entry.failures = []

    def succeeded(self, address: str) -> None:
        with self._lock:
            self._entries.pop(address, None)

    def _prune(self, now: float) -> None:
        stale = [a for a, e in self._entries.items()
                 if e.locked_until <= now and all(now - t >= self.window_s for t in e.failures)]
        for address in stale:
            del self._entries[address]
        if len(self._entries) >= MAX_ADDRESSES:  # all live: forget the oldest half rather than grow
            for address in list(self._entries)[: MAX_ADDRESSES // 2]:
                del self._entries[address]
