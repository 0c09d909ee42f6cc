"""Whole packages on given dates (knowledge/rules/package_cases.yaml) and the time rules behind them:
a measure is claimable only inside its own period, amendments take effect from their own issue date,
one refund per firm and year, per-person sharing of per-head hire subsidies, count bounds."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from knowledge.eligibility.loader import RULES_DIR
from knowledge.eligibility.verify import verify_rules
from knowledge.inputs import BadInput

CASES = yaml.safe_load((RULES_DIR / "package_cases.yaml").read_text(encoding="utf-8"))


def test_enough_whole_package_cases_across_places_and_years():
    regions = {c["profile"]["region"] for c in CASES}
    years = {str(c["as_of"])[:4] for c in CASES}
    assert len(CASES) >= 20 and {"大连市", "凌源市", "聊城市", "辽宁省"} <= regions and {"2019", "2026"} <= years


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_package(engine, case):
    result = engine.evaluate(case["profile"], case["as_of"])
    package, want = result["package"], case["expect"]
    assert package["benefit_ids"] == want["package"]
    assert package["total"]["value"] == want["total"]
    assert package["total"]["is_lower_bound"] == want["lower_bound"]
    assert {n["benefit_id"]: n["status"] for n in package["not_in_force"]} == want["not_in_force"]
    assert [[a["chosen"]] + [x for x in a["benefit_ids"] if x != a["chosen"]] for a in package["alternatives"]] == want[
        "alternatives"
    ]
    by_id = {b["benefit_id"]: b for b in result["benefits"]}
    for n in package["not_in_force"]:  # said with its own dates, never summed
        b = by_id[n["benefit_id"]]
        assert (n["start"], n["end"]) == (b["validity"]["start"], b["validity"]["end"])
        assert b["status"] == "eligible" and not b["in_force"]


ENDED = [c for c in CASES if c["expect"]["not_in_force"]]


def test_some_cases_have_measures_not_in_force():
    assert len(ENDED) >= 2


@pytest.mark.parametrize("case", ENDED, ids=[c["name"] for c in ENDED])
def test_the_total_says_what_ended_is_not_counted(engine, case):
    package = engine.evaluate(case["profile"], case["as_of"])["package"]
    assert package["not_in_force"] and "未计入合计" in package["total"]["text"]


def test_nothing_not_in_force_is_asked_about(engine):
    """On 2026-12-02 a 大连 firm is not asked about 2020 hiring subsidies that ended."""
    result = engine.evaluate({"applicant_type": "enterprise", "region": "大连市"}, "2026-12-02")
    asked = result["next_question"]["fact"]
    needing = [b for b in result["benefits"] if b["status"] == "needs_info" and asked in b["missing_facts"]]
    assert needing and all(b["in_force"] for b in needing)
    assert asked not in {"spring_festival_new_hires", "epidemic_new_hires", "opened_during_spring_festival"}


def test_a_document_gives_nothing_before_it_is_issued(engine):
    profile = {
        "applicant_type": "enterprise",
        "region": "辽宁省",
        "insured": True,
        "enterprise_size": "small",
        "layoffs": "none",
    }
    before = {b["benefit_id"]: b for b in engine.evaluate(profile, "2020-04-01")["benefits"]}
    on = {b["benefit_id"]: b for b in engine.evaluate(profile, "2020-04-02")["benefits"]}
    sme = "liaoning-2020-9.stable-jobs-refund-sme"
    assert before[sme]["validity"]["status"] == "not_started" and before[sme]["validity"]["start"] == "2020-04-02"
    assert "文件印发日期2020-04-02" in before[sme]["validity"]["basis"]
    assert on[sme]["validity"]["status"] == "unknown" and on[sme]["in_force"]


def test_one_refund_a_year_for_a_firm_in_difficulty(engine):
    """凌政发〔2019〕14号（一）: the difficulty standard is a higher standard of the same refund."""
    profile = {
        "applicant_type": "enterprise",
        "region": "凌源市",
        "insured": True,
        "temporary_difficulty": True,
        "layoffs": "none",
        "last_year_unemployment_insurance_paid": 10000,
        "monthly_social_insurance_due": 30000,
    }
    package = engine.evaluate(profile, "2019-06-01")["package"]
    assert package["total"]["value"] == 90000  # never 90000 + 5000
    (alt,) = package["alternatives"]
    assert alt["chosen"] == "lingyuan-2019-14.stable-jobs-difficulty-50"
    assert alt["benefit_ids"] == [
        "lingyuan-2019-14.stable-jobs-difficulty-50",
        "lingyuan-2019-14.stable-jobs-refund-50",
    ]


def test_people_are_shared_out_not_the_measures(engine):
    """5 hires at 1000 and 2 graduate hires at 2500 are 10000, not 7 × 1000; the graduates may be among
    the 7, so 10000 is a lower bound and the text says why."""
    profile = {
        "applicant_type": "enterprise",
        "region": "大连市",
        "is_epidemic_key_enterprise": True,
        "epidemic_new_hires": 7,
        "spring_festival_new_hires": 0,
        "opened_during_spring_festival": False,
        "operated_during_epidemic": False,
        "new_hires_graduates": 2,
        "new_hires_long_term_unemployed": 0,
        "contract_one_year_plus": True,
        "social_insurance_paid": True,
        "epidemic_supplies_role": "none",
    }
    result = engine.evaluate(profile, "2020-07-15")
    package = result["package"]
    assert package["total"]["value"] == 10000 and package["total"]["is_lower_bound"]
    shares = {a["benefit_id"]: (a["people"], a["value"]) for a in package["allocations"]}
    assert shares == {"dalian-2020-18.absorb-2500": (2, 5000), "dalian-2020-18.epidemic-hiring-1000": (5, 5000)}
    assert "以经办部门认定为准" in package["total"]["text"]
    by_id = {b["benefit_id"]: b for b in result["benefits"]}
    assert by_id["dalian-2020-18.epidemic-hiring-1000"]["amount"]["value"] == 7000  # alone, it would count all 7


def test_a_count_bounded_by_another_settles_a_condition(engine):
    """参保职工 ≤ 在职职工: a firm of 25 has at most 25 insured, so "30人（含）以下" holds unasked."""
    profile = {
        "applicant_type": "enterprise",
        "region": "聊城市",
        "employees": 25,
        "insured": True,
        "layoffs": "few",
        "layoff_rate": 15,
        "last_year_unemployment_insurance_paid": 8000,
    }
    by_id = {b["benefit_id"]: b for b in engine.evaluate(profile, "2020-07-01")["benefits"]}
    b = by_id["liaocheng-2020.stable-jobs-refund-50"]
    assert b["status"] == "eligible" and "insured_employees" not in b["missing_facts"]
    assert any("不超过在职职工人数25" in r for r in b["reasons"])
    with pytest.raises(BadInput) as err:
        engine.evaluate({**profile, "insured_employees": 30}, "2020-07-01")
    assert err.value.field == "profile.insured_employees"


def _rules_copy(tmp_path: Path) -> Path:
    root = tmp_path / "rules"
    shutil.copytree(RULES_DIR, root, ignore=shutil.ignore_patterns("cases"))
    return root


def test_an_amendment_quote_must_be_verbatim(records, tmp_path):
    root = _rules_copy(tmp_path)
    path = root / "amendments.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("2020年12月31日。", "2021年12月31日。"), encoding="utf-8")
    errors = verify_rules(records, root)
    assert len(errors) == 1 and "quote not found verbatim in liaoning-2020-9:1.1" in errors[0]


def test_an_amendment_cannot_reach_outside_its_region(records, tmp_path):
    root = _rules_copy(tmp_path)
    path = root / "amendments.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data[0]["rules"] = ["liaocheng-2020.job-referral-120"]
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    errors = verify_rules(records, root)
    assert len(errors) == 1 and "outside 辽宁省" in errors[0]


@pytest.mark.parametrize("year", [0, 1949, 2101, 10000])
def test_an_impossible_graduation_year_is_bad_input_not_a_crash(engine, year):
    """Found by Hypothesis: year 0 reached date(0, 1, 1) and answered 500."""
    with pytest.raises(BadInput) as err:
        engine.evaluate({"applicant_type": "person", "region": "大连市", "graduation_year": year}, "2020-07-15")
    assert err.value.field == "profile.graduation_year"
