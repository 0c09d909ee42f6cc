""" "现在招人能不能享受7800 你就说能还是不能" on a day the measure had ended: the first reply leads with 不能 and the
day it ended (evaluation 11, I31, heard the 2020 clause twice and no conclusion). Only for the measure the question
names (by a figure of its standard or by its name) and only where it has ended: a measure in force or of unknown
validity is not "能" here — its conditions are the questions'."""

from __future__ import annotations

import re
from datetime import date

from actions.profile import evaluate
from actions.yes_no import CAN
from answers.dates import cn_date
from answers.models import Reply

FIGURES = re.compile(r"\d{3,}")
# "听说招一个人给2500…现在还有吗" (eval18 P09 heard "已到期" only beside the measure's name in the list)
STILL = re.compile(
    r"还有(?:吗|没有|没|不|么|嘛)|还在吗|还(?:能|可以)?(?:领|拿|申请|享受|办)(?:吗|不|么)|还发(?:吗|不|么)|还执行"
)


def _named(b: dict, text: str) -> bool:
    said = f"{b.get('name') or ''}{(b.get('amount') or {}).get('text') or ''}"
    return any(f in said for f in FIGURES.findall(text)) or bool(b.get("name") and b["name"][:6] in text)


def lead(first: Reply | None, text: str, profile: dict, as_of: date) -> Reply | None:
    if first is None or not (CAN.search(text or "") or STILL.search(text or "")):
        return first
    by_id = {b["benefit_id"]: b for b in evaluate(profile, as_of)["benefits"]}
    for benefit_id in (first.meta or {}).get("measures") or []:
        b = by_id.get(benefit_id) or {}
        v = b.get("validity") or {}
        if _named(b, text):
            if v.get("status") == "expired" and v.get("end"):
                first.text = (
                    f"不能：“{b['name']}”已于{cn_date(v['end'])}到期，按{cn_date(as_of)}现不能申请；"
                    f"以经办部门认定为准。\n{first.text}"
                )
            return first
    return first
