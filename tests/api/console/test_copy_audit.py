"""Every 答复口径 an agent copies is recorded: who, when, clause or calculation, evaluation date.
Only a supervisor (or the admin token) reads the record."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def agent(login_as):
    return login_as("audit_agent", "agent")


@pytest.fixture(scope="module")
def boss(login_as):
    return login_as("audit_boss", "supervisor")


def test_copies_are_recorded_with_agent_clause_and_date(agent, boss):
    hit = agent.get("/api/v1/console/search", params={"q": "稳岗返还", "as_of": "2020-07-15"}).json()["results"][0]
    r = agent.post(
        "/api/v1/console/audit/copy",
        json={
            "kind": "clause",
            "clause_id": hit["clause_id"],
            "as_of": "2020-07-15",
            "q": "稳岗返还",
            "text": hit["answer"],
        },
    )
    assert r.status_code == 201
    r = agent.post(
        "/api/v1/console/audit/copy",
        json={
            "kind": "calculation",
            "benefit_ids": ["dalian-2020-18.graduate-hiring"],
            "as_of": "2020-07-15",
            "profile": {"region": "大连市"},
            "text": "可以申请：…合计…",
        },
    )
    assert r.status_code == 201
    rows = boss.get("/api/v1/console/audit/copies", params={"username": "audit_agent"}).json()["copies"]
    calc, clause = rows[0], rows[1]
    assert clause["username"] == "audit_agent" and clause["kind"] == "clause"
    assert clause["clause_id"] == hit["clause_id"] and clause["as_of"] == "2020-07-15"
    assert clause["text"] == hit["answer"] and clause["detail"]["q"] == "稳岗返还" and clause["at"]
    assert calc["kind"] == "calculation" and calc["detail"]["benefit_ids"] == ["dalian-2020-18.graduate-hiring"]


def test_an_agent_cannot_read_the_record(agent):
    assert agent.get("/api/v1/console/audit/copies").status_code == 403


def test_bad_copy_records_are_refused_naming_the_field(agent):
    r = agent.post("/api/v1/console/audit/copy", json={"kind": "clause", "as_of": "15.7.2020", "text": "x"})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"][-1] == "as_of"
    r = agent.post("/api/v1/console/audit/copy", json={"kind": "guess", "text": "x"})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"][-1] == "kind"
