"""The copy audit (every 答复口径 an agent copies) and the searches agents acted on."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field

from api.auth import StaffDep, SupervisorDep
from api.deps import DbDep
from api.services import copy_audit

router = APIRouter(prefix="/api/v1/console", tags=["console"])
ISO_DAY = r"^\d{4}-\d{2}-\d{2}$"


class CopyIn(BaseModel):
    kind: Literal["clause", "calculation"]
    clause_id: str | None = Field(default=None, max_length=80, description="复制的条款（kind=clause）")
    benefit_ids: list[Annotated[str, Field(max_length=80)]] = Field(
        default_factory=list, max_length=40, description="计算结果中的补贴（kind=calculation）"
    )
    profile: dict = Field(default_factory=dict, description="计算所用的情况")
    as_of: str | None = Field(default=None, pattern=ISO_DAY, description="评估日期")
    q: str | None = Field(default=None, max_length=200, description="当时的检索词")
    text: str = Field(min_length=1, max_length=8000, description="复制的答复口径原文")


class SearchIn(BaseModel):
    q: str = Field(min_length=1, max_length=200)
    region: str | None = Field(default=None, max_length=20)


@router.post("/audit/copy", status_code=201)
async def record_copy(body: CopyIn, who: StaffDep, engine: DbDep) -> dict:
    """记录一次“复制答复口径”（坐席、时间、条款或计算、评估日期）。"""
    cid = await run_in_threadpool(
        copy_audit.record_copy,
        engine,
        who.username,
        body.kind,
        body.clause_id,
        body.as_of,
        body.text,
        body.benefit_ids,
        body.profile,
        body.q,
    )
    return {"id": cid, "stored": True}


@router.get("/audit/copies")
async def list_copies(
    _: SupervisorDep,
    engine: DbDep,
    username: Annotated[str | None, Query(max_length=64)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> dict:
    """坐席复制过的答复口径（班长）。"""
    return {"copies": await run_in_threadpool(copy_audit.copies, engine, username, limit)}


@router.post("/searches", status_code=201)
async def log_search(body: SearchIn, who: StaffDep, engine: DbDep) -> dict:
    """记录坐席据以打开或复制结果的检索（供班长统计高频问题）。"""
    await run_in_threadpool(copy_audit.log_search, engine, who.username, body.q, body.region)
    return {"stored": True}
