"""A throw-away Redis server on loopback, for tests and benchmarks (Debian's redis-server).

No persistence (shared state is short-lived by design), bounded start-up wait, stopped by pid.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import redis


@dataclass
class TempRedis:
    port: int
    root: Path
    proc: subprocess.Popen

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    @classmethod
    def start(cls, port: int, timeout_s: float = 15.0) -> "TempRedis":
        exe = shutil.which("redis-server") or "/usr/bin/redis-server"
        if not Path(exe).exists():
            raise FileNotFoundError("未找到 redis-server（Debian 软件包 redis-server）：scripts/test.sh 会安装它")
        root = Path(tempfile.mkdtemp(prefix="policy-redis-"))
        proc = subprocess.Popen(
            [
                exe,
                "--bind",
                "127.0.0.1",
                "--port",
                str(port),
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(root),
                "--logfile",
                str(root / "redis.log"),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            stdin=subprocess.DEVNULL,
        )
        server = cls(port, root, proc)
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline and server.running():  # exits at once when the port is taken
            try:
                if redis.Redis(port=port, socket_timeout=0.5).ping():
                    return server
            except redis.RedisError:
                time.sleep(0.1)
        server.stop()
        raise RuntimeError(f"redis-server 在 {timeout_s:.0f} 秒内未就绪")

    def running(self) -> bool:
        return self.proc.poll() is None

    def stop(self) -> None:
        if self.running():
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        shutil.rmtree(self.root, ignore_errors=True)

    def restart(self) -> "TempRedis":
        """The same port again (after `stop`), as an operator restarting Redis would."""
        fresh = TempRedis.start(self.port)
        self.root, self.proc = fresh.root, fresh.proc
        return self
