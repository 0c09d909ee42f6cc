"""Build-time verification of the rules against the clause records and the fact vocabulary.

`verify_rules(records)` returns one message per problem (empty when all is well):
  - every rule file matches the schema, and its id matches its path;
  - every cited clause exists and every quote (citation, validity, exclusion) occurs verbatim
    in that clause, whitespace-insensitively (the PDF puts spaces around digits);
  - a rule's jurisdiction is the region of the documents it cites;
  - every fact a rule reads is declared, has a question, and is compared with values of its
    type and value set;
  - every base a rule `pays_for` is declared in rules/bases.yaml, and every base is used;
  - `supersedes` names an existing rule whose jurisdiction contains this one's and which pays
    for a base this one pays for too;
  - a window's event fact is a declared date fact;
  - a validity end is the end its quoted words state (read as a sentence's period is read), so a
    measure that "ends with its period" ("2020年第一季度", "春节期间（截至2020年2月9日）") is verified.
Quotes of pays_for, supersedes, window, benefit_period and a base's `combine` are checked like
citations: verbatim in their clause.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator

from knowledge import regions
from knowledge.eligibility.facts import vocabulary
from knowledge.eligibility.loader import RuleSet, load_rule_set
from knowledge.eligibility.schema import (
    AsOfDate,
    AsOfYear,
    BenefitPeriod,
    Cond,
    Definition,
    FactDate,
    Formula,
    PaysFor,
    Rule,
    RuleValidity,
    Supersedes,
    Window,
    formula_nodes,
    present,
)
from knowledge.records import ClauseRecord
from knowledge.validity import read_sentence

_WS = re.compile(r"\s+")
ORDER_OPS = {"lt", "le", "gt", "ge"}


def squash(text: str) -> str:
    return _WS.sub("", text)


def verify_rules(records: Iterable[ClauseRecord], root: Path | None = None) -> list[str]:
    rule_set, errors = load_rule_set(root)
    return errors + verify_rule_set(rule_set, {r.clause_id: r for r in records})


def verify_rule_set(rule_set: RuleSet, index: dict[str, ClauseRecord]) -> list[str]:
    errors: list[str] = []
    by_id = {r.id: r for r in rule_set.rules}
    items: list[Rule | Definition] = [*rule_set.rules, *rule_set.definitions]
    for item in items:
        errors += [f"{item.id}: {msg}" for msg in _check_item(item, index, by_id)]
    used = Counter(p.base for r in rule_set.rules for p in r.pays_for)
    errors += [
        f"{r.id}: pays_for base {p.base!r} is not declared in rules/bases.yaml"
        for r in rule_set.rules
        for p in r.pays_for
        if p.base not in rule_set.bases
    ]
    errors += [f"bases.yaml: base {b!r} is not used by any rule" for b in rule_set.bases if not used[b]]
    for a in rule_set.amendments:
        errors += [f"amendments.yaml: {a.id}: {m}" for m in _amendment_errors(a, index, by_id)]
    for name, base in rule_set.bases.items():
        if base.keep and base.keep not in by_id:
            errors.append(f"bases.yaml: {name}: keep names no rule {base.keep}")
        elif base.keep and name not in {p.base for p in by_id[base.keep].pays_for}:
            errors.append(f"bases.yaml: {name}: keep {base.keep} does not pay for this base")
        if base.combine:
            errors += [
                f"bases.yaml: {name}: {m}"
                for m in _quote_errors(index, base.combine.clause_id, base.combine.quote, "combine")
            ]
    return errors


def _amendment_errors(a, index: dict[str, ClauseRecord], by_id: dict[str, Rule]) -> list[str]:
    errors = _quote_errors(index, a.clause_id, a.quote, "quote")
    rec = index.get(a.clause_id)
    for rule_id in a.rules:
        rule = by_id.get(rule_id)
        if rule is None:
            errors.append(f"rules: no rule {rule_id}")
        elif rec is not None and not regions.covers(rec.region, rule.jurisdiction):
            errors.append(f"rules: {rule_id} ({rule.jurisdiction}) is outside {rec.region}, the amending text's region")
        elif a.kind == "extend" and rule.validity.end and rule.validity.end >= a.end:
            errors.append(f"rules: {rule_id} already runs to {rule.validity.end}, not extended by {a.end}")
        elif a.kind != "extend" and rule.validity.end and rule.validity.end < a.end:
            errors.append(f"rules: {rule_id} already ended on {rule.validity.end}, before {a.kind} on {a.end}")
    errors += [f"replaced_by: no rule {r}" for r in a.replaced_by if r not in by_id]
    return errors


def _quote_errors(index: dict[str, ClauseRecord], clause_id: str | None, quote: str, where: str) -> list[str]:
    rec = index.get(clause_id) if clause_id else None
    if rec is None:
        return [f"{where}: clause {clause_id} does not exist"]
    if squash(quote) not in squash(rec.text):
        return [f"{where}: quote not found verbatim in {clause_id}: {quote[:40]}…"]
    return []


def _check_item(item: Rule | Definition, index: dict[str, ClauseRecord], by_id: dict[str, Rule]) -> Iterator[str]:
    try:
        jurisdiction = regions.normalize_region(item.jurisdiction)
    except regions.UnknownRegion as exc:
        yield f"jurisdiction: {exc}"
        return
    if jurisdiction != item.jurisdiction:
        yield f"jurisdiction: write the canonical name {jurisdiction!r}"
    for clause_id, quote, where in _quotes(item):
        yield from _quote_errors(index, clause_id, quote, where)
    for c in item.citations:
        rec = index.get(c.clause_id)
        if rec is not None and rec.region != jurisdiction:
            yield f"jurisdiction {jurisdiction} differs from the region {rec.region} of cited {c.clause_id}"
    yield from _check_facts(item)
    if isinstance(item, Rule):
        yield from _check_links(item, jurisdiction, by_id)
    else:
        fact = vocabulary().get(item.defines)
        if fact is None or fact.type != "bool":
            yield f"defines: {item.defines} is not a declared bool fact"


def _quotes(item: Rule | Definition) -> list[tuple[str | None, str, str]]:
    """(clause_id, quote, where) of every verbatim quote an item makes."""
    quotes: list[tuple[str | None, str, str]] = [(c.clause_id, c.quote, "citation") for c in item.citations]
    if isinstance(item, Definition):
        return quotes
    first = item.citations[0].clause_id
    extra: list[tuple[RuleValidity | Window | BenefitPeriod | PaysFor | Supersedes | None, str]] = [
        (item.validity, "validity.quote"),
        (item.window, "window.quote"),
        (item.benefit_period, "benefit_period.quote"),
    ]
    extra += [(p, f"pays_for {p.base}") for p in item.pays_for]
    extra += [(s, f"supersedes {s.rule}") for s in item.supersedes]
    return quotes + [(x.clause_id or first, x.quote, where) for x, where in extra if x and x.quote]


def _check_links(rule: Rule, jurisdiction: str, by_id: dict[str, Rule]) -> Iterator[str]:
    for s in rule.supersedes:
        broader = by_id.get(s.rule)
        if broader is None or s.rule == rule.id:
            yield f"supersedes: no other rule {s.rule}"
        elif not regions.covers(broader.jurisdiction, jurisdiction) or broader.jurisdiction == jurisdiction:
            yield f"supersedes: {s.rule} ({broader.jurisdiction}) does not contain {jurisdiction}"
        elif not {p.base for p in broader.pays_for} & {p.base for p in rule.pays_for}:
            yield f"supersedes: {s.rule} pays for none of the bases this rule pays for"
    yield from _validity_dates(rule)
    if rule.window and rule.window.fact:
        fact = vocabulary().get(rule.window.fact)
        if fact is None or fact.type != "date":
            yield f"window.fact: {rule.window.fact} is not a declared date fact"


def _validity_dates(rule: Rule) -> Iterator[str]:
    v = rule.validity
    if not v.end or not v.quote:
        return
    read = read_sentence(v.quote, None)
    if read is None or (read.end is None and (read.start is None or read.start != v.start)):
        # a quote stating only the start ("2020年2月起") may leave the end to a limit the basis explains
        yield f"validity.end {v.end}: its quote states neither this end nor the start ({v.quote[:30]})"
    elif read.end is not None and read.end != v.end:
        yield f"validity.end {v.end} differs from the end {read.end} its quote states"
    elif v.start and read.start and read.start != v.start:
        yield f"validity.start {v.start} differs from the start {read.start} its quote states"


def _check_facts(item: Rule | Definition) -> Iterator[str]:
    conds = [item.when] if isinstance(item, Definition) else [item.conditions] if item.conditions else []
    formulas = [item.amount.formula] if isinstance(item, Rule) and item.amount.formula else []
    for cond in conds:
        yield from _walk_cond(cond)
    for formula in formulas:
        yield from _walk_formula(formula)


def _fact_ok(name: str) -> Iterator[str]:
    fact = vocabulary().get(name)
    if fact is None:
        yield f"fact {name!r} is not declared in facts.yaml / facts_extra.yaml"
    elif not fact.prompt:
        yield f"fact {name!r} has no question in facts_extra.yaml"


def _walk_cond(cond: Cond) -> Iterator[str]:
    if cond.kind in ("all", "any"):
        for c in getattr(cond, cond.kind):
            yield from _walk_cond(c)
    elif cond.kind == "not_":
        yield from _walk_cond(present(cond.not_))
    elif cond.kind == "expr":
        expr = present(cond.expr)
        yield from _walk_formula(expr)
        if any(n.kind == "local" for n in formula_nodes(expr)):
            yield "a condition cannot compare a local figure: the text gives it no value"
        if not isinstance(cond.operand, (int, float)) or isinstance(cond.operand, bool):
            yield f"expr comparison needs a number, got {cond.operand!r}"
    else:
        errs = list(_fact_ok(present(cond.fact)))
        yield from errs
        if not errs:
            yield from _operand_ok(cond)


def _operand_ok(cond: Cond) -> Iterator[str]:
    fact = vocabulary()[present(cond.fact)]
    values = cond.operand if isinstance(cond.operand, list) else [cond.operand]
    if fact.type in ("bool", "enum", "text") and cond.op in ORDER_OPS:
        yield f"{cond.fact}: cannot order a {fact.type} fact ({cond.op})"
    for v in values:
        ok = {
            "bool": isinstance(v, bool),
            "enum": v in fact.values,
            "text": isinstance(v, str),
            "date": isinstance(v, (date, AsOfDate))
            or (isinstance(v, FactDate) and getattr(vocabulary().get(v.date_of), "type", None) == "date"),
            "int": isinstance(v, (int, float, AsOfYear)) and not isinstance(v, bool),
            "number": isinstance(v, (int, float)) and not isinstance(v, bool),
        }[fact.type]
        if not ok:
            yield f"{cond.fact}: {v!r} is not a valid {fact.type} value" + (
                f" (value set {list(fact.values)})" if fact.type == "enum" else ""
            )


def _walk_formula(formula: Formula) -> Iterator[str]:
    for f in formula_nodes(formula):
        if f.kind == "fact":
            name = present(f.fact)
            yield from _fact_ok(name)
            if vocabulary().get(name) and vocabulary()[name].type not in ("int", "number"):
                yield f"formula reads {name}, which is not numeric"
        elif f.kind == "lookup":
            lookup = present(f.lookup)
            yield from _fact_ok(lookup.fact)
            fact = vocabulary().get(lookup.fact)
            if fact and (fact.type != "enum" or not set(lookup.values) <= set(fact.values)):
                yield f"lookup keys {sorted(lookup.values)} are not values of enum {lookup.fact}"
        elif f.kind == "if_":
            yield from _walk_cond(present(f.if_).cond)
