"""Dates in words, as an agent reads them out: 2020-12-31 → 2020年12月31日."""

from __future__ import annotations

from datetime import date


def cn_date(value: str | date | None) -> str:
    if value is None:
        return ""
    d = date.fromisoformat(value) if isinstance(value, str) else value
    return f"{d.year}年{d.month}月{d.day}日"
