"""The as-of date of a request: one dependency for every route that takes `?as_of=`, and one way to
word a bad date (FastAPI's own validation-error shape, so clients handle every 422 alike, and the
message names the field as every other 422 does: "as_of: 应为 YYYY-MM-DD …")."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import Depends, HTTPException, Query

from knowledge.inputs import BadInput, as_of_date


def bad_date(exc: BadInput, where: str = "query") -> HTTPException:
    return HTTPException(
        status_code=422,
        detail=[{"loc": [where, exc.field], "msg": f"{exc.field}: {exc.message}", "type": "value_error"}],
    )


def as_of_param(
    as_of: Annotated[str | None, Query(description="按此日期判断有效期 YYYY-MM-DD，默认今天", max_length=10)] = None,
) -> date:
    try:
        return as_of_date(as_of)
    except BadInput as exc:
        raise bad_date(exc) from None


AsOfDep = Annotated[date, Depends(as_of_param)]
