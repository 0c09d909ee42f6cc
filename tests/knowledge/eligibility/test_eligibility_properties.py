"""Property tests of the engine (Hypothesis): for any profile the vocabulary allows and any day,
the package never holds two overlapping (or superseded, or not eligible) benefits, no amount or
total is negative, and what was not said stays unknown — never a fact filled in by the engine.

Derandomized: the same examples on every run (a failure is reproducible, never flaky)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from knowledge.eligibility.facts import vocabulary, year_links
from knowledge.inputs import BadInput

REGIONS = ["大连市", "凌源市", "聊城市", "辽宁省", "沈阳市"]
INDUSTRIES = ["交通运输", "住宿餐饮", "旅游", "制造业"]
YEARS = set(year_links().values())  # calendar years (graduation_year …), not counts
EXAMPLES = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


def _value(fact):
    if fact.type == "bool":
        return st.booleans()
    if fact.type == "enum":
        return st.sampled_from(list(fact.values))
    if fact.name in YEARS:
        return st.integers(1990, 2030)
    if fact.type == "int":
        return st.integers(0, int(fact.max or 60))
    if fact.type == "number":
        return st.integers(0, int(fact.max or 200_000))  # whole numbers: amounts, years, rates
    if fact.type == "date":
        return st.dates(date(2015, 1, 1), date(2027, 12, 31)).map(date.isoformat)
    return st.sampled_from(REGIONS if fact.name == "region" else INDUSTRIES)


def profiles():
    facts = vocabulary()
    # Most facts optional; applicant type and region usually given, as the bot asks them first.
    common = {"applicant_type": _value(facts["applicant_type"]), "region": _value(facts["region"])}
    rest = {name: _value(f) for name, f in facts.items() if name not in common}
    return st.fixed_dictionaries({}, optional={**common, **rest})


AS_OF = st.dates(date(2018, 1, 1), date(2027, 12, 31)).map(date.isoformat)


def _evaluate(engine, profile, as_of):
    try:
        return engine.evaluate(profile, as_of)
    except BadInput:  # e.g. insured_employees > employees: refused as input, not a property failure
        assume(False)


@EXAMPLES
@given(profile=profiles(), as_of=AS_OF)
def test_package_never_holds_overlapping_superseded_or_ineligible_benefits(engine, profile, as_of):
    result = _evaluate(engine, profile, as_of)
    by_id = {b["benefit_id"]: b for b in result["benefits"]}
    ids = result["package"]["benefit_ids"]
    assert len(ids) == len(set(ids))
    for i in ids:
        b = by_id[i]
        assert b["status"] == "eligible" and not b["superseded_by"], i
        assert not {o["benefit_id"] for o in b["overlaps"]} & set(ids), i
        assert b["validity"]["status"] not in ("expired", "not_started"), i


@EXAMPLES
@given(profile=profiles(), as_of=AS_OF)
def test_no_amount_or_total_is_negative(engine, profile, as_of):
    result = _evaluate(engine, profile, as_of)
    total = result["package"]["total"]["value"]
    assert total is None or total >= 0
    for b in result["benefits"]:
        assert b["amount"]["value"] is None or b["amount"]["value"] >= 0, b["benefit_id"]


@EXAMPLES
@given(profile=profiles(), as_of=AS_OF)
def test_unknown_stays_unknown(engine, profile, as_of):
    result = _evaluate(engine, profile, as_of)
    # The engine fills in nothing the person did not say …
    assert set(result["profile"]) <= set(profile)
    for b in result["benefits"]:
        # … and what it still needs is what was not said.
        if b["status"] == "needs_info":
            assert b["missing_facts"], b["benefit_id"]
            assert not set(b["missing_facts"]) & set(profile), (b["benefit_id"], b["missing_facts"])
    nxt = result["next_question"]
    assert nxt is None or nxt["fact"] not in profile


@pytest.mark.parametrize("count", [1])
def test_the_strategy_reaches_every_kind_of_status(engine, count):
    """The generator is not vacuous: across its examples every status and a non-empty package occur."""
    seen: set[str] = set()
    packages = []

    # No example database: a checkout's saved examples must not be what makes the generator look
    # non-vacuous (a fresh clone has none, and then 60 examples never reached "eligible").
    @settings(
        max_examples=300,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    @given(profile=profiles(), as_of=AS_OF)
    def collect(profile, as_of):
        result = _evaluate(engine, profile, as_of)
        seen.update(b["status"] for b in result["benefits"])
        packages.append(len(result["package"]["benefit_ids"]))

    collect()
    assert seen == {"eligible", "not_eligible", "needs_info"} and max(packages) >= count
