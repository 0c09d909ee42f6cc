"""Per-address budgets on the public routes that cost work (chat, search): 429 with Retry-After and
a Chinese message. Limits come from settings (requests per minute; 0 = off) and sit far above what
a person types or clicks — a few hundred a minute from one address is a script. The counts are
per app instance in memory, or shared by every API process in Redis (api/shared_state).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, HTTPException, Request

from answers import notices
from api.clients import client_address
from api.ratelimit import Limiter, StoreLimiter
from api.settings import Settings, get_settings
from api.shared_state import Store, store_for

WINDOW_S = 60.0


@dataclass
class RateLimits:
    chat: Limiter
    search: Limiter

    @classmethod
    def from_settings(cls, s: Settings, store: Store | None = None) -> "RateLimits":
        store = store or store_for(s.redis_url)
        return cls(
            StoreLimiter(store, s.chat_rate_per_minute, WINDOW_S),
            StoreLimiter(store, s.search_rate_per_minute, WINDOW_S),
        )


def too_many(wait: int) -> HTTPException:
    return HTTPException(
        status_code=429,
        detail=notices.too_many_requests(wait),
        headers={"Retry-After": str(wait)},
    )


def _limit(kind: str):
    def check(request: Request, settings: Annotated[Settings, Depends(get_settings)]) -> None:
        limits: RateLimits | None = getattr(request.app.state, "rate_limits", None)
        if limits is None:
            return
        wait = getattr(limits, kind).hit(f"{kind}:{client_address(request, settings)}")
        if wait:
            raise too_many(wait)

    return Depends(check)


ChatLimit = _limit("chat")
SearchLimit = _limit("search")
