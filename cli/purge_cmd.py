"""`policy purge`: delete personal data older than POLICY_RETENTION_DAYS (for a daily scheduler).

The work is api/purge.py's, run as its own process: the command line does not import the API
package (tests/test_layout.py), as `policy serve` starts the API rather than importing it."""

from __future__ import annotations

import subprocess
import sys

import typer


def purge_command(
    days: int = typer.Option(None, "--days", help="保留天数（默认 POLICY_RETENTION_DAYS）", min=1),
    tracker_db: str = typer.Option(None, "--tracker-db", help="Rasa 对话记录库 URL（默认同 policy serve）"),
    dry_run: bool = typer.Option(False, "--dry-run", help="只统计，不删除"),
    as_json: bool = typer.Option(False, "--json", help="输出一个 JSON 文档"),
) -> None:
    """删除超过保留期的对话记录、转人工记录和评价（含 Rasa 对话记录），供定时任务每天运行。"""
    args = [
        *(["--days", str(days)] if days else []),
        *(["--tracker-db", tracker_db] if tracker_db else []),
        *(["--dry-run"] if dry_run else []),
        *(["--json"] if as_json else []),
    ]
    code = subprocess.run([sys.executable, "-m", "api.purge", *args]).returncode
    if code:
        raise typer.Exit(code)
