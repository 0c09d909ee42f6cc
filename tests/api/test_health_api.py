"""/healthz, /readyz (each dependency named), /metrics, CORS, the OpenAPI schema and /docs."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import SimpleNamespace

import pytest
from fastapi.testclient import TestClient

from api import deps
from api.settings import Settings, get_settings
from stack.testing import start_conversation


def test_healthz(client):
    assert client.get("/healthz").json() == {"status": "ok"}


class _Fake(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - http.server's naming
        ok = self.path in ("/status", "/health")
        self.send_response(200 if ok else 404)
        self.end_headers()
        self.wfile.write(json.dumps({"status": "ok"}).encode())

    def log_message(self, *_):
        pass


@pytest.fixture
def fake_dialogue():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Fake)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.fixture
def stub_searcher(app):
    loaded = SimpleNamespace(manifest={"n_clauses": 127, "n_passages": 900, "encoder": "use-m3"})
    app.dependency_overrides[deps.searcher] = lambda: SimpleNamespace(index=loaded)
    yield
    app.dependency_overrides.pop(deps.searcher, None)


def test_readyz_names_each_dependency_when_dialogue_is_down(client, stub_searcher):
    r = client.get("/readyz")
    assert r.status_code == 503
    checks = r.json()["checks"]
    assert set(checks) == {"index", "rules", "rasa", "action_server", "database", "redis"}
    assert checks["database"]["ok"] and checks["redis"]["ok"], checks  # SQLite here; no Redis configured
    assert checks["index"]["ok"] and checks["rules"]["ok"]
    assert not checks["rasa"]["ok"] and "Rasa" in checks["rasa"]["detail"]
    assert not checks["action_server"]["ok"] and "动作服务器" in checks["action_server"]["detail"]


def test_readyz_names_the_knowledge_build(client, stub_searcher):
    from knowledge import paths
    from knowledge.build import build as build_knowledge

    report = build_knowledge()  # hash-keyed: reuses the build the process reads
    named = client.get("/readyz").json()["build"]
    expected = {"knowledge": report.input_hash, "documents": len(report.counts), "data_dir": str(paths.DATA_DIR)}
    assert named == {"id": None, "loaded": [], **expected}  # nothing published in this home: the working tree


def test_readyz_ready_when_all_reachable(app, client, stub_searcher, fake_dialogue):
    app.dependency_overrides[get_settings] = lambda: Settings(rasa_url=fake_dialogue, action_url=fake_dialogue)
    try:
        r = client.get("/readyz")
    finally:
        app.dependency_overrides.pop(get_settings)
    assert r.status_code == 200 and r.json()["ready"] is True


def test_readyz_reports_an_index_that_cannot_load(app, client):
    class Broken:
        @property
        def index(self):
            raise FileNotFoundError("clauses.jsonl 不存在")

    app.dependency_overrides[deps.searcher] = Broken
    try:
        checks = client.get("/readyz").json()["checks"]
    finally:
        app.dependency_overrides.pop(deps.searcher)
    assert not checks["index"]["ok"] and "clauses.jsonl" in checks["index"]["detail"]


def test_metrics_count_requests_by_route_template_and_feedback(client):
    client.get("/api/v1/clauses/dalian-2020-18:2.9")
    client.get("/api/v1/clauses/no-such:1")
    client.post("/api/v1/feedback", json={"sender_id": start_conversation(client), "rating": "up"})
    text = client.get("/metrics").text
    assert 'route="/api/v1/clauses/{clause_id}",status="200"' in text
    assert 'route="/api/v1/clauses/{clause_id}",status="404"' in text
    assert "no-such" not in text  # raw paths never become labels
    assert 'policy_feedback_total{rating="up"}' in text
    assert "policy_http_request_seconds_bucket" in text and "policy_chat_fallbacks_total" in text


def test_cors_allow_list(client):
    ok = client.get("/healthz", headers={"Origin": "http://127.0.0.1:8000"})
    assert ok.headers.get("access-control-allow-origin") == "http://127.0.0.1:8000"
    no = client.get("/healthz", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in no.headers
    pre = client.options(
        "/api/v1/chat",
        headers={
            "Origin": "http://localhost:8000",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert pre.status_code == 200 and pre.headers["access-control-allow-origin"] == "http://localhost:8000"


def test_cors_origins_come_from_settings(monkeypatch):
    from api.main import create_app

    monkeypatch.setenv("POLICY_CORS_ORIGINS", "https://www.example.gov.cn")
    get_settings.cache_clear()
    try:
        with TestClient(create_app()) as c:
            r = c.get("/healthz", headers={"Origin": "https://www.example.gov.cn"})
    finally:
        get_settings.cache_clear()
    assert r.headers.get("access-control-allow-origin") == "https://www.example.gov.cn"


def test_openapi_and_docs(client):
    paths = client.get("/openapi.json").json()["paths"]
    for p in (
        "/api/v1/documents",
        "/api/v1/documents/{doc_id}",
        "/api/v1/clauses/{clause_id}",
        "/api/v1/feedback",
        "/healthz",
        "/readyz",
        "/api/v1/chat",
    ):
        assert p in paths, p
    assert client.get("/docs").status_code == 200
