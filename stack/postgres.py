"""A throw-away PostgreSQL server on loopback, for tests and benchmarks (Debian's postgresql).

PostgreSQL refuses to run as root, so when the tests run as root the cluster belongs to the
`postgres` system user (runuser). Trust authentication, loopback only, bounded start-up wait.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path


def _bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if not found:
        raise FileNotFoundError("未找到 PostgreSQL（Debian 软件包 postgresql）：scripts/test.sh 会安装它")
    return found[-1]


def _as_owner(cmd: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


@dataclass
class TempPostgres:
    port: int
    root: Path

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    @classmethod
    def start(cls, port: int, timeout_s: float = 30.0) -> "TempPostgres":
        root = Path(tempfile.mkdtemp(prefix="policy-pg-"))
        data, sock = root / "data", root / "sock"
        sock.mkdir()
        if os.geteuid() == 0:
            shutil.chown(root, "postgres")
            shutil.chown(sock, "postgres")
        try:
            cls._init_and_start(root, data, sock, port, timeout_s)
        except BaseException:
            shutil.rmtree(root, ignore_errors=True)  # a failed start (the port taken) leaves nothing behind
            raise
        return cls(port, root)

    @staticmethod
    def _init_and_start(root: Path, data: Path, sock: Path, port: int, timeout_s: float) -> None:
        subprocess.run(
            _as_owner([_bin("initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C"]),
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        opts = f"-p {port} -c listen_addresses=127.0.0.1 -k {sock} -c fsync=off"
        subprocess.run(
            _as_owner(
                [
                    _bin("pg_ctl"),
                    "-D",
                    str(data),
                    "-o",
                    opts,
                    "-l",
                    str(root / "log"),
                    "-w",
                    "-t",
                    str(int(timeout_s)),
                    "start",
                ]
            ),
            check=True,
            stdout=subprocess.DEVNULL,
        )

    def stop(self) -> None:
        subprocess.run(
            _as_owner([_bin("pg_ctl"), "-D", str(self.root / "data"), "-m", "fast", "-w", "stop"]),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        shutil.rmtree(self.root, ignore_errors=True)
