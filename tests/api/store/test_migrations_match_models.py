"""The Alembic migrations and the SQLAlchemy tables (api/store/tables.py) describe one schema, and
every migration can be undone: on SQLite and on the real PostgreSQL server the fixtures start.

A column added to tables.py without a migration (or a migration that drifts from the table) makes
the autogenerate diff non-empty here; a broken `downgrade()` fails the round trip."""

from __future__ import annotations

import uuid

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect

from api.store.db import MIGRATIONS, migrate
from api.store.tables import metadata


def _config(conn) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = conn
    return cfg


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.live)])
def empty_engine(request, tmp_path):
    """A database with no tables at all (a fresh one per test, also on the shared server)."""
    if request.param == "sqlite":
        yield create_engine(f"sqlite:///{tmp_path / 'app.db'}")
        return
    pg = request.getfixturevalue("postgres")
    name = f"m_{uuid.uuid4().hex[:12]}"
    admin = create_engine(pg.url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name}")
    engine = create_engine(pg.url.rsplit("/", 1)[0] + f"/{name}")
    try:
        yield engine
    finally:
        engine.dispose()
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP DATABASE {name}")
        admin.dispose()


def _schema_diff(engine) -> list:
    with engine.connect() as conn:
        return compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), metadata)


def test_the_models_match_the_migrations(empty_engine):
    migrate(empty_engine)
    assert _schema_diff(empty_engine) == []


def test_downgrade_to_base_then_upgrade_again(empty_engine):
    head = ScriptDirectory.from_config(_config(None)).get_current_head()
    assert migrate(empty_engine) == head
    with empty_engine.begin() as conn:
        command.downgrade(_config(conn), "base")
    assert set(inspect(empty_engine).get_table_names()) <= {"alembic_version"}  # every table undone
    assert migrate(empty_engine) == head
    assert _schema_diff(empty_engine) == []
