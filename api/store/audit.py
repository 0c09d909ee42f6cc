"""What agents read to callers and what they looked for.

Every 答复口径 copied in the console is recorded (agent, time, clause or calculation, evaluation
date, the words themselves), so a supervisor can see what a caller was told. A search is recorded
when the agent acts on it (opens or copies a result), not per keystroke: search-as-you-type would
otherwise fill the log with prefixes ("稳", "稳岗", …).
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import Engine, insert, select

from api.redact import redact
from api.store import tables as t


def _now() -> datetime:
    return datetime.now(timezone.utc)


def record_copy(
    engine: Engine, username: str, kind: str, clause_id: str | None, as_of: str | None, text: str, detail: dict
) -> int:
    with engine.begin() as conn:
        res = conn.execute(
            insert(t.copy_audit).values(
                username=username,
                kind=kind,
                clause_id=clause_id,
                as_of=as_of,
                text=redact(text),
                detail=detail,
                created_at=_now(),
            )
        )
        return int(res.inserted_primary_key[0])


def copies(
    engine: Engine,
    username: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = 500,
) -> list[dict]:
    q = select(t.copy_audit).order_by(t.copy_audit.c.id.desc()).limit(limit)
    if username:
        q = q.where(t.copy_audit.c.username == username)
    if since:
        q = q.where(t.copy_audit.c.created_at >= since)
    if until:
        q = q.where(t.copy_audit.c.created_at < until)
    with engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(q)]
    return [
        {
            "id": r["id"],
            "username": r["username"],
            "kind": r["kind"],
            "clause_id": r["clause_id"],
            "as_of": r["as_of"],
            "text": r["text"],
            "detail": r["detail"],
            "at": r["created_at"].isoformat(),
        }
        for r in rows
    ]


def log_search(engine: Engine, username: str, q: str, region: str | None) -> None:
    with engine.begin() as conn:
        conn.execute(
            insert(t.console_searches).values(username=username, q=redact(q)[:200], region=region, created_at=_now())
        )


def searches(engine: Engine, since: datetime, until: datetime) -> list[dict]:
    c = t.console_searches.c
    with engine.connect() as conn:
        rows = conn.execute(select(c.q, c.region, c.created_at).where(c.created_at >= since, c.created_at < until))
        return [{"q": r.q, "region": r.region, "at": r.created_at} for r in rows]
