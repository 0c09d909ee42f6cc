"""Guessing the staff token: after five wrong tokens from one address, that address is refused
(429, Retry-After, Chinese message) for a while, even with the right token; a success clears the
count; an empty form does not count."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.auth import SESSION_COOKIE
from api.console.login_throttle import LoginThrottle
from api.settings import get_settings
from tests.api.console.conftest import TOKEN


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_locks_after_max_failures_and_unlocks_after_the_lockout():
    clock = Clock()
    t = LoginThrottle(max_failures=3, window_s=60, lockout_s=120, clock=clock)
    for _ in range(2):
        t.failed("10.0.0.1")
    assert t.retry_after("10.0.0.1") == 0
    t.failed("10.0.0.1")
    assert t.retry_after("10.0.0.1") == 121
    assert t.retry_after("10.0.0.2") == 0  # another address is not affected
    clock.now += 119
    assert t.retry_after("10.0.0.1") == 2
    clock.now += 2
    assert t.retry_after("10.0.0.1") == 0


def test_failures_outside_the_window_are_forgotten():
    clock = Clock()
    t = LoginThrottle(max_failures=3, window_s=60, lockout_s=120, clock=clock)
    t.failed("a")
    t.failed("a")
    clock.now += 61
    t.failed("a")
    assert t.retry_after("a") == 0


def test_success_clears_the_count():
    t = LoginThrottle(max_failures=2, clock=Clock())
    t.failed("a")
    t.succeeded("a")
    t.failed("a")
    assert t.retry_after("a") == 0


@pytest.fixture()
def fresh_client(settings):
    """A new app: its throttle has seen no failure from the other console tests."""
    from api.main import create_app

    application = create_app()
    application.dependency_overrides[get_settings] = lambda: settings
    with TestClient(application) as c:
        yield c


def test_route_refuses_a_guesser_even_with_the_right_token(fresh_client):
    for _ in range(5):
        r = fresh_client.post("/console/login", data={"token": "guess"}, follow_redirects=False)
        assert r.status_code == 401
    r = fresh_client.post("/console/login", data={"token": TOKEN}, follow_redirects=False)
    assert r.status_code == 429
    assert "尝试次数过多" in r.text and "5分钟后再试" in r.text
    assert 0 < int(r.headers["retry-after"]) <= 301
    assert SESSION_COOKIE not in r.headers.get("set-cookie", "")
    # the lock-out covers the API's Bearer token too: the guesser cannot switch doors
    assert fresh_client.get("/api/v1/console/meta", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 429


def test_route_empty_forms_and_a_success_do_not_lock(fresh_client):
    for _ in range(10):
        assert fresh_client.post("/console/login", data={"token": ""}, follow_redirects=False).status_code == 401
    for _ in range(4):
        fresh_client.post("/console/login", data={"token": "guess"}, follow_redirects=False)
    assert fresh_client.post("/console/login", data={"token": TOKEN}, follow_redirects=False).status_code == 303
    for _ in range(4):
        assert fresh_client.post("/console/login", data={"token": "guess"}, follow_redirects=False).status_code == 401


def test_wrong_bearer_tokens_are_throttled_like_logins(fresh_client):
    for _ in range(5):
        assert fresh_client.get("/api/v1/handoffs", headers={"Authorization": "Bearer guess"}).status_code == 401
    r = fresh_client.get("/api/v1/handoffs", headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 429 and int(r.headers["retry-after"]) > 0 and "尝试次数过多" in r.json()["detail"]


def _app_with(settings):
    from api.main import create_app

    application = create_app()
    application.dependency_overrides[get_settings] = lambda: settings
    return application


def _guess_five_times_then_login(client, forwarded_for: str) -> int:
    for i in range(5):  # each guess claims to come from another address
        client.post(
            "/console/login",
            data={"token": "guess"},
            headers={"X-Forwarded-For": f"203.0.113.{i}"},
            follow_redirects=False,
        )
    return client.post(
        "/console/login", data={"token": TOKEN}, headers={"X-Forwarded-For": forwarded_for}, follow_redirects=False
    ).status_code


def test_x_forwarded_for_is_believed_only_from_the_listed_proxies(settings):
    # From loopback with no proxy listed, the header is the client's own words: all guesses count
    # against 127.0.0.1, which stays locked whatever it claims next.
    with TestClient(_app_with(settings), client=("127.0.0.1", 5000)) as c:
        assert _guess_five_times_then_login(c, "198.51.100.7") == 429
    # Behind a listed proxy each hop is a different caller: the right token from a new one works.
    behind = settings.model_copy(update={"trusted_proxies": "127.0.0.1,10.0.0.0/8"})
    with TestClient(_app_with(behind), client=("127.0.0.1", 5000)) as c:
        assert _guess_five_times_then_login(c, "198.51.100.7, 10.1.2.3") == 303
