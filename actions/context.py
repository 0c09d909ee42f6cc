"""What the current turn carries besides its text: channel and as-of date.

Request metadata ({"channel": "web|wechat|console|cli", "as_of": "YYYY-MM-DD"}) is stored by Rasa on
the user event, not in `latest_message`: read it from the last user event. A time phrase in the
message ("2020年的时候…", "按2020年7月算") sets the evaluation date too and is remembered in the
`as_of` slot; otherwise the date is today.
"""
from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Any

from rasa_sdk import Tracker

AS_OF_SLOT = "as_of"
_FULL = re.compile(r"(20\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?")
_MONTH = re.compile(r"(20\d{2})\s*年\s*(\d{1,2})\s*月(?!\s*\d{1,2}\s*[日号])(份)?")
# A bare year is a point in time only when the phrase says so; "2020年毕业" is a graduation year.
_YEAR = re.compile(r"(?:(?:按|按照|在|截至|截止|到|当时|那时|那会儿?|回到|如果是|假如是|是)\s*(20\d{2})\s*年"
                   r"(?!\s*(?:毕业|届|出生|生|以前毕业|入学))"
                   r"|(20\d{2})\s*年\s*(?:的时候|那会儿?|那时候?|时|当时|的政策|的标准|的规定))")


def last_user_event(tracker: Tracker) -> dict | None:
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return event
    return None


def metadata(tracker: Tracker) -> dict:
    event = last_user_event(tracker) or {}
    meta = event.get("metadata") or {}
    return meta if isinstance(meta, dict) else {}


def channel(tracker: Tracker) -> str:
    value = metadata(tracker).get("channel")
    return value if value in ("web", "wechat", "console", "cli") else "web"


def user_text(tracker: Tracker) -> str:
    """The last user message, whitespace normalised (empty for a button payload like "/affirm")."""
    text = (tracker.latest_message or {}).get("text") or ""
    if text.startswith("/"):
        return ""
    return re.sub(r"\s+", " ", text).strip()


def _valid(y: int, m: int, d: int | None = None) -> date | None:
    try:
        if d is None:
            d = calendar.monthrange(y, m)[1]
        return date(y, m, d)
    except ValueError:
        return None


def date_in_text(text: str, today: date | None = None) -> date | None:
    """The point in time a message asks about, or None. A year alone means the end of that year
    (the day its measures were last judged), or today when it is the current year; a month means
    its last day."""
    today = today or date.today()
    m = _FULL.search(text)
    if m:
        return _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _MONTH.search(text)
    if m and _is_time_phrase(text, m):
        return _valid(int(m.group(1)), int(m.group(2)))
    m = _YEAR.search(text)
    if m:
        year = int(m.group(1) or m.group(2))
        return today if year == today.year else _valid(year, 12, 31)
    return None


def _is_time_phrase(text: str, m: re.Match) -> bool:
    after = text[m.end():m.end() + 3]
    return not after.startswith(("毕业", "入职", "出生", "复工", "开业", "注册"))


def _parse_iso(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        return None


def turn_as_of(tracker: Tracker, today: date | None = None) -> tuple[date, str, dict]:
    """(as-of date, source, slot updates) for this turn. Source: metadata | message | earlier | today."""
    today = today or date.today()
    from_meta = _parse_iso(metadata(tracker).get("as_of"))
    if from_meta:
        return from_meta, "metadata", {}
    said = date_in_text(user_text(tracker), today)
    if said:
        return said, "message", {AS_OF_SLOT: said.isoformat()}
    earlier = _parse_iso(tracker.get_slot(AS_OF_SLOT))
    if earlier:
        return earlier, "earlier", {}
    return today, "today", {}
