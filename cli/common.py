"""Shared CLI plumbing: bad input exits 2 with one line naming the field; JSON goes to stdout only."""

from __future__ import annotations

import json
import sys
from datetime import date
from typing import Any, NoReturn

import typer

from knowledge.inputs import BadInput, as_of_date


def validity_label(status: str) -> str:
    """The composer's badge word for a validity status (现行/已到期/未开始/有效期未知), coloured for terminals."""
    from answers.validity_words import BADGE

    colour = {"active": "green", "expired": "red"}.get(status, "yellow")
    return f"[{colour}]{BADGE.get(status, BADGE['unknown'])}[/{colour}]"


def fail(field: str, message: str) -> NoReturn:
    """Bad input: one line on stderr that names the field, exit status 2, no traceback."""
    typer.echo(f"{field}: {message}", err=True)
    raise typer.Exit(code=2)


def parse_as_of(value: str | None, field: str = "as_of") -> date:
    try:
        return as_of_date(value, field)
    except BadInput as exc:
        fail(exc.field, exc.message)


def print_json(doc: Any) -> None:
    sys.stdout.write(json.dumps(doc, ensure_ascii=False, default=str) + "\n")
