"""stack/rasa_launch.py under Rasa's own venv: the cached action-reply validator accepts and refuses
exactly what Rasa's per-call `jsonschema.validate` does (with Rasa's message), requests to an
endpoint reuse one connection, and SQLite connections get WAL with synchronous=NORMAL."""

from __future__ import annotations

import json
import subprocess

import pytest

from stack.layout import RASA_PYTHON, REPO

pytestmark = pytest.mark.slow  # imports Rasa (TensorFlow): ~20 s

PROBE = r"""
import json, sys, sqlite3, tempfile
sys.path.insert(0, "stack")
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction

replies = json.loads(sys.argv[1])
def verdicts():
    out = []
    for reply in replies:
        try:
            out.append(RemoteAction("probe", None)._validate_action_result(reply))
        except ValidationError as e:
            out.append(e.message)
    return out

before = verdicts()
import rasa_launch
rasa_launch.cache_action_schema()
rasa_launch.sqlite_wal()
rasa_launch.reuse_endpoint_sessions()
after = verdicts()

import asyncio
from aiohttp import web
from rasa.utils.endpoints import EndpointConfig

async def connections_for_five_requests():
    peers = set()
    async def webhook(request):
        peers.add(request.transport.get_extra_info("peername"))
        return web.json_response({"events": [], "responses": []})
    app = web.Application()
    app.router.add_post("/webhook", webhook)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    endpoint = EndpointConfig(f"http://127.0.0.1:{port}/webhook")
    replies = [await endpoint.request(json={"n": i}) for i in range(5)]
    await runner.cleanup()
    return len(peers), replies

connections, replies = asyncio.run(connections_for_five_requests())
import sqlalchemy
engine = sqlalchemy.create_engine("sqlite:///" + tempfile.mktemp(suffix=".db"))
with engine.connect() as c:
    pragmas = [c.exec_driver_sql("PRAGMA journal_mode").scalar(), c.exec_driver_sql("PRAGMA synchronous").scalar()]
print(json.dumps({"before": before, "after": after, "pragmas": pragmas, "connections": connections, "replies": replies}))
"""

REPLIES = [
    {"events": [{"event": "slot", "name": "region", "value": "大连市"}], "responses": [{"text": "好"}]},
    {"events": [], "responses": []},
    {"events": [{"event": "slot"}], "responses": "not a list"},
    {"events": [{"event": "no_such_event"}]},
]


def test_launch_patches_keep_rasas_behaviour():
    r = subprocess.run(
        [str(RASA_PYTHON), "-c", PROBE, json.dumps(REPLIES)], cwd=REPO, capture_output=True, text=True, timeout=300
    )
    assert r.returncode == 0, r.stderr[-2000:]
    out = json.loads(r.stdout.strip().splitlines()[-1])
    assert out["after"] == out["before"]
    assert out["after"][:2] == [True, True]
    assert all("Failed to validate Action server response" in v for v in out["after"][2:])
    assert out["pragmas"] == ["wal", 1]
    assert out["connections"] == 1
    assert out["replies"] == [{"events": [], "responses": []}] * 5
