"""Hand-offs to staff (behind the staff token): list, one with its transcript, mark handled."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query
from fastapi.concurrency import run_in_threadpool

from api.auth import StaffDep
from api.deps import DbDep
from api.store import repo

router = APIRouter(prefix="/api/v1", tags=["handoffs"])


@router.get("/handoffs")
async def list_handoffs(_: StaffDep, engine: DbDep,
                        open_only: Annotated[bool, Query(description="只看未处理的")] = False) -> dict:
    """转人工的会话，最新的在前。"""
    items = await run_in_threadpool(repo.list_handoffs, engine, not open_only)
    return {"handoffs": items}


@router.get("/handoffs/{handoff_id}")
async def get_handoff(handoff_id: int, _: StaffDep, engine: DbDep) -> dict:
    """一次转人工：会话记录和已收集的信息。"""
    item = await run_in_threadpool(repo.get_handoff, engine, handoff_id)
    if item is None:
        raise HTTPException(status_code=404, detail=f"没有编号为 {handoff_id} 的转人工记录")
    return item


@router.post("/handoffs/{handoff_id}/handled")
async def mark_handled(handoff_id: int, staff: StaffDep, engine: DbDep) -> dict:
    """标记为已处理。"""
    if not await run_in_threadpool(repo.mark_handled, engine, handoff_id, staff.username):
        raise HTTPException(status_code=404, detail=f"没有编号为 {handoff_id} 的转人工记录")
    return {"id": handoff_id, "handled": True}
