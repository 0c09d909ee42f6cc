"""Migrations run as a start-up step (`policy db upgrade`), and several processes starting together
do not race: four upgrades launched at once on an empty database all succeed and leave one schema
at head (a file lock on SQLite, an advisory lock on PostgreSQL)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from sqlalchemy import create_engine, inspect, text

from stack.layout import REPO


def _upgrade_together(url: str, n: int = 4) -> list[subprocess.CompletedProcess]:
    env = {**os.environ, "POLICY_DATABASE_URL": url, "PYTHONPATH": str(REPO)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "cli.main", "db", "upgrade"],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(n)
    ]
    return [subprocess.CompletedProcess(p.args, p.wait(timeout=120), *p.communicate()) for p in procs]


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.live)])
def empty_db(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'app.db'}"
    pg = request.getfixturevalue("postgres")
    name = f"race_{os.getpid()}"
    with create_engine(pg.url, isolation_level="AUTOCOMMIT").connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name}"))
        conn.execute(text(f"CREATE DATABASE {name}"))
    return pg.url.rsplit("/", 1)[0] + f"/{name}"


def test_concurrent_upgrades_do_not_race(empty_db):
    results = _upgrade_together(empty_db)
    for r in results:
        assert r.returncode == 0, r.stderr[-2000:]
        assert "数据库结构已是最新" in r.stdout
    engine = create_engine(empty_db)
    assert {"messages", "handoffs", "feedback", "alembic_version"} <= set(inspect(engine).get_table_names())
    with engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM alembic_version")).scalar() == 1


def test_an_unreachable_database_is_a_clear_error(tmp_path):
    from stack.ports import free_port

    r = _upgrade_together(f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/none", n=1)[0]
    assert r.returncode == 1
    assert r.stderr.startswith("错误：数据库迁移失败") and "Traceback" not in r.stderr
