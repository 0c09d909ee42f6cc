"""`policy knowledge publish`: build the working knowledge data and switch the service to it."""

from __future__ import annotations

import os
import signal

import httpx
import typer
from rich.console import Console

out, err = Console(soft_wrap=True), Console(stderr=True, soft_wrap=True)  # ids and paths never broken


def _tell_api(url: str, token: str | None) -> str:
    if not token:
        return f"未通知 {url}：需要环境变量 POLICY_STAFF_TOKEN"
    try:
        r = httpx.post(
            f"{url.rstrip('/')}/api/v1/admin/reload", headers={"Authorization": f"Bearer {token}"}, timeout=120
        )
        r.raise_for_status()
        return f"{url}：{r.json()['message']}"
    except httpx.HTTPError as exc:
        return f"通知 {url} 失败：{exc}（服务仍使用原版本；可稍后再次发布或发送 SIGHUP）"


def publish(
    api: list[str] = typer.Option([], "--api", help="通知该地址的 API 切换（可多次给出），使用 POLICY_STAFF_TOKEN"),
    hup: list[int] = typer.Option([], "--hup", help="向该进程号发送 SIGHUP（API 或动作服务器，可多次给出）"),
) -> None:
    """构建当前知识库数据并原子切换为在用版本；进行中的会话按原版本完成。"""
    from knowledge.publish import PublishError
    from knowledge.publish import publish as do_publish
    from stack import model

    try:
        done = do_publish(progress=lambda m: err.print(f"  {m}"))
    except PublishError as exc:
        err.print(f"发布失败，在用版本未改变：{exc}")
        raise typer.Exit(1) from None
    b = done.build
    out.print(f"知识库版本 {b.id}{'（已存在，直接复用）' if done.reused else '（新构建）'}：{b.root}")
    if done.previous and done.previous.id == b.id:
        out.print("在用版本本来就是它：未切换。")
    else:
        out.print(f"已切换：current → builds/{b.id}（此前：{done.previous.id if done.previous else '无'}）")
    if done.removed:
        out.print(f"已删除较早的版本：{'、'.join(done.removed)}")
    trained = model.model_path().exists()
    out.print(
        "对话模型（Rasa）无需重训：NLU 数据未变。"
        if trained
        else "对话模型（Rasa）需要重训（bot/ 或词典有变化）：运行 python -m stack.model，再重启 Rasa。"
    )
    for url in api:
        out.print(_tell_api(url, os.environ.get("POLICY_STAFF_TOKEN")))
    for pid in hup:
        try:
            os.kill(pid, signal.SIGHUP)
            out.print(f"已向进程 {pid} 发送 SIGHUP")
        except OSError as exc:
            out.print(f"无法通知进程 {pid}：{exc}")
    out.print("动作服务器在下一次调用时自动读取新版本；API 需通知（--api 或 --hup）或重启。")
