"""Start, watch and stop the three processes, each waited on until healthy (bounded loops)."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from knowledge.paths import private_file
from stack.layout import APP_PYTHON, RASA_PYTHON, REPO


class StartError(RuntimeError):
    pass


@dataclass
class Service:
    name: str
    cmd: list[str]
    env: dict[str, str]
    health_url: str
    log_path: Path
    proc: subprocess.Popen | None = field(default=None, repr=False)

    def start(self) -> None:
        with open(
            private_file(self.log_path), "ab"
        ) as log:  # logs may hold what people typed  # the child keeps its own copy of the descriptor
            # Own process group: stopping the service also stops the workers it forked (Sanic, TF).
            self.proc = subprocess.Popen(
                self.cmd,
                cwd=REPO,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )

    def healthy(self) -> bool:
        try:
            return httpx.get(self.health_url, timeout=2.0).status_code == 200
        except httpx.HTTPError:
            return False

    def wait_healthy(self, timeout_s: float) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.proc is not None and self.proc.poll() is not None:
                raise StartError(f"{self.name} 启动失败（退出码 {self.proc.returncode}）：\n{self.log_tail()}")
            if self.healthy():
                return
            time.sleep(0.5)
        raise StartError(f"{self.name} 在 {timeout_s:.0f} 秒内未就绪：\n{self.log_tail()}")

    def log_tail(self, chars: int = 3000) -> str:
        try:
            return self.log_path.read_text(encoding="utf-8", errors="replace")[-chars:]
        except OSError:
            return "(无日志)"

    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def stop(self, grace_s: float = 10.0) -> None:
        if not self.running():
            return
        assert self.proc is not None
        try:
            os.killpg(self.proc.pid, signal.SIGTERM)
            self.proc.wait(timeout=grace_s)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=grace_s)
        except ProcessLookupError:
            pass


def upgrade_database(env: dict, log=print, timeout_s: float = 120.0) -> bool:
    """`policy db upgrade` before serving. A database that is down now is not fatal: the API starts,
    /readyz names the database, chat answers without it, and the API retries the upgrade."""
    r = subprocess.run(
        [str(APP_PYTHON), "-m", "cli.main", "db", "upgrade"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout_s,
    )
    log((r.stdout or r.stderr).strip())
    return r.returncode == 0


def action_server(host: str, port: int, env: dict, log_dir: Path) -> Service:
    # rasa-sdk has no --interface flag; SANIC_HOST keeps it on loopback.
    return Service(
        "动作服务器",
        [str(APP_PYTHON), "-m", "rasa_sdk", "--actions", "actions", "-p", str(port)],
        {**env, "SANIC_HOST": host},
        f"http://{host}:{port}/health",
        log_dir / "actions.log",
    )


def rasa_server(
    host: str, port: int, model: Path, endpoints: Path, credentials: Path, env: dict, log_dir: Path, number: int = 0
) -> Service:
    # stack/rasa_launch.py is `rasa run` without the per-turn repetition the load profile found
    cmd = [
        str(RASA_PYTHON),
        str(REPO / "stack" / "rasa_launch.py"),
        "run",
        "-i",
        host,
        "-p",
        str(port),
        "-m",
        str(model),
        "--endpoints",
        str(endpoints),
        "--credentials",
        str(credentials),
    ]
    # Rasa listens only after the model is loaded, so GET / answering means it can chat.
    name, log = (
        ("Rasa 对话服务", "rasa.log") if number == 0 else (f"Rasa 对话服务{number + 1}", f"rasa-{number + 1}.log")
    )
    return Service(name, cmd, env, f"http://{host}:{port}/", log_dir / log)


def api_server(host: str, port: int, env: dict, log_dir: Path) -> Service:
    # api.serve: uvicorn with a read deadline per request, a concurrency cap and no proxy-header trust.
    cmd = [str(APP_PYTHON), "-m", "api.serve", "--host", host, "--port", str(port)]
    return Service("API", cmd, env, f"http://{host}:{port}/openapi.json", log_dir / "api.log")
