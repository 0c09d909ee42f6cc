"""Publishing without downtime on a running stack (issue 18 step 6).

A copy of the knowledge data is published as build A and the whole stack (API, Rasa, action
server) serves it. A conversation begins. The amendment fixture (tests/fixtures/amendment, a test
text, never real policy) is added to the copy and published as build B while a client loop keeps
searching, checking eligibility and reading /readyz. Then: no request of the loop failed, /readyz
names B, the conversation begun on A is still answered from A (five documents), a new one from B
(six), and the Rasa model was not retrained (bot/ did not change).
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import httpx
import pytest

from knowledge import paths
from knowledge.authoring.withdraw import copy_data
from stack import model, testing
from tests.live.replies import text

# two builds and a Rasa start on a shared machine: a bound above the default, never none
pytestmark = [pytest.mark.live, pytest.mark.timeout(1500)]
FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "amendment" / "dalian-extension-fixture.txt"
LOOP_BOUND = 5000  # requests at most, whatever happens


def policy(env: dict, *args: str) -> str:
    proc = subprocess.run(
        [sys.executable, "-m", "cli.main", *args], cwd=paths.REPO_ROOT, env=env, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr + proc.stdout
    return proc.stdout


def current_id(home: Path) -> str:
    return Path(os.readlink(home / "current")).name


class ClientLoop(threading.Thread):
    """Search, eligibility and /readyz in turn until stopped (or LOOP_BOUND requests)."""

    def __init__(self, url: str):
        super().__init__(daemon=True)
        self.url, self.stop = url, threading.Event()
        self.failures: list[str] = []
        self.builds: list[str] = []
        self.count = 0

    def run(self) -> None:
        profile = {"applicant_type": "enterprise", "region": "大连市"}
        with httpx.Client(base_url=self.url, timeout=60) as c:
            while not self.stop.is_set() and self.count < LOOP_BOUND:
                for call in (
                    lambda: c.get("/api/v1/search", params={"q": "一次性吸纳就业补贴", "region": "大连市"}),
                    lambda: c.post("/api/v1/eligibility", json={"profile": profile, "as_of": "2021-06-01"}),
                    lambda: c.get("/readyz"),
                ):
                    try:
                        r = call()
                        if r.status_code != 200:
                            self.failures.append(f"{r.request.url.path}: {r.status_code} {r.text[:200]}")
                        elif r.request.url.path == "/readyz":
                            self.builds.append(r.json()["build"]["id"])
                    except httpx.HTTPError as exc:
                        self.failures.append(f"{exc!r}")
                    self.count += 1

    def wait_for(self, predicate, bound: int = 2000) -> None:
        start = self.count
        while not predicate() and self.count - start < bound and self.is_alive():
            self.stop.wait(0.05)


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("publish")
    data, home = copy_data(paths.WORK_DATA_DIR, tmp / "data"), tmp / "home"
    home.mkdir()
    # lexical search only: the switch is under test, not the encoder (a dense index build takes minutes here)
    env = dict(os.environ, POLICY_KNOWLEDGE_DIR=str(data), POLICY_HOME=str(home), HF_HUB_OFFLINE="1")
    env["POLICY_ENCODER"] = "none"
    env |= {"POLICY_STAFF_TOKEN": testing.STAFF_TOKEN, "PYTHONPATH": str(paths.REPO_ROOT)}
    policy(env, "knowledge", "publish")
    models_before = sorted(p.name for p in model.models_dir().glob("bot-*.tar.gz"))
    running = testing.start(
        tmp / "run",
        with_dialogue=True,
        extra_env={k: env[k] for k in ("POLICY_KNOWLEDGE_DIR", "POLICY_HOME", "POLICY_ENCODER")},
    )
    yield running, env, data, home, models_before
    running.stack.stop()


def test_a_new_build_is_switched_in_while_conversations_and_requests_go_on(published):
    running, env, data, home, models_before = published
    build_a = current_id(home)
    assert running.staff_get("/readyz").json()["build"]["id"] == build_a
    early = running.conversation()
    assert "五份" in text(early.say("你能干啥"))

    policy(env, "knowledge", "add", str(FIXTURE), "--id", "dalian-fixture-2021-1", "--yes")
    loop = ClientLoop(running.url)
    loop.start()
    loop.wait_for(lambda: len(loop.builds) >= 3)
    said = policy(env, "knowledge", "publish", "--api", running.url)
    build_b = current_id(home)
    loop.wait_for(lambda: loop.builds[-3:] == [build_b] * 3)
    loop.stop.set()
    loop.join()

    said = "".join(said.split())
    assert build_b != build_a and f"已切换到知识库版本{build_b}" in said and "无需重训" in said
    assert loop.failures == [] and loop.count < LOOP_BOUND
    assert loop.builds[0] == build_a and loop.builds[-1] == build_b and set(loop.builds) == {build_a, build_b}
    ready = running.staff_get("/readyz").json()["build"]
    assert ready["id"] == build_b and ready["loaded"] == [build_a, build_b]

    assert "五份" in text(early.say("你能干啥"))  # began on A: finishes on A
    later = running.conversation()
    assert "六份" in text(later.say("你能干啥"))  # began after the switch: B
    assert sorted(p.name for p in model.models_dir().glob("bot-*.tar.gz")) == models_before
