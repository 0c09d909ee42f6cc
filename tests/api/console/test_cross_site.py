"""Findings of the security review about where a request comes from: a foreign page riding on the
staff cookie, and a Host header steering our own URLs."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.settings import get_settings
from tests.api.console.conftest import TOKEN


@pytest.fixture()
def logged_in(client):
    assert client.post("/console/login", data={"token": TOKEN}, follow_redirects=False).status_code == 303
    return client


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "http://evil.example"},
        {"Sec-Fetch-Site": "cross-site"},
        {"Sec-Fetch-Site": "same-site", "Origin": "http://sub.testserver"},
    ],
    ids=["foreign-origin", "cross-site", "same-site-but-not-same-origin"],
)
def test_cookie_state_changes_from_another_site_are_refused(logged_in, headers):
    r = logged_in.post("/api/v1/handoffs/1/handled", headers=headers)
    assert r.status_code == 403 and "跨站" in r.json()["detail"]
    assert logged_in.post("/console/logout", headers=headers, follow_redirects=False).status_code == 403
    assert logged_in.get("/console").status_code == 200  # still logged in: the logout was refused


def test_cookie_state_changes_from_our_own_pages_pass(logged_in):
    for headers in ({"Origin": "http://testserver"}, {"Sec-Fetch-Site": "same-origin"}, {}):
        assert logged_in.post("/api/v1/handoffs/999999/handled", headers=headers).status_code == 404
    # Reading is not a change: a cross-site GET with the cookie still needs no check (SameSite covers it).
    assert logged_in.get("/api/v1/handoffs", headers={"Sec-Fetch-Site": "cross-site"}).status_code == 200


def test_bearer_clients_are_not_browsers_and_are_not_origin_checked(staff):
    assert staff.post("/api/v1/handoffs/999999/handled", headers={"Origin": "http://evil.example"}).status_code == 404


def test_a_host_header_does_not_steer_the_demo_page_or_a_redirect(client):
    page = client.get("/", headers={"Host": "evil.example"})
    assert page.status_code == 200 and "evil.example" not in page.text
    assert '<script src="/widget.js"' in page.text
    r = client.get("/console/", headers={"Host": "evil.example"}, follow_redirects=False)
    assert "evil.example" not in r.headers.get("location", "")


def test_configured_public_address_and_allowed_hosts(monkeypatch):
    from api.main import create_app

    monkeypatch.setenv("POLICY_PUBLIC_BASE_URL", "https://zc.example.gov.cn")
    monkeypatch.setenv("POLICY_ALLOWED_HOSTS", "zc.example.gov.cn,testserver")
    get_settings.cache_clear()
    try:
        with TestClient(create_app()) as c:
            assert 'src="https://zc.example.gov.cn/widget.js"' in c.get("/").text
            assert c.get("/healthz", headers={"Host": "evil.example"}).status_code == 400
            assert c.get("/healthz", headers={"Host": "zc.example.gov.cn"}).status_code == 200
    finally:
        monkeypatch.undo()
        get_settings.cache_clear()
