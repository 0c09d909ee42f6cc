""" "我23年7月毕业的 到现在还算离校2年内吗" (eval40 H05 heard a "not met" line, then an unrelated clause): the time
since leaving school reckoned to the day asked, said plainly against the span asked about, with the region's
sentences that use that span. The month, when not said, is read both ways (January and December of the year), so
the answer is "不在" or "在" only when both agree; otherwise it says it depends on the month."""

from __future__ import annotations

import re
from datetime import date

from actions.profile_facts import numeric_text
from answers import place_sentences
from answers.dates import cn_date
from answers.models import Reply

ASKED = re.compile(
    r"(?:还算|算不算|算是|还是|属于|属不属于|还在|在不在|超没超|超过|过了)[^，。？?]{0,4}?(?:离校|毕业)\s*(\d)\s*年(?:内|以内|之内)?"
)
LEFT = re.compile(r"(?<!\d)((?:19|20)?\d{2})\s*年\s*(?:(\d{1,2})\s*月)?[^，。？?]{0,4}?毕业")
MOST = 2


def _months(year: int, month: int, as_of: date) -> int:
    return (as_of.year - year) * 12 + as_of.month - month


def _span(months: int) -> str:
    years, rest = divmod(max(months, 0), 12)
    return f"{years}年{rest}个月" if years and rest else f"{years}年" if years else f"{rest}个月"


def reply(text: str, profile: dict, as_of: date) -> Reply | None:
    """The time since leaving school against the span asked, or None when no span or no year is said."""
    said = numeric_text(text or "")
    asked, left = ASKED.search(said), LEFT.search(said)
    year = int(left.group(1)) if left else profile.get("graduation_year")
    if asked is None or not isinstance(year, int):
        return None
    year = year + 2000 if year < 100 else year
    month = int(left.group(2)) if left and left.group(2) else None
    limit = int(asked.group(1)) * 12
    fewest, most = (_months(year, month, as_of),) * 2 if month else (_months(year, 12, as_of), _months(year, 1, as_of))
    when = f"{year}年{month}月" if month else f"{year}年"
    if fewest > limit:
        verdict = f"已离校约{_span(fewest)}，不在“离校{limit // 12}年内”"
    elif most <= limit:
        verdict = f"离校约{_span(most)}，仍在“离校{limit // 12}年内”"
    else:
        verdict = f"离校约{_span(fewest)}至{_span(most)}，在不在“离校{limit // 12}年内”要看毕业月份"
    lines = [f"按您说的{when}毕业，到{cn_date(as_of)}{verdict}（以经办部门认定为准）。"]
    found = place_sentences.find(re.compile(rf"离校\s*{limit // 12}\s*年内"), profile.get("region"), as_of)[:MOST]
    if found:
        lines.append("原文中用到这个期限的规定：")
        lines += [place_sentences.line(c) for c in found]
    return Reply("\n".join(lines), found, meta={"since_school": True})


def lead(first: Reply | None, text: str, profile: dict, as_of: date) -> Reply | None:
    said = reply(text, profile, as_of)
    if first is None or said is None:
        return first
    first.text = f"{said.text}\n{first.text}"
    first.citations = said.citations + list(first.citations)
    return first
