"""`policy serve --no-dialogue`: starts, answers, and stops cleanly on SIGINT even as a background job."""

import os
import signal
import subprocess
import time

import httpx
import pytest

from stack.layout import REPO
from stack.ports import free_port


def test_serve_starts_and_stops_on_sigint(tmp_path):
    port = free_port()
    env = {**os.environ, "POLICY_DATABASE_URL": f"sqlite:///{tmp_path / 'app.db'}", "HF_HUB_OFFLINE": "1"}
    # SIGINT ignored on entry, as for a background job of a non-interactive shell.
    proc = subprocess.Popen(
        [
            str(REPO / ".venv" / "bin" / "policy"),
            "serve",
            "--no-dialogue",
            "--port",
            str(port),
            "--rasa-port",
            str(free_port()),
        ],  # nothing listens there: chat answers from search
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN),
    )
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.5)
        reply = httpx.post(
            f"http://127.0.0.1:{port}/api/v1/chat", json={"message": "稳岗返还怎么申请"}, timeout=30
        ).json()
        assert reply["messages"][0]["citations"]
        proc.send_signal(signal.SIGINT)
        out, _ = proc.communicate(timeout=30)
    finally:
        proc.kill()
    assert "正在停止" in out
    assert f"http://127.0.0.1:{port}/" in out
    with pytest.raises(httpx.HTTPError):
        httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2)


def test_serve_refuses_a_port_already_taken(tmp_path):
    """Another instance on the port would answer our health checks: say so and start nothing."""
    import socket

    held = socket.socket()
    held.bind(("127.0.0.1", 0))
    held.listen()
    port = held.getsockname()[1]
    try:
        env = {**os.environ, "POLICY_DATABASE_URL": f"sqlite:///{tmp_path / 'app.db'}", "HF_HUB_OFFLINE": "1"}
        done = subprocess.run(
            [str(REPO / ".venv" / "bin" / "policy"), "serve", "--no-dialogue", "--port", str(port)],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        held.close()
    assert done.returncode == 1
    assert f"端口已被占用：{port}（API）" in done.stderr and "Traceback" not in done.stderr + done.stdout


def test_serve_start_timeout_is_bounded():
    """`--start-timeout` raises the wait for a busy machine; a value below the bound names the option."""
    from typer.testing import CliRunner

    from cli.main import app

    result = CliRunner().invoke(app, ["serve", "--start-timeout", "5"])
    assert result.exit_code == 2
    assert "--start-timeout" in result.output
