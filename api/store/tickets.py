"""Hand-off tickets: the reference number a citizen quotes on the phone, status, owner, call notes,
outcome, and finding a ticket by number, date, place, transcript words or a phone's last four digits.

A reference is A-YYYYMMDD-NNNN: the day in China time (the citizen's calendar) and that day's
running number. Two hand-offs at the same instant may compute the same number; the unique index
refuses the second, which then takes the next one.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, and_, exists, func, or_, select, update
from sqlalchemy.exc import IntegrityError

from api.store import repo
from api.store import tables as t

CHINA = ZoneInfo("Asia/Shanghai")
STATUSES = ("待处理", "处理中", "已办结")
REF = re.compile(r"^A-(\d{8})-(\d{4})$")
LAST4 = re.compile(r"^\d{4}$")
MAX_NOTES = 4000
LIMIT = 200


class TicketError(ValueError):
    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field, self.message = field, message


def _now() -> datetime:
    return datetime.now(timezone.utc)


def assign_ref(engine: Engine, handoff_id: int, at: datetime | None = None) -> str:
    day = (at or _now()).astimezone(CHINA).strftime("%Y%m%d")
    prefix = f"A-{day}-"
    for _ in range(20):
        with engine.connect() as conn:
            n = conn.execute(select(func.count()).where(t.handoffs.c.ref.like(prefix + "%"))).scalar_one()
        ref = f"{prefix}{n + 1:04d}"
        try:
            with engine.begin() as conn:
                conn.execute(update(t.handoffs).where(t.handoffs.c.id == handoff_id).values(ref=ref))
            return ref
        except IntegrityError:
            continue  # taken a moment ago by another hand-off: count again
    raise RuntimeError("could not assign a hand-off reference")


def open_ticket(
    engine: Engine, sender_id: str, channel: str, reason: str, topic: str | None, departments: list[str], profile: dict
) -> tuple[int, str]:
    """Record the hand-off and give it its reference number: (id, ref)."""
    hid = repo.record_handoff(engine, sender_id, channel, reason, topic, departments, profile)
    return hid, assign_ref(engine, hid)


def _day_bounds(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time.min, tzinfo=CHINA)
    return start.astimezone(timezone.utc), (start + timedelta(days=1)).astimezone(timezone.utc)


def _said(words: str):
    """Hand-offs whose conversation (or topic, or call notes) contains the words."""
    m = t.messages
    like = f"%{words}%"
    return or_(
        t.handoffs.c.topic.like(like),
        t.handoffs.c.notes.like(like),
        exists().where(and_(m.c.sender_id == t.handoffs.c.sender_id, m.c.text.like(like))),
    )


def find(
    engine: Engine,
    q: str | None = None,
    day: date | None = None,
    place: str | None = None,
    phone4: str | None = None,
    status: str | None = None,
    open_only: bool = False,
    before_id: int | None = None,
) -> list[dict]:
    """Tickets, newest first. `q` is read as what it looks like: a reference number, four digits
    (a phone's tail), a date (2026-11-29 or 20261129), or words from the conversation."""
    conds = []
    q = (q or "").strip()
    if q:
        if REF.match(q.upper()):
            conds.append(t.handoffs.c.ref == q.upper())
        elif LAST4.match(q):
            phone4 = phone4 or q
        elif re.match(r"^\d{4}-?\d{2}-?\d{2}$", q):
            day = day or date.fromisoformat(q if "-" in q else f"{q[:4]}-{q[4:6]}-{q[6:]}")
        else:
            conds.append(_said(q))
    if phone4:
        if not LAST4.match(phone4):
            raise TicketError("phone4", "应为手机号的后四位数字")
        conds.append(_said(f"尾号{phone4}"))
    if day:
        lo, hi = _day_bounds(day)
        conds.append(and_(t.handoffs.c.created_at >= lo, t.handoffs.c.created_at < hi))
    if status:
        if status not in STATUSES:
            raise TicketError("status", f"未知状态“{status}”（可选：{'、'.join(STATUSES)}）")
        conds.append(t.handoffs.c.status == status)
    if open_only:
        conds.append(t.handoffs.c.status != "已办结")
    if before_id is not None:  # the next page: older than the last one shown
        conds.append(t.handoffs.c.id < before_id)
    query = select(t.handoffs).where(*conds).order_by(t.handoffs.c.id.desc()).limit(LIMIT)
    with engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(query)]
    if place:
        rows = _in_place(engine, rows, place)
    return [out(r) for r in rows]


def _in_place(engine: Engine, rows: list[dict], place: str) -> list[dict]:
    """The place the facts gathered name (大连 → 大连市 and the places inside it), or named in the
    conversation. Done here, not in SQL: the profile is JSON, stored escaped by SQLite."""
    from knowledge.regions import UnknownRegion, normalize_region
    from retrieval import filters

    try:
        region = normalize_region(place)
    except UnknownRegion:
        raise TicketError("place", f"未收录的地区“{place}”") from None
    scope = set(filters.contained_regions(region)) | {region}
    words = {region, region.removesuffix("市").removesuffix("省")}
    with engine.connect() as conn:
        # What the caller said, not the bot: its answers name other places ("其他地区的相关规定").
        said = {
            s
            for (s,) in conn.execute(
                select(t.messages.c.sender_id)
                .where(t.messages.c.direction == "user", or_(*[t.messages.c.text.like(f"%{w}%") for w in words if w]))
                .distinct()
            )
        }
    return [
        r
        for r in rows
        if (r["profile"] or {}).get("region") in scope
        or r["sender_id"] in said
        or any(w and w in (r["topic"] or "") for w in words)
    ]


def out(r: dict) -> dict:
    base = repo.handoff_out(r)
    base.update(
        {
            "ref": r.get("ref"),
            "status": r.get("status") or "待处理",
            "owner": r.get("owner"),
            "notes": r.get("notes"),
            "outcome": r.get("outcome"),
            "updated_at": r["updated_at"].isoformat() if r.get("updated_at") else None,
        }
    )
    return base


def get(engine: Engine, handoff_id: int) -> dict | None:
    with engine.connect() as conn:
        row = conn.execute(select(t.handoffs).where(t.handoffs.c.id == handoff_id)).first()
    if row is None:
        return None
    item = out(dict(row._mapping))
    item["transcript"] = repo.transcript(engine, item["sender_id"])
    return item


def change(
    engine: Engine,
    handoff_id: int,
    by: str,
    status: str | None = None,
    take: bool = False,
    notes: str | None = None,
    outcome: str | None = None,
) -> dict | None:
    """Apply an agent's action. Taking a ticket makes it 处理中 and theirs; 已办结 needs an outcome
    (the supervisor reads what the caller was finally told)."""
    current = get(engine, handoff_id)
    if current is None:
        return None
    values: dict = {"updated_at": _now()}
    if notes is not None:
        values["notes"] = repo.redact(notes[:MAX_NOTES])
    if outcome is not None:
        values["outcome"] = repo.redact(outcome[:MAX_NOTES])
    if take:
        values.update(owner=by, status="处理中" if current["status"] == "待处理" else current["status"])
    if status is not None:
        if status not in STATUSES:
            raise TicketError("status", f"未知状态“{status}”（可选：{'、'.join(STATUSES)}）")
        values["status"] = status
        if status != "待处理" and not (current["owner"] or values.get("owner")):
            values["owner"] = by
        if status == "已办结":
            if not (values.get("outcome") or current["outcome"] or "").strip():
                raise TicketError("outcome", "办结前请填写办理结果")
            values.update(handled_at=_now(), handled_by=by)
        else:
            values.update(handled_at=None, handled_by=None)
    with engine.begin() as conn:
        conn.execute(update(t.handoffs).where(t.handoffs.c.id == handoff_id).values(**values))
    return get(engine, handoff_id)
