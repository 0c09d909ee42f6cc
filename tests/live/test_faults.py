"""Faults around one API process (no Rasa here: chat answers from the cited search fallback).

- PostgreSQL down at start: the API starts anyway, /readyz names the database, chat still answers
  from search; PostgreSQL started later on that address: the schema is upgraded by the API's retry
  and the next turn is recorded.
- The log's disk is full (stdout and stderr are /dev/full: every write fails with ENOSPC): the
  service keeps answering search and chat.
The action-server, Redis, Rasa and mid-run PostgreSQL faults are in test_multi_process.py.
"""

from __future__ import annotations

import os
import subprocess
import time

import httpx
import pytest
from sqlalchemy import create_engine, text

from answers.notices import DIALOGUE_DOWN
from stack.layout import APP_PYTHON, REPO
from stack.ports import free_port
from stack.postgres import TempPostgres
from stack.testing import Conversation

pytestmark = pytest.mark.live
START_S = 600.0


def _api(env_extra: dict, stdout) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {
        **os.environ,
        "HF_HUB_OFFLINE": "1",
        "POLICY_ENV": "development",
        "POLICY_RASA_URL": f"http://127.0.0.1:{free_port()}",
        "POLICY_ACTION_URL": f"http://127.0.0.1:{free_port()}",
        "POLICY_CONVERSATION_SECRET": "test-conversation-secret",
        **env_extra,
    }
    proc = subprocess.Popen(
        [str(APP_PYTHON), "-m", "api.serve", "--host", "127.0.0.1", "--port", str(port)],
        cwd=REPO,
        env=env,
        stdout=stdout,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + START_S
    while time.monotonic() < deadline:
        assert proc.poll() is None, f"API exited with {proc.returncode}"
        try:
            if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            time.sleep(0.5)
    proc.terminate()
    raise AssertionError("API did not start")


def _stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=20)


def _readyz(url: str) -> dict:
    return httpx.get(f"{url}/readyz", timeout=120).json()["checks"]


def test_postgresql_down_at_start_then_back(tmp_path):
    port = free_port()
    db_url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    with open(tmp_path / "api.log", "wb") as log:
        proc, url = _api({"POLICY_DATABASE_URL": db_url}, log)
    pg = None
    try:
        database = _readyz(url)["database"]
        print(f"\n[PostgreSQL 未启动] /readyz database: {database['detail']}")
        assert not database["ok"] and "数据库" in database["detail"]
        person = Conversation(httpx.Client(base_url=url, timeout=120))
        reply = person.say("稳岗返还怎么申请")
        assert reply["messages"][0]["text"].startswith(DIALOGUE_DOWN)  # answered from search, cited
        assert reply["messages"][0]["citations"]

        pg = TempPostgres.start(port)
        deadline = time.monotonic() + 60  # the API retries the upgrade every 10 s
        while time.monotonic() < deadline and not _readyz(url)["database"]["ok"]:
            time.sleep(2)
        assert _readyz(url)["database"]["ok"]
        person.say("失业保险金怎么领")
        with create_engine(db_url).connect() as conn:
            n = conn.execute(
                text("SELECT COUNT(*) FROM messages WHERE sender_id = :s AND direction = 'user'"),
                {"s": person.sender_id},
            ).scalar()
        assert n == 1  # the turn after the database came back is recorded
        assert b"Traceback" not in (tmp_path / "api.log").read_bytes()
    finally:
        _stop(proc)
        if pg:
            pg.stop()


def test_log_disk_full_keeps_answering(tmp_path):
    with open("/dev/full", "wb") as full:  # every write: ENOSPC, as on a full log partition
        proc, url = _api({"POLICY_DATABASE_URL": f"sqlite:///{tmp_path / 'app.db'}"}, full)
    try:
        person = Conversation(httpx.Client(base_url=url, timeout=120))
        for message in ("稳岗返还怎么申请", "创业担保贷款", "残疾人开店有房租补贴吗"):
            reply = person.say(message)
            assert reply["messages"] and reply["messages"][0]["text"]
        r = httpx.get(f"{url}/api/v1/search", params={"q": "一次性吸纳就业补贴"}, timeout=120)
        assert r.status_code == 200 and r.json()["results"]
        assert proc.poll() is None
    finally:
        _stop(proc)
