"""`policy db upgrade`: bring the application database to the newest schema, once, before serving.

Run it as a start-up step (the stack does, before any API process starts; in Kubernetes an init
container or a Helm pre-upgrade hook). Several at once are safe: the upgrade takes a lock. The work
is api/store/upgrade.py's, run as its own process: the command line does not import the API package
(tests/test_layout.py)."""

from __future__ import annotations

import subprocess
import sys

import typer

app = typer.Typer(no_args_is_help=True, add_completion=False)


@app.command("upgrade")
def upgrade() -> None:
    """将应用数据库升级到最新结构（可重复运行；多个进程同时运行也安全）。"""
    code = subprocess.run([sys.executable, "-m", "api.store.upgrade"]).returncode
    if code:
        raise typer.Exit(code)
