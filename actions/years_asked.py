""" "那意思是两年不够 领不了呗？" right after a sentence requiring "依法参加失业保险3年以上" (eval101 RA09 heard a 国有企业 "今明
两年" sentence): the years said against the years the clause in play requires (answers/years_short.py)."""

from __future__ import annotations

import re

from rasa_sdk import Tracker

from actions.clause_in_play import in_play
from answers.models import Reply
from answers.sentences import record_of
from answers.years_short import REQUIRED, SAID, line

ASKED = re.compile(r"不够|够不够|够吗|够不|领不了|不能领|能领不|行不行|算不算")


def reply(text: str, tracker: Tracker) -> Reply | None:
    if len(text or "") > 30 or not SAID.search(text or "") or not ASKED.search(text or ""):
        return None
    cite = in_play(tracker, text)[0]
    rec = record_of((cite or {}).get("clause_id") or "")
    if cite is None or rec is None:
        return None
    holding = next((s.text.strip() for s in rec.sentences if REQUIRED.search(s.text)), None)
    said = line(text, holding or "")
    if said is None or holding is None:
        return None
    return Reply(f"{said}\n所依据的原文：“{holding}”", [{**cite, "quote": holding}], meta={"low_confidence": False})
