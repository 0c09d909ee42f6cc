"""A periodic amount over the text's longest period (eval4 N30, c51, E04): "3000元/年 × 最长2年" is said as
"合计最多6000元", never more than the text's own period."""

from __future__ import annotations

from datetime import date

from actions.profile import evaluate, profile_from_slots
from knowledge.eligibility.period_total import periods, whole_period


def amount(slots: dict, rule: str, as_of: date) -> dict:
    b = next(b for b in evaluate(profile_from_slots(slots), as_of)["benefits"] if b["benefit_id"] == rule)
    return b["amount"]


def test_periods_are_the_texts_own_and_whole():
    assert periods("per_year", "2年") == (2, "2年")
    assert periods("per_month", "1年") == (12, "12个月")
    assert periods("per_month", "24个月") == (24, "24个月")
    assert periods("per_year", "18个月") is None  # not a whole number of years: nothing multiplied
    assert periods("one_time", "2年") is None
    assert periods("per_year", None) is None


def test_whole_period_words():
    said = whole_period(1500, "1500元/月", "per_month", "1年")
    assert said == "；按最长期限（1年）计算，合计最多18000元：1500元/月 × 12个月 = 18000元"
    assert whole_period(7800, "7800元/年", "per_year", "3年", "最高").endswith(
        "合计最高23400元：7800元/年 × 3年 = 23400元"
    )


def test_n30_premises_3000_a_year_for_at_most_2_years():
    a = amount(
        {"applicant_type": "person", "region": "大连市", "first_time_business": True, "rents_business_premises": True},
        "dalian-2017-46.business-premises-3000",
        date(2020, 7, 1),
    )
    assert a["value"] == 3000
    assert "按最长期限（2年）计算，合计最多6000元：3000元/年 × 2年 = 6000元" in a["text"]


def test_c51_two_poverty_hires_three_years_at_most_46800():
    a = amount(
        {
            "applicant_type": "enterprise",
            "region": "大连市",
            "new_hires_poverty": 2,
            "contract_one_year_plus": True,
            "social_insurance_paid": True,
            "hires_contract_date": "2020-08-31",
        },
        "dalian-2020-18.tax-deduction-7800",
        date(2020, 9, 15),
    )
    assert a["value"] is None and "每年最高15600元" in a["text"]
    assert "按最长期限（3年）计算，合计最高46800元：15600元/年 × 3年 = 46800元" in a["text"]


def test_not_payable_standard_has_no_total():
    a = amount(
        {"applicant_type": "person", "region": "大连市", "first_time_business": False},
        "dalian-2017-46.business-premises-3000",
        date(2020, 7, 1),
    )
    assert "合计" not in a["text"]
