"""API tests in process (FastAPI TestClient, no socket): a fresh SQLite database per module,
clause records parsed in memory, settings with a known staff token and unreachable dialogue."""

from __future__ import annotations

import socket

import pytest
from fastapi.testclient import TestClient

from api import deps
from api.chat.service import ChatService
from api.main import create_app
from api.ratelimit import InMemoryLimiter
from api.services import catalog
from api.settings import Settings, get_settings
from api.store.db import get_engine
from retrieval.search import get_searcher

STAFF = "api-test-staff-token"


def closed_port() -> int:
    """A port nothing listens on (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def settings() -> Settings:
    return Settings(
        staff_token=STAFF, rasa_url=f"http://127.0.0.1:{closed_port()}", action_url=f"http://127.0.0.1:{closed_port()}"
    )


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return get_engine(f"sqlite:///{tmp_path_factory.mktemp('apidb') / 'app.db'}")


@pytest.fixture(scope="module")
def app(settings, engine, by_id):
    app = create_app()
    app.dependency_overrides[get_settings] = lambda: settings
    app.dependency_overrides[deps.db_engine] = lambda: engine
    # Chat writes its transcript to this module's database too, not the process-wide default.
    service = ChatService(
        settings.rasa_url,
        get_searcher(),
        engine,
        settings.rasa_timeout_s,
        InMemoryLimiter(settings.handoff_limit_per_hour, 3600),
    )
    app.dependency_overrides[deps.chat_service] = lambda: service
    app.dependency_overrides[catalog.records_index] = lambda: by_id
    return app


@pytest.fixture(scope="module")
def client(app):
    with TestClient(app) as c:
        yield c


@pytest.fixture
def staff():
    return {"Authorization": f"Bearer {STAFF}"}
