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
def app(settings):
    from api.main import create_app

    application = create_app()
    application.dependency_overrides[get_settings] = lambda: settings
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
