"""An API process on a free loopback port for the HTTP benchmarks, up once a search answers.

Shared by search_latency.py and growth.py: both time GET /api/v1/search over real HTTP against a
uvicorn process started with their own POLICY_HOME."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from stack.ports import free_port

ROOT = Path(__file__).resolve().parents[1]


@contextmanager
def api_client(env: dict, wait_s: float) -> Iterator[httpx.Client]:
    """A client of a fresh `uvicorn api.main:app`, once it answers a search (at most `wait_s`);
    `client.api_pid` is the API process."""
    port = free_port()
    cmd = [sys.executable, "-m", "uvicorn", "api.main:app", "--host", "127.0.0.1", "--port", str(port)]
    proc = subprocess.Popen(
        [*cmd, "--log-level", "warning"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
            deadline = time.time() + wait_s
            while True:
                try:
                    client.get("/api/v1/search", params={"q": "稳岗返还"}).raise_for_status()
                    break
                except (httpx.HTTPError, OSError):
                    if time.time() > deadline or proc.poll() is not None:
                        raise RuntimeError("API did not come up: " + proc.stderr.read().decode()[-500:]) from None
                    time.sleep(0.5)
            client.api_pid = proc.pid  # type: ignore[attr-defined]  # for process_cpu_s
            yield client
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def process_cpu_s(pid: int) -> float:
    """User + system CPU seconds a process has used so far (/proc/PID/stat, clock ticks)."""
    import os

    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
