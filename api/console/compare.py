"""Compare one topic across regions (staff only); the comparison is answers/compare.py."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException

from answers import compare as comparison
from api.auth import StaffDep
from api.services.dates import AsOfDep

router = APIRouter(prefix="/api/v1/console", tags=["console"])


@router.get("/compare/topics")
def compare_topics(_: StaffDep) -> dict:
    """可对比的主题及其地区。"""
    return {"topics": comparison.topic_list()}


@router.get("/compare")
def compare_view(_: StaffDep, as_of: AsOfDep, topic: str | None = None, q: str | None = None) -> dict:
    """同一主题在各地区的规定并列：标准、对象、期限、责任单位、有效状态。"""
    found = comparison.find_topic(topic, q)
    if found is None:
        names = comparison.topic_names()
        raise HTTPException(status_code=404, detail=f"没有可对比的主题“{topic or q or ''}”（可选：{names}）")
    return comparison.compare(found, as_of)
