"""GET / (a demo host page, as a government portal would embed the widget) and GET /widget.js.

The widget is plain JS split into a few files under api/web/static/widget/ for reading; /widget.js
joins them into one script with the stylesheet and the shared wordings (validity badge words,
welcome text, hotline) inlined, so a site embeds it with a single tag and nothing else is fetched.
"""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, Response

from answers import notices
from answers.citations import doc_name
from answers.contact import HOTLINE
from answers.validity_words import BADGE
from api.security_headers import new_nonce, page_csp
from api.settings import get_settings
from knowledge.builds import per_build

router = APIRouter(tags=["pages"])

STATIC = Path(__file__).resolve().parent / "static"
WIDGET_DIR = STATIC / "widget"
# Order matters: later files use functions of earlier ones (one shared closure).
WIDGET_PARTS = ("util.js", "store.js", "net.js", "render.js", "cards.js", "main.js")


# Common tasks on the welcome panel: the title is what a person reads, the payload the sentence
# the bot is sent — a whole question, so the bot scopes the conversation by it as it would a
# typed one (a bare "稳岗返还" would be a search, "查补贴" too vague to scope).
TASKS = [
    {"title": "查补贴", "payload": "我想查一下我能享受哪些补贴"},
    {"title": "企业招人补贴", "payload": "我们企业新招了员工，能领哪些吸纳就业补贴"},
    {"title": "稳岗返还", "payload": "稳岗返还是什么政策，怎么申请"},
    {"title": "创业扶持", "payload": "我想自己创业开个店，有哪些创业扶持政策"},
    {"title": "转人工", "payload": "/handoff"},
]


# Shown under the input (个人信息保护法: say what is kept and for how long) and when a stored
# conversation id is refused and a new conversation starts.
def privacy_notice(days: int) -> str:
    return f"对话记录（身份证号、电话已自动隐去）、转人工和评价记录保存{days}天后删除，仅用于答复和改进服务。"


RESTARTED = "之前的对话已失效，已为您开始新的对话（之前提供的信息需要重新说明）。"


@per_build()
def widget_source() -> str:
    config = {
        "badge": BADGE,
        "welcome": notices.WELCOME,
        "hotline": notices.HOTLINE,
        "tasks": TASKS,
        "maxChars": 500,
        "privacy": privacy_notice(get_settings().retention_days),
        "restarted": RESTARTED,
    }
    body = "\n".join(
        f"/* --- {name} --- */\n" + (WIDGET_DIR / name).read_text(encoding="utf-8") for name in WIDGET_PARTS
    )
    css = (WIDGET_DIR / "widget.css").read_text(encoding="utf-8")
    return (
        "/* 就业政策智能助手 网页组件 — one script, no external requests but the API */\n"
        "(function () {\n'use strict';\n"
        f"var CONFIG = {json.dumps(config, ensure_ascii=False)};\n"
        f"var CSS = {json.dumps(css, ensure_ascii=False)};\n"
        f"var SCRIPT = document.currentScript;\n{body}\n}})();\n"
    )


@router.get("/widget.js", include_in_schema=False)
def widget_js() -> Response:
    return Response(
        widget_source(),
        media_type="application/javascript; charset=utf-8",
        headers={"Cache-Control": "public, max-age=300"},
    )


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def demo_page() -> HTMLResponse:
    # The configured public address, else a relative URL: never the request's Host header, which
    # a client (or a poisoned cache in front of us) chooses.
    base = (get_settings().public_base_url or "").rstrip("/")
    nonce = new_nonce()  # the page's <style> and the one the widget injects (it reads the script's nonce)
    html = (STATIC / "demo.html").read_text(encoding="utf-8")
    html = (
        html.replace("{{API_BASE}}", escape(base, quote=True))
        .replace("{{DOC_LIST}}", _doc_list())
        .replace("{{NONCE}}", nonce)
        .replace("{{HOTLINE}}", HOTLINE)
    )
    return HTMLResponse(html, headers={"Content-Security-Policy": page_csp(nonce, "'self'")})


def _doc_list() -> str:
    from knowledge.registry import documents

    rows = []
    for d in documents().values():
        name = doc_name({"doc_title": d.title, "doc_number": d.doc_number, "issuer": d.issuer, "issued": d.issued})
        issued = d.issued.isoformat() if d.issued else ""
        rows.append(f'      <li><span>{escape(name)}</span><span class="date">{issued}</span></li>')
    return "\n".join(rows)
