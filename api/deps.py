"""Dependencies shared by routers, as Annotated aliases (full-stack-fastapi-template style)."""
from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from api.settings import Settings, get_settings
from retrieval.search import Searcher, get_searcher


def searcher() -> Searcher:
    """The process-wide searcher: its index is loaded once, on the first request that needs it."""
    return get_searcher()


SettingsDep = Annotated[Settings, Depends(get_settings)]
SearcherDep = Annotated[Searcher, Depends(searcher)]
