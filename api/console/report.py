"""The supervisor's view (supervisors and the admin token only): GET /api/v1/console/report and
GET /api/v1/console/report.csv?section=… (UTF-8 with BOM)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal
from urllib.parse import quote

from fastapi import APIRouter, Query
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from api.auth import SupervisorDep
from api.deps import DbDep
from api.errors import bad_input
from api.services.report.csv_export import SECTIONS, to_csv
from api.services.report.period import EARLIEST, LATEST, period
from api.services.report.summary import report
from knowledge.inputs import BadInput

router = APIRouter(prefix="/api/v1/console", tags=["console"])


def _range(since: date | None, until: date | None) -> tuple[date, date]:
    try:
        return period(since, until)
    except BadInput as exc:
        raise bad_input(exc, "query") from None


From = Annotated[date | None, Query(alias="from", ge=EARLIEST, le=LATEST, description="开始日期（含）")]
To = Annotated[date | None, Query(alias="to", ge=EARLIEST, le=LATEST, description="结束日期（含）")]


@router.get("/report")
async def supervisor_report(_: SupervisorDep, engine: DbDep, since: From = None, until: To = None) -> dict:
    """班长视图：按周、地区的高频问题，未能答复与转人工原因，差评及所给答复，答复口径复制记录。"""
    lo, hi = _range(since, until)
    return await run_in_threadpool(report, engine, lo, hi)


@router.get("/report.csv")
async def supervisor_report_csv(
    _: SupervisorDep,
    engine: DbDep,
    section: Literal["questions", "fallbacks", "handoffs", "feedback", "copies"] = "questions",
    since: From = None,
    until: To = None,
) -> Response:
    """导出为 CSV（UTF-8 带 BOM，Excel 可直接打开）。"""
    lo, hi = _range(since, until)
    data = await run_in_threadpool(report, engine, lo, hi)
    name = f"{SECTIONS[section][0]}_{lo.isoformat()}_{hi.isoformat()}.csv"
    return Response(
        to_csv(data, section),
        media_type="text/csv; charset=utf-8",
        headers={
            "Content-Disposition": f"attachment; filename=\"report-{section}.csv\"; filename*=UTF-8''{quote(name)}",
            "Cache-Control": "no-store",
        },
    )
