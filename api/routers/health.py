"""GET /healthz (the process is up) and GET /readyz (it can answer: each dependency named).

Readiness checks what a chat turn needs: the search index loaded, the eligibility rules verified
against the clauses, Rasa and the action server reachable. The index and rules load lazily in the
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
    return {"ok": True, "detail": f"检索索引已加载（{m.get('n_clauses')} 条款、{m.get('n_passages')} 段，编码器 {m.get('encoder') or '无'}）"}


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


@router.get("/readyz")
async def readyz(searcher: SearcherDep, settings: SettingsDep) -> JSONResponse:
    """就绪检查：检索索引、资格规则、Rasa 对话服务、动作服务器，逐项说明。"""
    rasa = settings.rasa_url.rstrip("/")
    action = settings.action_url.rstrip("/")
    async with httpx.AsyncClient() as client:
        index, rules, rasa_ok, action_ok = await asyncio.gather(
            run_in_threadpool(_index, searcher), run_in_threadpool(_rules),
            # /status names the loaded model; "/" answers even when the server has an auth token set.
            _http(client, [f"{rasa}/status", f"{rasa}/"], "Rasa 对话服务"),
            _http(client, [f"{action}/health"], "动作服务器"))
    checks = {"index": index, "rules": rules, "rasa": rasa_ok, "action_server": action_ok}
    ready = all(c["ok"] for c in checks.values())
    return JSONResponse({"ready": ready, "checks": checks, "build": _build()}, status_code=200 if ready else 503)


def _build() -> dict:
    """Which knowledge build this process answers from: the build's input hash (sources, registry,
    rules, parser code), the data directory it was read from, and the document count."""
    import json

    from knowledge import paths
    manifest = paths.build_dir() / "manifest.json"
    m = json.loads(manifest.read_text(encoding="utf-8")) if manifest.exists() else {}
    return {"knowledge": m.get("input_hash"), "documents": len(m.get("counts", {})) or None,
            "data_dir": str(paths.DATA_DIR)}
