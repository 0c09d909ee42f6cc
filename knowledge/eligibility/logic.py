"""Three-valued evaluation of conditions: True, False or None (unknown), with a readable trace.

An absent fact is unknown, never false. `all` is false as soon as one part is false (the other
parts' unknowns then do not matter), `any` is true as soon as one part is true. Facts are only
reported missing where knowing them could change the outcome, which is what makes
`missing_facts` and the next question meaningful.

A date fact with a year fact (facts_extra.yaml `year_of`: graduation_date ← graduation_year)
is compared over the whole year when only the year is known: decided where every day of the
year gives the same answer, unknown (the date is asked) otherwise.

Imports run one way: amounts.py (formulas) uses this module for `if` nodes; a condition over a
formula (`expr`) calls the formula evaluator the engine put into the Context.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable

from knowledge.eligibility.facts import Fact, upper_bounds, vocabulary, year_links
from knowledge.eligibility.schema import AsOfDate, AsOfYear, Cond, FactDate, Formula, present

MARK = {True: "符合", False: "不符合", None: "待确认"}
OP_TEXT = {
    "eq": "为",
    "ne": "不为",
    "lt": "小于",
    "le": "不超过",
    "gt": "大于",
    "ge": "不少于",
    "in_": "属于",
    "not_in": "不属于",
}


@dataclass
class Context:
    """What one evaluation knows: the profile, the as-of date, and facts derived by definitions."""

    profile: dict[str, Any]
    as_of: date
    derive: Callable[[str, "Context"], Any] | None = None
    # (value or None, facts whose answer would give one) of a formula: set by the engine
    compute: Callable[[Formula, "Context"], tuple[float | None, list[str]]] | None = None
    derived: dict[str, Any] = field(default_factory=dict)

    def value(self, name: str) -> Any:
        if name in self.profile:
            return self.profile[name]
        if self.derive is not None:
            return self.derive(name, self)
        return None


@dataclass
class Outcome:
    value: bool | None
    missing: list[str]
    lines: list[str]


def show(fact: Fact | None, value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, date):
        return value.isoformat()
    return fact.label(value) if fact else str(value)


def shift_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=day.year + years, day=28)


def _operand(value: Any, ctx: Context) -> Any:
    if isinstance(value, AsOfYear):
        return ctx.as_of.year + value.as_of_year
    if isinstance(value, AsOfDate):
        return shift_years(ctx.as_of, value.as_of_years)
    if isinstance(value, FactDate):
        other = ctx.value(value.date_of)
        return shift_years(other, value.years) if isinstance(other, date) else None
    return value


def _operand_text(value: Any, fact: Fact | None) -> str:
    if isinstance(value, AsOfYear):
        return f"评估当年{value.as_of_year:+d}年" if value.as_of_year else "评估当年"
    if isinstance(value, AsOfDate):
        return f"评估日期{value.as_of_years:+d}年" if value.as_of_years else "评估日期"
    if isinstance(value, FactDate):
        what = vocabulary()[value.date_of].title
        return f"{what}后{value.years}年" if value.years else what
    if isinstance(value, list):
        return "/".join(show(fact, v) for v in value)
    return show(fact, value)


def compare(op: str, left: Any, right: Any) -> bool:
    if op == "eq":
        return left == right
    if op == "ne":
        return left != right
    if op == "in_":
        return left in right
    if op == "not_in":
        return left not in right
    return {"lt": left < right, "le": left <= right, "gt": left > right, "ge": left >= right}[op]


def describe(cond: Cond) -> str:
    """The condition in words: its label, or "<title><op><value>" from the vocabulary."""
    if cond.label:
        return cond.label
    if cond.kind == "fact":
        fact = vocabulary()[present(cond.fact)]
        return f"{fact.title}{OP_TEXT[cond.op]}{_operand_text(cond.operand, fact)}"
    return f"计算值{OP_TEXT[cond.op]}{_operand_text(cond.operand, None)}"


def evaluate(cond: Cond, ctx: Context, depth: int = 0) -> Outcome:
    if cond.kind in ("all", "any"):
        return _group(cond, ctx, depth)
    if cond.kind == "not_":
        inner = evaluate(present(cond.not_), ctx, depth + 1)
        value = None if inner.value is None else not inner.value
        head = f"{'  ' * depth}{MARK[value]}：{cond.label or '以下情形不成立'}"
        return Outcome(value, inner.missing if value is None else [], [head] + inner.lines)
    names: list[str]
    if cond.kind == "fact":
        name = present(cond.fact)
        fact = vocabulary()[name]
        actual = ctx.value(name)
        names = [name]
        actual_text = "未知" if actual is None else show(fact, actual)
        if actual is None and name in year_links():
            return _by_year(cond, ctx, depth)
        if actual is None and name in upper_bounds():
            bounded = _by_bound(cond, ctx, depth)
            if bounded is not None:
                return bounded
    else:
        actual, names = present(ctx.compute)(present(cond.expr), ctx)
        actual_text = "未知" if actual is None else ratio_text(present(cond.expr), ctx) or show(None, round(actual, 6))
    right = _operand(cond.operand, ctx)
    if right is None and isinstance(cond.operand, FactDate):
        # compared with another date that is not known yet: decided by its year where every day of
        # that year agrees, else that date is missing too
        value = None if actual is None else _by_operand_year(cond, ctx, actual)
        if value is None:
            names = ([] if actual is not None else names) + [cond.operand.date_of]
        line = f"{'  ' * depth}{MARK[value]}：{describe(cond)}（实际：{actual_text}）"
        return Outcome(value, names if value is None else [], [line])
    value = None if actual is None or right is None else compare(cond.op, actual, right)
    line = f"{'  ' * depth}{MARK[value]}：{describe(cond)}（实际：{actual_text}）"
    return Outcome(value, names if value is None else [], [line])


def ratio_text(expr: Formula, ctx: Context) -> str | None:
    """A share compared as "100 × a − 15 × b ≥ 0" (新招用人数达到在职职工人数的15%) read as people read it:
    "3 ÷ 30 = 10%" (not the difference −150). None for any other formula or an unknown part."""
    parts = expr.sub or []
    if expr.kind != "sub" or any(p.kind != "mul" or len(p.mul or []) != 2 for p in parts):
        return None
    (c1, a), (c2, b) = (sorted(p.mul or [], key=lambda f: f.kind != "const") for p in parts)
    if c1.kind != "const" or c2.kind != "const" or a.kind != "fact" or b.kind != "fact" or c1.const != 100:
        return None
    top, bottom = ctx.value(present(a.fact)), ctx.value(present(b.fact))
    if top is None or not bottom:
        return None
    return f"{show(None, top)} ÷ {show(None, bottom)} = {show(None, round(top * 100 / bottom, 1))}%"


def _by_operand_year(cond: Cond, ctx: Context, actual: Any) -> bool | None:
    """fact ≤ (other date + N years) with only the other date's year known: both ends of the year."""
    year_fact = year_links().get(cond.operand.date_of)
    year = ctx.value(year_fact) if year_fact else None
    if year is None or cond.op not in ("lt", "le", "gt", "ge"):
        return None
    ends = {
        compare(cond.op, actual, shift_years(date(int(year), m, d), cond.operand.years)) for m, d in ((1, 1), (12, 31))
    }
    return ends.pop() if len(ends) == 1 else None


def _by_bound(cond: Cond, ctx: Context, depth: int) -> Outcome | None:
    """An unknown count bounded by a known one (facts_extra.yaml `bounds`: insured_employees ≤
    employees): "参保职工30人以下" holds for a firm of 25 without asking. None when the bound does
    not decide the comparison."""
    bound_fact = upper_bounds()[present(cond.fact)]
    upper = ctx.value(bound_fact)
    right = _operand(cond.operand, ctx)
    if upper is None or right is None or cond.op not in ("le", "lt", "ge", "gt", "eq"):
        return None
    if cond.op in ("le", "lt") and compare(cond.op, upper, right):
        value = True
    elif cond.op in ("ge", "gt", "eq") and upper < right:
        value = False
    else:
        return None
    what = vocabulary()[bound_fact].title
    line = f"{'  ' * depth}{MARK[value]}：{describe(cond)}（实际：未知，但不超过{what}{show(None, upper)}）"
    return Outcome(value, [], [line])


def _by_year(cond: Cond, ctx: Context, depth: int) -> Outcome:
    """A date compared when only its year is known: the first and last day of the year bound it
    (comparisons with one date are monotonic), so both agreeing decides it."""
    fact = present(cond.fact)
    year_fact = year_links()[fact]
    year = ctx.value(year_fact)
    value = None
    if year is not None and cond.op in ("lt", "le", "gt", "ge"):
        right = _operand(cond.operand, ctx)
        ends = {compare(cond.op, date(int(year), 1, 1), right), compare(cond.op, date(int(year), 12, 31), right)}
        value = ends.pop() if len(ends) == 1 else None
    known = f"只知{vocabulary()[year_fact].title}{year}" if year is not None else "未知"
    why = "，按年份可以判断" if value is not None else ("，按年份无法判断，需要具体日期" if year is not None else "")
    line = f"{'  ' * depth}{MARK[value]}：{describe(cond)}（实际：{known}{why}）"
    return Outcome(value, [fact] if value is None else [], [line])


def _group(cond: Cond, ctx: Context, depth: int) -> Outcome:
    parts = [
        evaluate(c, ctx, depth + (1 if depth or cond.kind == "any" else 0))
        for c in present(cond.all if cond.kind == "all" else cond.any)
    ]
    values = [p.value for p in parts]
    decisive = False if cond.kind == "all" else True
    if decisive in values:
        value = decisive
    elif None in values:
        value = None
    else:
        value = not decisive
    missing: list[str] = []
    if value is None:
        for p in parts:
            missing += [m for m in p.missing if m not in missing]
    lines: list[str] = []
    if cond.kind == "any" or depth:
        word = "以下任一项" if cond.kind == "any" else "以下各项同时"
        lines.append(f"{'  ' * depth}{MARK[value]}：{cond.label or word}")
    for p in parts:
        lines += p.lines
    return Outcome(value, missing, lines)
