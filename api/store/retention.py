"""Personal data is kept for POLICY_RETENTION_DAYS, then deleted (个人信息保护法: not forever).

`purge` deletes transcript lines, hand-offs and feedback created before the cut-off from the
application database. `purge_tracker` deletes from Rasa's SQL tracker store the conversations
whose *last* event is older than the cut-off — whole conversations, so a tracker that is still in
use never loses its beginning (its slots would silently go). `policy purge` runs both; a scheduler
(cron, a Kubernetes CronJob) runs it daily.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sqlalchemy import Engine, MetaData, Table, delete, func, inspect, select

from api.store import tables as t


def cutoff(days: int, now: datetime | None = None) -> datetime:
    return (now or datetime.now(timezone.utc)) - timedelta(days=days)


def purge(engine: Engine, days: int, now: datetime | None = None, dry_run: bool = False) -> dict[str, int]:
    """Rows deleted (or, with dry_run, that would be) per table."""
    before = cutoff(days, now)
    counts: dict[str, int] = {}
    with engine.begin() as conn:
        for table in (t.messages, t.handoffs, t.feedback):
            old = table.c.created_at < before
            if dry_run:
                counts[table.name] = int(conn.execute(select(func.count()).select_from(table).where(old)).scalar())
            else:
                counts[table.name] = conn.execute(delete(table).where(old)).rowcount
    return counts


def purge_tracker(engine: Engine, days: int, now: datetime | None = None, dry_run: bool = False) -> dict[str, int]:
    """Events of conversations idle since before the cut-off; {} when there is no tracker table yet."""
    if not inspect(engine).has_table("events"):
        return {}
    events = Table("events", MetaData(), autoload_with=engine)
    idle = (
        select(events.c.sender_id)
        .group_by(events.c.sender_id)
        .having(func.max(events.c.timestamp) < cutoff(days, now).timestamp())
    )
    with engine.begin() as conn:
        senders = [row[0] for row in conn.execute(idle)]
        n = 0
        for i in range(0, len(senders), 500):  # bounded IN lists
            chunk = events.c.sender_id.in_(senders[i : i + 500])
            if dry_run:
                n += int(conn.execute(select(func.count()).select_from(events).where(chunk)).scalar())
            else:
                n += conn.execute(delete(events).where(chunk)).rowcount
    return {"tracker_events": n, "tracker_conversations": len(senders)}
