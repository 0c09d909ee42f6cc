"""Hand-offs to staff (behind the staff token): list, one with its transcript, mark handled."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query
from fastapi.concurrency import run_in_threadpool

from api.auth import StaffDep
from api.deps import DbDep
from api.errors import MAX_ID
from api.store import repo

router = APIRouter(prefix="/api/v1", tags=["handoffs"])


@router.get("/handoffs")
async def list_handoffs(_: StaffDep, engine: DbDep,
                        open_only: Annotated[bool, Query(description="只看未处理的")] = False,
                        limit: Annotated[int, Query(ge=1, le=200, description="每页条数")] = 50,
                        before_id: Annotated[int | None, Query(ge=1, le=MAX_ID, description="下一页：编号小于此值的")] = None,
                        ) -> dict:
    """转人工的会话，最新的在前，分页（next_before_id 为下一页的 before_id，没有下一页时为 null）。"""
    items = await run_in_threadpool(repo.list_handoffs, engine, not open_only, limit + 1, before_id)
    more = len(items) > limit
    items = items[:limit]
    open_total = await run_in_threadpool(repo.open_handoff_count, engine)
    return {"handoffs": items, "next_before_id": items[-1]["id"] if more else None, "open_total": open_total}


@router.get("/handoffs/{handoff_id}")
async def get_handoff(handoff_id: Annotated[int, Path(ge=1, le=MAX_ID)], _: StaffDep, engine: DbDep) -> dict:
    """一次转人工：会话记录和已收集的信息。"""
    item = await run_in_threadpool(repo.get_handoff, engine, handoff_id)
    if item is None:
        raise HTTPException(status_code=404, detail=f"没有编号为 {handoff_id} 的转人工记录")
    return item


@router.post("/handoffs/{handoff_id}/handled")
async def mark_handled(handoff_id: Annotated[int, Path(ge=1, le=MAX_ID)], staff: StaffDep, engine: DbDep) -> dict:
    """标记为已处理。"""
    if not await run_in_threadpool(repo.mark_handled, engine, handoff_id, staff):
        raise HTTPException(status_code=404, detail=f"没有编号为 {handoff_id} 的转人工记录")
    return {"id": handoff_id, "handled": True}
