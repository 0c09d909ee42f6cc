"""`policy db upgrade`: bring the application database to the newest schema, once, before serving.

Run it as a start-up step (the stack does, before any API process starts; in Kubernetes an init
container or a Helm pre-upgrade hook). Several at once are safe: the upgrade takes a lock.
"""
from __future__ import annotations

import typer

from api.settings import get_settings
from api.store.db import engine_for, migrate

app = typer.Typer(no_args_is_help=True, add_completion=False)


@app.command("upgrade")
def upgrade() -> None:
    """将应用数据库升级到最新结构（可重复运行；多个进程同时运行也安全）。"""
    url = get_settings().db_url()
    try:
        revision = migrate(engine_for(url))
    except Exception as exc:  # noqa: BLE001 — a clear line for the operator, no stack trace
        typer.echo(f"错误：数据库迁移失败（{type(exc).__name__}）：{str(exc).splitlines()[0][:200] if str(exc) else ''}", err=True)
        raise typer.Exit(1) from None
    typer.echo(f"数据库结构已是最新：版本 {revision}")
