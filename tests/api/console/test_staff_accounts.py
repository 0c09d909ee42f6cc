"""Personal console accounts: argon2 hashes, the `policy staff` command, login by username and
password, and server-side sessions (logout, disable and reset end them; a copied cookie dies too)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.auth import SESSION_COOKIE
from api.store import staff
from tests.api.console.conftest import TOKEN

ROOT = Path(__file__).resolve().parents[3]


def policy(engine, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "POLICY_DATABASE_URL": str(engine.url)}
    return subprocess.run(
        [sys.executable, "-m", "cli.main", "staff", *args],
        input=stdin,
        env=env,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def login(app, username: str, password: str) -> TestClient:
    c = TestClient(app)
    r = c.post("/console/login", data={"username": username, "password": password}, follow_redirects=False)
    assert r.status_code == 303, r.text
    return c


@pytest.fixture(scope="module")
def accounts(engine):
    for name, role in (("agent_a", "agent"), ("agent_b", "agent"), ("boss_s", "supervisor")):
        if not staff.get_user(engine, name):
            staff.create_user(engine, name, f"{name}-password", role, name.upper())
    return engine


def test_policy_staff_create_disable_reset_in_chinese(engine):
    r = policy(
        engine,
        "create",
        "cli_user",
        "--role",
        "supervisor",
        "--name",
        "李班长",
        "--password-stdin",
        stdin="a-long-password\n",
    )
    assert r.returncode == 0 and "已创建账号 cli_user（班长）" in r.stdout
    row = staff.get_user(engine, "cli_user")
    assert row["password_hash"].startswith("$argon2id$") and "a-long-password" not in row["password_hash"]
    r = policy(engine, "create", "cli_user", "--password-stdin", stdin="another-password\n")
    assert r.returncode == 2 and "username: 用户“cli_user”已存在" in r.stderr
    r = policy(engine, "create", "cli_user2", "--role", "root", "--password-stdin", stdin="another-password\n")
    assert r.returncode == 2 and "role: 未知角色" in r.stderr and "Traceback" not in r.stderr
    r = policy(engine, "reset", "cli_user", "--password-stdin", stdin="short\n")
    assert r.returncode == 2 and "password: 密码至少10个字符" in r.stderr
    assert "李班长" in policy(engine, "list").stdout
    r = policy(engine, "disable", "cli_user")
    assert r.returncode == 0 and "已停用账号 cli_user" in r.stdout
    assert staff.verify(engine, "cli_user", "a-long-password") is None


def test_agent_login_and_roles(app, accounts):
    agent = login(app, "agent_a", "agent_a-password")
    me = agent.get("/api/v1/console/me").json()
    assert me == {
        "username": "agent_a",
        "display_name": "AGENT_A",
        "role": "agent",
        "role_label": "坐席",
        "supervises": False,
    }
    boss = login(app, "boss_s", "boss_s-password")
    assert boss.get("/api/v1/console/me").json()["supervises"] is True
    admin = TestClient(app, headers={"Authorization": f"Bearer {TOKEN}"})
    assert admin.get("/api/v1/console/me").json()["role"] == "admin"


def test_wrong_password_and_unknown_user_are_refused_alike(app, accounts):
    c = TestClient(app)
    for user, pw in (("agent_a", "wrong-password"), ("nobody_here", "agent_a-password")):
        r = c.post("/console/login", data={"username": user, "password": pw}, follow_redirects=False)
        assert r.status_code == 401 and "用户名或密码不正确" in r.text
        assert SESSION_COOKIE not in r.headers.get("set-cookie", "")
    c.app.state.login_throttle.succeeded("testclient")


def test_logout_revokes_the_session_on_the_server_and_a_copied_cookie_stops_working(app, accounts):
    agent = login(app, "agent_b", "agent_b-password")
    copied = TestClient(app)
    copied.cookies.set(SESSION_COOKIE, agent.cookies.get(SESSION_COOKIE))
    assert copied.get("/api/v1/handoffs").status_code == 200
    assert agent.post("/console/logout", follow_redirects=False).status_code == 303
    assert copied.get("/api/v1/handoffs").status_code == 401
    assert copied.get("/console").status_code == 401


def test_disable_and_reset_end_live_sessions(app, accounts):
    staff.create_user(accounts, "temp_agent", "temp-password-1", "agent")
    c = login(app, "temp_agent", "temp-password-1")
    staff.reset_password(accounts, "temp_agent", "temp-password-2")
    assert c.get("/api/v1/console/me").status_code == 401
    c = login(app, "temp_agent", "temp-password-2")
    staff.set_active(accounts, "temp_agent", False)
    assert c.get("/api/v1/console/me").status_code == 401
    r = TestClient(app).post(
        "/console/login", data={"username": "temp_agent", "password": "temp-password-2"}, follow_redirects=False
    )
    assert r.status_code == 401
    app.state.login_throttle.succeeded("testclient")


def test_the_token_still_logs_in_as_admin_with_the_username_left_empty(app):
    c = TestClient(app)
    r = c.post("/console/login", data={"username": "", "password": TOKEN}, follow_redirects=False)
    assert r.status_code == 303
    assert c.get("/api/v1/console/me").json()["role_label"] == "管理员"
