"""Every bot reply the live conversation tests produced, checked for what a person must never read.

The live stack records each message of each conversation in its application database (the
transcript staff see: api/store/repo.log_message). When the session's live stack stops
(tests/conftest.py `live_stack`), `problems(db_url)` reads every bot message and its button titles
from there and runs the person-facing-text check (tests/answers/person_text.findings) on them: no
extra Rasa start, and every live test is covered whichever client it used. A reply to a message
written without any Chinese (the English notice, by design) is not checked for Latin words.
"""

from __future__ import annotations

import re

from sqlalchemy import create_engine, select

from api.store import tables as t
from tests.answers.person_text import allowed_latin, findings

HAN = re.compile(r"[\u4e00-\u9fff]")


def bot_texts(db_url: str) -> list[tuple[str, str]]:
    """(where, text) of every bot message and button title, in the order they were said."""
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            rows = [dict(r._mapping) for r in conn.execute(select(t.messages).order_by(t.messages.c.id))]
    finally:
        engine.dispose()
    last_user: dict[str, str] = {}
    out: list[tuple[str, str]] = []
    for r in rows:
        if r["direction"] == "user":
            last_user[r["sender_id"]] = r["text"]
            continue
        asked = last_user.get(r["sender_id"], "")
        if asked and not HAN.search(asked) and re.search(r"[A-Za-z]{2}", asked):
            continue  # a person writing in English is answered in English on purpose
        where = f"live {r['channel']} reply to “{asked[:20]}”"
        out.append((where, r["text"]))
        out += [(f"{where} button", b.get("title") or "") for b in (r["payload"] or {}).get("buttons") or []]
    return out


def problems(db_url: str, allowed: set[str] | None = None) -> list[str]:
    """One line per kind of finding with where it was first seen; empty when every reply is clean."""
    allowed = allowed_latin() if allowed is None else allowed
    found: dict[str, list[str]] = {}
    for where, text in bot_texts(db_url):
        for f in findings(text, allowed):
            found.setdefault(f, []).append(f"{where}: {text[:60]!r}")
    return [f"{f}：{len(w)}处，如 {w[0]}" for f, w in sorted(found.items())]
