"""The claimable package (contract: "Claimable package") and the import direction of the engine."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import knowledge

PROFILES = [
    (
        {
            "applicant_type": "person",
            "region": "大连市",
            "is_disabled": True,
            "first_time_business": True,
            "rents_business_premises": True,
            "business_operating_months": 8,
        },
        "2020-07-15",
    ),
    (
        {
            "applicant_type": "enterprise",
            "region": "大连市",
            "is_epidemic_key_enterprise": True,
            "opened_during_spring_festival": True,
            "spring_festival_new_hires": 10,
            "epidemic_new_hires": 15,
            "contract_one_year_plus": True,
            "hires_filed": True,
            "hires_stable_3_months": True,
            "new_hires_graduates": 4,
            "new_hires_long_term_unemployed": 0,
            "social_insurance_paid": True,
            "epidemic_supplies_role": "producer",
            "insured": True,
            "enterprise_size": "small",
            "layoffs": "none",
            "last_year_unemployment_insurance_paid": 9000,
        },
        "2020-07-15",
    ),
    (
        {
            "applicant_type": "enterprise",
            "region": "凌源市",
            "insured": True,
            "enterprise_size": "small",
            "layoffs": "none",
            "last_year_unemployment_insurance_paid": 30000,
        },
        "2019-06-01",
    ),
    (  # the apprenticeship subsidy is "不低于4000元" a head: a package holding a `min_value`
        {
            "applicant_type": "enterprise",
            "region": "凌源市",
            "insured": True,
            "enterprise_size": "small",
            "layoffs": "none",
            "last_year_unemployment_insurance_paid": 30000,
            "apprentices": 3,
        },
        "2019-06-01",
    ),
]


@pytest.mark.parametrize("profile, as_of", PROFILES)
def test_package_invariants(engine, profile, as_of):
    result = engine.evaluate(profile, as_of)
    by_id = {b["benefit_id"]: b for b in result["benefits"]}
    package = result["package"]
    assert {"benefit_ids", "total", "alternatives"} <= set(package)
    assert {"value", "is_lower_bound", "text"} <= set(package["total"])
    ids = package["benefit_ids"]
    assert ids and all(by_id[i]["status"] == "eligible" and not by_id[i]["superseded_by"] for i in ids)
    for i in ids:  # never two that overlap
        assert not {o["benefit_id"] for o in by_id[i]["overlaps"]} & set(ids)
    for alt in package["alternatives"]:
        assert alt["chosen"] in ids and alt["reason"]
        assert all(j not in ids for j in alt["benefit_ids"] if j != alt["chosen"])
    shares = {a["benefit_id"]: a["value"] for a in package["allocations"]}
    money = [i for i in ids if by_id[i]["amount"]["nature"] != "loan"]
    figures = {i: shares.get(i, _counted(by_id[i]["amount"])) for i in money}
    known = [f for f in figures.values() if f is not None]
    # the total counts an exact value, else a guaranteed minimum ("不低于"), never a ceiling
    assert package["total"]["value"] == (sum(known) if known else None)
    lower = any(
        f is None or by_id[i]["amount"].get("value") is None or by_id[i]["amount"].get("value_is_lower_bound")
        for i, f in figures.items()
    )
    assert package["total"]["is_lower_bound"] == (lower or any(a.get("lower") for a in package["allocations"]))
    for n in package["not_in_force"]:  # eligible but not in force on as_of: never in the package
        assert n["benefit_id"] not in ids and n["status"] in ("expired", "not_started")
        assert by_id[n["benefit_id"]]["status"] == "eligible"
    for b in result["benefits"]:
        assert isinstance(b["superseded_by"], list) and isinstance(b["overlaps"], list)
        assert all({"benefit_id", "reason"} <= set(o) for o in b["overlaps"])


def _counted(amount: dict) -> float | None:
    return amount["value"] if amount.get("value") is not None else amount.get("min_value")


def test_a_guaranteed_minimum_counts_in_the_total(engine):
    """The fourth profile forces the case the invariants above once skipped: a `min_value` in the package."""
    profile, as_of = PROFILES[3]
    result = engine.evaluate(profile, as_of)
    by_id = {b["benefit_id"]: b for b in result["benefits"]}
    apprentices = by_id["lingyuan-2019-14.apprenticeship-4000"]
    assert apprentices["amount"]["min_value"] == 12000 and apprentices["amount"].get("value") is None
    assert "lingyuan-2019-14.apprenticeship-4000" in result["package"]["benefit_ids"]
    assert result["package"]["total"]["value"] >= 12000 and result["package"]["total"]["is_lower_bound"]


def test_overlapping_rent_subsidies_are_not_summed(engine):
    result = engine.evaluate(*PROFILES[0])
    package = result["package"]
    assert package["benefit_ids"] == ["dalian-2020-18.disabled-business-premises"]
    assert package["total"] == {"value": 6000, "is_lower_bound": False, "text": package["total"]["text"]}
    assert "6000元/年" in package["total"]["text"] and "9000" not in package["total"]["text"]
    (alt,) = package["alternatives"]
    assert alt["benefit_ids"] == ["dalian-2020-18.disabled-business-premises", "dalian-2017-46.business-premises-3000"]
    assert "以经办部门认定为准" in alt["reason"]


def test_superseded_provincial_measure_says_which_document_prevailed(engine):
    result = engine.evaluate(*PROFILES[1])
    by_id = {b["benefit_id"]: b for b in result["benefits"]}
    old = by_id["liaoning-2020-9.stable-jobs-refund-sme"]
    assert old["status"] == "eligible" and old["superseded_by"] == ["dalian-2020-18.stable-jobs-refund-100"]
    assert any("具体实施办法由各市政府确定" in r and "仍作参考和上限" in r for r in old["reasons"])
    assert old["benefit_id"] not in result["package"]["benefit_ids"]
    assert "dalian-2020-18.stable-jobs-refund-100" in result["package"]["benefit_ids"]
    sup = [s for s in result["package"]["superseded"] if s["benefit_id"] == old["benefit_id"]]
    assert sup and "大政发〔2020〕18号" in sup[0]["reason"]


def test_without_a_city_measure_the_provincial_one_stands(engine):
    result = engine.evaluate(*PROFILES[2])
    by_id = {b["benefit_id"]: b for b in result["benefits"]}
    assert by_id["liaoning-2020-9.stable-jobs-refund-sme"]["superseded_by"] == []
    assert result["package"]["total"]["value"] == 15000  # 凌源 50% of 30000, not 50% + 100%


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
        elif isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
    return out


def test_imports_run_one_way():
    root = Path(knowledge.__file__).parent
    assert "knowledge.eligibility.amounts" not in _imports(root / "eligibility" / "logic.py")
    assert "knowledge.eligibility.logic" in _imports(root / "eligibility" / "amounts.py")
    assert not {m for m in _imports(root / "records.py") if m.startswith("knowledge.")} - {"knowledge"}
    assert "knowledge.build" not in _imports(root / "records.py")
