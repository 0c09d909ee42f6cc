"""`python -m api.purge [--days N] [--tracker-db URL] [--dry-run] [--json]` — what `policy purge`
runs (the command line may not import the API package: tests/test_layout.py): delete personal data
older than POLICY_RETENTION_DAYS from the application database and Rasa's tracker store."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from sqlalchemy import create_engine

from api.settings import get_settings
from api.store.db import get_engine
from api.store.retention import purge, purge_tracker
from knowledge import paths

NAMES = {
    "messages": "对话记录",
    "handoffs": "转人工记录",
    "feedback": "评价",
    "tracker_events": "Rasa 对话事件",
    "tracker_conversations": "Rasa 会话",
}


def tracker_url(given: str | None) -> str | None:
    """--tracker-db, else POLICY_TRACKER_DB_URL, else the SQLite file `policy serve` uses (if any)."""
    if given or get_settings().tracker_db_url:
        return given or get_settings().tracker_db_url
    default = paths.home() / "run" / "tracker.db"  # stack.layout.run_dir(), without creating it
    return f"sqlite:///{default}" if default.exists() else None


def run(days: int | None, tracker_db: str | None, dry_run: bool) -> tuple[int, dict[str, int]]:
    days = days or get_settings().retention_days
    counts = purge(get_engine(get_settings().db_url()), days, dry_run=dry_run)
    url = tracker_url(tracker_db)
    if url:
        if url.startswith("sqlite:///"):
            paths.private_file(Path(url.removeprefix("sqlite:///")))
        counts.update(purge_tracker(create_engine(url), days, dry_run=dry_run))
    return days, counts


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="删除超过保留期的个人数据")
    parser.add_argument("--days", type=int, default=None)
    parser.add_argument("--tracker-db", default=None)
    parser.add_argument("--dry-run", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.days is not None and args.days < 1:
        parser.exit(2, "--days 应为不小于1的整数\n")
    days, counts = run(args.days, args.tracker_db, args.dry_run)
    if args.json:
        print(json.dumps({"days": days, "dry_run": args.dry_run, "deleted": counts}, ensure_ascii=False))
        return
    verb = "将删除" if args.dry_run else "已删除"
    print(f"保留期 {days} 天，{verb}：" + "，".join(f"{NAMES.get(k, k)} {v} 条" for k, v in counts.items()))


if __name__ == "__main__":
    main()
