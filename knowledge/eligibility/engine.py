"""The eligibility engine: every rule evaluated over one profile on one as-of date.

For each rule: the applicant type and the region are checked first (a rule's jurisdiction covers
every place inside it), then its conditions, three-valued. The result has the contract's shape
(knowledge/../shared/spec/contract.md) plus a few added fields: `refined_by` (a city's own
measure makes a provincial one concrete), `exclusions` ("对同一类人员的补助或补贴不可同时享受"),
`derived_facts` (facts established by a definition in the text) and `counts`.
"""
from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Any

from knowledge import regions
from knowledge.eligibility import questions
from knowledge.eligibility.amounts import amount_result
from knowledge.eligibility.facts import normalize_profile, parse_as_of, profile_to_json, vocabulary
from knowledge.eligibility.loader import RuleError, RuleSet, default_rule_set
from knowledge.eligibility.logic import MARK, Context, Outcome, evaluate as evaluate_cond
from knowledge.eligibility.periods import validity_result
from knowledge.eligibility.schema import Definition, Rule, cond_facts
from knowledge.eligibility.verify import verify_rule_set
from knowledge.records import ClauseRecord, clause_index, load_clauses
from knowledge.registry import documents

STATUS_RANK = {"eligible": 0, "needs_info": 1, "not_eligible": 2}
APPLICANT_LABEL = {"person": "个人", "enterprise": "企业", "hr_agency": "人力资源服务机构", "incubator": "创业孵化载体"}


class Engine:
    def __init__(self, rule_set: RuleSet, records: dict[str, ClauseRecord]):
        # The build verifies too, but records may be parsed in memory or come from a build of
        # another parser version: never cite a quote that is not in the clause being served.
        # Once per process (~0.3 s), not per request.
        errors = verify_rule_set(rule_set, records)
        if errors:
            raise RuleError(errors)
        self.records = records
        doc_order = {doc_id: i for i, doc_id in enumerate(documents())}

        def position(rule: Rule):
            rec = records[rule.citations[0].clause_id]
            return doc_order.get(rec.doc_id, 99), rec.part_no or 0, rec.clause_no or 0, rule.id

        self.rules: list[Rule] = sorted(rule_set.rules, key=position)
        self.order = {r.id: i for i, r in enumerate(self.rules)}
        self.definitions: dict[str, list[Definition]] = {}
        for d in sorted(rule_set.definitions, key=lambda d: d.id):
            self.definitions.setdefault(d.defines, []).append(d)
        self.refiners: dict[str, list[Rule]] = {}
        for r in self.rules:
            for target in r.refines:
                self.refiners.setdefault(target, []).append(r)
        self.static = {r.id: self._static_part(r) for r in self.rules}
        self.reads = {r.id: set(cond_facts(r.conditions)) if r.conditions else set() for r in self.rules}

    def _citation(self, clause_id: str, quote: str) -> dict:
        rec = self.records[clause_id]
        return {"doc_number": rec.doc_number, "doc_title": rec.doc_title, "issuer": rec.issuer,
                "doc_id": rec.doc_id, "clause_id": clause_id, "clause_label": rec.clause_label,
                "heading": rec.heading, "quote": quote}

    def _static_part(self, rule: Rule) -> dict:
        """What does not depend on the profile: citations and departments of the cited clauses."""
        departments: list[str] = []
        for c in rule.citations:
            departments += [d for d in self.records[c.clause_id].departments if d not in departments]
        return {"citations": [self._citation(c.clause_id, c.quote) for c in rule.citations],
                "departments": departments}

    # -- derived facts --------------------------------------------------------------------
    def _derive(self, name: str, ctx: Context) -> Any:
        """A fact the text defines (就业困难人员范围): true where the profile fits a definition of a
        region covering the profile's; otherwise unknown (never false, see schema.Definition)."""
        if name not in self.definitions:
            return None
        if name in ctx.derived:
            return ctx.derived[name]["value"] if ctx.derived[name] else None
        ctx.derived[name] = None  # guards against a definition that reads its own fact
        region = ctx.profile.get("region")
        for d in self.definitions[name]:
            if region is None or not regions.covers(d.jurisdiction, region):
                continue
            out = evaluate_cond(d.when, ctx)
            if out.value:
                ctx.derived[name] = {"value": True, "by": d.id, "name": d.name, "reasons": out.lines,
                                     "citations": [self._citation(c.clause_id, c.quote) for c in d.citations]}
                return True
        return None

    # -- one rule -----------------------------------------------------------------------------
    def _gates(self, rule: Rule, profile: dict) -> Outcome:
        applicant, region = profile.get("applicant_type"), profile.get("region")
        wanted = "/".join(APPLICANT_LABEL[t] for t in rule.applicant_types)
        a_ok = None if applicant is None else applicant in rule.applicant_types
        r_ok = None if region is None else regions.covers(rule.jurisdiction, region)
        shown_a = APPLICANT_LABEL.get(applicant, "未知")
        lines = [f"{MARK[a_ok]}：申请主体为{wanted}（实际：{shown_a}）",
                 f"{MARK[r_ok]}：所在地属于{rule.jurisdiction}（实际：{region or '未知'}）"]
        missing = [n for n, ok in (("applicant_type", a_ok), ("region", r_ok)) if ok is None]
        value = False if False in (a_ok, r_ok) else None if missing else True
        return Outcome(value, missing if value is None else [], lines)

    def _one(self, rule: Rule, ctx: Context) -> dict:
        gates = self._gates(rule, ctx.profile)
        cond = evaluate_cond(rule.conditions, ctx) if rule.conditions else Outcome(True, [], [])
        values = (gates.value, cond.value)
        status = ("not_eligible" if False in values else "needs_info" if None in values else "eligible")
        missing: list[str] = []
        if status == "needs_info":
            missing = [m for m in gates.missing + cond.missing]
            missing = sorted(set(missing), key=lambda n: vocabulary()[n].order)
        validity = validity_result(rule.validity, ctx.as_of)
        reasons = gates.lines + cond.lines
        for fact in sorted(ctx.derived):
            info = ctx.derived[fact]
            if info and fact in self.reads[rule.id] and fact not in ctx.profile:
                reasons.append(f"说明：{vocabulary()[fact].meaning}一项按{info['name']}（{info['by']}）推定为是")
        reasons.append(f"有效性：{validity['basis']}")
        return {"benefit_id": rule.id, "name": rule.name, "status": status,
                "amount": amount_result(rule.amount, ctx, payable=status != "not_eligible"),
                "validity": validity, **self.static[rule.id], "missing_facts": missing,
                "reasons": reasons, "applicant_types": list(rule.applicant_types),
                "jurisdiction": rule.jurisdiction, "refines": list(rule.refines), "notes": list(rule.notes)}

    # -- all rules ----------------------------------------------------------------------------
    def evaluate(self, profile: Any, as_of: Any = None) -> dict:
        clean = normalize_profile(profile)
        day: date = parse_as_of(as_of)
        ctx = Context(clean, day, derive=self._derive)
        results = {r.id: self._one(r, ctx) for r in self.rules}
        self._mark_refinements(results, clean.get("region"))
        self._mark_exclusions(results)
        benefits = sorted(results.values(), key=lambda b: (STATUS_RANK[b["status"]], self.order[b["benefit_id"]]))
        counts = {s: sum(1 for b in benefits if b["status"] == s) for s in STATUS_RANK}
        derived = {k: v for k, v in sorted(ctx.derived.items()) if v}
        return {"as_of": day.isoformat(), "profile": profile_to_json(clean), "benefits": benefits,
                "next_question": questions.next_question(benefits), "counts": counts,
                "derived_facts": derived}

    def _mark_refinements(self, results: dict[str, dict], region: str | None) -> None:
        for target, refiners in self.refiners.items():
            here = [r for r in refiners if region and regions.covers(r.jurisdiction, region)]
            results[target]["refined_by"] = [r.id for r in here]
            for r in here:
                results[target]["reasons"].append(f"说明：{r.jurisdiction}对本项有具体规定，见“{r.name}”（{r.id}）")

    def _mark_exclusions(self, results: dict[str, dict]) -> None:
        open_ = {bid for bid, b in results.items() if b["status"] != "not_eligible"}
        for rule in self.rules:
            out = []
            for e in rule.exclusions:
                others = [r.id for r in self.rules if r.id != rule.id and r.id in open_
                          and any(x.group == e.group for x in r.exclusions)]
                out.append({"group": e.group, "clause_id": e.clause_id, "quote": e.quote, "with": others})
                if others and rule.id in open_:
                    results[rule.id]["reasons"].append(
                        f"注意：{e.quote}——与{'、'.join(results[o]['name'] for o in others)}不可对同一人员重复享受")
            results[rule.id]["exclusions"] = out


@lru_cache(maxsize=1)
def default_engine() -> Engine:
    return Engine(default_rule_set(), clause_index(load_clauses()))


def evaluate(profile: Any, as_of: Any = None) -> dict:
    return default_engine().evaluate(profile, as_of)
