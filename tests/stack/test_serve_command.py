"""`policy serve --no-dialogue`: starts, answers, and stops cleanly on SIGINT even as a background job."""
import os
import signal
import subprocess
import time

import httpx
import pytest

from stack.layout import REPO
from stack.runner import free_port


def test_serve_starts_and_stops_on_sigint(tmp_path):
    port = free_port()
    env = {**os.environ, "POLICY_DATABASE_URL": f"sqlite:///{tmp_path / 'app.db'}", "HF_HUB_OFFLINE": "1"}
    # SIGINT ignored on entry, as for a background job of a non-interactive shell.
    proc = subprocess.Popen([str(REPO / ".venv" / "bin" / "policy"), "serve", "--no-dialogue", "--port", str(port),
                             "--rasa-port", str(free_port())],  # nothing listens there: chat answers from search
                            env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.5)
        reply = httpx.post(f"http://127.0.0.1:{port}/api/v1/chat",
                           json={"sender_id": "serve-1", "message": "稳岗返还怎么申请"}, timeout=30).json()
        assert reply["messages"][0]["citations"]
        proc.send_signal(signal.SIGINT)
        out, _ = proc.communicate(timeout=30)
    finally:
        proc.kill()
    assert "正在停止" in out
    assert f"http://127.0.0.1:{port}/" in out
    with pytest.raises(httpx.HTTPError):
        httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2)
