"""Days as people say them, and the event a day is said with (eval8 F06, F14).

"去年7月1号" to "您是哪一天离校的？" was "请按“2020年3月1日”的格式回答": a day said relative to the day asked is
read against it (去年 = the year before; no year = the year asked about). "2020年2月1日开始跑的外卖" answers
"您是从哪一天开始灵活就业的？" before it is asked; "2020年9月1日签的合同交的社保" dates the hires' contract.
The text is already in digits (profile_facts.numeric_text).
"""

from __future__ import annotations

import re
from datetime import date

YEARS = {"前年": -2, "去年": -1, "今年": 0, "明年": 1}
DAY = re.compile(
    r"(20\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?|"
    r"(前年|去年|今年|明年)?\s*(?<!\d)(\d{1,2})\s*月(?:份)?\s*(\d{1,2})\s*[日号]"
)
# the event right after the day (a few words between: "2020年2月1日就开始跑的外卖")
FLEXIBLE = re.compile(
    r"^[^，。,；;]{0,3}?(?:开始|起)(?:就)?(?:跑|送|干|做|开|打|搞|当)?(?:的)?"
    r"(?:外卖|快递|网约车|滴滴|代驾|零工|短工|灵活就业|自由职业|摆摊|直播)"
)
LEFT_SCHOOL = re.compile(r"^[^，。,；;]{0,3}?(?:离校|毕业|拿的毕业证)")
CONTRACT = re.compile(r"^[^，。,；;]{0,3}?签(?:了|的|订)?(?:劳动)?合同")


def day_in(text: str, as_of: date) -> date | None:
    """The first day `text` names, its year read against `as_of`, or None."""
    m = DAY.search(text or "")
    return _day(m, as_of) if m else None


def _day(m: re.Match, as_of: date) -> date | None:
    if m.group(1):
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        year, month, day = as_of.year + YEARS.get(m.group(4) or "今年", 0), int(m.group(5)), int(m.group(6))
    try:
        return date(year, month, day)
    except ValueError:
        return None


def read(text: str, facts: dict, as_of: date) -> None:
    """The days said with their event (never overwriting one already read)."""
    for m in DAY.finditer(text or ""):
        said = _day(m, as_of)
        after = text[m.end() :]
        if said is None:
            continue
        if FLEXIBLE.search(after):
            facts.setdefault("flexible_employment_start_date", said.isoformat())
            facts.setdefault("employment_status", "flexible")
        elif LEFT_SCHOOL.search(after):
            facts.setdefault("graduation_date", said.isoformat())
        elif CONTRACT.search(after):
            facts.setdefault("hires_contract_date", said.isoformat())
