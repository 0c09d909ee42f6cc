"""Which rules can apply to a profile: an index of the rule set by place and by applicant type.

A rule whose jurisdiction does not contain the profile's place, or whose applicant types exclude
the profile's, is not_eligible by its gates alone whatever else the profile says. Evaluating its
conditions and amount formula only to say so made one evaluation linear in the whole rule set
(740 ms p95 per profile with ten times today's documents, benchmarks/growth.py; the profiler put
>95 % of the time in the per-rule evaluation). Such a rule is still listed (the result names every
benefit and why it does not apply), but from a short record: the gates' two lines, the measure's
validity on the day and its standard amount without a figure; its own conditions are not traced.
Where the place or the applicant type is not known yet, every rule is evaluated in full.
"""

from __future__ import annotations

from typing import Any

from knowledge import regions
from knowledge.eligibility.logic import MARK, Context
from knowledge.eligibility.package import in_force
from knowledge.eligibility.schema import Rule
from knowledge.eligibility.windows import window_result

_BOUND = 50_000  # cached records (rule x day [x place x applicant]); cleared whole when full


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
        self._validity: dict[tuple, dict] = {}
        self._templates: dict[tuple, dict] = {}

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

    def with_outside(self, results: dict[str, dict], ctx: Context, engine) -> dict[str, dict]:
        """`results` (the candidates, evaluated in full) and a short record for every other rule,
        in the engine's order."""
        if len(results) == len(self.rules):
            return results
        out = {}
        for r in self.rules:
            out[r.id] = results.get(r.id) or self._outside(r, ctx, engine)
        return out

    def _measure_validity(self, rule: Rule, ctx: Context, engine) -> dict:
        if rule.benefit_period is not None:  # runs from the person's own event: not cacheable
            return engine._validity(rule, ctx)
        key = (rule.id, ctx.as_of)
        if key not in self._validity:
            if len(self._validity) > _BOUND:
                self._validity.clear()
            self._validity[key] = engine._validity(rule, ctx)
        return self._validity[key]

    def _outside(self, rule: Rule, ctx: Context, engine) -> dict:
        """The short record, from a template per (rule, day, place, applicant) where nothing else
        enters it (no window, no benefit period running from the person's own event)."""
        if rule.window is not None or rule.benefit_period is not None:
            return self._short(rule, ctx, engine)
        key = (rule.id, ctx.as_of, ctx.profile.get("region"), ctx.profile.get("applicant_type"))
        t = self._templates.get(key)
        if t is None:
            if len(self._templates) > _BOUND:
                self._templates.clear()
            t = self._templates[key] = self._short(rule, ctx, engine)
        # a fresh record each time: supersession and overlaps append to its lists
        return t | {
            "amount": dict(t["amount"]),
            "validity": dict(t["validity"]),
            "reasons": list(t["reasons"]),
            "superseded_by": [],
            "overlaps": [],
            "applicant_types": list(t["applicant_types"]),
            "supersedes": list(t["supersedes"]),
            "notes": list(t["notes"]),
        }

    def _short(self, rule: Rule, ctx: Context, engine) -> dict:
        applicant, region = ctx.profile.get("applicant_type"), ctx.profile.get("region")
        a_ok = applicant in rule.applicant_types
        r_ok = None if region is None else regions.covers(rule.jurisdiction, region)
        labels = engine.applicant_labels
        wanted = "/".join(labels[t] for t in rule.applicant_types)
        validity = self._measure_validity(rule, ctx, engine)
        window = window_result(rule, ctx)
        reasons = [
            f"{MARK[a_ok]}：申请主体为{wanted}（实际：{labels.get(applicant, '未知')}）",
            f"{MARK[r_ok]}：所在地属于{rule.jurisdiction}（实际：{region or '未知'}）",
        ]
        if window:
            reasons.append(f"事件期间：{window['basis']}")
        reasons.append(f"有效性：{validity['basis']}")
        a = rule.amount
        amount: dict[str, Any] = {"value": None, "unit": "元", "text": a.standard, "period": a.period}
        amount |= {"bound": a.bound, "nature": a.nature, "missing_facts": []}
        if a.max_duration:
            amount["max_duration"] = a.max_duration
        return {
            "benefit_id": rule.id,
            "name": rule.name,
            "status": "not_eligible",
            "in_force": in_force({"validity": validity}),
            "amount": amount,
            "validity": dict(validity),
            "window": window,
            **engine.static[rule.id],
            "missing_facts": [],
            "reasons": reasons,
            "superseded_by": [],
            "overlaps": [],
            "applicant_types": list(rule.applicant_types),
            "jurisdiction": rule.jurisdiction,
            "supersedes": [s.rule for s in rule.supersedes],
            "notes": list(rule.notes),
        }
