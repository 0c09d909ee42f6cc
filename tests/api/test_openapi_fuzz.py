"""Schemathesis against the OpenAPI schema, in process: whatever the schema allows (and, in its
negative mode, what it does not), no answer is a 5xx and every 4xx has the contract's shape —
{"detail": "中文说明"} or FastAPI's list [{loc, msg, type}] with a joined "message".

Derandomized and bounded (examples per operation) so the run is reproducible and quick. The
operations are driven through Hypothesis directly (schemathesis' own pytest plugin does not load
under pytest 9), one test per operation."""

from __future__ import annotations

import socket

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from api import deps
from api.chat.service import ChatService
from api.main import create_app
from api.ratelimit import InMemoryLimiter
from api.services import catalog
from api.settings import Settings, get_settings
from api.store.db import get_engine
from retrieval.search import get_searcher

STAFF = "schema-test-staff-token"


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _app(tmp_path_factory, by_id):
    s = Settings(staff_token=STAFF, rasa_url=f"http://127.0.0.1:{_closed_port()}")
    engine = get_engine(f"sqlite:///{tmp_path_factory.mktemp('schemadb') / 'app.db'}")
    app = create_app()
    app.dependency_overrides[get_settings] = lambda: s
    app.dependency_overrides[deps.db_engine] = lambda: engine
    app.dependency_overrides[catalog.records_index] = lambda: by_id
    service = ChatService(s.rasa_url, get_searcher(), engine, 1.0, InMemoryLimiter(s.handoff_limit_per_hour, 3600))
    app.dependency_overrides[deps.chat_service] = lambda: service
    return app


@pytest.fixture(scope="module")
def operations(tmp_path_factory, by_id):
    schema = schemathesis.openapi.from_asgi("/openapi.json", _app(tmp_path_factory, by_id))
    return {f"{op.method.upper()} {op.path}": op for op in (r.ok() for r in schema.get_all_operations())}


# The operations of the schema (tests/api/test_openapi_fuzz.py::test_the_list_is_complete keeps it so).
OPERATIONS = [
    "GET /api/v1/search",
    "POST /api/v1/eligibility",
    "POST /api/v1/chat",
    "GET /api/v1/handoffs",
    "GET /api/v1/handoffs/{handoff_id}",
    "PATCH /api/v1/handoffs/{handoff_id}",
    "POST /api/v1/handoffs/{handoff_id}/handled",
    "GET /api/v1/documents",
    "GET /api/v1/documents/{doc_id}",
    "GET /api/v1/clauses/{clause_id}",
    "POST /api/v1/feedback",
    "POST /api/v1/feedback/{feedback_id}/comment",
    "GET /api/v1/feedback",
    "GET /healthz",
    "GET /readyz",
    "GET /wechat",
    "POST /wechat",
    "POST /api/v1/admin/reload",
]


def _contract_shape(body) -> bool:
    detail = body.get("detail") if isinstance(body, dict) else None
    if isinstance(detail, str):
        return bool(detail)
    return (
        isinstance(detail, list)
        and bool(detail)
        and all(isinstance(d, dict) and {"loc", "msg", "type"} <= set(d) and isinstance(d["msg"], str) for d in detail)
    )


def test_the_list_is_complete(operations):
    console = {k for k in operations if "/console/" in k}
    assert set(operations) - console == set(OPERATIONS)


@pytest.mark.parametrize("name", OPERATIONS + ["console"])
def test_no_5xx_and_every_4xx_in_the_contracts_shape(operations, name):
    chosen = [
        op
        for key, op in operations.items()
        if ("/console/" in key) == (name == "console") and (name == "console" or key == name)
    ]

    for op in chosen:
        _check_operation(op)


def _check_operation(op) -> None:
    """One operation's fuzz run (a function of its own, so the test binds this `op`, not the loop's last)."""

    @settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
    @given(case=op.as_strategy())
    def run(case):
        response = case.call(headers={"Authorization": f"Bearer {STAFF}"})
        where = (case.method, case.formatted_path, response.status_code, response.text[:300])
        if op.path == "/readyz":  # a readiness probe: 503 names what is down (Rasa is, here)
            assert response.status_code in (200, 503) and "checks" in response.json(), where
            return
        assert response.status_code < 500, where
        if response.status_code >= 400:
            if op.path == "/wechat":  # WeChat's protocol: a short Chinese sentence as plain text
                assert response.headers["content-type"][0].startswith("text/plain") and response.text, where
            else:
                assert _contract_shape(response.json()), where

    run()
