"""`policy chat`: talk to the running assistant in the terminal (buttons as numbered choices)."""

from __future__ import annotations

import httpx
import typer

from answers.citations import line


def _show(messages: list[dict]) -> list[dict]:
    buttons: list[dict] = []
    for m in messages:
        if m.get("text"):
            typer.echo(typer.style("助手：", bold=True) + m["text"])
        for c in m.get("citations") or []:
            typer.echo(typer.style(f"  〔出处〕{line(c)}", dim=True))
        for b in m.get("buttons") or []:
            buttons.append(b)
            typer.echo(f"  {len(buttons)}. {b['title']}")
    return buttons


def chat(
    api: str = typer.Option("http://127.0.0.1:8000", envvar="POLICY_API", help="API 地址"),
    as_of: str = typer.Option(None, "--as-of", help="按此日期判断政策有效期 YYYY-MM-DD"),
) -> None:
    """在终端里与助手对话（需先运行 policy serve）。输入序号选择按钮，输入“退出”结束。"""
    sender: str | None = None  # the server issues the conversation id on the first turn
    metadata = {"as_of": as_of} if as_of else {}
    buttons: list[dict] = []
    typer.echo("就业政策智能助手（输入“退出”结束）")
    with httpx.Client(timeout=30.0) as client:
        while True:
            try:
                text = input("您：").strip()
            except (EOFError, KeyboardInterrupt):
                typer.echo("")
                return
            if text in ("退出", "exit", "quit"):
                return
            if not text:
                continue
            if text.isdigit() and 1 <= int(text) <= len(buttons):
                text = buttons[int(text) - 1]["payload"]
            body = {"message": text, "metadata": metadata, **({"sender_id": sender} if sender else {})}
            try:
                r = client.post(f"{api}/api/v1/chat", json=body)
            except httpx.HTTPError:
                typer.echo(f"无法连接助手（{api}）：请先运行 `policy serve`。", err=True)
                raise typer.Exit(code=1) from None
            if r.status_code == 422:
                typer.echo(f"输入有误：{r.json().get('detail')}", err=True)
                continue
            if r.status_code == 403:  # the server no longer knows our id (its key changed): start afresh
                typer.echo("之前的对话已失效，请重新输入您的问题（将开始新的对话）。", err=True)
                sender, buttons = None, []
                continue
            if r.status_code >= 400:
                typer.echo(f"请求失败（HTTP {r.status_code}），请稍后再试。", err=True)
                continue
            sender = r.json().get("sender_id") or sender
            buttons = _show(r.json().get("messages", []))
