"""Checks shared by every layer that takes input from people or programs."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


class BadInput(ValueError):
    """Input refused; `field` names the offending field (e.g. "profile.region", "top_k").

    str() is "field: 中文说明", the one line the CLI prints before exiting 2 and the API
    returns with 422.
    """

    def __init__(self, field_name: str, message: str):
        super().__init__(f"{field_name}: {message}")
        self.field = field_name
        self.message = message


def iso_date(value: Any, field_name: str) -> date:
    """YYYY-MM-DD only: Python also reads "20200310" and week dates, which the contract does not."""
    if isinstance(value, date):
        return value
    if isinstance(value, str) and ISO_DATE.match(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise BadInput(field_name, f"应为 YYYY-MM-DD 格式的日期，收到 {value!r}")


def as_of_date(value: Any, field_name: str = "as_of", default: date | None = None) -> date:
    """The as-of date of a request: absent means today (or `default`)."""
    if value is None or value == "":
        return default or date.today()
    return iso_date(value, field_name)
