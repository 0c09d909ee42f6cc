"""The eligibility engine: every rule evaluated over one profile on one as-of date.

For each rule: the applicant type and the region are checked first (a rule's jurisdiction covers
every place inside it), then its conditions and its event window, three-valued. The result has
the contract's shape (../shared/spec/contract.md), including the claimable `package` and each
benefit's `superseded_by` and `overlaps` (package.py), plus a few added fields: `window` (when
the qualifying event must happen), `supersedes`, `derived_facts` (facts established by a
definition in the text) and `counts`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from knowledge import regions
from knowledge.builds import per_build
from knowledge.eligibility import questions
from knowledge.eligibility.allocation import per_head
from knowledge.eligibility.amounts import amount_result, value_of
from knowledge.eligibility.facts import normalize_profile, parse_as_of, profile_to_json, read_mapped, vocabulary
from knowledge.eligibility.loader import RuleError, RuleSet, default_rule_set
from knowledge.eligibility.logic import Context, Outcome
from knowledge.eligibility.logic import evaluate as evaluate_cond
from knowledge.eligibility.package import Bases, People, Rank, build_package, in_force, mark_overlaps, overlap_pairs
from knowledge.eligibility.periods import validity_result
from knowledge.eligibility.rule_index import RuleIndex, rule_fields
from knowledge.eligibility.same_content import content_keys
from knowledge.eligibility.schema import Definition, Rule, cond_facts, present
from knowledge.eligibility.supersession import Supersession
from knowledge.eligibility.verify import verify_rule_set
from knowledge.eligibility.windows import own_period, period_validity, window_result, with_window
from knowledge.records import ClauseRecord, clause_index, load_clauses, not_yet_issued
from knowledge.registry import documents
from knowledge.validity import claim_sentence

STATUS_RANK = {"eligible": 0, "needs_info": 1, "not_eligible": 2}
APPLICANT_LABEL = vocabulary()["applicant_type"].labels  # facts_extra.yaml's labels, not a copy


class Engine:
    applicant_labels = APPLICANT_LABEL

    def __init__(self, rule_set: RuleSet, records: dict[str, ClauseRecord], scan_all: bool = False):
        """`scan_all`: evaluate every rule in full (no rule_index), the reference the index is checked
        against and the benchmark's "before"."""
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
        self.by_id = {r.id: r for r in self.rules}
        self.order = {r.id: i for i, r in enumerate(self.rules)}
        self.definitions: dict[str, list[Definition]] = {}
        for d in sorted(rule_set.definitions, key=lambda d: d.id):
            self.definitions.setdefault(d.defines, []).append(d)
        self.bases = Bases(
            rule_set.bases,
            {name: records[present(b.combine.clause_id)].region for name, b in rule_set.bases.items() if b.combine},
        )
        self.heads = {r.id: ph for r in self.rules for ph in [per_head(r)] if ph}
        self.pairs, self.people_pairs = overlap_pairs(self.rules, rule_set.bases, self.heads)
        self.amended = {rid: a for a in rule_set.amendments for rid in a.rules}
        # a document whose clause labels restart in every part names a clause by part and label
        labels: dict[str, list[str]] = {}
        for rec in records.values():
            if rec.clause_label:
                labels.setdefault(rec.doc_id, []).append(rec.clause_label)
        self.part_labelled = {d for d, ls in labels.items() if len(ls) != len(set(ls))}
        self.conds = {r.id: with_window(r) for r in self.rules}
        self.static = {r.id: self._static_part(r) for r in self.rules}
        self.reads = {r.id: set(cond_facts(c)) if c else set() for r in self.rules for c in [self.conds[r.id]]}
        self.ranks = {r.id: self._rank(r) for r in self.rules}
        self.index = RuleIndex(self.rules, scan_all)
        self.same_conds = content_keys(self.conds)
        self.same_amount = content_keys({r.id: r.amount for r in self.rules})
        self.supersession = Supersession(self.rules, self._doc)

    def _rank(self, rule: Rule) -> Rank:
        rec = self.records[rule.citations[0].clause_id]
        f = rule.amount.formula
        share_of = None
        if f is not None and f.kind == "pct" and present(f.of).kind == "local":
            share_of = (present(present(f.of).local), present(f.pct))
        return Rank(
            depth=len(regions.ancestors(rule.jurisdiction)),
            issued=rec.issued.isoformat() if rec.issued else "",
            order=self.order[rule.id],
            full=all(p.share == "full" for p in rule.pays_for),
            doc=rec.doc_id,
            share_of=share_of,
        )

    def clause_ref(self, rec: ClauseRecord) -> str:
        """ "三、（二）" where labels restart in every part (凌政发〔2019〕14号), else the label."""
        if rec.doc_id in self.part_labelled and rec.part_label:
            return f"{rec.part_label}{rec.clause_label}"
        return rec.clause_label

    def citation(self, clause_id: str, quote: str) -> dict:
        """A clause's words as a citation card (combining.py: the sentence ruling on combining)."""
        return self._citation(clause_id, quote)

    def _citation(self, clause_id: str, quote: str) -> dict:
        rec = self.records[clause_id]
        return {
            "doc_number": rec.doc_number,
            "doc_title": rec.doc_title,
            "issuer": rec.issuer,
            "doc_id": rec.doc_id,
            "clause_id": clause_id,
            "clause_label": rec.clause_label,
            "clause_ref": self.clause_ref(rec),
            "heading": rec.heading,
            "quote": quote,
            # the date names a document printed without title or number (answers.citations.doc_name)
            "issued": rec.issued.isoformat() if rec.issued else None,
        }

    def _static_part(self, rule: Rule) -> dict:
        """What does not depend on the profile: citations and departments of the cited clauses."""
        departments: list[str] = []
        for c in rule.citations:
            departments += [d for d in self.records[c.clause_id].departments if d not in departments]
        return {"citations": [self._citation(c.clause_id, c.quote) for c in rule.citations], "departments": departments}

    # -- derived facts --------------------------------------------------------------------
    def _derive(self, name: str, ctx: Context) -> Any:
        """A fact the text defines (就业困难人员范围): true where the profile fits a definition of a
        region covering the profile's; otherwise unknown (never false, see schema.Definition).
        An enum read from a text fact by its table of words (facts_extra.yaml text_maps)."""
        mapped = read_mapped(name, ctx.profile)
        if mapped is not None:
            return mapped
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
                ctx.derived[name] = {
                    "value": True,
                    "by": d.id,
                    "name": d.name,
                    "reasons": out.lines,
                    "citations": [self._citation(c.clause_id, c.quote) for c in d.citations],
                }
                return True
        return None

    # -- one rule -----------------------------------------------------------------------------
    def _one(self, rule: Rule, ctx: Context, memo: dict) -> dict:
        """`memo`: this evaluation's outcomes of conditions and amounts by content (same_content.py)."""
        gates = self.index.gates(rule, ctx.profile)
        conditions = self.conds[rule.id]
        cond = memo.get(("cond", self.same_conds[rule.id]))
        if cond is None:
            cond = evaluate_cond(conditions, ctx) if conditions else Outcome(True, [], [])
            memo[("cond", self.same_conds[rule.id])] = cond
        values = (gates.value, cond.value)
        status = "not_eligible" if False in values else "needs_info" if None in values else "eligible"
        missing: list[str] = []
        if status == "needs_info":
            missing = [m for m in gates.missing + cond.missing]
            missing = sorted(set(missing), key=lambda n: vocabulary()[n].order)
        validity = self.index.measure_validity(rule, ctx, self)
        period = own_period(rule, ctx)  # the person's own, never the measure's validity
        window = window_result(rule, ctx)
        reasons = gates.lines + cond.lines
        for fact in sorted(ctx.derived):
            info = ctx.derived[fact]
            if info and fact in self.reads[rule.id] and fact not in ctx.profile:
                reasons.append(f"说明：{vocabulary()[fact].title}一项按{info['name']}推定为是")
        for fact in sorted(self.reads[rule.id]):
            if fact not in ctx.profile and read_mapped(fact, ctx.profile) is not None:
                reasons.append(f"说明：{vocabulary()[fact].title}一项按所填行业“{ctx.profile.get('industry')}”推定")
        if window:
            reasons.append(f"事件期间：{window['basis']}")
        reasons.append(f"有效性：{validity['basis']}")
        if period:
            reasons.append(f"享受期：{period['basis']}")
        return {
            "benefit_id": rule.id,
            "name": rule.name,
            "status": status,
            "in_force": in_force({"validity": validity, "own_period": period}),
            "amount": self._amount(rule, ctx, status != "not_eligible", memo),
            "validity": validity,
            "own_period": period,
            "window": window,
            **self.static[rule.id],
            "missing_facts": missing,
            "reasons": reasons,
            **rule_fields(rule),
            "_in_scope": gates.value is not False,
        }

    def _amount(self, rule: Rule, ctx: Context, payable: bool, memo: dict) -> dict:
        key = ("amount", self.same_amount[rule.id], payable)
        if key not in memo:
            memo[key] = amount_result(rule.amount, ctx, payable=payable)
        return dict(memo[key])  # its own dict in each record; the values inside are only read

    def _validity(self, rule: Rule, ctx: Context) -> dict:
        rec = self.records[rule.citations[0].clause_id]
        validity = validity_result(
            rule.validity, ctx.as_of, issued=rec.issued, amendment=self._amendment(rule, ctx.as_of)
        )
        out = period_validity(rule, ctx, validity)
        if rule.window and rule.window.said:  # its dates are conditions on the event, said as such
            out = {**out, "window": rule.window.said, "window_badge": rule.window.badge}
            claim = claim_sentence([s.text for s in rec.sentences])
            if claim:  # the clause's own claiming period (eval44 D19)
                out["claim"] = claim
            w = rule.window
            if out["status"] == "unknown" and w.end and ctx.as_of <= w.end:  # the event can still happen
                out["status"] = "active"
        return out

    # -- all rules ----------------------------------------------------------------------------
    def evaluate(self, profile: Any, as_of: Any = None) -> dict:
        clean = normalize_profile(profile)
        day: date = parse_as_of(as_of)
        ctx = Context(clean, day, derive=self._derive, compute=value_of)
        inside = self.index.candidates(clean)
        memo: dict = {}
        results = {r.id: self._one(r, ctx, memo) for r in inside}
        in_scope = {bid for bid, b in results.items() if b.pop("_in_scope")}
        results = self.index.with_outside(results, ctx, self)  # every rule, in the engine's order
        self.supersession.mark(results, clean.get("region"))
        mark_overlaps(results, self.pairs, in_scope, self.bases, self.people_pairs)
        # eligible, then needs_info, then not_eligible, each in the engine's order; only candidates can
        # be anything but not_eligible, so only they are sorted (the package and the next question read
        # the eligible and needs_info ones alone)
        rank = lambda b: (STATUS_RANK[b["status"]], self.order[b["benefit_id"]])  # noqa: E731
        head = sorted((b for r in inside if (b := results[r.id])["status"] != "not_eligible"), key=rank)
        benefits = head + [b for b in results.values() if b["status"] == "not_eligible"]
        counts = {s: sum(1 for b in head if b["status"] == s) for s in STATUS_RANK}
        counts["not_eligible"] = len(benefits) - len(head)
        derived = {k: v for k, v in sorted(ctx.derived.items()) if v}
        people = People(self.people_pairs, self.heads, clean)
        return {
            "as_of": day.isoformat(),
            "profile": profile_to_json(clean),
            "benefits": benefits,
            "package": build_package(head, self.ranks, self.bases, people),
            "next_question": questions.next_question(head),
            "counts": counts,
            "derived_facts": derived,
        }

    def _amendment(self, rule: Rule, as_of: date) -> dict | None:
        """The amendment in effect on as_of: a text changes nothing before it was issued (what a
        person is told holds on the day asked)."""
        a = self.amended.get(rule.id)
        if a is None:
            return None
        rec = self.records[a.clause_id]
        if not_yet_issued(rec, as_of):
            return None
        return {
            "end": a.end,
            "by": f"{rec.doc_number or rec.doc_title or rec.issuer}{self.clause_ref(rec)}",
            "quote": a.quote,
            "basis": a.basis,
            "clause_id": a.clause_id,
            "kind": a.kind,
        }

    def _doc(self, rule: Rule) -> str:
        rec = self.records[rule.citations[0].clause_id]
        return f"{rec.doc_number or rec.doc_title or rec.issuer}{self.clause_ref(rec)}"


@per_build()
def default_engine() -> Engine:
    import knowledge.build  # noqa: F401  registers the in-memory parser for an unbuilt tree

    return Engine(default_rule_set(), clause_index(load_clauses()))


def evaluate(profile: Any, as_of: Any = None) -> dict:
    return default_engine().evaluate(profile, as_of)
