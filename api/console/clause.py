"""Clause and document views for the console (staff only); the views themselves are
api/services/console_views.py."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query

from api.auth import StaffDep
from api.services import console_views
from api.services.dates import AsOfDep

router = APIRouter(prefix="/api/v1/console", tags=["console"])


@router.get("/clauses/{clause_id}")
def clause_view(
    clause_id: str,
    _: StaffDep,
    as_of: AsOfDep,
    s: Annotated[list[int] | None, Query(description="答复口径引用的句子序号")] = None,
) -> dict:
    """条款：全文、逐句有效期、引用它的规则、所实施/细化/替代的文件，以及答复口径。"""
    found = console_views.clause_view(clause_id, as_of, s)
    if found is None:
        raise HTTPException(status_code=404, detail=f"没有条款 {clause_id}")
    return found


@router.get("/documents/{doc_id}")
def document_view(doc_id: str, _: StaffDep, as_of: AsOfDep) -> dict:
    """文件：元数据（文号、发文单位、所实施的文件、替代声明）和条款列表（含有效状态）。"""
    found = console_views.document_view(doc_id, as_of)
    if found is None:
        raise HTTPException(status_code=404, detail=f"没有文件 {doc_id}")
    return found
