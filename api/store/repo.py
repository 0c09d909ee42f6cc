"""Reads and writes of the application database, one function per use."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import Engine, func, insert, select, update

from api.redact import redact
from api.store import tables as t


def _now() -> datetime:
    return datetime.now(timezone.utc)


def log_message(
    engine: Engine, sender_id: str, channel: str, direction: str, text: str, payload: dict | None = None
) -> None:
    with engine.begin() as conn:
        conn.execute(
            insert(t.messages).values(
                sender_id=sender_id,
                channel=channel,
                direction=direction,
                text=redact(text),
                payload=payload,
                created_at=_now(),
            )
        )


def transcript(engine: Engine, sender_id: str, limit: int = 200) -> list[dict]:
    q = select(t.messages).where(t.messages.c.sender_id == sender_id).order_by(t.messages.c.id.desc()).limit(limit)
    with engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(q)]
    rows.reverse()
    return [
        {
            "direction": r["direction"],
            "channel": r["channel"],
            "text": r["text"],
            "payload": r["payload"],
            "at": r["created_at"].isoformat(),
        }
        for r in rows
    ]


def offered_buttons(engine: Engine, sender_id: str, limit: int = 12) -> list[dict]:
    """The buttons of the bot's last reply (the messages after the person's previous turn), newest last."""
    q = select(t.messages).where(t.messages.c.sender_id == sender_id).order_by(t.messages.c.id.desc()).limit(limit)
    with engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(q)]
    if rows and rows[0]["direction"] == "user":
        rows = rows[1:]  # the turn being answered
    out: list[dict] = []
    for r in rows:
        if r["direction"] == "user":
            break
        out = list((r["payload"] or {}).get("buttons") or []) + out
    return out


def open_handoff_id(engine: Engine, sender_id: str) -> int | None:
    """The conversation's hand-off still waiting for staff, if any (one open per conversation)."""
    q = (
        select(t.handoffs.c.id)
        .where(t.handoffs.c.sender_id == sender_id, t.handoffs.c.handled_at.is_(None))
        .order_by(t.handoffs.c.id.desc())
        .limit(1)
    )
    with engine.connect() as conn:
        return conn.execute(q).scalar()


def record_handoff(
    engine: Engine, sender_id: str, channel: str, reason: str, topic: str | None, departments: list[str], profile: dict
) -> int:
    with engine.begin() as conn:
        res = conn.execute(
            insert(t.handoffs).values(
                sender_id=sender_id,
                channel=channel,
                reason=reason,
                topic=redact(topic) if topic else None,
                departments=departments,
                profile=profile,
                created_at=_now(),
            )
        )
        return int(res.inserted_primary_key[0])


def handoff_out(r: dict) -> dict:
    return {
        "id": r["id"],
        "sender_id": r["sender_id"],
        "channel": r["channel"],
        "reason": r["reason"],
        "topic": r["topic"],
        "departments": r["departments"],
        "profile": r["profile"],
        "created_at": r["created_at"].isoformat(),
        "handled_at": r["handled_at"].isoformat() if r["handled_at"] else None,
        "handled_by": r["handled_by"],
    }


def list_handoffs(
    engine: Engine, include_handled: bool = True, limit: int = 100, before_id: int | None = None
) -> list[dict]:
    """Newest first; `before_id` continues a page (ids below it), so paging is stable while new
    hand-offs arrive at the top."""
    q = select(t.handoffs).order_by(t.handoffs.c.id.desc()).limit(limit)
    if not include_handled:
        q = q.where(t.handoffs.c.handled_at.is_(None))
    if before_id is not None:
        q = q.where(t.handoffs.c.id < before_id)
    with engine.connect() as conn:
        return [handoff_out(dict(r._mapping)) for r in conn.execute(q)]


def open_handoff_count(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(
            conn.execute(select(func.count()).select_from(t.handoffs).where(t.handoffs.c.handled_at.is_(None))).scalar()
            or 0
        )


def get_handoff(engine: Engine, handoff_id: int) -> dict | None:
    with engine.connect() as conn:
        row = conn.execute(select(t.handoffs).where(t.handoffs.c.id == handoff_id)).first()
    if row is None:
        return None
    out = handoff_out(dict(row._mapping))
    out["transcript"] = transcript(engine, out["sender_id"])
    return out


def mark_handled(engine: Engine, handoff_id: int, by: str) -> bool:
    with engine.begin() as conn:
        res = conn.execute(
            update(t.handoffs)
            .where(t.handoffs.c.id == handoff_id)
            .values(handled_at=_now(), handled_by=by, status="已办结", updated_at=_now())
        )
        return res.rowcount > 0


def add_feedback(
    engine: Engine,
    sender_id: str,
    channel: str,
    rating: int,
    comment: str | None,
    answer_text: str | None,
    clause_ids: list[str],
) -> int:
    with engine.begin() as conn:
        res = conn.execute(
            insert(t.feedback).values(
                sender_id=sender_id,
                channel=channel,
                rating=rating,
                comment=redact(comment) if comment else None,
                answer_text=redact(answer_text) if answer_text else None,
                clause_ids=clause_ids,
                created_at=_now(),
            )
        )
        return int(res.inserted_primary_key[0])


def feedback_counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        rows = conn.execute(select(t.feedback.c.rating, func.count()).group_by(t.feedback.c.rating)).all()
    counts = {"up": 0, "down": 0}
    for rating, n in rows:
        counts["up" if rating > 0 else "down"] += n
    return counts


def add_feedback_comment(engine: Engine, feedback_id: int, sender_id: str, comment: str) -> bool:
    """Attach a comment to feedback already given (👎 first, the reason typed after); only its sender may."""
    with engine.begin() as conn:
        res = conn.execute(
            update(t.feedback)
            .where(t.feedback.c.id == feedback_id, t.feedback.c.sender_id == sender_id)
            .values(comment=redact(comment))
        )
        return res.rowcount > 0


def recent_feedback(engine: Engine, limit: int = 50) -> list[dict]:
    q = select(t.feedback).order_by(t.feedback.c.id.desc()).limit(limit)
    with engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(q)]
    return [
        {
            "id": r["id"],
            "sender_id": r["sender_id"],
            "channel": r["channel"],
            "rating": "up" if r["rating"] > 0 else "down",
            "comment": r["comment"],
            "answer_text": r["answer_text"],
            "clause_ids": r["clause_ids"],
            "created_at": r["created_at"].isoformat(),
        }
        for r in rows
    ]
