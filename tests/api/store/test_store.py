"""The application store on SQLite (default) and on a real PostgreSQL server: same migrations, same results."""

import pytest
from sqlalchemy import inspect

from api.store import repo, tickets
from api.store.db import get_engine, migrate


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.live)])
def engine(request, tmp_path):
    if request.param == "sqlite":
        return get_engine(f"sqlite:///{tmp_path / 'app.db'}")
    pg = request.getfixturevalue("postgres")
    eng = get_engine(pg.url)
    with eng.begin() as conn:  # each test starts from empty tables on the shared server
        conn.exec_driver_sql("TRUNCATE messages, handoffs, feedback RESTART IDENTITY")
    return eng


def test_migrations_create_the_tables_and_are_idempotent(engine):
    migrate(engine)  # a second upgrade changes nothing
    tables = set(inspect(engine).get_table_names())
    assert {
        "messages",
        "handoffs",
        "feedback",
        "alembic_version",
        "staff_users",
        "staff_sessions",
        "copy_audit",
        "console_searches",
    } <= tables


def test_handoff_with_transcript_newest_first_and_marked_handled(engine):
    repo.log_message(engine, "u1", "web", "user", "转人工，我电话13912345678")
    repo.log_message(engine, "u1", "web", "bot", "好的，为您转人工服务。", {"citations": []})
    first = repo.record_handoff(engine, "u1", "web", "user_request", "稳岗返还", ["市人社局"], {"region": "大连市"})
    second = repo.record_handoff(engine, "u2", "wechat", "failed_turns", None, [], {})
    listed = tickets.find(engine)
    assert [h["id"] for h in listed] == [second, first]
    one = tickets.get(engine, first)
    assert [t["direction"] for t in one["transcript"]] == ["user", "bot"]
    assert "13912345678" not in one["transcript"][0]["text"]
    assert one["profile"] == {"region": "大连市"}
    assert repo.mark_handled(engine, first, "staff")
    assert [h["id"] for h in tickets.find(engine, open_only=True)] == [second]
    assert tickets.get(engine, first)["status"] == "已办结"
    assert not repo.mark_handled(engine, 999, "staff")


def test_feedback_counts(engine):
    repo.add_feedback(engine, "u1", "web", 1, None, "答复", ["dalian-2020-18:2.9"])
    repo.add_feedback(engine, "u1", "web", -1, "没说清楚", "答复", [])
    repo.add_feedback(engine, "u2", "web", 1, None, None, [])
    assert repo.feedback_counts(engine) == {"up": 2, "down": 1}


def test_tickets_and_accounts_on_both_databases(engine):
    from api.store import audit, staff

    a = tickets.open_ticket(engine, "t1", "web", "user_request", None, [], {"region": "大连市"})
    b = tickets.open_ticket(engine, "t2", "wechat", "user_request", None, [], {})
    assert int(b[1][-4:]) == int(a[1][-4:]) + 1 and a[1][:11] == b[1][:11]
    repo.log_message(engine, "t1", "web", "user", "电话13812345678，问稳岗返还")
    assert [h["id"] for h in tickets.find(engine, q="5678")] == [a[0]]
    assert [h["id"] for h in tickets.find(engine, place="大连")] == [a[0]]
    item = tickets.change(engine, a[0], "agent1", status="已办结", outcome="已答复")
    assert item["status"] == "已办结" and item["owner"] == "agent1"
    staff.create_user(engine, "agent1", "a-long-password", "agent")
    sid = staff.create_session(engine, "agent1", "agent", 60)
    assert staff.session_user(engine, sid)["role"] == "agent"
    staff.revoke_session(engine, sid)
    assert staff.session_user(engine, sid) is None
    audit.record_copy(engine, "agent1", "clause", "dalian-2020-18:2.9", "2020-07-15", "答复", {})
    assert audit.copies(engine, "agent1")[0]["clause_id"] == "dalian-2020-18:2.9"
