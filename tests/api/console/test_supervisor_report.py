"""The supervisor's view: frequent questions by week and place (chat and console searches),
fallbacks and hand-off reasons, every 👎 with its comment and answer, linked to clauses; CSV with BOM.
Agents are refused."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timezone

import pytest

from api.services.report.summary import week_of
from api.store import repo


@pytest.fixture(scope="module")
def seeded(engine, login_as):
    for i in range(3):
        repo.log_message(engine, f"rep-{i}", "web", "user", "大连稳岗返还怎么申请？")
        repo.log_message(engine, f"rep-{i}", "web", "bot", "根据《…》…")
    repo.log_message(engine, "rep-x", "wechat", "user", "凌源")
    repo.log_message(engine, "rep-x", "wechat", "user", "创业担保贷款利息")
    repo.log_message(engine, "rep-x", "wechat", "user", "是")
    repo.log_message(engine, "rep-y", "web", "user", "今天天气怎么样")
    repo.log_message(engine, "rep-y", "web", "bot", "抱歉，这个问题超出了我的服务范围。…")
    repo.record_handoff(engine, "rep-y", "web", "failed_turns", None, [], {})
    repo.add_feedback(
        engine, "rep-0", "web", -1, "金额说得不对", "根据…给予6000元/年的创业场地补贴…", ["dalian-2020-18:2.12"]
    )
    repo.add_feedback(engine, "rep-1", "web", 1, None, "好", [])
    agent = login_as("rep_agent", "agent")
    agent.post("/api/v1/console/searches", json={"q": "稳岗返还", "region": "大连市"})
    agent.post("/api/v1/console/searches", json={"q": "稳岗返还", "region": "大连市"})
    return login_as("rep_boss", "supervisor"), agent


def test_agents_cannot_see_it(seeded):
    _, agent = seeded
    assert agent.get("/api/v1/console/report").status_code == 403
    assert agent.get("/api/v1/console/report.csv").status_code == 403


def test_frequent_questions_by_week_and_place(seeded):
    boss, _ = seeded
    rep = boss.get("/api/v1/console/report").json()
    rows = {(q["place"], q["question"], q["source"]): q for q in rep["questions"]}
    top = rows[("大连市", "大连稳岗返还怎么申请", "对话")]
    assert top["count"] >= 3 and top["week"] == week_of(datetime.now(timezone.utc))
    assert rows[("大连市", "稳岗返还", "坐席检索")]["count"] == 2
    # the place said before the question counts for it; a bare "是" is not a question
    assert ("凌源市", "创业担保贷款利息", "对话") in rows
    assert not any(q == "是" for _, q, _ in rows)


def test_fallbacks_reasons_and_thumbs_down(seeded):
    boss, _ = seeded
    rep = boss.get("/api/v1/console/report").json()
    counts = {c["kind"]: c["count"] for c in rep["fallbacks"]["counts"]}
    assert counts["超出服务范围"] >= 1
    assert any(e["user_said"] == "今天天气怎么样" for e in rep["fallbacks"]["examples"])
    assert any(r["reason"] == "failed_turns" and r["label"].startswith("多次未能理解") for r in rep["handoff_reasons"])
    down = [d for d in rep["thumbs_down"] if d["comment"] == "金额说得不对"]
    assert down and down[0]["clause_ids"] == ["dalian-2020-18:2.12"] and "6000元" in down[0]["answer_text"]
    assert all(d["comment"] != "好" for d in rep["thumbs_down"])


def test_csv_has_a_bom_and_chinese_headers(seeded):
    boss, _ = seeded
    r = boss.get("/api/v1/console/report.csv", params={"section": "feedback"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert r.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert rows[0] == ["时间", "渠道", "意见", "条款", "所给答复"]
    assert any(row[2] == "金额说得不对" and row[3] == "dalian-2020-18:2.12" for row in rows[1:])
    q = boss.get("/api/v1/console/report.csv", params={"section": "questions"})
    assert "大连稳岗返还怎么申请" in q.content.decode("utf-8-sig")


def test_bad_ranges_name_the_field(seeded):
    boss, _ = seeded
    r = boss.get("/api/v1/console/report", params={"from": "2026-12-01", "to": "2026-11-01"})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["query", "from"]
    r = boss.get("/api/v1/console/report.csv", params={"section": "passwords"})
    assert r.status_code == 422
