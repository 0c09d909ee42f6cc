"""Console search (staff only): the same retrieval as /api/v1/search with the console's filters, each
hit carrying its 答复口径; the search itself is api/services/console_search.py."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.concurrency import run_in_threadpool

from api.auth import StaffDep
from api.deps import SearcherDep
from api.errors import bad_input
from api.services import console_search as service
from api.services.dates import AsOfDep
from knowledge.inputs import BadInput
from retrieval.models import MAX_QUERY_CHARS, MAX_TOP_K

router = APIRouter(prefix="/api/v1/console", tags=["console"])


@router.get("/search")
async def search(
    _: StaffDep,
    searcher: SearcherDep,
    as_of: AsOfDep,
    q: Annotated[str, Query(max_length=MAX_QUERY_CHARS * 4)] = "",
    region: str | None = None,
    doc: Annotated[list[str] | None, Query()] = None,
    status: str | None = None,
    department: str | None = None,
    group: str | None = None,
    top_k: Annotated[int, Query(ge=1, le=MAX_TOP_K)] = 10,
    show_anyway: Annotated[bool, Query(description="知识库判断无相关政策时仍显示最接近的结果")] = False,
) -> dict:
    """检索（热线坐席）：地区、文件、责任单位、有效状态（按日期）、人群筛选，每条附答复口径。"""
    try:
        service.check_filters(group, department)
        return await run_in_threadpool(
            service.console_search,
            searcher,
            q,
            region or None,
            as_of.isoformat(),
            doc or [],
            status or None,
            department or None,
            group or None,
            top_k,
            show_anyway,
        )
    except BadInput as exc:
        raise bad_input(exc, "query") from None


@router.get("/meta")
async def meta(_: StaffDep, searcher: SearcherDep) -> dict:
    """筛选项：地区、文件、责任单位、人群、有效状态。"""
    return await run_in_threadpool(service.meta, searcher)
