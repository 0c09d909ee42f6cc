"""Dependencies shared by routers, as Annotated aliases (full-stack-fastapi-template style)."""

from __future__ import annotations

from functools import lru_cache
from typing import Annotated

from fastapi import Depends
from sqlalchemy import Engine

from api.chat.service import ChatService
from api.ratelimit import StoreLimiter
from api.settings import Settings, get_settings
from api.shared_state import get_store
from api.store.db import get_engine
from retrieval.search import Searcher, get_searcher


def searcher() -> Searcher:
    """The process-wide searcher: its index is loaded once, on the first request that needs it."""
    return get_searcher()


def db_engine() -> Engine:
    return get_engine(get_settings().db_url())


@lru_cache(maxsize=1)
def chat_service() -> ChatService:
    s = get_settings()
    return ChatService(
        s.rasa_url,
        get_searcher(),
        db_engine(),
        s.rasa_timeout_s,
        StoreLimiter(get_store(), s.handoff_limit_per_hour, 3600, "handoff"),
    )


SettingsDep = Annotated[Settings, Depends(get_settings)]
SearcherDep = Annotated[Searcher, Depends(searcher)]
DbDep = Annotated[Engine, Depends(db_engine)]
ChatDep = Annotated[ChatService, Depends(chat_service)]
