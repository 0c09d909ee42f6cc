"""Placeholder secrets never grant staff access; changing the token ends every session."""
from fastapi.testclient import TestClient

from api.auth import session_cookie, SESSION_COOKIE
from api.main import create_app
from api.settings import PLACEHOLDER, Settings, get_settings


def client_with(settings: Settings) -> TestClient:
    app = create_app()
    app.dependency_overrides[get_settings] = lambda: settings
    return TestClient(app)


def test_placeholder_token_is_refused_even_in_development():
    c = client_with(Settings(env="development"))
    assert c.get("/api/v1/handoffs", headers={"Authorization": f"Bearer {PLACEHOLDER}"}).status_code == 401


def test_a_cookie_forged_with_the_placeholder_session_secret_is_refused():
    real = Settings(env="development", staff_token="a-real-staff-token")
    forged = session_cookie(Settings(env="development", staff_token=PLACEHOLDER))
    c = client_with(real)
    c.cookies.set(SESSION_COOKIE, forged)
    assert c.get("/api/v1/handoffs").status_code == 401


def test_session_ends_when_the_token_changes():
    old = Settings(staff_token="token-one", session_secret="a-session-secret")
    cookie = session_cookie(old)
    c = client_with(old)
    c.cookies.set(SESSION_COOKIE, cookie)
    assert c.get("/api/v1/handoffs").status_code == 200
    c2 = client_with(Settings(staff_token="token-two", session_secret="a-session-secret"))
    c2.cookies.set(SESSION_COOKIE, cookie)
    assert c2.get("/api/v1/handoffs").status_code == 401
