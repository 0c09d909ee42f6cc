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
LEFT = re.compile(r"(?<!\d)((?:19|20)?\d{2})\s*年\s*(?:(\d{1,2})\s*月)?[^，。？?]{0,4}?(?:毕业|离校)")
MOST = 2
# "我是25年7月离校的，到什么时候之前还能报见习" (eval42 F03, F11 heard the clause again): the last day of each span the
# region's texts set ("离校1年内", "离校2年内"), counted from the day one left
DEADLINE_ASKED = re.compile(r"(?:到|在)(?:什么|啥)时候(?:之前|以前|前|为止)|截止到(?:什么|啥)时候|最晚(?:什么|啥)时候")
LEFT_DAY = re.compile(
    r"(?<!\d)(?:((?:19|20)?\d{2})\s*年\s*)?(\d{1,2})\s*月\s*(?:(\d{1,2})\s*[日号]?)?[^，。？?]{0,3}?(?:毕业|离校)"
)
SPAN = re.compile(r"离校\s*(\d)\s*年内")


def _months(year: int, month: int, as_of: date) -> int:
    return (as_of.year - year) * 12 + as_of.month - month


def _span(months: int) -> str:
    years, rest = divmod(max(months, 0), 12)
    return f"{years}年{rest}个月" if years and rest else f"{years}年" if years else f"{rest}个月"


def deadline(text: str, profile: dict, as_of: date) -> Reply | None:
    """The last day of each "离校N年内" the region's texts set, from the day the person left, or None."""
    said = numeric_text(text or "")
    left = LEFT_DAY.search(said)
    region = profile.get("region")
    if not DEADLINE_ASKED.search(said) or left is None or not region:
        return None
    year = int(left.group(1)) if left.group(1) else profile.get("graduation_year") or as_of.year
    year = year + 2000 if year < 100 else year
    month, day = int(left.group(2)), int(left.group(3) or 0)
    found = place_sentences.find(SPAN, region, as_of)
    spans = sorted({int(m.group(1)) for c in found for m in SPAN.finditer(c["quote"])})
    if not spans or not 1 <= month <= 12:
        return None
    when = f"{year}年{month}月{day}日" if day else f"{year}年{month}月"
    lines = [f"按您说的{when}离校，{region}适用的文件里有这些期限："]
    for n in spans:
        end = f"{year + n}年{month}月{day}日" if day else f"{year + n}年{month}月"
        lines.append(f"· “离校{n}年内”：到{end}为止。")
    shown = [c for n in spans for c in found if f"离校{n}年内" in c["quote"].replace(" ", "")][:MOST]
    lines += ["原文：", *[place_sentences.line(c) for c in shown]]
    lines.append("是否还在执行、按哪一天算，以经办部门认定为准。")
    return Reply("\n".join(lines), shown, meta={"since_school": True})


def reply(text: str, profile: dict, as_of: date) -> Reply | None:
    """The time since leaving school against the span asked, or None when no span or no year is said."""
    by_then = deadline(text, profile, as_of)
    if by_then is not None:
        return by_then
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
