"""Shared CLI plumbing: bad input exits 2 with one line naming the field; JSON goes to stdout only."""
from __future__ import annotations

import json
import sys
from datetime import date
from typing import Any, NoReturn

import typer


def fail(field: str, message: str) -> NoReturn:
    """Bad input: one line on stderr that names the field, exit status 2, no traceback."""
    typer.echo(f"{field}: {message}", err=True)
    raise typer.Exit(code=2)


def parse_as_of(value: str | None, field: str = "as_of") -> date:
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail(field, f"日期格式应为 YYYY-MM-DD，收到“{value}”")


def print_json(doc: Any) -> None:
    sys.stdout.write(json.dumps(doc, ensure_ascii=False, default=str) + "\n")
