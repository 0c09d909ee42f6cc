"""The YAML cases of every rule (knowledge/rules/cases/), run through the whole engine."""

from __future__ import annotations

from collections import Counter

import pytest

from knowledge.eligibility.cases import Case, check, load_cases
from knowledge.eligibility.loader import default_rule_set

CASES = load_cases()


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_case(engine, case: Case):
    result = engine.evaluate(case.profile, case.as_of)
    assert check(case, result) == []


def test_every_rule_has_at_least_three_cases():
    rule_set = default_rule_set()
    counts = Counter(c.rule for c in CASES)
    ids = [r.id for r in rule_set.rules] + [d.id for d in rule_set.definitions]
    assert [i for i in ids if counts[i] < 3] == []
    assert sorted(set(counts) - set(ids)) == []  # no case file for a rule that does not exist


def test_every_rule_has_an_eligible_and_a_failing_case():
    """A rule tested only on one side could be `always true` and still pass."""
    statuses: dict[str, set] = {r.id: set() for r in default_rule_set().rules}
    for c in CASES:
        if c.benefit == c.rule and "status" in c.expect:
            statuses[c.rule].add(c.expect["status"])
    lacking = {r: s for r, s in statuses.items() if "eligible" not in s or s == {"eligible"}}
    assert lacking == {}


def test_check_reports_a_wrong_expectation(engine):
    """The case checker must be able to fail: a deliberately wrong amount and status."""
    case = next(c for c in CASES if c.rule == "dalian-2020-18.absorb-2500" and c.expect.get("amount") == 10000)
    result = engine.evaluate(case.profile, case.as_of)
    wrong = Case(
        case.file,
        case.rule,
        case.benefit,
        case.name,
        case.as_of,
        case.profile,
        {"status": "not_eligible", "amount": 9999, "missing": ["region"]},
    )
    errors = check(wrong, result)
    assert len(errors) == 3 and "amount: expected 9999, got 10000" in errors
