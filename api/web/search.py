"""GET /api/v1/search: the same result shape as `policy search --json` (spec/contract.md)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.concurrency import run_in_threadpool

from api.deps import SearcherDep, SettingsDep
from api.errors import bad_input
from api.rate_limits import SearchLimit
from knowledge.coverage import example_place
from knowledge.inputs import BadInput
from retrieval.models import MAX_QUERY_CHARS, SearchResponse, make_request

router = APIRouter(prefix="/api/v1", tags=["search"])


@router.get(
    "/search",
    response_model=SearchResponse,
    dependencies=[SearchLimit],
    responses={429: {"description": "请求过于频繁"}},
)
async def search(
    searcher: SearcherDep,
    settings: SettingsDep,
    q: Annotated[
        str | None, Query(description="问题，如“公司招大学生有补贴吗”", max_length=MAX_QUERY_CHARS * 4)
    ] = None,
    region: Annotated[str | None, Query(description=f"所在地区，如 {example_place()}；只返回覆盖该地的政策")] = None,
    top_k: Annotated[str | None, Query(description="返回条数 1-50")] = None,
    as_of: Annotated[str | None, Query(description="按此日期判断有效期 YYYY-MM-DD，默认今天")] = None,
    doc: Annotated[list[str] | None, Query(description="只在这些文件中查（doc_id，可重复）")] = None,
    status: Annotated[str | None, Query(description="只看此状态：active|expired|not_started|unknown")] = None,
) -> SearchResponse:
    try:
        request = make_request(
            q,
            region,
            top_k if top_k not in (None, "") else settings.search_default_top_k,
            as_of,
            tuple(doc or ()),
            status,
        )
    except BadInput as exc:
        raise bad_input(exc, "query") from None
    # Search is CPU-bound numpy/jieba work: run it off the event loop.
    return await run_in_threadpool(searcher.search, request)
