"""Reads the application database over a date range (China time) and groups it for a supervisor.

Frequent questions come from two sources: what citizens typed in chat (user turns of four
characters or more; form answers such as "是" or "4" are not questions) and the console searches
agents acted on. A question's place is the place it names, else the place its conversation named
before it, else the console's region filter, else 未说明. Fallbacks are the bot's fixed wordings
for "could not help" (answers/), counted per kind with what the person had said.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, select

from answers import dialogue, notices
from api.store import audit
from api.store import tables as t
from knowledge.regions import regions_in_text

CHINA = ZoneInfo("Asia/Shanghai")
UNKNOWN_PLACE = "未说明"
MIN_QUESTION_CHARS = 4
TOP_PER_GROUP = 10
REASONS = {"user_request": "用户要求转人工", "failed_turns": "多次未能理解，自动转人工"}
# The bot's own words for each way of falling short; matched at the start of its message.
FALLBACKS = {
    "智能对话不可用（检索兜底）": notices.DIALOGUE_DOWN_SHORT,
    "未能理解": dialogue.NOT_UNDERSTOOD[:12],
    "未找到相关条款": notices.NOTHING_FOUND[:12],
    "只找到最接近的条款": notices.LOW_CONFIDENCE[:12],
    "超出服务范围": notices.OUT_OF_SCOPE[:12],
}
_TRIM = re.compile(r"[\s？?。．.!！~～，,、]+$")


def bounds(since: date, until: date) -> tuple[datetime, datetime]:
    lo = datetime.combine(since, time.min, tzinfo=CHINA)
    hi = datetime.combine(until + timedelta(days=1), time.min, tzinfo=CHINA)
    return lo.astimezone(timezone.utc), hi.astimezone(timezone.utc)


def _local(at: datetime) -> datetime:
    return (at if at.tzinfo else at.replace(tzinfo=timezone.utc)).astimezone(CHINA)


def week_of(at: datetime) -> str:
    day = _local(at).date()
    return (day - timedelta(days=day.weekday())).isoformat()  # the Monday the week starts on


def _norm(text: str) -> str:
    return _TRIM.sub("", re.sub(r"\s+", "", text))


def _place(text: str, fallback: str | None) -> str:
    named = regions_in_text(text)
    return named[0] if named else (fallback or UNKNOWN_PLACE)


def _messages(engine: Engine, lo: datetime, hi: datetime) -> list:
    m = t.messages.c
    q = (
        select(m.sender_id, m.channel, m.direction, m.text, m.created_at)
        .where(m.created_at >= lo, m.created_at < hi)
        .order_by(m.id)
    )
    with engine.connect() as conn:
        return list(conn.execute(q))


def frequent_questions(engine: Engine, lo: datetime, hi: datetime, rows: list | None = None) -> list[dict]:
    counts: Counter = Counter()
    last_place: dict[str, str] = {}
    for r in rows if rows is not None else _messages(engine, lo, hi):
        if r.direction != "user" or r.text.startswith("/"):
            continue
        place = _place(r.text, last_place.get(r.sender_id))
        if place != UNKNOWN_PLACE:
            last_place[r.sender_id] = place
        q = _norm(r.text)
        if len(q) >= MIN_QUESTION_CHARS:
            counts[(week_of(r.created_at), place, q, "对话")] += 1
    for s in audit.searches(engine, lo, hi):
        q = _norm(s["q"])
        if q:
            counts[(week_of(s["at"]), _place(q, s["region"]), q, "坐席检索")] += 1
    groups: dict[tuple, list] = defaultdict(list)
    for (week, place, q, source), n in counts.items():
        groups[(week, place)].append({"week": week, "place": place, "question": q, "source": source, "count": n})
    out = []
    for key in sorted(groups, key=lambda k: (k[0], k[1] == UNKNOWN_PLACE, k[1]), reverse=False):
        out += sorted(groups[key], key=lambda x: (-x["count"], x["question"]))[:TOP_PER_GROUP]
    return sorted(out, key=lambda x: (x["week"], x["place"] == UNKNOWN_PLACE, x["place"], -x["count"]))


def fallbacks(engine: Engine, lo: datetime, hi: datetime, rows: list | None = None) -> dict:
    counts: Counter = Counter()
    examples: list[dict] = []
    said: dict[str, str] = {}
    for r in rows if rows is not None else _messages(engine, lo, hi):
        if r.direction == "user":
            said[r.sender_id] = r.text
            continue
        for kind, start in FALLBACKS.items():
            if r.text.startswith(start):
                counts[kind] += 1
                examples.append(
                    {
                        "kind": kind,
                        "at": _local(r.created_at).isoformat(timespec="minutes"),
                        "channel": r.channel,
                        "user_said": said.get(r.sender_id, ""),
                    }
                )
                break
    return {"counts": [{"kind": k, "count": counts[k]} for k in FALLBACKS], "examples": examples[-200:][::-1]}


def handoff_reasons(engine: Engine, lo: datetime, hi: datetime) -> list[dict]:
    h = t.handoffs.c
    with engine.connect() as conn:
        rows = conn.execute(select(h.reason, h.status).where(h.created_at >= lo, h.created_at < hi)).all()
    counts = Counter(r.reason for r in rows)
    closed = Counter(r.reason for r in rows if r.status == "已办结")
    return [{"reason": k, "label": REASONS.get(k, k), "count": n, "closed": closed[k]} for k, n in counts.most_common()]


def thumbs_down(engine: Engine, lo: datetime, hi: datetime) -> list[dict]:
    f = t.feedback.c
    q = select(t.feedback).where(f.rating < 0, f.created_at >= lo, f.created_at < hi).order_by(f.id.desc()).limit(500)
    with engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(q)]
    return [
        {
            "id": r["id"],
            "at": _local(r["created_at"]).isoformat(timespec="minutes"),
            "channel": r["channel"],
            "comment": r["comment"],
            "answer_text": r["answer_text"],
            "clause_ids": r["clause_ids"] or [],
        }
        for r in rows
    ]


def report(engine: Engine, since: date, until: date) -> dict:
    lo, hi = bounds(since, until)
    rows = _messages(engine, lo, hi)
    return {
        "from": since.isoformat(),
        "to": until.isoformat(),
        "questions": frequent_questions(engine, lo, hi, rows),
        "fallbacks": fallbacks(engine, lo, hi, rows),
        "handoff_reasons": handoff_reasons(engine, lo, hi),
        "thumbs_down": thumbs_down(engine, lo, hi),
        "copies": audit.copies(engine, since=lo, until=hi, limit=500),
    }
