"""POST /api/v1/feedback (+ comment) stored in the database; staff read it back; bad input is 422."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from api.store import tables as t
from stack.testing import start_conversation


def test_feedback_is_stored(client, engine, staff):
    sender = start_conversation(client, "稳岗返还")
    r = client.post(
        "/api/v1/feedback",
        json={"sender_id": sender, "rating": "down", "answer_text": "答复正文", "clause_ids": ["dalian-2020-18:2.9"]},
    )
    assert r.status_code == 201 and r.json()["stored"] is True
    fid = r.json()["id"]
    with engine.connect() as conn:
        row = conn.execute(select(t.feedback).where(t.feedback.c.id == fid)).one()._mapping
    assert row["rating"] == -1 and row["channel"] == "web" and row["clause_ids"] == ["dalian-2020-18:2.9"]
    # The reason typed after 👎, personal numbers masked on the way in.
    r = client.post(
        f"/api/v1/feedback/{fid}/comment", json={"sender_id": sender, "comment": "没说清楚，我电话13812345678"}
    )
    assert r.status_code == 200
    items = client.get("/api/v1/feedback", headers=staff).json()["items"]
    mine = next(i for i in items if i["id"] == fid)
    assert mine["rating"] == "down" and "13812345678" not in mine["comment"] and "没说清楚" in mine["comment"]


def test_counts_for_staff_only(client, staff):
    client.post("/api/v1/feedback", json={"sender_id": start_conversation(client), "rating": "up"})
    assert client.get("/api/v1/feedback").status_code == 401
    counts = client.get("/api/v1/feedback", headers=staff).json()["counts"]
    assert counts["up"] >= 1


def test_comment_only_by_the_same_sender(client):
    mine, other = start_conversation(client), start_conversation(client)
    fid = client.post("/api/v1/feedback", json={"sender_id": mine, "rating": "down"}).json()["id"]
    r = client.post(f"/api/v1/feedback/{fid}/comment", json={"sender_id": other, "comment": "改别人的评价"})
    assert r.status_code == 404
    assert client.post("/api/v1/feedback/999999/comment", json={"sender_id": mine, "comment": "x"}).status_code == 404
    # An id the server never issued is refused before anything is looked up.
    r = client.post(f"/api/v1/feedback/{fid}/comment", json={"sender_id": "web-fb3", "comment": "x"})
    assert r.status_code == 403


@pytest.mark.parametrize(
    "body, field, words",
    [
        ({"sender_id": "web-x", "rating": "meh"}, "rating", "评价取值无效"),
        ({"rating": "up"}, "sender_id", "缺少会话标识"),
        ({"sender_id": "有空格 的", "rating": "up"}, "sender_id", "格式不正确"),
        ({"sender_id": "web-x", "rating": "up", "comment": "长" * 501}, "comment", "意见过长（最多500字）"),
        ({"sender_id": "web-x", "rating": "up", "clause_ids": ["a"] * 21}, "clause_ids", "最多20项"),
        ({"sender_id": "web-x", "rating": "up", "channel": "fax"}, "channel", "渠道取值无效"),
    ],
)
def test_bad_feedback_is_422_naming_the_field(client, body, field, words):
    r = client.post("/api/v1/feedback", json=body)
    assert r.status_code == 422
    d = r.json()["detail"][0]
    assert d["loc"][-1] == field and d["msg"].startswith(f"{field}: ") and words in d["msg"]


def test_bad_comment_input(client):
    assert client.post("/api/v1/feedback/0/comment", json={"sender_id": "a", "comment": "x"}).status_code == 422
    r = client.post("/api/v1/feedback/1/comment", json={"sender_id": "a", "comment": ""})
    assert r.status_code == 422 and "意见不能为空" in r.json()["message"]
