"""Retention: transcripts, hand-offs, feedback and Rasa's tracker events older than the retention
period are deleted by `policy purge`; newer ones stay."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import text

from api.store import repo
from api.store.db import get_engine
from api.store.retention import purge, purge_tracker

ROOT = Path(__file__).resolve().parents[3]
DAYS = 30


def _app_db(tmp_path) -> sa.Engine:
    engine = get_engine(f"sqlite:///{tmp_path / 'app.db'}")
    for who in ("old", "new"):
        repo.log_message(engine, f"web-{who}", "web", "user", "我想问稳岗返还")
        repo.record_handoff(engine, f"web-{who}", "web", "user_request", None, [], {})
        repo.add_feedback(engine, f"web-{who}", "web", -1, None, None, [])
    long_ago = datetime.now(timezone.utc) - timedelta(days=DAYS + 1)
    with engine.begin() as conn:
        for table in ("messages", "handoffs", "feedback"):
            conn.execute(text(f"UPDATE {table} SET created_at = :t WHERE sender_id = 'web-old'"), {"t": long_ago})
    return engine


def _tracker_db(tmp_path) -> str:
    """A tracker store with Rasa's `events` schema (rasa.core.tracker_store.SQLTrackerStore)."""
    url = f"sqlite:///{tmp_path / 'tracker.db'}"
    meta = sa.MetaData()
    events = sa.Table(
        "events",
        meta,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sender_id", sa.String(255), nullable=False, index=True),
        sa.Column("type_name", sa.String(255)),
        sa.Column("timestamp", sa.Float),
        sa.Column("intent_name", sa.String(255)),
        sa.Column("action_name", sa.String(255)),
        sa.Column("data", sa.Text),
    )
    engine = sa.create_engine(url)
    meta.create_all(engine)
    now, old = time.time(), time.time() - (DAYS + 1) * 86400
    rows = [("idle", old), ("idle", old + 10), ("spans", old), ("spans", now), ("recent", now)]
    with engine.begin() as conn:
        conn.execute(events.insert(), [{"sender_id": s, "type_name": "user", "timestamp": ts} for s, ts in rows])
    return url


def _left(engine, table) -> set[str]:
    with engine.connect() as conn:
        return {r[0] for r in conn.execute(text(f"SELECT sender_id FROM {table}"))}


def test_the_application_database_keeps_only_the_retention_period(tmp_path):
    engine = _app_db(tmp_path)
    assert purge(engine, DAYS, dry_run=True) == {"messages": 1, "handoffs": 1, "feedback": 1}
    assert all(_left(engine, t) == {"web-old", "web-new"} for t in ("messages", "handoffs", "feedback"))
    assert purge(engine, DAYS) == {"messages": 1, "handoffs": 1, "feedback": 1}
    assert all(_left(engine, t) == {"web-new"} for t in ("messages", "handoffs", "feedback"))


def test_the_tracker_loses_whole_idle_conversations_only(tmp_path):
    engine = sa.create_engine(_tracker_db(tmp_path))
    assert purge_tracker(engine, DAYS) == {"tracker_events": 2, "tracker_conversations": 1}
    # A conversation still going keeps its beginning (its slots live there).
    assert _left(engine, "events") == {"spans", "recent"}


def test_policy_purge_for_a_scheduler(tmp_path):
    _app_db(tmp_path)
    tracker = _tracker_db(tmp_path)
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "POLICY_DATABASE_URL": f"sqlite:///{tmp_path / 'app.db'}",
        "POLICY_RETENTION_DAYS": str(DAYS),
    }
    out = subprocess.run(
        [sys.executable, "-m", "cli.main", "purge", "--tracker-db", tracker, "--json"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    assert json.loads(out) == {
        "days": DAYS,
        "dry_run": False,
        "deleted": {"messages": 1, "handoffs": 1, "feedback": 1, "tracker_events": 2, "tracker_conversations": 1},
    }
    words = subprocess.run(
        [sys.executable, "-m", "cli.main", "purge", "--tracker-db", tracker],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    assert "保留期 30 天" in words and "对话记录 0 条" in words
