"""Failed console logins, counted per client address: after MAX_FAILURES wrong tokens within
WINDOW_S, that address is refused for LOCKOUT_S, even with the right token (a guesser must not
learn that a guess was right). A successful login clears the count.

Only non-empty wrong tokens count: an empty form guesses nothing. The counts live in the shared
state store (api/shared_state): this process's memory by default, Redis when POLICY_REDIS_URL is
set, so that a guesser gains nothing by spreading guesses over API processes. Both are bounded.
The address is api.clients.client_address: behind a reverse proxy, name it in
POLICY_TRUSTED_PROXIES so the address is the caller's, not the proxy's.
Wrong Bearer tokens on staff routes count here too (api/auth.py).
"""

from __future__ import annotations

import time

from api.shared_state import MemoryStore, Store

MAX_FAILURES = 5
WINDOW_S = 300.0
LOCKOUT_S = 300.0
MAX_ADDRESSES = 10_000


class LoginThrottle:
    def __init__(
        self,
        max_failures: int = MAX_FAILURES,
        window_s: float = WINDOW_S,
        lockout_s: float = LOCKOUT_S,
        clock=time.monotonic,
        store: Store | None = None,
    ):
        self.max_failures = max_failures
        self.window_s = window_s
        self.lockout_s = lockout_s
        self.store = store or MemoryStore(clock, MAX_ADDRESSES)

    def retry_after(self, address: str) -> int:
        """Seconds until this address may try again; 0 when it may try now."""
        left = self.store.ttl(f"login:lock:{address}")
        return int(left) + 1 if left > 0 else 0

    def failed(self, address: str) -> None:
        # The window admits max_failures - 1 failures; the one after them locks the address.
        if self.store.hit(f"login:fail:{address}", self.max_failures - 1, self.window_s):
            self.store.put(f"login:lock:{address}", "1", self.lockout_s)
            self.store.delete(f"login:fail:{address}")

    def succeeded(self, address: str) -> None:
        self.store.delete(f"login:fail:{address}", f"login:lock:{address}")
