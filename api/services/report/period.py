"""The supervisor report's period: by default the last DEFAULT_DAYS days up to today (Beijing time),
at most MAX_DAYS long, within bounds a date can be shifted without overflowing."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from api.services.report.summary import CHINA
from knowledge.inputs import BadInput

DEFAULT_DAYS = 28
MAX_DAYS = 366
# Bounded: year 1 minus DEFAULT_DAYS is not a date (an OverflowError, a 500, found by tests/schema).
EARLIEST, LATEST = date(2000, 1, 1), date(2100, 12, 31)


def period(since: date | None, until: date | None) -> tuple[date, date]:
    """(first day, last day), both included; a BadInput naming `from` when the range is wrong."""
    until = until or datetime.now(CHINA).date()
    since = since or until - timedelta(days=DEFAULT_DAYS - 1)
    if since > until:
        raise BadInput("from", "开始日期晚于结束日期")
    if (until - since).days >= MAX_DAYS:
        raise BadInput("from", f"统计范围最长{MAX_DAYS}天")
    return since, until
