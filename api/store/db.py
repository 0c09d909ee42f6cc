"""Engine creation and migrations (Alembic, driven from code: no alembic.ini to keep in sync).

Migrations run once before serving: `policy db upgrade` (the stack runs it before starting any API
process) and again, idempotently, in each API process's start-up — never on a request. Processes
starting together do not race: the upgrade holds a PostgreSQL advisory lock (or, on SQLite, an
exclusive file lock next to the database), so the second one waits and then finds the schema at head.
"""

from __future__ import annotations

import fcntl
import logging
import threading
import time
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, text

from knowledge.paths import private_file

MIGRATIONS = Path(__file__).with_name("migrations")
_migrated: set[str] = set()
_lock = threading.Lock()
_next_try: dict[str, float] = {}  # per URL: when a failed upgrade may be tried again
RETRY_S = 10.0
CONNECT_TIMEOUT_S = 3
log = logging.getLogger("api.store")
ADVISORY_LOCK_ID = 0x706F6C6963790001  # "policy" + 1: one schema lock per database


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    # WAL lets the API read while a write is in progress; busy_timeout waits for a lock
    # instead of failing at once when two requests write together.
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


@contextmanager
def _file_lock(engine: Engine):
    """SQLite: an exclusive lock on a file next to the database, held for the whole upgrade."""
    if engine.dialect.name != "sqlite" or engine.url.database in (None, "", ":memory:"):
        yield
        return
    with open(private_file(f"{engine.url.database}.migrate.lock"), "a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def migrate(engine: Engine) -> str | None:
    """Upgrade the schema to the newest revision (idempotent, safe from several processes at once);
    returns the revision now current."""
    from alembic.runtime.migration import MigrationContext

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with _file_lock(engine), engine.begin() as conn:
        if engine.dialect.name == "postgresql":  # released when this transaction ends
            conn.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": ADVISORY_LOCK_ID})
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        return MigrationContext.configure(conn).get_current_revision()


@lru_cache(maxsize=4)
def engine_for(url: str) -> Engine:
    if url.startswith("sqlite:///"):
        private_file(url.removeprefix("sqlite:///"))  # transcripts: owner-only, never 0644
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    # A database that does not answer costs seconds, never a hung request.
    return create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": CONNECT_TIMEOUT_S})


def ensure_schema(url: str) -> Engine:
    """The engine, its schema upgraded once per process (raises if the database cannot be reached)."""
    engine = engine_for(url)
    with _lock:
        if url not in _migrated:
            migrate(engine)
            _migrated.add(url)
    return engine


def get_engine(url: str) -> Engine:
    """One engine per URL for the process. Its schema is normally upgraded before serving (`policy db
    upgrade`, then ensure_schema in the API's start-up); if the database was down then, the upgrade
    is retried here, at most every RETRY_S, and a failure is logged rather than raised: writes then
    fail one by one (logged) while chat keeps answering."""
    if url in _migrated:
        return engine_for(url)
    with _lock:
        due = time.monotonic() >= _next_try.get(url, 0.0)
    if due:
        try:
            return ensure_schema(url)
        except Exception as exc:  # noqa: BLE001 — the caller answers without the database
            with _lock:
                _next_try[url] = time.monotonic() + RETRY_S
            log.error("database unavailable, schema not checked (%s); retrying in %.0f s", type(exc).__name__, RETRY_S)
    return engine_for(url)
