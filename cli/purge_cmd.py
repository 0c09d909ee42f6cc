"""`policy purge`: delete personal data older than POLICY_RETENTION_DAYS (for a daily scheduler)."""
from __future__ import annotations

import json
import os
from pathlib import Path

import typer
from sqlalchemy import create_engine

from api.private_files import private_file
from api.settings import get_settings
from api.store.db import get_engine
from api.store.retention import purge, purge_tracker
from knowledge import paths


def _tracker_url(given: str | None) -> str | None:
    """--tracker-db, else POLICY_TRACKER_DB_URL, else the SQLite file `policy serve` uses (if any)."""
    if given or os.environ.get("POLICY_TRACKER_DB_URL"):
        return given or os.environ["POLICY_TRACKER_DB_URL"]
    default = paths.home() / "run" / "tracker.db"  # stack.layout.run_dir(), without creating it
    return f"sqlite:///{default}" if default.exists() else None


def purge_command(
    days: int = typer.Option(None, "--days", help="保留天数（默认 POLICY_RETENTION_DAYS）", min=1),
    tracker_db: str = typer.Option(None, "--tracker-db", help="Rasa 对话记录库 URL（默认同 policy serve）"),
    dry_run: bool = typer.Option(False, "--dry-run", help="只统计，不删除"),
    as_json: bool = typer.Option(False, "--json", help="输出一个 JSON 文档"),
) -> None:
    """删除超过保留期的对话记录、转人工记录和评价（含 Rasa 对话记录），供定时任务每天运行。"""
    days = days or get_settings().retention_days
    counts = purge(get_engine(get_settings().db_url()), days, dry_run=dry_run)
    url = _tracker_url(tracker_db)
    if url:
        if url.startswith("sqlite:///"):
            private_file(Path(url.removeprefix("sqlite:///")))
        counts.update(purge_tracker(create_engine(url), days, dry_run=dry_run))
    if as_json:
        typer.echo(json.dumps({"days": days, "dry_run": dry_run, "deleted": counts}, ensure_ascii=False))
        return
    verb = "将删除" if dry_run else "已删除"
    names = {"messages": "对话记录", "handoffs": "转人工记录", "feedback": "评价", "tracker_events": "Rasa 对话事件",
             "tracker_conversations": "Rasa 会话"}
    typer.echo(f"保留期 {days} 天，{verb}：" + "，".join(f"{names.get(k, k)} {v} 条" for k, v in counts.items()))
