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
    r"(20\d{2}|(?<!\d)[0-3]\d(?=\s*年))\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?|"  # "19年7月1号" too
    r"(前年|去年|今年|明年)?\s*(?<!\d)(\d{1,2})\s*月(?:份)?\s*(\d{1,2})\s*[日号]"
)
# the event right after the day (a few words between: "2020年2月1日就开始跑的外卖")
FLEXIBLE = re.compile(
    r"^[^，。,；;]{0,3}?(?:开始|起)(?:就)?(?:跑|送|干|做|开|打|搞|当)?(?:的)?"
    r"(?:外卖|快递|网约车|滴滴|代驾|零工|短工|灵活就业|自由职业|摆摊|直播)"
)
LEFT_SCHOOL = re.compile(r"^[^，。,；;]{0,3}?(?:离校|毕业|拿的毕业证)")
CONTRACT = re.compile(r"^[^，。,；;]{0,3}?签(?:了|的|订)?(?:劳动)?合同")


# "3月中旬办的照" to "已正常经营多少个月？" (eval9 G04 read it as 3 months): a month of the year, not a count
CALENDAR_MONTH = re.compile(
    r"(?:(20\d{2})\s*年|(前年|去年|今年))?\s*(?<!\d)(\d{1,2})\s*月"
    r"(?P<part>份|初|上旬|中旬|下旬|中|底|末|(?P<day>\d{1,2})\s*[号日])?"
)
LATEST_DAY = {"初": 10, "上旬": 10, "中旬": 20, "中": 20}


def calendar_month(text: str) -> re.Match | None:
    """A month of the year said, or None: a bare "3月" (or "3月了", "3月多") with no year, part or day is the
    count people shorten "3个月" to."""
    for m in CALENDAR_MONTH.finditer(text or ""):
        bare = not (m.group(1) or m.group(2) or m.group("part"))
        if bare and re.fullmatch(r"\s*(?:多|左右)?\s*(?:以上|以内)?\s*了?[。！!]?\s*", text[m.end() :]):
            continue
        return m
    return None


def months_since(text: str, as_of: date) -> int | None:
    """Whole months from the month said to the day asked, the month's part read as its latest day ("3月中旬" is
    the 20th, "3月" its last day): never more months than have surely passed (以经办部门认定为准)."""
    if re.search(r"\d+\s*个月", text):
        return None
    m = calendar_month(text)
    if m is None or not 1 <= int(m.group(3)) <= 12:
        return None
    month = int(m.group(3))
    year = int(m.group(1)) if m.group(1) else as_of.year + {"前年": -2, "去年": -1, "今年": 0}.get(m.group(2) or "", 0)
    if not m.group(1) and not m.group(2) and month > as_of.month:
        year -= 1  # "11月办的照" asked in September: last year's November
    last = (date(year + month // 12, month % 12 + 1, 1) - date(year, month, 1)).days
    day = int(m.group("day")) if m.group("day") else LATEST_DAY.get(m.group("part") or "", last)
    day = min(day, last)
    months = (as_of.year - year) * 12 + as_of.month - month - (1 if as_of.day < day else 0)
    return months if months >= 0 else None


def day_in(text: str, as_of: date) -> date | None:
    """The first day `text` names, its year read against `as_of`, or None."""
    m = DAY.search(text or "")
    return _day(m, as_of) if m else None


def _day(m: re.Match, as_of: date) -> date | None:
    if m.group(1):
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
        year += 2000 if year < 100 else 0  # "19年7月1号" (eval18 P02 was read as this year's 7月1日)
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
    left_in_month(text, facts, as_of)
    licensed(text, facts, as_of)


def left_in_month(text: str, facts: dict, as_of: date) -> None:
    """ "去年6月份毕业的" (eval93 JB07, asked in December 2026, heard "须在离校1年内开始灵活就业" as still open): the month
    and year of leaving school, read as the month's latest day (never a window shorter than the person's own)."""
    for m in CALENDAR_MONTH.finditer(text or ""):
        if not (m.group(1) or m.group(2)) or not LEFT_SCHOOL.search(text[m.end() :]) or m.group("day"):
            continue  # a year is said: "6月毕业" alone may be this year's or a coming one
        month = int(m.group(3))
        year = int(m.group(1)) if m.group(1) else as_of.year + YEARS[m.group(2)]
        if not 1 <= month <= 12:
            continue
        last = (date(year + month // 12, month % 12 + 1, 1) - date.resolution).day
        day = min(LATEST_DAY.get(m.group("part") or "", last), last)
        left = date(year, month, day)
        if left <= as_of:
            facts.setdefault("graduation_date", left.isoformat())
        return


# "今年3月第一次办了营业执照", "3月中旬办的照", "去年11月开的店": the month a business began, so its months of operation
LICENSED = re.compile(r"^[^，。,；;]{0,6}?(?:办|领|拿|注册|开业|开(?:了|的)?(?:个|家)?(?:店|超市|饭馆|饭店|门市|公司))")
LICENCE = re.compile(r"^[^，。,；;]{0,10}?(?:执照|照|注册|开业|店|超市|饭馆|饭店|门市|公司)")


def licensed(text: str, facts: dict, as_of: date) -> None:
    for m in CALENDAR_MONTH.finditer(text or ""):
        after = text[m.end() :]
        if LICENSED.search(after) and LICENCE.search(after) and "business_operating_months" not in facts:
            months = months_since(text[m.start() :], as_of)
            if months is not None:
                facts["business_operating_months"] = months
            return
