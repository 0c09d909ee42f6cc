"""Event windows and benefit periods: two different dates a text can fix.

The window says when the qualifying event must happen (hired "2021年12月31日前", arrived "自2017年
9月1日至2020年8月30日期间"); with a date fact it becomes a condition like any other (unknown
date → needs_info). The benefit period says how long the benefit runs from that event
("自签订劳动合同并缴纳社会保险当月起，在3年内"): where the event's date is known, `own_period` on
as_of is the applicant's own period, so a 2021 hire is still being paid in 2023 and says so. It is
kept apart from `validity`, which is always the measure's own.
"""

from __future__ import annotations

from datetime import date, timedelta

from knowledge.eligibility.facts import vocabulary
from knowledge.eligibility.logic import Context
from knowledge.eligibility.schema import Cond, Rule
from knowledge.validity import add_months

WINDOW_WHY = {
    "open": "在{as_of}仍处于该期间内",
    "closed": "该期间已于{end}结束（按{as_of}计）",
    "not_started": "该期间自{start}起，按{as_of}尚未开始",
    # a period counted from the person's own dates ("离校1年内"): said so plainly (R16 could not read "原文未载明该期间
    # 的起止日期")
    "unknown": "原文没有写固定的起止日期，从您本人的日期算起",
}


def window_condition(rule: Rule) -> Cond | None:
    """The window of a date fact as a condition: start ≤ event date ≤ end."""
    w = rule.window
    if w is None or w.fact is None:
        return None
    what = vocabulary()[w.fact].title
    parts = []
    if w.start:
        parts.append({"fact": w.fact, "ge": w.start, "label": f"{what}不早于{w.start.isoformat()}（原文：{w.quote}）"})
    if w.end:
        parts.append({"fact": w.fact, "le": w.end, "label": f"{what}不晚于{w.end.isoformat()}（原文：{w.quote}）"})
    return Cond.model_validate({"all": parts}) if parts else None


def with_window(rule: Rule) -> Cond | None:
    """The rule's conditions with its window added."""
    extra = window_condition(rule)
    if extra is None:
        return rule.conditions
    return Cond.model_validate({"all": ([rule.conditions] if rule.conditions else []) + [extra]})


def window_result(rule: Rule, ctx: Context) -> dict | None:
    w = rule.window
    if w is None:
        return None
    day = ctx.as_of
    if w.end and day > w.end:
        status = "closed"
    elif w.start and day < w.start:
        status = "not_started"
    else:
        status = "open" if (w.start or w.end) else "unknown"
    start, end = (d.isoformat() if d else None for d in (w.start, w.end))
    why = WINDOW_WHY[status].format(as_of=day.isoformat(), start=start, end=end)
    event = ctx.value(w.fact) if w.fact else None
    return {
        "start": start,
        "end": end,
        "status": status,
        "basis": f"{w.basis}；{why}",
        "quote": w.quote,
        "fact": w.fact,
        "event_date": event.isoformat() if isinstance(event, date) else None,
    }


def _period(rule: Rule, event: date) -> tuple[date, date]:
    p = rule.benefit_period
    assert p is not None  # only rules with a benefit_period reach here
    start = event.replace(day=1) if p.from_month_start else event
    return start, add_months(start, p.months) - timedelta(days=1)


def period_validity(rule: Rule, ctx: Context, validity: dict) -> dict:
    """The measure's own validity, with what its text alone fixes about its benefit period: once even
    an event on the window's last day has had its whole period, the measure is over (whatever the
    person's own dates). The person's own period is `own_period`, never the measure's validity (eval6
    E25: a 24-month claim window from 2026-09-01 was said as "实施期限至2028年8月31日" of a 2017 text
    that states no period at all)."""
    p = rule.benefit_period
    if p is None:
        return validity
    day = ctx.as_of
    latest = _period(rule, rule.window.end)[1] if rule.window and rule.window.end else None
    if latest and day > latest:
        return {
            **validity,
            "status": "expired",
            "end": latest.isoformat(),
            "quote": p.quote,
            "basis": f"即使在期限最后一天发生，享受期也已于{latest.isoformat()}届满（按{day.isoformat()}计）。{p.basis}。",
        }
    return validity


def own_period(rule: Rule, ctx: Context) -> dict | None:
    """The applicant's own benefit period where the event's date is known ("补贴期限最长不超过2年" from
    the day flexible work began): a condition of the person's claim, said apart from the measure's
    validity. None where the rule has no such period or the date is not known."""
    p = rule.benefit_period
    event = ctx.value(p.from_fact) if p is not None else None
    if p is None or not isinstance(event, date):
        return None
    day = ctx.as_of
    start, end = _period(rule, event)
    status = "not_started" if day < start else "expired" if day > end else "active"
    word = {
        "active": "在{d}处于享受期内",
        "expired": "享受期已于{e}届满（按{d}计）",
        "not_started": "享受期自{s}起，按{d}尚未开始",
    }[status]
    basis = (
        f"{word.format(d=day.isoformat(), s=start.isoformat(), e=end.isoformat())}。"
        f"{p.basis}：事件日期{event.isoformat()}，享受期{start.isoformat()}至{end.isoformat()}。"
    )
    return {
        "status": status,
        "start": start.isoformat(),
        "end": end.isoformat(),
        "event_date": event.isoformat(),
        "fact": p.from_fact,
        "basis": basis,
        "quote": p.quote,
    }
