"""Hand-off tickets: a reference number told to the citizen, found by number, date, place, words
and a phone's last four digits (the number itself never stored); take, notes, outcome, 已办结."""

from __future__ import annotations

import asyncio
import socket
import threading
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from api.chat.service import ChatService
from api.store import tables as t
from api.store import tickets
from retrieval.search import get_searcher


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(coro):
    """On a thread of its own: a Playwright browser in the same process owns the main thread's loop."""
    box = {}
    th = threading.Thread(target=lambda: box.setdefault("r", asyncio.run(coro)))
    th.start()
    th.join(60)
    return box["r"]


@pytest.fixture(scope="module")
def chat(engine):
    return ChatService(f"http://127.0.0.1:{closed_port()}", get_searcher(), engine, timeout_s=1.0)


@pytest.fixture(scope="module")
def agents(login_as):
    return {name: login_as(name, "agent") for name in ("ticket_a", "ticket_b")}


def hand_off(chat, sender: str, *turns: str) -> tuple[int, str, list[dict]]:
    for text in turns[:-1]:
        run(chat.reply(sender, text, {"channel": "web"}))
    result = run(chat.reply(sender, turns[-1], {"channel": "web"}))
    assert result.handoff_id
    return result.handoff_id, result.messages[-1]["text"], result.messages


def test_the_citizen_is_told_a_reference_number(chat, engine):
    hid, said, _ = hand_off(chat, "tk-1", "我在大连，稳岗返还怎么申请", "转人工，我电话13812345678")
    today = datetime.now(timezone.utc).astimezone(ZoneInfo("Asia/Shanghai")).strftime("%Y%m%d")
    ref = tickets.get(engine, hid)["ref"]
    assert ref.startswith(f"A-{today}-") and len(ref) == len("A-20261129-0029")
    assert said == f"转接编号 {ref}，请拨打12345时告知坐席。"
    with engine.connect() as conn:
        stored = [r.text for r in conn.execute(select(t.messages.c.text).where(t.messages.c.sender_id == "tk-1"))]
    assert any(ref in s for s in stored)  # in the transcript, as the citizen saw it
    assert not any("13812345678" in s for s in stored) and any("尾号5678" in s for s in stored)


def test_numbers_are_consecutive_within_a_day(chat, engine):
    refs = [tickets.get(engine, hand_off(chat, f"tk-seq-{i}", "转人工")[0])["ref"] for i in range(2)]
    a, b = (int(r.rsplit("-", 1)[1]) for r in refs)
    assert b == a + 1


def test_find_by_number_date_place_words_and_phone_tail(chat, engine, agents):
    hid, _, _ = hand_off(chat, "tk-find", "凌源的小饭店能申请创业担保贷款吗", "找人工，手机 139 0000 4321")
    other, _, _ = hand_off(chat, "tk-other", "聊城失业金怎么领", "转人工")
    ref = tickets.get(engine, hid)["ref"]
    c = agents["ticket_a"]
    ids = lambda **p: [h["id"] for h in c.get("/api/v1/handoffs", params=p).json()["handoffs"]]  # noqa: E731
    assert ids(q=ref) == [hid]
    assert ids(q=ref.lower()) == [hid]
    assert ids(q="4321") == [hid] and ids(phone4="4321") == [hid]
    assert ids(q="创业担保贷款") == [hid]
    assert hid in ids(place="凌源") and other not in ids(place="凌源")
    assert other in ids(place="聊城市") and hid not in ids(place="聊城市")
    day = ref.split("-")[1]
    assert {hid, other} <= set(ids(q=day)) and {hid, other} <= set(ids(date=f"{day[:4]}-{day[4:6]}-{day[6:]}"))
    assert ids(date="2001-01-01") == []
    r = c.get("/api/v1/handoffs", params={"phone4": "43a1"})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["query", "phone4"]
    r = c.get("/api/v1/handoffs", params={"place": "火星"})
    assert r.status_code == 422 and "火星" in r.json()["detail"][0]["msg"]


def test_take_notes_outcome_and_close(chat, agents):
    hid, _, _ = hand_off(chat, "tk-flow", "转人工")
    a, b = agents["ticket_a"], agents["ticket_b"]
    item = a.get(f"/api/v1/handoffs/{hid}").json()
    assert item["status"] == "待处理" and item["owner"] is None
    item = a.patch(f"/api/v1/handoffs/{hid}", json={"take": True}).json()
    assert item["status"] == "处理中" and item["owner"] == "ticket_a"
    r = a.patch(f"/api/v1/handoffs/{hid}", json={"status": "已办结"})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"][-1] == "outcome"
    item = a.patch(f"/api/v1/handoffs/{hid}", json={"notes": "来电人回拨，电话13912345678，问稳岗返还材料"}).json()
    assert "13912345678" not in item["notes"] and "尾号5678" in item["notes"]
    item = b.patch(f"/api/v1/handoffs/{hid}", json={"outcome": "已告知到市人社局窗口办理", "status": "已办结"}).json()
    assert item["status"] == "已办结" and item["owner"] == "ticket_a" and item["handled_by"] == "ticket_b"
    assert item["handled_at"] and item["outcome"] == "已告知到市人社局窗口办理"
    assert hid not in [h["id"] for h in a.get("/api/v1/handoffs", params={"open_only": "true"}).json()["handoffs"]]
    assert hid in [h["id"] for h in a.get("/api/v1/handoffs", params={"status": "已办结"}).json()["handoffs"]]
    r = a.patch(f"/api/v1/handoffs/{hid}", json={"status": "完成"})
    assert r.status_code == 422
    assert a.patch("/api/v1/handoffs/999999", json={"take": True}).status_code == 404
