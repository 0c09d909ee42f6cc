"""The whole stack on PostgreSQL, as a deployment configures it: Rasa's tracker store
(POLICY_TRACKER_DB_URL) and the application database (POLICY_DATABASE_URL) on a real server
(Debian's postgresql on loopback). A conversation is kept across a Rasa restart, and its
transcript and hand-off land in PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from answers.notices import DIALOGUE_DOWN
from stack import testing
from stack.ports import start_on_free_port
from stack.postgres import TempPostgres
from tests.live.form_words import assert_form_restored


@pytest.fixture(scope="module")
def pg_stack(tmp_path_factory):
    pg = start_on_free_port(TempPostgres.start)
    try:
        with create_engine(pg.url, isolation_level="AUTOCOMMIT").connect() as conn:
            conn.execute(text("CREATE DATABASE tracker"))
        tracker_url = f"postgresql://postgres@127.0.0.1:{pg.port}/tracker"
        running = testing.start(
            tmp_path_factory.mktemp("pg_stack"),
            with_dialogue=True,
            extra_env={"POLICY_DATABASE_URL": pg.url, "POLICY_TRACKER_DB_URL": tracker_url},
        )
        try:
            yield running, pg
        finally:
            running.stack.stop()
    finally:
        pg.stop()


def _texts(reply: dict) -> str:
    return "\n".join(m["text"] for m in reply["messages"])


def test_conversation_survives_a_rasa_restart_on_postgresql(pg_stack):
    running, pg = pg_stack
    endpoints = (running.stack.workdir / "endpoints.yml").read_text(encoding="utf-8")
    assert "dialect: postgresql" in endpoints and f"port: {pg.port}" in endpoints

    person = running.conversation()
    opening = person.say("我们公司在大连，招了4个应届生，能领什么补贴")
    assert DIALOGUE_DOWN not in _texts(opening)
    assert any(m["buttons"] for m in opening["messages"]), "the bot should be asking a question with buttons"
    tracker_db = pg.url.rsplit("/", 1)[0] + "/tracker"
    with create_engine(tracker_db).connect() as conn:
        events = conn.execute(
            text("SELECT COUNT(*) FROM events WHERE sender_id = :s"), {"s": person.sender_id}
        ).scalar()
    assert events > 0

    rasa = running.stack.service("Rasa")
    rasa.stop()
    rasa.start()
    rasa.wait_healthy(240)
    why = person.say("为什么问这个")  # answerable only from the restored form state
    assert DIALOGUE_DOWN not in _texts(why)
    assert_form_restored(_texts(opening), _texts(why))

    person.say("转人工")
    with create_engine(pg.url).connect() as conn:
        said = conn.execute(
            text("SELECT COUNT(*) FROM messages WHERE sender_id = :s"), {"s": person.sender_id}
        ).scalar()
        handoffs = conn.execute(
            text("SELECT COUNT(*) FROM handoffs WHERE sender_id = :s"), {"s": person.sender_id}
        ).scalar()
    assert said >= 6 and handoffs == 1
