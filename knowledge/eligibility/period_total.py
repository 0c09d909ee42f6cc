"""A periodic amount over the longest period the text gives: "3000元/年，补贴期限最长不超过2年" → at most
6000元 (3000元/年 × 2年). The period is only the text's own (`max_duration`), never longer, and since it is a
longest period the total is always "最多/最高": a shorter claim gets less (eval4 N30, c51, E04).
"""

from __future__ import annotations

import re

from knowledge.eligibility.logic import show

DURATION = re.compile(r"(\d+)(年|个月)")
# the amount's period: its word in a calculation and its length in months
PERIOD_UNIT = {"per_year": ("年", 12), "per_month": ("个月", 1)}


def periods(period: str | None, max_duration: str | None) -> tuple[int, str] | None:
    """How many of the amount's periods the longest duration holds, and how a person says it:
    (per_year, "2年") → (2, "2年"); (per_month, "1年") → (12, "12个月"); a duration that is not a whole
    number of periods (per_year, "18个月"), or no duration, gives None: nothing is multiplied."""
    m = DURATION.fullmatch((max_duration or "").strip())
    if not m or period not in PERIOD_UNIT:
        return None
    months = int(m[1]) * (12 if m[2] == "年" else 1)
    word, size = PERIOD_UNIT[period]
    if months % size or months == 0:
        return None
    return months // size, f"{months // size}{word}"


def whole_period(
    per_period: float, per_text: str, period: str | None, max_duration: str | None, word: str = "最多"
) -> str:
    """ "；按最长期限（2年）计算，合计最多6000元：3000元/年 × 2年 = 6000元", or "" when the text gives no
    whole number of periods. `per_text` is the one-period figure as the calculation says it; `word` is "最高"
    for an amount that is itself a ceiling (定额扣减 "每人每年7800元" is the most that is deducted)."""
    n = periods(period, max_duration)
    if n is None or per_period <= 0:
        return ""
    count, said = n
    total = per_period * count
    value = int(total) if float(total).is_integer() else round(total, 2)
    return f"；按最长期限（{max_duration}）计算，合计{word}{show(None, value)}元：{per_text} × {said} = {show(None, value)}元"
