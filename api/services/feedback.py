"""👍/👎 on answers: stored in the application database and counted in /metrics."""

from __future__ import annotations

from sqlalchemy import Engine

from api import metrics
from api.store import repo


def rate(
    engine: Engine,
    sender_id: str,
    rating: str,
    comment: str | None,
    answer_text: str | None,
    clause_ids: list[str],
) -> int:
    """Store one rating ("up" / "down") from the web channel; returns its id."""
    fid = repo.add_feedback(engine, sender_id, "web", 1 if rating == "up" else -1, comment, answer_text, clause_ids)
    metrics.FEEDBACK.labels(rating=rating).inc()
    return fid


def add_comment(engine: Engine, feedback_id: int, sender_id: str, comment: str) -> bool:
    """Attach a comment to a rating of the same conversation; False if there is none."""
    return repo.add_feedback_comment(engine, feedback_id, sender_id, comment)


def overview(engine: Engine, limit: int) -> dict:
    """The totals and the most recent ratings (staff)."""
    return {"counts": repo.feedback_counts(engine), "items": repo.recent_feedback(engine, limit)}
