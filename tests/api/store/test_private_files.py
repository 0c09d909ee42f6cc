"""app.db, tracker.db and the logs hold personal data: owner-only (0600), not world-readable."""

from __future__ import annotations

import stat

from sqlalchemy import text

from api.store.db import get_engine
from knowledge.paths import private_file


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_application_database_and_its_wal_are_created_owner_only(tmp_path):
    engine = get_engine(f"sqlite:///{tmp_path / 'app.db'}")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO feedback (sender_id, channel, rating, clause_ids, created_at) "
                "VALUES ('s', 'web', 1, '[]', '2026-01-01')"
            )
        )
    assert mode(tmp_path / "app.db") == 0o600
    assert mode(tmp_path / "app.db-wal") == 0o600


def test_a_file_left_world_readable_is_tightened(tmp_path):
    old = tmp_path / "api.log"
    old.write_text("earlier run\n")
    old.chmod(0o644)
    private_file(old)
    assert mode(old) == 0o600 and old.read_text() == "earlier run\n"


def test_the_running_stack_writes_its_files_owner_only(api_server):
    work = api_server.stack.workdir
    api_server.chat(None, "转人工")  # the first turn creates the database
    assert mode(work / "app.db") == 0o600
    assert mode(work / "logs" / "api.log") == 0o600
