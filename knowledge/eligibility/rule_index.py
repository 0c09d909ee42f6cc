"""Which rules can apply to a profile: an index of the rule set by place and by applicant type.

A rule whose jurisdiction does not contain the profile's place, or whose applicant types exclude
the profile's, is not_eligible by its gates alone whatever else the profile says. Evaluating its
conditions and amount formula only to say so made one evaluation linear in the whole rule set
(740 ms p95 per profile with ten times today's documents, benchmarks/growth.py; the profiler put
>95 % of the time in the per-rule evaluation). Such a rule is still listed (the result names every
benefit and why it does not apply), but from a short record: the gates' two lines, the measure's
validity on the day and its standard amount without a figure; its own conditions are not traced.
That record depends on the day, the place and the applicant type alone (and, for a window or a
benefit period, the person's event date), so it is built once and shared, read-only (frozen.py),
by every result that lists it: per request only the candidates are evaluated.
Where the place or the applicant type is not known yet, every rule is evaluated in full.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from knowledge import regions
from knowledge.eligibility.facts import vocabulary
from knowledge.eligibility.frozen import FrozenDict, FrozenList, freeze
from knowledge.eligibility.logic import MARK, Context, Outcome
from knowledge.eligibility.package import in_force
from knowledge.eligibility.schema import Rule
from knowledge.eligibility.windows import window_result

_BOUND = 50_000  # cached records (rule x day [x place x applicant]): the least recently used go first
_AFTER_REASONS = ("superseded_by", "overlaps", "applicant_types", "jurisdiction", "supersedes", "notes")


def gates(rule: Rule, applicant: str | None, region: str | None) -> Outcome:
    """Applicant type and place, three-valued: an unknown one is 待确认 and asked for."""
    labels = vocabulary()["applicant_type"].labels
    wanted = "/".join(labels[t] for t in rule.applicant_types)
    a_ok = None if applicant is None else applicant in rule.applicant_types
    r_ok = None if region is None else regions.covers(rule.jurisdiction, region)
    lines = [
        f"{MARK[a_ok]}：申请主体为{wanted}（实际：{labels.get(applicant, '未知')}）",
        f"{MARK[r_ok]}：所在地属于{rule.jurisdiction}（实际：{region or '未知'}）",
    ]
    missing = [n for n, ok in (("applicant_type", a_ok), ("region", r_ok)) if ok is None]
    value = False if False in (a_ok, r_ok) else None if missing else True
    return Outcome(value, missing if value is None else [], lines)


def _event_facts(rule: Rule) -> tuple[str, ...]:
    window = rule.window.fact if rule.window is not None and rule.window.fact else None
    period = rule.benefit_period.from_fact if rule.benefit_period is not None else None
    return tuple(f for f in (window, period) if f)


class RuleIndex:
    def __init__(self, rules: list[Rule], scan_all: bool = False):
        self.rules = rules  # in the engine's order; candidates keep it
        self.scan_all = scan_all
        self.position = {r.id: i for i, r in enumerate(rules)}
        self.by_place: dict[str, list[Rule]] = {}
        for r in rules:
            self.by_place.setdefault(regions.normalize_region(r.jurisdiction), []).append(r)
        self.by_applicant: dict[str, set[str]] = {}
        for r in rules:
            for t in r.applicant_types:
                self.by_applicant.setdefault(t, set()).add(r.id)
        self._candidates: dict[tuple, list[Rule]] = {}
        # a window or benefit period read from the person's own event date enters the short record
        self.events = {r.id: _event_facts(r) for r in rules}
        self._validity: dict[tuple, dict] = {}
        self._gates: dict[tuple, Outcome] = {}
        self._static: dict[str, dict] = {}
        self._shared: OrderedDict[tuple, tuple[dict[str, dict | None], list[Rule]]] = OrderedDict()
        self._shared_size = 0
        self._by_event: dict[tuple, dict] = {}

    def candidates(self, profile: dict) -> list[Rule]:
        """The rules not ruled out by place or applicant type, in the engine's order."""
        region, applicant = profile.get("region"), profile.get("applicant_type")
        key = (region, applicant)
        if key not in self._candidates:  # a handful of keys: places x applicant types
            chosen = self.rules
            if region is not None and not self.scan_all:
                chosen = [r for place in regions.ancestors(region) for r in self.by_place.get(place, ())]
            if applicant is not None and not self.scan_all:
                allowed = self.by_applicant.get(applicant, set())
                chosen = [r for r in chosen if r.id in allowed]
            self._candidates[key] = sorted(chosen, key=lambda r: self.position[r.id])
        return self._candidates[key]

    def gates(self, rule: Rule, profile: dict) -> Outcome:
        """The applicant-type and place gates of a rule (the first two lines of every record of it),
        kept per rule, applicant type and place; the Outcome's lists are only read."""
        applicant, region = profile.get("applicant_type"), profile.get("region")
        key = (rule.id, applicant, region)
        out = self._gates.get(key)
        if out is None:
            if len(self._gates) > _BOUND:
                self._gates.clear()
            out = self._gates[key] = gates(rule, applicant, region)
        return out

    def with_outside(self, results: dict[str, dict], ctx: Context, engine) -> dict[str, dict]:
        """`results` (the candidates, evaluated in full) and a shared short record for every other
        rule, in the engine's order."""
        if len(results) == len(self.rules):
            return results
        listing, events = self._listing(ctx, engine)
        out = listing.copy()  # every rule in order; the candidates' and event rules' places still None
        out.update(results)
        for r in events:
            out[r.id] = self._event_record(r, ctx, engine)
        return out  # type: ignore[return-value]  # no None left: candidates + event rules + shared = all

    def _listing(self, ctx: Context, engine) -> tuple[dict[str, dict | None], list[Rule]]:
        """For this day, place and applicant type: every rule id in the engine's order with the short
        record of a rule left out whose record reads nothing else from the profile (built once, then
        shared read-only by every result), and the rules left out whose record reads an event date."""
        key = (ctx.as_of, ctx.profile.get("region"), ctx.profile.get("applicant_type"))
        entry = self._shared.get(key)
        if entry is None:
            inside = {r.id for r in self.candidates(ctx.profile)}
            out = [r for r in self.rules if r.id not in inside]
            listing = {
                r.id: None if r.id in inside or self.events[r.id] else self._short(r, ctx, engine) for r in self.rules
            }
            entry = self._shared[key] = (listing, [r for r in out if self.events[r.id]])
            self._shared_size += len(out) - len(entry[1])
            while self._shared_size > _BOUND and len(self._shared) > 1:  # the least recently used go first
                old = self._shared.popitem(last=False)[1][0]
                self._shared_size -= sum(1 for v in old.values() if v is not None)
        else:
            self._shared.move_to_end(key)
        return entry

    def _event_record(self, rule: Rule, ctx: Context, engine) -> dict:
        """The short record of a rule whose window or benefit period reads the person's own event
        date: shared by the profiles with the same date (and day, place, applicant type)."""
        key: tuple = (rule.id, ctx.as_of, ctx.profile.get("region"), ctx.profile.get("applicant_type"))
        key += tuple(ctx.value(f) for f in self.events[rule.id])
        record = self._by_event.get(key)
        if record is None:
            if len(self._by_event) > _BOUND:
                self._by_event.clear()
            record = self._by_event[key] = self._short(rule, ctx, engine)
        return record

    def measure_validity(self, rule: Rule, ctx: Context, engine) -> dict:
        """The rule's validity on the day (engine._validity), frozen and kept per rule and day: the
        measure's own, whatever the person's dates (their own period is the engine's `own_period`)."""
        key = (rule.id, ctx.as_of)
        if key not in self._validity:
            if len(self._validity) > _BOUND:
                self._validity.clear()
            self._validity[key] = freeze(engine._validity(rule, ctx))
        return self._validity[key]

    def _short(self, rule: Rule, ctx: Context, engine) -> dict:
        validity = self.measure_validity(rule, ctx, engine)
        window = window_result(rule, ctx)
        reasons = list(self.gates(rule, ctx.profile).lines)
        if window:
            reasons.append(f"事件期间：{window['basis']}")
        reasons.append(f"有效性：{validity['basis']}")
        part = self._rule_part(rule, engine)
        record: dict[str, Any] = {"benefit_id": rule.id, "name": rule.name, "status": "not_eligible"}
        record |= {"in_force": in_force({"validity": validity}), "amount": part["amount"], "validity": validity}
        record |= {"own_period": None}  # outside the person's scope: no period of theirs is computed
        record |= {"window": freeze(window), "citations": part["citations"], "departments": part["departments"]}
        record |= {"missing_facts": part["missing_facts"], "reasons": FrozenList(reasons)}
        return FrozenDict(record | {k: part[k] for k in _AFTER_REASONS})  # the full record's key order

    def _rule_part(self, rule: Rule, engine) -> dict:
        """What a short record takes from the rule alone, frozen once per rule."""
        part = self._static.get(rule.id)
        if part is None:
            a = rule.amount
            amount: dict[str, Any] = {"value": None, "unit": "元", "text": a.standard, "period": a.period}
            amount |= {"bound": a.bound, "nature": a.nature, "missing_facts": []}
            if a.max_duration:
                amount["max_duration"] = a.max_duration
            part = self._static[rule.id] = freeze(
                {
                    "amount": amount,
                    **engine.static[rule.id],
                    "missing_facts": [],
                    **rule_fields(rule),
                }
            )
        return part


def rule_fields(rule: Rule) -> dict:
    """The parts of a benefit record that come from the rule alone (the full evaluation and the short
    record of a rule left out by the index both end with them)."""
    return {
        "superseded_by": [],
        "overlaps": [],
        "applicant_types": list(rule.applicant_types),
        "jurisdiction": rule.jurisdiction,
        "supersedes": [s.rule for s in rule.supersedes],
        "notes": list(rule.notes),
    }
