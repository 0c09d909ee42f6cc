"""Rasa's endpoints file, written from settings at start-up.

SQLite tracker store by default (one file under POLICY_HOME); PostgreSQL when
POLICY_TRACKER_DB_URL is a postgresql:// URL; a Redis lock store when POLICY_REDIS_URL is set
(several Rasa servers: route one sender to one server as well — Rasa #9213).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import urlparse

import yaml


def tracker_store(tracker_url: str | None, default_db: Path) -> dict:
    if not tracker_url:
        return {"type": "SQL", "dialect": "sqlite", "db": str(default_db)}
    u = urlparse(tracker_url)
    if u.scheme not in ("postgresql", "postgres"):
        raise ValueError(f"POLICY_TRACKER_DB_URL: 只支持 postgresql:// 地址，收到 {u.scheme}://")
    return {
        "type": "SQL",
        "dialect": "postgresql",
        "url": u.hostname or "127.0.0.1",
        "port": u.port or 5432,
        "db": u.path.lstrip("/"),
        "username": u.username or "",
        "password": u.password or "",
    }


def lock_store(redis_url: str | None) -> dict | None:
    if not redis_url:
        return None
    u = urlparse(redis_url)
    return {
        "type": "redis",
        "url": u.hostname or "127.0.0.1",
        "port": u.port or 6379,
        "db": int(u.path.lstrip("/") or 0),
        "password": u.password,
    }


def write_endpoints(path: Path, action_url: str, tracker_db: Path, env: Mapping[str, str] | None = None) -> Path:
    """`env` is the environment the services get (the stack's own additions included): read from it,
    not from settings, because it is what this stack hands to Rasa (tests hand a stack their own)."""
    env = os.environ if env is None else env  # no env given: this process's, as a stack would pass it on
    conf: dict = {
        "action_endpoint": {"url": f"{action_url.rstrip('/')}/webhook"},
        "tracker_store": tracker_store(env.get("POLICY_TRACKER_DB_URL"), tracker_db),
    }
    lock = lock_store(env.get("POLICY_REDIS_URL"))
    if lock:
        conf["lock_store"] = lock
    path.write_text(yaml.safe_dump(conf, allow_unicode=True, sort_keys=False), encoding="utf-8")
    path.chmod(0o600)  # may hold database and Redis passwords
    return path


def write_credentials(path: Path) -> Path:
    path.write_text("rest:\n", encoding="utf-8")  # the REST channel only; nothing that calls out
    return path
