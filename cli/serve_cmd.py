"""`policy serve`: train the bot if it changed, start Rasa, the action server and the API, wait
until each is healthy, print the addresses, and stop them all on Ctrl-C."""

from __future__ import annotations

import signal
import time

import typer

from settings import get_settings
from stack.processes import StartError
from stack.runner import Stack


def _interrupt(*_):
    raise KeyboardInterrupt


def serve(
    # Unset options take the settings (POLICY_HOST, POLICY_PORT, POLICY_RASA_PORT, POLICY_ACTION_PORT,
    # POLICY_RASA_SERVERS).
    host: str | None = typer.Option(None, help="监听地址（默认 POLICY_HOST，127.0.0.1）"),
    port: int | None = typer.Option(None, help="API 端口（默认 POLICY_PORT，8000）"),
    rasa_port: int | None = typer.Option(None, help="Rasa 端口（默认 POLICY_RASA_PORT，5005）"),
    action_port: int | None = typer.Option(None, help="动作服务器端口（默认 POLICY_ACTION_PORT，5055）"),
    rasa_servers: int | None = typer.Option(
        None,
        min=1,
        max=8,
        help="Rasa 进程数，端口从 Rasa 端口起依次加一（默认 POLICY_RASA_SERVERS，1；每核一个可提高对话吞吐）",
    ),
    no_dialogue: bool = typer.Option(False, "--no-dialogue", help="只启动 API（对话退化为原文检索答复）"),
    # A loaded 2-core machine can take 5–8 minutes to load the Rasa model: the bound is raised, never removed.
    start_timeout: float = typer.Option(
        240.0, "--start-timeout", min=30.0, max=3600.0, help="等待各服务就绪的最长秒数（默认 240）"
    ),
) -> None:
    """启动助手：Rasa 对话服务、动作服务器和 API（Ctrl-C 全部停止）。"""
    s = get_settings()
    first_rasa = rasa_port or s.rasa_port
    stack = Stack(
        host or s.host,
        port or s.port,
        first_rasa,
        action_port or s.action_port,
        with_dialogue=not no_dialogue,
        more_rasa_ports=[first_rasa + n for n in range(1, rasa_servers or s.rasa_servers)],
    )
    # Both signals stop everything, during start-up (training can take minutes) as afterwards.
    # SIGINT is set explicitly: a shell that starts us as a background job leaves it ignored,
    # and Python then never raises KeyboardInterrupt.
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, _interrupt)
    try:
        stack.start(log=typer.echo, timeout_s=start_timeout)  # stops what it started when interrupted or failing
    except KeyboardInterrupt:
        typer.echo("已取消启动。", err=True)
        raise typer.Exit(code=130) from None
    except (StartError, RuntimeError, FileNotFoundError) as exc:
        typer.echo(f"启动失败：{exc}", err=True)
        raise typer.Exit(code=1) from None
    typer.echo("")
    typer.echo(f"网页演示（含对话组件）：{stack.api_url}/")
    typer.echo(f"热线坐席工作台：      {stack.api_url}/console")
    typer.echo(f"接口文档：            {stack.api_url}/docs")
    if not no_dialogue:
        typer.echo(f"Rasa：{stack.rasa_url}    动作服务器：{stack.action_url}")
    typer.echo("在另一个终端运行 `.venv/bin/policy chat` 可在终端里对话。按 Ctrl-C 停止。")
    try:
        while all(s.running() for s in stack.services):
            time.sleep(1.0)
        dead = [s for s in stack.services if not s.running()]
        typer.echo(f"{'、'.join(s.name for s in dead)}意外退出：\n{dead[0].log_tail()}", err=True)
        raise typer.Exit(code=1)
    except KeyboardInterrupt:
        typer.echo("正在停止…")
    finally:
        stack.stop()
