"""More than one of everything, on loopback: PostgreSQL, Redis, one action server, two Rasa servers
(shared PostgreSQL tracker store, Redis lock store) and two API processes (shared Redis state,
shared PostgreSQL application database). Used by tests/live/test_multi_process.py."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, text

from stack import model, processes, rasa_config
from stack.ports import free_port, start_on_free_port
from stack.postgres import TempPostgres
from stack.redis_server import TempRedis
from stack.testing import STAFF_TOKEN

WECHAT = {
    "POLICY_WECHAT_TOKEN": "wx-test-token",
    "POLICY_WECHAT_APPID": "wx0123456789abcdef",
    "POLICY_WECHAT_SECRET": "wx-test-secret",
}
START_TIMEOUT_S = 900.0  # two Rasa servers loading at once on a shared 2-core machine


@dataclass
class Cluster:
    work: Path
    pg: TempPostgres
    redis: TempRedis
    env: dict
    action: processes.Service | None = None
    rasas: list[processes.Service] = field(default_factory=list)
    apis: list[processes.Service] = field(default_factory=list)
    log: list[str] = field(default_factory=list)

    @property
    def api_urls(self) -> list[str]:
        return [s.health_url.rsplit("/", 1)[0] for s in self.apis]

    @property
    def rasa_urls(self) -> list[str]:
        return [s.health_url.rstrip("/") for s in self.rasas]

    def app_db(self):
        return create_engine(self.pg.url)

    def count(self, sql: str, **params) -> int:
        with self.app_db().connect() as conn:
            return conn.execute(text(sql), params).scalar()

    def stop(self) -> None:
        for svc in [*self.apis, *self.rasas, *([self.action] if self.action else [])]:
            try:
                svc.stop()
            except Exception as exc:  # noqa: BLE001 — stop the rest whatever one does
                print(f"stop {svc.name}: {exc}")
        self.redis.stop()
        self.pg.stop()


def start(work: Path, api_env: dict | None = None) -> Cluster:
    pg = start_on_free_port(TempPostgres.start)
    redis = start_on_free_port(TempRedis.start)
    with create_engine(pg.url, isolation_level="AUTOCOMMIT").connect() as conn:
        conn.execute(text("CREATE DATABASE tracker"))
    action_port, rasa_ports, api_ports = free_port(), [free_port(), free_port()], [free_port(), free_port()]
    env = {
        **os.environ,
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        **model.DETERMINISM_ENV,
        "POLICY_DATABASE_URL": pg.url,
        "POLICY_TRACKER_DB_URL": f"postgresql://postgres@127.0.0.1:{pg.port}/tracker",
        "POLICY_REDIS_URL": redis.url,
        "POLICY_ACTION_URL": f"http://127.0.0.1:{action_port}",
        "POLICY_STAFF_TOKEN": STAFF_TOKEN,
        "POLICY_SESSION_SECRET": "test-session-secret",
        "POLICY_CONVERSATION_SECRET": "test-conversation-secret",
        "POLICY_ENV": "development",
        # The machine is shared: a slow turn must not turn into the search fallback.
        "POLICY_RASA_TIMEOUT_S": "60",
        **WECHAT,
        **(api_env or {}),
    }
    cluster = Cluster(work, pg, redis, env)
    try:
        trained = model.ensure_model(lambda *_: None)
        logs = work / "logs"
        endpoints = rasa_config.write_endpoints(
            work / "endpoints.yml", env["POLICY_ACTION_URL"], work / "unused.db", env
        )
        credentials = rasa_config.write_credentials(work / "credentials.yml")
        cluster.action = processes.action_server("127.0.0.1", action_port, env, logs)
        cluster.action.log_path = logs / "actions.log"
        for i, port in enumerate(rasa_ports):
            svc = processes.rasa_server("127.0.0.1", port, trained, endpoints, credentials, env, logs)
            svc.name, svc.log_path = f"Rasa-{i + 1}", logs / f"rasa-{i + 1}.log"
            cluster.rasas.append(svc)
        assert processes.upgrade_database(env, cluster.log.append), cluster.log
        urls = [f"http://127.0.0.1:{p}" for p in rasa_ports]
        for i, port in enumerate(api_ports):
            # Both processes get both servers. The second lists them the other way round so that one
            # conversation alternating between the API processes also alternates between the Rasa
            # servers (in production every process gets the same list: one server per conversation).
            order = urls if i == 0 else urls[::-1]
            svc = processes.api_server("127.0.0.1", port, {**env, "POLICY_RASA_URL": ",".join(order)}, logs)
            svc.name, svc.log_path = f"API-{i + 1}", logs / f"api-{i + 1}.log"
            cluster.apis.append(svc)
        everything = [cluster.action, *cluster.rasas, *cluster.apis]
        for svc in everything:
            svc.start()
        for svc in everything:
            svc.wait_healthy(START_TIMEOUT_S)
    except BaseException:
        cluster.stop()
        raise
    return cluster
