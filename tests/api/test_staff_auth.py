"""Placeholder secrets never grant staff access; changing the token ends every session."""

import pytest
from fastapi.testclient import TestClient

from api import deps
from api.auth import SESSION_COOKIE, session_cookie
from api.main import create_app
from api.settings import PLACEHOLDER, Settings, get_settings
from api.store.db import get_engine


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return get_engine(f"sqlite:///{tmp_path_factory.mktemp('authdb') / 'app.db'}")


def client_with(settings: Settings, engine) -> TestClient:
    app = create_app()
    app.dependency_overrides[get_settings] = lambda: settings
    app.dependency_overrides[deps.db_engine] = lambda: engine
    return TestClient(app)


def test_placeholder_token_is_refused_even_in_development(engine):
    c = client_with(Settings(env="development"), engine)
    assert c.get("/api/v1/handoffs", headers={"Authorization": f"Bearer {PLACEHOLDER}"}).status_code == 401


def test_a_cookie_forged_with_the_placeholder_session_secret_is_refused(engine):
    real = Settings(env="development", staff_token="a-real-staff-token")
    forged = session_cookie(Settings(env="development", staff_token=PLACEHOLDER), engine, "admin", "admin")
    c = client_with(real, engine)
    c.cookies.set(SESSION_COOKIE, forged)
    assert c.get("/api/v1/handoffs").status_code == 401


def test_session_ends_when_the_token_changes(engine):
    old = Settings(staff_token="token-one", session_secret="a-session-secret")
    cookie = session_cookie(old, engine, "admin", "admin")
    c = client_with(old, engine)
    c.cookies.set(SESSION_COOKIE, cookie)
    assert c.get("/api/v1/handoffs").status_code == 200
    c2 = client_with(Settings(staff_token="token-two", session_secret="a-session-secret"), engine)
    c2.cookies.set(SESSION_COOKIE, cookie)
    assert c2.get("/api/v1/handoffs").status_code == 401
