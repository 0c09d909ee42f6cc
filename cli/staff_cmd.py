"""`policy staff …`: console accounts (create, disable, enable, reset, list), Chinese output.

Passwords are read from the terminal without echo, or one line from stdin with
--password-stdin (scripts); never from an argument, which would land in the shell history and
in `ps`. Disabling an account or resetting its password ends its sessions at once.
"""

from __future__ import annotations

import sys

import typer

from cli.common import fail

app = typer.Typer(no_args_is_help=True, add_completion=False)


def _engine():
    from api.settings import get_settings
    from api.store.db import get_engine

    return get_engine(get_settings().db_url())


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    return typer.prompt("密码", hide_input=True, confirmation_prompt="再输入一次密码")


def _run(fn, *args) -> None:
    from api.store.staff import StaffError

    try:
        fn(_engine(), *args)
    except StaffError as exc:
        fail(exc.field, exc.message)


@app.command("create")
def create(
    username: str = typer.Argument(..., help="用户名（字母、数字、_ . -）"),
    role: str = typer.Option("agent", "--role", help="agent 坐席 / supervisor 班长"),
    name: str = typer.Option(None, "--name", help="显示名，如“张丽”"),
    password_stdin: bool = typer.Option(False, "--password-stdin", help="从标准输入读一行作为密码"),
) -> None:
    """新建坐席或班长账号。"""
    from api.store import staff

    _run(staff.create_user, username, _password(password_stdin), role, name)
    typer.echo(f"已创建账号 {username}（{staff.ROLES[role]}）。")


@app.command("disable")
def disable(username: str) -> None:
    """停用账号（立即结束其所有登录）。"""
    from api.store import staff

    _run(staff.set_active, username, False)
    typer.echo(f"已停用账号 {username}，其登录已全部失效。")


@app.command("enable")
def enable(username: str) -> None:
    """重新启用账号。"""
    from api.store import staff

    _run(staff.set_active, username, True)
    typer.echo(f"已启用账号 {username}。")


@app.command("reset")
def reset(
    username: str, password_stdin: bool = typer.Option(False, "--password-stdin", help="从标准输入读一行作为新密码")
) -> None:
    """重设密码（立即结束其所有登录）。"""
    from api.store import staff

    _run(staff.reset_password, username, _password(password_stdin))
    typer.echo(f"已重设 {username} 的密码，其原有登录已全部失效。")


@app.command("list")
def list_() -> None:
    """列出账号。"""
    from api.store import staff

    users = staff.list_users(_engine())
    if not users:
        typer.echo("还没有账号。用 policy staff create 用户名 --role agent 新建。")
    for u in users:
        typer.echo(
            f"{u['username']}\t{u['display_name']}\t{staff.ROLES.get(u['role'], u['role'])}\t"
            f"{'启用' if u['active'] else '已停用'}"
        )
