"""The months a person worked on 聊城's 临时公益性岗位, read from what they say ("村里给安排了个临时公益岗…从3月干到
6月底", "3月到6月这4个月的钱"): the evaluation (eval8 F15) found the 600元/月 measure answered "已到期" with no
amount, though the months claimed lie inside its period. The months counted are those inside the window the
fact's own definition states (knowledge/facts_extra.yaml), so a month outside it adds nothing.
"""

from __future__ import annotations

import re
from datetime import date

from knowledge.eligibility.facts import vocabulary

TEMPORARY_POST = re.compile(r"临时(?:性)?公益(?:性)?岗")
# "从3月干到6月底", "3月到6月", "3到6月", "3月份至6月份"
SPAN = re.compile(r"(\d{1,2})\s*(?:月份?)?[^\d，。,；;？?]{0,4}?(?:到|至|—|-|~)\s*(\d{1,2})\s*月")
MONTH = re.compile(r"(20\d{2})年(\d{1,2})月")
FACT = "temporary_post_months"


def _window() -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(first, last) (year, month) of the fact's definition ("2020年3月至2020年6月底…")."""
    found = [(int(y), int(m)) for y, m in MONTH.findall(vocabulary()[FACT].meaning)]
    return (found[0], found[-1]) if len(found) >= 2 else None


def read(text: str, facts: dict, as_of: date) -> None:
    if not TEMPORARY_POST.search(text):
        return
    facts.setdefault("in_temporary_public_welfare_post", True)
    m = SPAN.search(text)
    window = _window()
    if not m or window is None:
        return
    first, last = int(m.group(1)), int(m.group(2))
    (y0, m0), (y1, m1) = window
    if not (1 <= first <= last <= 12) or not (y0 <= as_of.year) or y0 != y1:
        return
    months = min(last, m1) - max(first, m0) + 1  # only the months inside the measure's period are paid
    if months > 0:
        facts.setdefault(FACT, months)
