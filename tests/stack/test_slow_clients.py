"""Slow clients are cut off and a flood gets 503, as `python -m api.serve` runs the API
(the review held 400 sockets open for 25 s by trickling header bytes)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from stack.ports import free_port

ROOT = Path(__file__).resolve().parents[2]
CAP = 6


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    port = free_port()
    work = tmp_path_factory.mktemp("served")
    env = {
        **os.environ,
        "HF_HUB_OFFLINE": "1",
        "POLICY_REQUEST_READ_TIMEOUT_S": "1",
        "POLICY_MAX_CONCURRENCY": str(CAP),
        "POLICY_DATABASE_URL": f"sqlite:///{work / 'app.db'}",
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "api.serve", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        yield port, url
    finally:
        proc.terminate()
        proc.wait(timeout=15)


def _trickle(port: int) -> socket.socket:
    s = socket.create_connection(("127.0.0.1", port), timeout=10)
    s.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # the head never ends
    return s


def test_a_request_that_never_finishes_is_disconnected(served):
    port, url = served
    s = _trickle(port)
    try:
        assert s.recv(1024) == b""  # closed by the server (recv would time out after 10 s otherwise)
    finally:
        s.close()
    assert httpx.get(f"{url}/healthz", timeout=10).status_code == 200


def test_past_the_concurrency_cap_new_requests_get_503_until_the_slow_ones_are_cut(served):
    port, url = served
    slow = [_trickle(port) for _ in range(CAP)]
    try:
        assert httpx.get(f"{url}/healthz", timeout=10).status_code == 503
        for s in slow:
            assert s.recv(1024) == b""
    finally:
        for s in slow:
            s.close()
    for _ in range(50):  # the server notices the closed sockets on its next loop turn
        if httpx.get(f"{url}/healthz", timeout=10).status_code == 200:
            break
        time.sleep(0.1)
    assert httpx.get(f"{url}/healthz", timeout=10).status_code == 200
