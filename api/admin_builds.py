"""Switching the knowledge build without a restart (issue 18 step 6; knowledge/builds.py).

`POST /api/v1/admin/reload` (supervisor or staff token) and SIGHUP make this process serve the build
`<POLICY_HOME>/current` names, after loading its rules and search index (a request never waits
for them). Every request is answered from the build that was newest when it arrived
(`BuildPerRequest`): a request in flight during the switch finishes on its build.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import threading

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool

from api.auth import SupervisorDep
from knowledge import builds

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api/v1/admin", tags=["admin"])
_switch = threading.Lock()


def _warm(build: builds.Build) -> None:
    from knowledge.eligibility.engine import default_engine
    from retrieval.search import get_searcher

    with builds.use(build):
        default_engine()
        get_searcher().warm()


def reload() -> dict:
    """Serve what `current` names now (loaded first); the same build again changes nothing."""
    with _switch:
        before = builds.newest()
        new = builds.current()
        if new is not None and (before is None or before.id != new.id):
            _warm(new)
        old, new = builds.serve_current()
    changed = new is not None and (old is None or old.id != new.id)
    if new is None:
        message = "尚未发布任何知识库版本，继续使用工作区数据。"
    elif changed:
        message = f"已切换到知识库版本 {new.id}（此前：{old.id if old else '工作区数据'}）；进行中的请求按原版本完成。"
    else:
        message = f"知识库版本 {new.id} 已在使用，无需切换。"
    log.info(message)
    return {
        "build": new.id if new else None,
        "previous": old.id if old else None,
        "changed": changed,
        "loaded": [b.id for b in builds.loaded()],
        "message": message,
    }


@router.post("/reload", summary="切换到已发布的知识库版本（无需重启）")
async def reload_endpoint(_who: SupervisorDep) -> dict:
    return await run_in_threadpool(reload)


def start() -> None:
    """At start: serve the published build (if any) and reload on SIGHUP."""
    builds.serve_current()
    try:
        asyncio.get_running_loop().add_signal_handler(
            signal.SIGHUP, lambda: threading.Thread(target=reload, name="reload-build", daemon=True).start()
        )
    except (NotImplementedError, RuntimeError, ValueError):  # no signals here (not the main thread)
        pass


class BuildPerRequest:
    """ASGI middleware: the request is answered from the build newest when it arrived."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        with builds.use(builds.newest()):
            await self.app(scope, receive, send)
