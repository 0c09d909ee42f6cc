"""POST /api/v1/feedback: 👍/👎 on one answer, with an optional comment (stored, counted in /metrics).

The widget posts the rating at once (a person who leaves after 👎 still counts) and may attach the
reason afterwards with POST /api/v1/feedback/{id}/comment. Staff read the totals and recent items.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Path, Query
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field

from api.auth import StaffDep
from api.chat.conversation_ids import require_issued
from api.deps import DbDep, SettingsDep
from api.errors import MAX_ID
from api.services import feedback

router = APIRouter(prefix="/api/v1", tags=["feedback"])

SENDER = dict(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9_\-:.@]+$")


class FeedbackIn(BaseModel):
    sender_id: str = Field(description="会话标识（与 /api/v1/chat 相同）", **SENDER)
    rating: Literal["up", "down"] = Field(description="up = 👍 有帮助，down = 👎 没帮助")
    comment: str | None = Field(default=None, max_length=500, description="意见（可选，最多500字）")
    answer_text: str | None = Field(default=None, max_length=4000, description="被评价的答复原文")
    clause_ids: list[Annotated[str, Field(max_length=80)]] = Field(default_factory=list, max_length=20)
    # Accepted for older clients, never trusted: feedback comes through this web route.
    channel: Literal["web", "wechat", "console", "cli"] = "web"


class CommentIn(BaseModel):
    sender_id: str = Field(**SENDER)
    comment: str = Field(min_length=1, max_length=500, description="意见（最多500字）")


@router.post("/feedback", status_code=201)
async def add_feedback(body: FeedbackIn, engine: DbDep, settings: SettingsDep) -> dict:
    """对一条答复评价 👍/👎（可附意见），存入应用数据库。会话标识须为对话接口分配的。"""
    require_issued(body.sender_id, settings)
    fid = await run_in_threadpool(
        feedback.rate, engine, body.sender_id, body.rating, body.comment or None, body.answer_text, body.clause_ids
    )
    return {"id": fid, "rating": body.rating, "stored": True}


@router.post("/feedback/{feedback_id}/comment")
async def add_comment(
    feedback_id: Annotated[int, Path(ge=1, le=MAX_ID)], body: CommentIn, engine: DbDep, settings: SettingsDep
) -> dict:
    """为已提交的评价补充意见（仅限同一会话）。"""
    require_issued(body.sender_id, settings)
    if not await run_in_threadpool(feedback.add_comment, engine, feedback_id, body.sender_id, body.comment):
        raise HTTPException(status_code=404, detail=f"没有编号为 {feedback_id} 的评价（或不属于此会话）")
    return {"id": feedback_id, "stored": True}


@router.get("/feedback")
async def list_feedback(
    _: StaffDep, engine: DbDep, limit: Annotated[int, Query(ge=1, le=200, description="最近多少条")] = 50
) -> dict:
    """评价统计和最近的评价（工作人员）。"""
    return await run_in_threadpool(feedback.overview, engine, limit)
