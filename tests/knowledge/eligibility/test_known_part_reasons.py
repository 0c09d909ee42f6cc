"""A share condition ("新招用人数达到企业现有在职职工人数的15%（含15%）", written 100 × a − 15 × b ≥ 0) reads as
people read it: "3 ÷ 30 = 10%", not the difference −150 (12345 evaluation eval3 N36)."""

from __future__ import annotations

from datetime import date

from actions.profile import evaluate, profile_from_slots

RULE = "lingyuan-2019-14.guarantee-loan-small-enterprise"


def reasons(hired: int) -> tuple[str, list[str]]:
    profile = profile_from_slots(
        {
            "region": "凌源市",
            "applicant_type": "enterprise",
            "new_hires_loan_eligible": hired,
            "enterprise_size": "small",
            "contract_one_year_plus": True,
            "employees": 30,
        }
    )
    b = next(b for b in evaluate(profile, date(2026, 12, 2))["benefits"] if b["benefit_id"] == RULE)
    return b["status"], [r for r in b["reasons"] if "15%" in r]


def test_three_of_thirty_is_ten_percent_and_not_enough():
    status, why = reasons(3)
    assert status == "not_eligible"
    assert why == ["不符合：新招用人数达到企业现有在职职工人数的15%（含15%）（实际：3 ÷ 30 = 10%）"]


def test_five_of_thirty_is_enough():
    status, why = reasons(5)
    assert status == "eligible" and why[0].endswith("（实际：5 ÷ 30 = 16.7%）")


def test_lodging_at_cost_with_the_cost_unsaid_is_at_most_the_per_day_cap():
    profile = profile_from_slots(
        {
            "region": "大连市",
            "applicant_type": "enterprise",
            "is_epidemic_key_enterprise": True,
            "quarantine_hotel_used": True,
            "quarantine_person_days": 280,
            "operated_during_epidemic": True,
        }
    )
    result = evaluate(profile, date(2020, 7, 10))
    b = next(b for b in result["benefits"] if b["benefit_id"] == "dalian-2020-18.quarantine-lodging")
    assert b["amount"]["max_value"] == 28000 and b["amount"].get("value") is None
    assert "最多28000元" in b["amount"]["text"] and "按实际支出" in b["amount"]["text"]
