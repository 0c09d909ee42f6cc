"""Per-OpenID reading state: the numbered options last shown and the pages not yet read.

Kept in the shared state store (api/shared_state) as one small JSON value per user, expiring after
half an hour idle: this process's memory by default (bounded), Redis when several API processes
serve, so that "1" or "更多" works whichever process WeChat's next message reaches. Losing it (Redis
down, a restart) costs little — "1" is then read as text and "更多" says nothing is left.
"""

from __future__ import annotations

import json

from api.shared_state import MemoryStore, Store

MAX_USERS = 10_000
TTL_S = 30 * 60  # a conversation idle for half an hour starts afresh


class ReadingState:
    def __init__(self, max_users: int = MAX_USERS, ttl_s: float = TTL_S, store: Store | None = None):
        self.ttl_s = ttl_s
        self.store = store or MemoryStore(max_keys=max_users)

    def _get(self, openid: str) -> dict | None:
        raw = self.store.get(f"wx:reading:{openid}")
        try:
            return json.loads(raw) if raw else None
        except ValueError:
            return None

    def _put(self, openid: str, reading: dict) -> None:
        self.store.put(f"wx:reading:{openid}", json.dumps(reading, ensure_ascii=False), self.ttl_s)

    def remember(self, openid: str, options: list[dict], pages: list[str]) -> None:
        """A new answer replaces what the previous one left (its options no longer apply)."""
        self._put(openid, {"options": list(options), "pages": list(pages)})

    def option(self, openid: str, number: int) -> dict | None:
        r = self._get(openid)
        if r and 1 <= number <= len(r["options"]):
            return r["options"][number - 1]
        return None

    def titled(self, openid: str, title: str) -> dict | None:
        """The remembered option whose title the user typed ("按我的情况算一算" instead of "1")."""
        r = self._get(openid)
        return next((o for o in (r or {}).get("options", []) if title and o.get("title") == title), None)

    def next_page(self, openid: str) -> str | None:
        r = self._get(openid)
        if not r or not r["pages"]:
            return None
        page = r["pages"].pop(0)
        self._put(openid, r)
        return page
