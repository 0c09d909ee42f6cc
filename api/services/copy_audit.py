"""The copy audit (every 答复口径 an agent copies) and the searches agents acted on, for the
supervisor's view."""

from __future__ import annotations

from sqlalchemy import Engine

from api.store import audit


def record_copy(
    engine: Engine,
    username: str,
    kind: str,
    clause_id: str | None,
    as_of: str | None,
    text: str,
    benefit_ids: list[str],
    profile: dict,
    q: str | None,
) -> int:
    detail = {"benefit_ids": benefit_ids, "profile": profile, "q": q}
    return audit.record_copy(engine, username, kind, clause_id, as_of, text, detail)


def copies(engine: Engine, username: str | None, limit: int) -> list[dict]:
    return audit.copies(engine, username, None, None, limit)


def log_search(engine: Engine, username: str, q: str, region: str | None) -> None:
    audit.log_search(engine, username, q.strip(), region)
