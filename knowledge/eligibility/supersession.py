"""Supersession: a rule of a place replaces a broader rule it implements, for a person located there.

The rule set names each replacement (`supersedes` on the replacing rule). Which replacements apply
depends on the person's place alone, so they are listed once per place: with ten times today's
documents, checking every replacement of every place on each evaluation was a visible share of it
(benchmarks/growth.py).
"""

from __future__ import annotations

from collections.abc import Callable

from knowledge import regions
from knowledge.eligibility.frozen import own
from knowledge.eligibility.schema import Rule


class Supersession:
    def __init__(self, rules: list[Rule], doc_of: Callable[[Rule], str]):
        """`rules` in the engine's order; `doc_of(rule)`: the document and clause a person reads."""
        self.by_id = {r.id: r for r in rules}
        self.doc_of = doc_of
        replacers: dict[str, list[tuple[Rule, str]]] = {}
        for r in rules:
            for s in r.supersedes:
                replacers.setdefault(s.rule, []).append((r, s.reason))
        # (target, replacing rule, reason): grouped by target, in the order the marks are written
        self.all = [(target, rule, reason) for target, reps in replacers.items() for rule, reason in reps]
        self._by_place: dict[str, list[tuple[str, Rule, str]]] = {}

    def at(self, region: str | None) -> list[tuple[str, Rule, str]]:
        """The replacements that hold for a person in `region` (none where the place is unknown)."""
        if not region:
            return []
        if region not in self._by_place:  # one entry per place
            self._by_place[region] = [x for x in self.all if regions.covers(x[1].jurisdiction, region)]
        return self._by_place[region]

    def mark(self, results: dict[str, dict], region: str | None) -> None:
        """A broader rule is superseded by a rule of a region containing the applicant's place."""
        for target, rule, reason in self.at(region):
            if target not in results or rule.id not in results:
                continue
            # a local rule not yet in force on the day asked replaces nothing the broader one gives that day: before 大政发〔2020〕18号
            # (2020-06-30) a 大连 firm had 辽政发〔2020〕9号（一）'s refunds themselves (eval71 NB09, 2020-06-01, was told
            # nothing could be claimed)
            if _status(results[rule.id]) == "not_started" and _status(results[target]) != "not_started":
                continue
            # either may be a shared short record of a rule left out here (rule_index.py)
            old, new = own(results, target), own(results, rule.id)
            old["superseded_by"].append(rule.id)
            why = f"在{rule.jurisdiction}按{self.doc_of(rule)}“{rule.name}”执行：{reason}"
            old["superseded_reason"] = why
            old["reasons"].append(f"说明：{why}；本项的规定（{old['amount']['text']}）仍作参考和上限")
            new["reasons"].append(
                f"说明：本项在{rule.jurisdiction}取代{self.doc_of(self.by_id[target])}“{old['name']}”：{reason}"
            )


def _status(result: dict) -> str | None:
    return (result.get("validity") or {}).get("status")
