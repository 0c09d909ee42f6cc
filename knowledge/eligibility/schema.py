"""Rules as data: the pydantic schema every rule YAML is validated against at load time.

Conditions and amount formulas are small trees (all / any / not, comparisons; sum / mul / pct /
tiers / caps …) so that a rule reads like the sentence it encodes and is evaluated without
`eval`. Each node declares exactly one operator; the validators reject anything ambiguous.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, Literal, TypeVar, Union

from pydantic import BaseModel, ConfigDict, Field, model_validator

APPLICANT_TYPES = ("person", "enterprise", "hr_agency", "incubator")
COMPARISONS = ("eq", "ne", "lt", "le", "gt", "ge", "in_", "not_in")


class _Node(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


T = TypeVar("T")


def present(value: T | None) -> T:
    """The operand of a node's operator: `_one_form` / `_one_operator` guaranteed it is set, but
    a type checker cannot follow a dispatch on `kind`, so the engine says so where it reads one."""
    assert value is not None, "node validated without its operator"
    return value


def _memo(node: BaseModel, **values) -> None:
    """Which operator a node uses, decided once at load time and kept as plain attributes:
    the engine reads them for every node of every rule, and pydantic's private attributes
    are several times slower to read than an entry of the instance dict."""
    node.__dict__.update(values)


class AsOfYear(_Node):
    """A year relative to the as-of date: {as_of_year: -2} is two years before as_of's year."""

    as_of_year: int


class AsOfDate(_Node):
    """A date relative to the as-of date: {as_of_years: -2} is as_of two years earlier ("离校2年内")."""

    as_of_years: int


class FactDate(_Node):
    """A date relative to another date fact: {date_of: graduation_date, years: 1} is one year after
    leaving school ("离校1年内…灵活就业": when flexible employment began, not the as-of date)."""

    date_of: str
    years: int = 0


Scalar = Union[bool, int, float, date, str]
Operand = Union[AsOfYear, AsOfDate, FactDate, Scalar]


class Cond(_Node):
    all: list[Cond] | None = None
    any: list[Cond] | None = None
    not_: Cond | None = Field(None, alias="not")
    fact: str | None = None
    expr: Formula | None = None
    eq: Operand | None = None
    ne: Operand | None = None
    lt: Operand | None = None
    le: Operand | None = None
    gt: Operand | None = None
    ge: Operand | None = None
    in_: list[Scalar] | None = Field(None, alias="in")
    not_in: list[Scalar] | None = None
    label: str | None = None  # how the trace names this condition, in Chinese

    if TYPE_CHECKING:  # set by _memo at load time (plain instance attributes, not fields)
        kind: str
        op: str
        operand: Any

    @model_validator(mode="after")
    def _one_form(self) -> Cond:
        groups = [k for k in ("all", "any", "not_") if getattr(self, k) is not None]
        ops = [k for k in COMPARISONS if getattr(self, k) is not None]
        subjects = [k for k in ("fact", "expr") if getattr(self, k) is not None]
        if groups:
            if len(groups) > 1 or ops or subjects:
                raise ValueError(f"a condition is one of all / any / not, got {groups + ops + subjects}")
            if groups[0] != "not_" and not getattr(self, groups[0]):
                raise ValueError(f"{groups[0]}: needs at least one condition")
            _memo(self, kind=groups[0], op="", operand=None)
            return self
        if len(subjects) != 1 or len(ops) != 1:
            raise ValueError(f"a comparison needs one of fact/expr and exactly one operator, got {subjects + ops}")
        _memo(self, kind=subjects[0], op=ops[0], operand=getattr(self, ops[0]))
        return self


class Step(_Node):
    from_: float = Field(alias="from")
    rate: float


class Tiers(_Node):
    by: Formula
    steps: list[Step] = Field(min_length=1)

    @model_validator(mode="after")
    def _ascending(self) -> Tiers:
        froms = [s.from_ for s in self.steps]
        if froms != sorted(froms) or len(set(froms)) != len(froms):
            raise ValueError("tiers: steps must be in strictly ascending order of `from`")
        return self


class Lookup(_Node):
    fact: str
    values: dict[str, float]


class IfNode(_Node):
    cond: Cond
    then: Formula
    else_: Formula = Field(alias="else")


class Formula(_Node):
    const: float | None = None
    fact: str | None = None
    local: str | None = None  # a figure the text leaves to local practice: never computed
    sum: list[Formula] | None = None
    mul: list[Formula] | None = None
    sub: list[Formula] | None = Field(None, min_length=2, max_length=2)
    div: list[Formula] | None = Field(None, min_length=2, max_length=2)
    min: list[Formula] | None = None
    max: list[Formula] | None = None
    pct: float | None = None
    of: Formula | None = None
    tiers: Tiers | None = None
    lookup: Lookup | None = None
    if_: IfNode | None = Field(None, alias="if")
    unit: str | None = None  # shown after the number: "元/人", "人", "个月"
    label: str | None = None  # shown for the node: "参保职工人数"

    if TYPE_CHECKING:  # set by _memo at load time (a plain instance attribute, not a field)
        kind: str

    @model_validator(mode="after")
    def _one_operator(self) -> Formula:
        keys = [
            k
            for k in (
                "const",
                "fact",
                "local",
                "sum",
                "mul",
                "sub",
                "div",
                "min",
                "max",
                "pct",
                "tiers",
                "lookup",
                "if_",
            )
            if getattr(self, k) is not None
        ]
        if len(keys) != 1:
            raise ValueError(f"a formula node has exactly one operator, got {keys}")
        if (keys[0] == "pct") != (self.of is not None):
            raise ValueError("`pct` and `of` go together")
        _memo(self, kind=keys[0])
        return self


Cond.model_rebuild()
Tiers.model_rebuild()
IfNode.model_rebuild()
Formula.model_rebuild()


class Citation(_Node):
    clause_id: str
    quote: str = Field(min_length=4)  # the specific sentence(s), verbatim from the clause


class RuleValidity(_Node):
    """The period of this measure as the text states it (not the clause's: a clause holds several)."""

    start: date | None = None
    end: date | None = None
    kind: Literal["dated", "open_ended", "event_bound", "none"] | None = None
    quote: str | None = None  # the words that state the period, verbatim from the clause
    clause_id: str | None = None  # defaults to the rule's first citation
    basis: str

    @model_validator(mode="after")
    def _consistent(self) -> RuleValidity:
        derived = "dated" if self.end else "open_ended" if self.start else None
        if self.kind is None:
            object.__setattr__(self, "kind", derived or "none")
        elif derived and self.kind != derived:
            raise ValueError(f"validity.kind {self.kind} contradicts start/end (expected {derived})")
        if self.start and self.end and self.start > self.end:
            raise ValueError("validity.start is after validity.end")
        if (self.start or self.end) and not self.quote:
            raise ValueError("a dated validity needs the quote that states it")
        return self


class Quoted(_Node):
    """Words of a clause, verified verbatim at build (clause_id defaults to the rule's first citation)."""

    quote: str = Field(min_length=2)
    clause_id: str | None = None


class PaysFor(Quoted):
    """What the money (or relief) is for: two rules paying for the same base are alternatives
    unless the text says they combine. `share` says whether the rule covers the whole base
    (免征, 全额) or only part of it (减半, 暂缓): between two unknown amounts the whole wins."""

    base: str
    share: Literal["full", "partial"] = "full"


class Supersedes(Quoted):
    """This (city) rule replaces a broader rule for its jurisdiction; `quote` states why: the
    broader text leaves the standard to the cities, or this document implements the broader one."""

    rule: str
    reason: str


class Base(_Node):
    """A thing benefits pay for (rules/bases.yaml): the same rent, the same premiums, the same hire.
    `combine` quotes the text where it rules on combining ("对同一类人员的补助或补贴不可同时享受");
    without it the text is silent and the answer says "以经办部门认定为准".

    `per_person`: the base is one person each ("同一类人员"): per-head measures paying for it are
    shared out person by person (package.allocate) instead of one replacing the other.
    `keep`: the text offers a choice for part of the base only ("培训期间可在失业保险金和生活费补贴中
    任选一项"): the package keeps this rule, and the other stays the named alternative."""

    name: str
    combine: Quoted | None = None
    per_person: bool = False
    keep: str | None = None


class Amendment(_Node):
    """A later text that changes the period of named measures of other documents (rules/amendments.yaml):
    "…困难企业开展职工在岗培训的补贴政策，实施期限均延长至2020年12月31日". The quote is verified in its
    clause at build; the amending clause's region must contain each amended rule's jurisdiction."""

    id: str
    # extend: a later end ("实施期限延长至…"); suspend: the measure stops ("停止执行"), `end` is its
    # last day; replace: the amending text's own measures apply instead ("按本通知执行"), named in
    # `replaced_by`, and the old one runs to `end`
    kind: Literal["extend", "suspend", "replace"] = "extend"
    clause_id: str
    quote: str = Field(min_length=4)
    rules: list[str] = Field(min_length=1)
    end: date
    basis: str
    replaced_by: list[str] = []


class Window(_Node):
    """When the qualifying event must happen (hired "2021年12月31日前", arrived "自…至…期间").
    With a date `fact`, the event's date decides eligibility; without one the window is stated
    for people and the conditions carry it (a yes/no fact such as opened_during_spring_festival)."""

    fact: str | None = None
    start: date | None = None
    end: date | None = None
    quote: str
    clause_id: str | None = None
    basis: str
    # The window's dates are conditions on the event, not the measure's period (the measure's
    # validity then states no end): the words a person reads about them ("2020年3月10日前复工、
    # 2020年2月10日起一个月内新吸纳就业的，可享受"). Set, the quoted sentence says these words
    # instead of reading its dates as a period (knowledge/event_windows.py).
    said: str | None = None
    # Its short words for a badge while the window is open ("2021年12月31日前招用的可享受，每人最长3年").
    badge: str | None = None


class BenefitPeriod(_Node):
    """How long the benefit runs from the event ("自签订劳动合同…当月起，在3年内"): validity on
    as_of is then the person's own period where the event's date is known."""

    from_fact: str
    months: int = Field(gt=0)
    from_month_start: bool = False
    quote: str
    clause_id: str | None = None
    basis: str


Nature = Literal[
    "subsidy",
    "refund",
    "tax_relief",
    "fee_relief",
    "loan",
    "interest_subsidy",
    "benefit_extension",
    "unemployment_benefit",
    "social_assistance",
]


class Amount(_Node):
    nature: Nature
    standard: str  # the standard as the text states it, shown even when unknown
    formula: Formula | None = None  # null: the text leaves the figure open (see `standard`)
    bound: Literal["exact", "at_most", "at_least"] = "exact"
    cap: float | None = None  # "最高不超过…": applied after the formula
    period: Literal["one_time", "per_year", "per_month", "per_day", "duration", "unstated"] = "one_time"
    max_duration: str | None = None  # "24个月", "3年": how long a periodic amount may run


class Rule(_Node):
    id: str
    kind: Literal["benefit"] = "benefit"
    name: str
    applicant_types: list[Literal["person", "enterprise", "hr_agency", "incubator"]] = Field(min_length=1)
    jurisdiction: str
    conditions: Cond | None = None
    amount: Amount
    validity: RuleValidity
    citations: list[Citation] = Field(min_length=1)
    pays_for: list[PaysFor] = Field(min_length=1)
    supersedes: list[Supersedes] = []  # broader rules this one replaces within its jurisdiction
    window: Window | None = None
    benefit_period: BenefitPeriod | None = None
    notes: list[str] = []  # how the rule reads the text

    @model_validator(mode="after")
    def _period_needs_window(self) -> Rule:
        if self.benefit_period and not (self.window and self.window.fact == self.benefit_period.from_fact):
            raise ValueError("benefit_period runs from the event of the rule's window (same fact)")
        if self.window and self.window.said and self.validity.end:
            raise ValueError("a window said as a condition on the event is not also the measure's end (validity.end)")
        return self


class Definition(_Node):
    """A fact the text defines from other facts (就业困难人员范围). It can establish the fact as
    true for profiles in its jurisdiction; it never makes it false (recognition is administrative,
    and a person recognised earlier may no longer match the definition today)."""

    id: str
    kind: Literal["definition"]
    name: str
    defines: str
    jurisdiction: str
    when: Cond
    citations: list[Citation] = Field(min_length=1)
    notes: list[str] = []


def cond_facts(c: Cond) -> list[str]:
    """Every fact a condition reads, in order of appearance."""
    if c.kind in ("all", "any"):
        return [n for part in getattr(c, c.kind) for n in cond_facts(part)]
    if c.kind == "not_":
        return cond_facts(present(c.not_))
    if c.kind == "expr":
        return formula_facts(present(c.expr))
    return [present(c.fact)] + ([c.operand.date_of] if isinstance(c.operand, FactDate) else [])


def formula_nodes(f: Formula) -> list[Formula]:
    """The node and every formula node below it (conditions of `if` nodes are not formulas)."""
    k = f.kind
    children: list[Formula] = []
    if k == "pct":
        children = [present(f.of)]
    elif k == "tiers":
        children = [present(f.tiers).by]
    elif k == "if_":
        children = [present(f.if_).then, present(f.if_).else_]
    elif k in ("sum", "mul", "sub", "div", "min", "max"):
        children = getattr(f, k)
    return [f] + [n for c in children for n in formula_nodes(c)]


def formula_facts(f: Formula) -> list[str]:
    """Every fact a formula reads, in order of appearance."""
    out: list[str] = []
    for n in formula_nodes(f):
        if n.kind == "fact":
            out.append(present(n.fact))
        elif n.kind == "lookup":
            out.append(present(n.lookup).fact)
        elif n.kind == "if_":
            out += cond_facts(present(n.if_).cond)
    return out
