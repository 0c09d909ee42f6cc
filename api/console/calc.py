"""The console's eligibility calculator (staff only); the calculator is api/services/calculator.py."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body
from fastapi.concurrency import run_in_threadpool

from api.auth import StaffDep
from api.errors import bad_input
from api.services import calculator as service
from knowledge.inputs import BadInput

router = APIRouter(prefix="/api/v1/console", tags=["console"])


@router.get("/calculator/form")
def calculator_form(_: StaffDep) -> dict:
    """表单定义：每个事实的类型、含义、提问和选项（来自 facts.yaml / facts_extra.yaml）。"""
    return service.form()


@router.get("/calculator/measures")
def calculator_measures(_: StaffDep) -> dict:
    """可选的补贴（从某项补贴开始计算）。"""
    return {"measures": service.measures()}


@router.post("/calculator")
async def calculator(_: StaffDep, body: Annotated[dict[str, Any], Body()]) -> dict:
    """一步计算：画像 → 可同时申请的补贴组合、合计、依据，以及下一个需要问的问题。"""
    try:
        return await run_in_threadpool(service.calculate_request, body)
    except BadInput as exc:
        raise bad_input(exc) from None
