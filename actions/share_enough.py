""" "你帮我算算 15个人招2个 够不够15%" (eval42 F12 heard the clause again and "以经办部门认定为准"): a share the person
asks to be worked out, against the share a sentence of the texts sets. The arithmetic is said with its figures, the
sentence stating the share is quoted, and how many it takes; who counts as a hire stays the office's to judge."""

from __future__ import annotations

import math
import re
from datetime import date

from actions.profile_facts import numeric_text
from answers import place_sentences
from answers.models import Reply

ASKED = re.compile(r"(?:够不够|够吗|够不|达不达到|达到没|达没达到|到没到|算不算)\s*(?:到)?\s*(\d+(?:\.\d+)?)\s*[%％]")
STAFF = re.compile(r"(\d+)\s*(?:个|名)?\s*(?:人|员工|职工|工人)")
HIRED = re.compile(r"(?:招|雇|吸纳|新招|招用)(?:了|用)?\s*(\d+)\s*(?:个|名|人)")


def reply(text: str, region: str | None, as_of: date) -> Reply | None:
    said = numeric_text(text or "")
    asked, hired = ASKED.search(said), HIRED.search(said)
    staff = next((m for m in STAFF.finditer(said) if not hired or m.start() != hired.start(1)), None)
    if asked is None or hired is None or staff is None or not region:
        return None
    share, base, new = float(asked.group(1)), int(staff.group(1)), int(hired.group(1))
    if base <= 0 or new >= base:
        return None
    shown = f"{share:g}%"
    found = place_sentences.find(re.compile(rf"(?<![\d.]){re.escape(asked.group(1))}\s*%"), region, as_of)[:1]
    need = math.ceil(base * share / 100 - 1e-9)
    got = new * 100 / base
    verdict = "达到" if got >= share else "不到"
    lines = [
        f"按您说的：新招{new}人 ÷ 现有{base}人 ≈ {got:.1f}%，{verdict}{shown}；按{base}人算，至少要招{need}人才到{shown}。"
    ]
    if found:
        lines.append("原文是这样规定的：")
        lines += [place_sentences.line(c) for c in found]
    lines.append("新招的人是否属于原文所说的人员、人数按哪天的在职职工算，以经办部门认定为准。")
    return Reply("\n".join(lines), found, meta={"share_enough": True})
