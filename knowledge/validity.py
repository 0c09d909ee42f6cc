"""Periods stated by the text, per sentence, and the status of a period on an as-of date.

Dates come in many forms ("2019 年 1 月 1 日至 12 月 31 日", "实施期限延长至…", "2020年6月底前",
"自2020年2月4日起实施，有效期暂定3个月", "2020年4月30日到期后再延长1年", "今明两年",
"疫情解除后3个月"). Each pattern below is read on the sentence with whitespace removed (the PDF
puts spaces around digits) and consumed once, so one date never counts twice. A sentence without
any of these forms states no period; bare years ("2020年培训…600人次") are targets, not periods.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

import cn2an

from knowledge.records import PeriodChange, Validity

NUM = r"(\d+|[一二两三四五六七八九十]+)"
Y, M, D = r"(\d{4})年", r"(\d{1,2})月", r"(\d{1,2})日"


def _n(token: str) -> int:
    return int(token) if token.isdigit() else int(cn2an.cn2an(token.replace("两", "二"), "smart"))


def _last_day(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    y, m = d.year + y, m + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _day_or_month_end(y: int, m: int, day: str | None) -> date:
    return date(y, m, int(day)) if day else _last_day(y, m)


class _Reader:
    """Collects starts, ends and event-bound periods from one sentence."""

    def __init__(self, text: str, issue_year: int | None):
        self.s = re.sub(r"\s+", "", text)
        self.issue_year = issue_year
        self.starts: list[date] = []
        self.ends: list[date] = []
        self.events: list[str] = []
        self.open_starts: list[date] = []

    def take(self, pattern: str, handle) -> None:
        def repl(m: re.Match) -> str:
            handle(m)
            return "■" * len(m.group(0))  # keep positions so year inheritance still works

        self.s = re.sub(pattern, repl, self.s)

    def year_before(self, pos: int) -> int | None:
        years = re.findall(r"(\d{4})年", self.s[:pos])
        return int(years[-1]) if years else self.issue_year


def read_sentence(text: str, issue_year: int | None) -> Validity | None:
    """The period one sentence states, or None when it states none."""
    if "按原政策执行" in text:
        return None  # a transition provision about the *old* policy's run-off, not this measure
    r = _Reader(text, issue_year)
    # "2020年底前，…工业园区要全部建成一处返乡创业孵化基地" (eval21 S12 heard "实施期限至2020年12月31日"): a target's
    # deadline for the authorities, not the period of a measure
    r.take(rf"{Y}(?:{M})?底前，?[^，。；]{{0,20}}要(?:全部)?(?:建成|建立|完成|实现|达到)", lambda m: None)

    def relative(m):  # 自2020年2月4日起实施，有效期暂定3个月 -> 2020-02-04 .. 2020-05-03
        start = date(int(m[1]), int(m[2]), int(m[3]))
        r.starts.append(start)
        r.ends.append(add_months(start, _n(m[4])) - timedelta(days=1))

    def extended(m):  # 2020年4月30日到期后再延长1年 -> 2021-04-30
        d = date(int(m[1]), int(m[2]), int(m[3]))
        r.ends.append(d.replace(year=d.year + _n(m[4])))

    def extended_from(m):  # 自2020年1月1日起再延长1年 -> 2020-01-01 .. 2020-12-31
        d = date(int(m[1]), int(m[2]), int(m[3]))
        r.starts.append(d)
        r.ends.append(d.replace(year=d.year + _n(m[4])) - timedelta(days=1))

    def within(m):  # 2020年2月10日起一个月内
        d = date(int(m[1]), int(m[2]), int(m[3]))
        r.starts.append(d)
        r.ends.append(add_months(d, _n(m[4])) - timedelta(days=1))

    def span(m):  # (自)2019年1月1日至(2020年)12月31日 / 至6月底
        start = date(int(m[1]), int(m[2]), int(m[3]))
        r.starts.append(start)
        r.ends.append(_day_or_month_end(int(m[4] or m[1]), int(m[5]), m[6]))

    def quarter(m):
        q = _n(m[2])
        r.starts.append(date(int(m[1]), 3 * q - 2, 1))
        r.ends.append(_last_day(int(m[1]), 3 * q))

    def whole_year(m):
        r.starts.append(date(int(m[1]), 1, 1))
        r.ends.append(date(int(m[1]), 12, 31))

    def year_end(m):
        r.ends.append(date(int(m[1]), 12, 31))

    def until(m):  # 至/截至 (2020年)12月31日 / 6月底 (year inherited from earlier in the sentence)
        y = int(m[1]) if m[1] else r.year_before(m.start())
        if y is not None:
            r.ends.append(_day_or_month_end(y, int(m[2]), m[3]))

    def before(m):  # 2021年12月31日前 / 2020年6月底前
        r.ends.append(_day_or_month_end(int(m[1]), int(m[2]), m[3]))

    def bounded_from_month(m):  # 2020年2月起 … 期限不超过5个月
        start = date(int(m[1]), int(m[2]), 1)
        limits = [_n(x) for x in re.findall(rf"期限(?:原则上)?不超过{NUM}个月", r.s)]
        r.starts.append(start)
        if limits:
            r.ends.append(add_months(start, max(limits)) - timedelta(days=1))
        else:
            r.open_starts.append(start)

    def from_day(m):
        d = date(int(m[1]), int(m[2]), int(m[3]))
        r.starts.append(d)
        r.open_starts.append(d)

    def this_and_next_year(m):
        if issue_year:
            r.starts.append(date(issue_year, 1, 1))
            r.ends.append(date(issue_year + 1, 12, 31))

    def event(m):
        r.events.append(m.group(0))

    r.take(rf"自?{Y}{M}{D}起实施，?有效期暂定{NUM}个月", relative)
    r.take(rf"{Y}{M}{D}到期后再延长{NUM}年", extended)
    r.take(rf"自{Y}{M}{D}起再延长{NUM}年", extended_from)
    r.take(rf"{Y}{M}{D}起{NUM}个月内", within)
    r.take(rf"(?:自|从)?{Y}{M}{D}(?:至|到|—|－|-)(?:{Y})?{M}(?:{D}|底)", span)
    r.take(rf"{Y}第([一二三四1-4])季度", quarter)
    r.take(rf"{Y}度内", whole_year)
    r.take(rf"{Y}底前", year_end)
    r.take(r"(?:截至|截止到|截止|至)(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日|底)", until)
    r.take(rf"{Y}{M}(?:{D}|底)前", before)
    r.take(rf"{Y}{M}起", bounded_from_month)
    r.take(rf"(?:自|从){Y}{M}{D}起", from_day)
    r.take(r"今明两年", this_and_next_year)
    r.take(rf"疫情(?:解除|结束)后{NUM}个月", event)

    compact = re.sub(r"\s+", "", text)
    if r.ends:
        return Validity(start=min(r.starts) if r.starts else None, end=max(r.ends), kind="dated", basis=compact)
    if r.open_starts:
        return Validity(
            start=min(r.open_starts), end=None, kind="open_ended", basis=f"只规定了起始日期，未规定截止日期：{compact}"
        )
    if r.events:
        return Validity(kind="event_bound", basis=f"期限以“{r.events[0]}”计，无固定日期：{compact}")
    return None


PART_TERM = re.compile(rf"([\u4e00-\u9fff]{{0,2}}期限(?:原则上)?不超过{NUM}个月)")


def part_periods(text: str) -> list[tuple[str, Validity]]:
    """The periods of the parts of one sentence that give each its own term from one start
    ("2020年2月起，免征…免征期限不超过5个月；对大型企业…减征期限不超过3个月"): each term phrase, verbatim, with
    its own end. `read_sentence` keeps the latest end for the sentence (the clause's period); a person asking
    about the shorter part is told its own (eval20 R19: 大型企业 减半 was "至2020年6月30日" of the 中小微 part).
    Empty when the sentence has fewer than two different terms."""
    s = re.sub(r"\s+", "", text)
    m = re.search(rf"{Y}{M}起", s)
    terms = [(t.group(1), _n(t.group(2))) for t in PART_TERM.finditer(s)]
    if m is None or len({n for _, n in terms}) < 2:
        return []
    start = date(int(m[1]), int(m[2]), 1)
    return [
        (said, Validity(start=start, end=add_months(start, n) - timedelta(days=1), kind="dated", basis=s))
        for said, n in terms
    ]


def clause_validity(sentence_validities: list[Validity | None]) -> Validity:
    """A clause's period from its sentences (`_clause_period`), with the changes later texts made to
    them: each change date gives the clause's period as its sentences then stood."""
    base = _clause_period([_own(v) for v in sentence_validities])
    days = sorted({c.since for v in sentence_validities if v is not None for c in v.changes})
    changes = []
    for day in days:
        then = _clause_period([in_effect(v, day) if v is not None else None for v in sentence_validities])
        if then.end is not None and then.end != base.end:
            changes.append(PeriodChange(since=day, end=then.end, basis=then.basis))
    return base.model_copy(update={"changes": tuple(changes)}) if changes else base


def _own(v: Validity | None) -> Validity | None:
    return v.model_copy(update={"changes": ()}) if v is not None and v.changes else v


def in_effect(v: Validity, as_of: date) -> Validity:
    """The period as it stands on `as_of`: a later text's change counts only from its own issue date
    (a text changes nothing before it exists), the latest such change winning."""
    now = [c for c in v.changes if c.since <= as_of]
    if not v.changes:
        return v
    if not now:
        return v.model_copy(update={"changes": ()})
    c = max(now, key=lambda c: c.since)
    return Validity(start=v.start, end=c.end, kind="dated", basis=f"{v.basis}；{c.basis}", window=v.window)


def _clause_period(sentence_validities: list[Validity | None]) -> Validity:
    """A clause's period from its sentences: the latest stated end wins.

    A clause often holds several measures with different periods (大政发〔2020〕18号（三）:
    2020-12-31 and 2021-08-31). The clause-level end is the latest end any of its measures
    states; the start is the earliest start, or null when a dated measure states no start.
    Measures with no fixed end (open-ended starts, "疫情解除后3个月") are named in the basis;
    where no measure states an end, the status is `unknown`, never `active`.
    """
    stated = [v for v in sentence_validities if v is not None]
    dated = [v for v in stated if v.kind == "dated"]
    others = [v for v in stated if v.kind != "dated"]
    if dated:
        starts = [v.start for v in dated if v.start is not None]
        start = min(starts) if len(starts) == len(dated) else None
        end = max(v.end for v in dated if v.end is not None)  # a dated period always has its end
        basis = f"条款内各项措施所载期限中最晚截止于{end.isoformat()}（共{len(dated)}处期限）"
        if others:
            basis += f"；另有{len(others)}处无固定截止日期的表述"
        return Validity(start=start, end=end, kind="dated", basis=basis)
    if others:
        first = others[0]
        return Validity(start=first.start, end=None, kind=first.kind, basis=first.basis)
    return Validity(kind="none", basis="条款未规定实施期限")


def status_on(v: Validity, as_of: date) -> str:
    """active | expired | not_started | unknown, on `as_of` (with the changes in effect that day)."""
    v = in_effect(v, as_of)
    if v.start and as_of < v.start:
        return "not_started"
    if v.end:
        return "expired" if as_of > v.end else "active"
    if v.window and v.window_end and as_of <= v.window_end:
        return "active"  # the qualifying event can still happen: in force, whatever the claiming deadline
    return "unknown"


def describe(v: Validity, as_of: date) -> dict:
    """The contract's validity object: status on as_of, start, end and why."""
    v = in_effect(v, as_of)
    status = status_on(v, as_of)
    why = {
        "active": f"截至{as_of.isoformat()}仍在实施期限内",
        "expired": f"实施期限已于{v.end.isoformat() if v.end else ''}届满（按{as_of.isoformat()}计）",
        "not_started": f"尚未开始（自{v.start.isoformat() if v.start else ''}起）",
        "unknown": "原文未规定确定的截止日期，状态无法确定",
    }[status]
    return {
        "status": status,
        "start": v.start.isoformat() if v.start else None,
        "end": v.end.isoformat() if v.end else None,
        "basis": f"{why}。依据：{v.basis}",
    }


# "申请日期原则上为疫情解除后3个月内，在企业补办补缴社会保险费后进行。" (大政发〔2020〕18号（九）): a clause's own claiming
# period, said where a measure whose dates are conditions on the event would read "原文未载明申请期限" (eval44 D19)
CLAIM = re.compile(r"申请(?:日期|期限|时间)(?:原则上)?为")


def claim_sentence(texts: list[str]) -> str | None:
    """The first of a clause's sentences stating when to apply, or None."""
    return next((t for t in texts if CLAIM.search(t)), None)
