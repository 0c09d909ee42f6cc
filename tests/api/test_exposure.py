"""/docs, /openapi.json and /metrics: open in development, behind the staff token in production
by default, or turned off."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.settings import get_settings

PRODUCTION = {
    "POLICY_ENV": "production",
    "POLICY_STAFF_TOKEN": "s" * 24,
    "POLICY_SESSION_SECRET": "k" * 32,
    "POLICY_WECHAT_TOKEN": "t" * 16,
    "POLICY_WECHAT_SECRET": "w" * 16,
}
PATHS = ("/docs", "/openapi.json", "/metrics")


@pytest.fixture()
def app_with(monkeypatch):
    from api.main import create_app

    def make(**env):
        for k, v in env.items():
            monkeypatch.setenv(k, v)
        get_settings.cache_clear()
        return TestClient(create_app())

    yield make
    monkeypatch.undo()
    get_settings.cache_clear()


def test_open_in_development(app_with):
    with app_with(POLICY_ENV="development") as c:
        assert all(c.get(p).status_code == 200 for p in PATHS)


def test_staff_only_in_production_by_default(app_with):
    with app_with(**PRODUCTION) as c:
        assert [c.get(p).status_code for p in PATHS] == [401, 401, 401]
        staff = {"Authorization": f"Bearer {'s' * 24}"}
        assert [c.get(p, headers=staff).status_code for p in PATHS] == [200, 200, 200]
        assert c.get("/healthz").status_code == 200  # the rest is untouched


def test_turned_off_or_opened_explicitly(app_with):
    with app_with(**PRODUCTION, POLICY_DOCS_ACCESS="off", POLICY_METRICS_ACCESS="open") as c:
        assert c.get("/docs", headers={"Authorization": f"Bearer {'s' * 24}"}).status_code == 404
        assert c.get("/openapi.json").status_code == 404
        assert c.get("/metrics").status_code == 200
