"""GET /healthz (the process is up) and GET /readyz (it can answer: each dependency named).

Readiness checks what a chat turn needs: the search index loaded, the eligibility rules verified
against the clauses, Rasa and the action server reachable, the application database answering and
(when configured) Redis for the state API processes share. The index and rules load lazily in the
API; the first /readyz loads them (in the thread pool), so a probe also warms the process up.
Without Rasa the API still answers (cited search fallback), so `ready` is false but the status is
reported per dependency: an operator sees which one is down.
"""

from __future__ import annotations

import asyncio

import httpx
from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from api.chat.rasa_pool import parse_urls
from api.deps import SearcherDep, SettingsDep

router = APIRouter(tags=["health"])
PROBE_TIMEOUT_S = 2.0


@router.get("/healthz")
def healthz() -> dict:
    """进程存活。"""
    return {"status": "ok"}


def _index(searcher) -> dict:
    try:
        loaded = searcher.index
    except Exception as exc:  # noqa: BLE001 - report, never crash the probe
        return {"ok": False, "detail": f"检索索引未能加载：{type(exc).__name__}: {exc}"[:300]}
    m = loaded.manifest
    return {
        "ok": True,
        "detail": f"检索索引已加载（{m.get('n_clauses')} 条款、{m.get('n_passages')} 段，编码器 {m.get('encoder') or '无'}）",
    }


def _rules() -> dict:
    from knowledge.eligibility.engine import default_engine

    try:
        engine = default_engine()  # verifies every quote and clause id on construction
    except Exception as exc:  # noqa: BLE001
        return {"ok": False, "detail": f"资格规则未通过校验：{type(exc).__name__}: {str(exc)[:240]}"}
    return {"ok": True, "detail": f"资格规则已校验（{len(engine.rules)} 条）"}


async def _http(client: httpx.AsyncClient, urls: list[str], name: str) -> dict:
    last = ""
    for url in urls:
        try:
            r = await client.get(url, timeout=PROBE_TIMEOUT_S)
        except httpx.HTTPError as exc:
            last = f"{name}无法连接（{url}）：{type(exc).__name__}"
            continue
        if r.status_code < 400:
            return {"ok": True, "detail": f"{name}可访问（{url} → HTTP {r.status_code}）"}
        last = f"{name}返回 HTTP {r.status_code}（{url}）"
    return {"ok": False, "detail": last}


def _database(url: str) -> dict:
    from sqlalchemy import text

    from api.store.db import engine_for, get_engine

    try:
        get_engine(url)  # retries a schema upgrade the start-up could not do
        with engine_for(url).connect() as conn:
            conn.execute(text("SELECT 1 FROM alembic_version"))
    except Exception as exc:  # noqa: BLE001
        return {"ok": False, "detail": f"应用数据库不可用（{type(exc).__name__}）：对话照常回答，但记录暂时无法保存"}
    return {"ok": True, "detail": f"应用数据库可用（{url.split(':', 1)[0]}）"}


def _redis() -> dict:
    from api.settings import get_settings
    from api.shared_state import get_store

    if not get_settings().redis_url:
        return {"ok": True, "detail": "未配置 Redis：共享状态保存在本进程内存中（仅适用于单个 API 进程）"}
    if get_store().ping():
        return {"ok": True, "detail": "Redis 可用：各 API 进程共享去重、限流等状态"}
    return {"ok": False, "detail": "Redis 不可用：已退回本进程内存（微信去重、限流仅在本进程内有效）"}


async def _rasa(client: httpx.AsyncClient, urls: list[str]) -> dict:
    """Every Rasa server; ready while at least one answers (the others' conversations move to it)."""
    each = await asyncio.gather(*(_http(client, [f"{u}/status", f"{u}/"], "Rasa 对话服务") for u in urls))
    if len(each) == 1:
        return each[0]
    up = sum(c["ok"] for c in each)
    return {"ok": up > 0, "detail": f"Rasa 对话服务 {up}/{len(each)} 台可用：" + "；".join(c["detail"] for c in each)}


@router.get("/readyz")
async def readyz(searcher: SearcherDep, settings: SettingsDep) -> JSONResponse:
    """就绪检查：检索索引、资格规则、Rasa 对话服务、动作服务器，逐项说明。"""
    rasas = parse_urls(settings.rasa_url)
    action = settings.action_url.rstrip("/")
    async with httpx.AsyncClient() as client:
        index, rules, database, shared, rasa_ok, action_ok = await asyncio.gather(
            run_in_threadpool(_index, searcher),
            run_in_threadpool(_rules),
            run_in_threadpool(_database, settings.db_url()),
            run_in_threadpool(_redis),
            # /status names the loaded model; "/" answers even when the server has an auth token set.
            _rasa(client, rasas),
            _http(client, [f"{action}/health"], "动作服务器"),
        )
    checks = {
        "index": index,
        "rules": rules,
        "rasa": rasa_ok,
        "action_server": action_ok,
        "database": database,
        "redis": shared,
    }
    ready = all(c["ok"] for c in checks.values())
    return JSONResponse({"ready": ready, "checks": checks, "build": _build()}, status_code=200 if ready else 503)


def _build() -> dict:
    """Which knowledge build this process answers from: the build's input hash (sources, registry,
    rules, parser code), the data directory it was read from, and the document count."""
    import json

    from knowledge import builds, paths

    manifest = paths.build_dir() / "manifest.json"
    m = json.loads(manifest.read_text(encoding="utf-8")) if manifest.exists() else {}
    return {
        "id": builds.active_id(),  # the published build (knowledge/builds.py); null: the working tree
        "loaded": [b.id for b in builds.loaded()],
        "knowledge": m.get("input_hash"),
        "documents": len(m.get("counts", {})) or None,
        "data_dir": str(paths.DATA_DIR),
    }
