"""GET /api/v1/clauses/{clause_id}: one clause in full — what a source card opens.

Text as printed (page breaks joined), departments (lead units named), validity on `as_of`, and
each sentence with its own validity (one clause can hold measures with different periods).
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Query

from api.services import catalog
from knowledge.inputs import BadInput, as_of_date
from knowledge.records import ClauseRecord

router = APIRouter(prefix="/api/v1", tags=["clauses"])


def as_of_param(
    as_of: Annotated[str | None, Query(description="按此日期判断有效期 YYYY-MM-DD，默认今天", max_length=10)] = None,
) -> date:
    try:
        return as_of_date(as_of)
    except BadInput as exc:
        # FastAPI's own validation-error shape, so clients handle every 422 alike.
        raise HTTPException(
            status_code=422, detail=[{"loc": ["query", "as_of"], "msg": f"as_of: {exc.message}", "type": "value_error"}]
        ) from None


AsOfDep = Annotated[date, Depends(as_of_param)]
RecordsDep = Annotated[dict[str, ClauseRecord], Depends(catalog.records_index)]


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
