"""GET /api/v1/clauses/{clause_id}: one clause in full — what a source card opens.

Text as printed (page breaks joined), departments (lead units named), validity on `as_of`, and
each sentence with its own validity (one clause can hold measures with different periods).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path

from api.services import catalog
from api.services.catalog import RecordsDep
from api.services.dates import AsOfDep

router = APIRouter(prefix="/api/v1", tags=["clauses"])


@router.get("/clauses/{clause_id}")
def get_clause(
    clause_id: Annotated[str, Path(max_length=80, description="条款编号，如 dalian-2020-18:2.9")],
    records: RecordsDep,
    as_of: AsOfDep,
) -> dict:
    """一个条款的全文、责任单位（牵头单位）、按 as_of 计的有效期，以及每句各自的期限。"""
    rec = records.get(clause_id)
    if rec is None:
        raise HTTPException(status_code=404, detail=f"clause_id: 未找到条款“{clause_id}”（形如 dalian-2020-18:2.9）")
    return catalog.clause_out(rec, as_of)
