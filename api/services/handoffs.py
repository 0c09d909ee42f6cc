"""Hand-off tickets as the console works them: a page of the list, one ticket with its transcript,
a change (take it, notes, outcome, status), the older "handled" mark. TicketError names the field."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine

from api.store import repo, tickets
from api.store.tickets import MAX_NOTES, TicketError

__all__ = ["MAX_NOTES", "TicketError", "change", "get", "mark_handled", "page"]


def page(
    engine: Engine,
    q: str | None,
    day: date | None,
    place: str | None,
    phone4: str | None,
    status: str | None,
    open_only: bool,
    before_id: int | None,
    limit: int,
) -> dict:
    """Newest first, `limit` at a time (a flood cannot hide older hand-offs): next_before_id is the
    next page's before_id, open_total the number still open."""
    items = tickets.find(engine, q, day, place, phone4, status, open_only, before_id)
    more = len(items) > limit
    items = items[:limit]
    return {
        "handoffs": items,
        "next_before_id": items[-1]["id"] if more else None,
        "open_total": repo.open_handoff_count(engine),
    }


def get(engine: Engine, handoff_id: int) -> dict | None:
    return tickets.get(engine, handoff_id)


def change(
    engine: Engine,
    handoff_id: int,
    username: str,
    status: str | None,
    take: bool,
    notes: str | None,
    outcome: str | None,
) -> dict | None:
    return tickets.change(engine, handoff_id, username, status, take, notes, outcome)


def mark_handled(engine: Engine, handoff_id: int, username: str) -> bool:
    return repo.mark_handled(engine, handoff_id, username)
