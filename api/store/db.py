"""Engine creation and migrations (Alembic, driven from code: no alembic.ini to keep in sync)."""
from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event

from knowledge.paths import private_file

MIGRATIONS = Path(__file__).with_name("migrations")
_migrated: set[str] = set()
_lock = threading.Lock()


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    # WAL lets the API read while a write is in progress; busy_timeout waits for a lock
    # instead of failing at once when two requests write together.
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def migrate(engine: Engine) -> None:
    """Upgrade the schema to the newest revision (idempotent)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


@lru_cache(maxsize=4)
def get_engine(url: str) -> Engine:
    """One engine per URL for the process, migrated on first use."""
    if url.startswith("sqlite:///"):
        private_file(url.removeprefix("sqlite:///"))  # transcripts: owner-only, never 0644
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    with _lock:
        if url not in _migrated:
            migrate(engine)
            _migrated.add(url)
    return engine
