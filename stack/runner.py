"""The whole assistant as one object: `Stack(...).start()` … `.stop()`.

Used by `policy serve` (scripts/run.sh) and by the end-to-end test fixtures with free ports and
a temporary database, so tests drive exactly what a person runs.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from knowledge.paths import private_file
from stack import model, processes, rasa_config
from stack.layout import run_dir
from stack.ports import port_taken

LOOPBACK = "127.0.0.1"


@dataclass
class Stack:
    host: str = "127.0.0.1"
    api_port: int = 8000
    rasa_port: int = 5005
    action_port: int = 5055
    with_dialogue: bool = True  # False: API only (chat answers from the search fallback)
    # Further Rasa servers' ports (one Rasa per core raises the chat ceiling: docs/notes/scale.md);
    # they share the first one's tracker store and the API keeps a conversation on one of them.
    more_rasa_ports: list[int] = field(default_factory=list)
    workdir: Path | None = None  # logs, generated Rasa config, tracker DB; default POLICY_HOME/run
    env: dict[str, str] = field(default_factory=dict)  # extra environment for all three
    services: list[processes.Service] = field(default_factory=list)

    @property
    def api_url(self) -> str:
        return f"http://{self.host}:{self.api_port}"

    # Rasa and the action server have no authentication of their own: they stay on loopback
    # whatever address the API is served on; only the API faces the network.
    @property
    def rasa_ports(self) -> list[int]:
        return [self.rasa_port, *self.more_rasa_ports]

    @property
    def rasa_url(self) -> str:
        """Every Rasa server, comma-separated, as POLICY_RASA_URL takes them (api/chat/rasa_pool.py)."""
        return ",".join(f"http://{LOOPBACK}:{port}" for port in self.rasa_ports)

    @property
    def action_url(self) -> str:
        return f"http://{LOOPBACK}:{self.action_port}"

    def _env(self) -> dict[str, str]:
        return {
            **os.environ,  # the subprocesses' environment: ours, plus what the stack tells them
            "HF_HUB_OFFLINE": "1",
            "TRANSFORMERS_OFFLINE": "1",
            **model.DETERMINISM_ENV,
            "POLICY_RASA_URL": self.rasa_url,
            "POLICY_ACTION_URL": self.action_url,
            **self.env,
        }

    def start(self, log=print, timeout_s: float = 240.0) -> "Stack":
        work = self.workdir or run_dir()
        work.mkdir(parents=True, exist_ok=True)
        env = self._env()
        self.check_ports()
        try:
            if self.with_dialogue:
                trained = model.ensure_model(log)
                # Rasa's SQLite tracker store holds every conversation: created owner-only before Rasa opens it.
                tracker_db = work / "tracker.db"
                if not env.get("POLICY_TRACKER_DB_URL"):
                    private_file(tracker_db)
                endpoints = rasa_config.write_endpoints(work / "endpoints.yml", self.action_url, tracker_db, env)
                credentials = rasa_config.write_credentials(work / "credentials.yml")
                self.services.append(processes.action_server(LOOPBACK, self.action_port, env, work / "logs"))
                self.services += [
                    processes.rasa_server(LOOPBACK, port, trained, endpoints, credentials, env, work / "logs", n)
                    for n, port in enumerate(self.rasa_ports)
                ]
            self.services.append(processes.api_server(self.host, self.api_port, env, work / "logs"))
            processes.upgrade_database(env, log)  # once, before any API process serves
            for svc in self.services:
                log(f"启动{svc.name}…")
                svc.start()
            for svc in self.services:
                svc.wait_healthy(timeout_s)
                log(f"{svc.name}已就绪：{svc.health_url.rsplit('/', 1)[0]}")
        except BaseException:
            self.stop()
            raise
        return self

    def check_ports(self) -> None:
        """Refuse to start over another instance: its health checks would answer for ours and
        the person would talk to old code without knowing."""
        wanted = [(self.host, self.api_port, "API")]
        if self.with_dialogue:
            wanted += [(LOOPBACK, port, "Rasa") for port in self.rasa_ports]
            wanted.append((LOOPBACK, self.action_port, "动作服务器"))
        taken = [f"{port}（{name}）" for host, port, name in wanted if port_taken(host, port)]
        if taken:
            raise processes.StartError(
                f"端口已被占用：{'、'.join(taken)}。可能另一个助手实例仍在运行："
                "先停止它（Ctrl-C），或用 --port、--rasa-port、--action-port 换端口。"
            )

    def service(self, name_part: str) -> processes.Service:
        return next(s for s in self.services if name_part in s.name)

    def stop(self) -> None:
        for svc in reversed(self.services):
            try:
                svc.stop()
            except Exception as exc:  # noqa: BLE001 — one stuck service must not leave the others running
                print(f"停止{svc.name}失败：{exc}")

    def chat(self, sender_id: str | None, message: str, metadata: dict | None = None, timeout_s: float = 30.0) -> dict:
        """One turn; `sender_id=None` starts a conversation (the reply carries the issued id)."""
        body: dict = {"message": message}
        if sender_id:
            body["sender_id"] = sender_id
        if metadata:
            body["metadata"] = metadata
        r = httpx.post(f"{self.api_url}/api/v1/chat", json=body, timeout=timeout_s)
        r.raise_for_status()
        return r.json()
