"""Hand-off tickets (behind staff login): find, read one with its transcript, take it, write call
notes and the outcome, change its status (待处理 / 处理中 / 已办结), mark handled (older clients)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Path, Query
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field

from api.auth import StaffDep
from api.deps import DbDep
from api.errors import MAX_ID, bad_input
from api.services import handoffs
from knowledge.inputs import BadInput

router = APIRouter(prefix="/api/v1", tags=["handoffs"])
HandoffId = Annotated[int, Path(ge=1, le=MAX_ID)]  # a 23-digit id is a 422, never a 500


class TicketChange(BaseModel):
    take: bool = Field(default=False, description="由我处理（负责人设为当前坐席，状态变为处理中）")
    status: Literal["待处理", "处理中", "已办结"] | None = None
    notes: str | None = Field(default=None, max_length=handoffs.MAX_NOTES, description="通话记录")
    outcome: str | None = Field(default=None, max_length=handoffs.MAX_NOTES, description="办理结果")


def _not_found(handoff_id: int) -> HTTPException:
    return HTTPException(status_code=404, detail=f"没有编号为 {handoff_id} 的转人工记录")


@router.get("/handoffs")
async def list_handoffs(
    _: StaffDep,
    engine: DbDep,
    open_only: Annotated[bool, Query(description="只看未办结的")] = False,
    q: Annotated[str | None, Query(max_length=100, description="转接编号、手机尾号四位、日期或会话中的词")] = None,
    day: Annotated[date | None, Query(alias="date", description="转人工的日期（北京时间）")] = None,
    place: Annotated[str | None, Query(max_length=20, description="地区")] = None,
    phone4: Annotated[str | None, Query(max_length=4, description="手机号后四位")] = None,
    status: Annotated[str | None, Query(description="待处理 / 处理中 / 已办结")] = None,
    limit: Annotated[int, Query(ge=1, le=200, description="每页条数")] = 200,
    before_id: Annotated[int | None, Query(ge=1, le=MAX_ID, description="下一页：编号小于此值的")] = None,
) -> dict:
    """转人工工单，最新的在前；可按编号、日期、地区、会话内容、手机尾号查找。"""
    try:
        return await run_in_threadpool(
            handoffs.page, engine, q, day, place, phone4, status, open_only, before_id, limit
        )
    except handoffs.TicketError as exc:
        raise bad_input(BadInput(exc.field, exc.message), "query") from None


@router.get("/handoffs/{handoff_id}")
async def get_handoff(handoff_id: HandoffId, _: StaffDep, engine: DbDep) -> dict:
    """一个工单：会话记录、已收集的信息、状态、负责人、通话记录和办理结果。"""
    item = await run_in_threadpool(handoffs.get, engine, handoff_id)
    if item is None:
        raise _not_found(handoff_id)
    return item


@router.patch("/handoffs/{handoff_id}")
async def change_handoff(handoff_id: HandoffId, body: TicketChange, who: StaffDep, engine: DbDep) -> dict:
    """认领、写通话记录和办理结果、改状态（办结需先填写办理结果）。"""
    try:
        item = await run_in_threadpool(
            handoffs.change, engine, handoff_id, who.username, body.status, body.take, body.notes, body.outcome
        )
    except handoffs.TicketError as exc:
        raise bad_input(BadInput(exc.field, exc.message)) from None
    if item is None:
        raise _not_found(handoff_id)
    return item


@router.post("/handoffs/{handoff_id}/handled")
async def mark_handled(handoff_id: HandoffId, who: StaffDep, engine: DbDep) -> dict:
    """标记为已处理（早期接口；工单请用 PATCH 写明办理结果）。"""
    if not await run_in_threadpool(handoffs.mark_handled, engine, handoff_id, who.username):
        raise _not_found(handoff_id)
    return {"id": handoff_id, "handled": True}
