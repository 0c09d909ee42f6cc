"""Every console route and console API refuses without a valid staff token or session (401);
the login issues an HttpOnly, SameSite=Strict session cookie and the logout clears it."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from itsdangerous import URLSafeTimedSerializer

from api.auth import SESSION_COOKIE
from tests.api.console.conftest import SECRET, TOKEN

# (method, path) of every console route. test_every_console_route_is_listed keeps this complete.
ROUTES = [
    ("GET", "/console"),
    ("GET", "/console/assets/console.js"),
    ("POST", "/console/login"),
    ("POST", "/console/logout"),
    ("GET", "/api/v1/console/search?q=稳岗返还"),
    ("GET", "/api/v1/console/meta"),
    ("GET", "/api/v1/console/me"),
    ("GET", "/api/v1/console/clauses/dalian-2020-18:2.9"),
    ("GET", "/api/v1/console/documents/dalian-2020-18"),
    ("GET", "/api/v1/console/compare/topics"),
    ("GET", "/api/v1/console/compare?topic=稳岗返还"),
    ("GET", "/api/v1/console/calculator/form"),
    ("POST", "/api/v1/console/calculator"),
    ("GET", "/api/v1/console/calculator/measures"),
    ("GET", "/api/v1/handoffs"),
    ("GET", "/api/v1/handoffs/1"),
    ("POST", "/api/v1/handoffs/1/handled"),
    ("PATCH", "/api/v1/handoffs/1"),
    ("POST", "/api/v1/console/audit/copy"),
    ("GET", "/api/v1/console/audit/copies"),
    ("POST", "/api/v1/console/searches"),
    ("GET", "/api/v1/console/report"),
    ("GET", "/api/v1/console/report.csv"),
]
TEMPLATES = {
    "/console/assets/{name}",
    "/api/v1/console/clauses/{clause_id}",
    "/api/v1/console/documents/{doc_id}",
    "/api/v1/handoffs/{handoff_id}",
    "/api/v1/handoffs/{handoff_id}/handled",
}


def _call(client, method, path, **kw):
    if method == "PATCH":
        return client.patch(path, json={"take": True}, **kw)
    if method == "POST":
        return client.post(path, json={"profile": {}} if "calculator" in path else None, **kw)
    return client.get(path, **kw)


def test_every_console_route_is_listed(app):
    listed = {p.split("?")[0] for _, p in ROUTES}
    for route in app.routes:
        path = getattr(route, "path", "")
        if path.startswith(("/console", "/api/v1/console", "/api/v1/handoffs")):
            assert path in listed or path in TEMPLATES, f"{path} has no access test"


@pytest.mark.parametrize("method,path", ROUTES)
def test_refused_without_token(client, method, path):
    assert _call(client, method, path).status_code == 401


@pytest.mark.parametrize("method,path", ROUTES)
def test_refused_with_wrong_token(app, method, path):
    # Each from its own address: wrong Bearer tokens are throttled per address (test_login_throttle.py).
    with TestClient(app, client=(f"192.0.2.{ROUTES.index((method, path)) + 1}", 5000)) as c:
        assert _call(c, method, path, headers={"Authorization": "Bearer wrong-token"}).status_code == 401


@pytest.mark.parametrize("method,path", ROUTES)
def test_refused_with_forged_cookie(client, method, path):
    forged = URLSafeTimedSerializer("not-the-secret", salt="staff").dumps({"staff": True})
    client.cookies.set(SESSION_COOKIE, forged)
    assert _call(client, method, path).status_code == 401


def test_console_without_session_shows_login_form(client):
    r = client.get("/console")
    assert r.status_code == 401
    assert '<form method="post" action="/console/login"' in r.text
    assert r.headers["cache-control"] == "no-store"


def test_login_with_wrong_token_is_refused(client):
    r = client.post("/console/login", data={"token": "nope"}, follow_redirects=False)
    assert r.status_code == 401
    assert "令牌不正确" in r.text
    assert SESSION_COOKIE not in r.headers.get("set-cookie", "")


def test_login_logout_cycle(client):
    r = client.post("/console/login", data={"token": TOKEN}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/console"
    cookie = r.headers["set-cookie"]
    assert cookie.startswith(f"{SESSION_COOKIE}=")
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")
    value = client.cookies.get(SESSION_COOKIE)
    assert isinstance(URLSafeTimedSerializer(SECRET, salt="staff").loads(value)["sid"], str)
    assert client.get("/console").status_code == 200
    assert client.get("/console/assets/console.css").status_code == 200
    assert client.get("/api/v1/console/compare/topics").status_code == 200
    r = client.post("/console/logout", follow_redirects=False)
    assert r.status_code == 303
    assert "Max-Age=0" in r.headers["set-cookie"] or "expires=Thu, 01 Jan 1970" in r.headers["set-cookie"]
    assert client.get("/console").status_code == 401
    assert client.get("/api/v1/console/meta").status_code == 401


def test_login_accepts_json_body(client):
    r = client.post("/console/login", json={"token": TOKEN}, follow_redirects=False)
    assert r.status_code == 303


def test_unknown_asset_is_404_not_a_file_read(staff):
    assert staff.get("/console/assets/..%2F..%2Fsettings.py").status_code == 404
    assert staff.get("/console/assets/login.html").status_code == 404
