"""In-process fixtures for the console: the app with a known staff token and session secret."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.settings import Settings, get_settings

TOKEN = "console-test-token"
SECRET = "console-test-secret"


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings(staff_token=TOKEN, session_secret=SECRET, env="development")


@pytest.fixture(scope="session")
def engine(tmp_path_factory):
    """A fresh application database for the console tests (accounts, sessions, tickets, audit)."""
    from api.store.db import get_engine

    return get_engine(f"sqlite:///{tmp_path_factory.mktemp('consoledb') / 'app.db'}")


@pytest.fixture(scope="session")
def app(settings, engine):
    from api import deps
    from api.main import create_app

    application = create_app()
    application.dependency_overrides[get_settings] = lambda: settings
    application.dependency_overrides[deps.db_engine] = lambda: engine
    return application


@pytest.fixture()
def client(app):
    """A fresh client (empty cookie jar) per test: no session leaks from one test to the next."""
    with TestClient(app) as c:
        yield c


@pytest.fixture(scope="session")
def staff(app):
    with TestClient(app, headers={"Authorization": f"Bearer {TOKEN}"}) as c:
        yield c


@pytest.fixture(scope="session")
def login_as(app, engine):
    """login_as(username, role) -> a client logged in with a personal account (made on first use;
    its password is "<username>-password")."""
    from api.store import staff

    def login(username: str, role: str = "agent") -> TestClient:
        if not staff.get_user(engine, username):
            staff.create_user(engine, username, f"{username}-password", role, username.upper())
        c = TestClient(app)
        r = c.post(
            "/console/login", data={"username": username, "password": f"{username}-password"}, follow_redirects=False
        )
        assert r.status_code == 303, r.text
        return c

    return login
