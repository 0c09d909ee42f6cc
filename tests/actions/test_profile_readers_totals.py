"""The premium a firm pays per hire and month ("每人每月交社保1200", eval4 N31): read, so the graduate
social-insurance subsidy is worked out as 3人 × 1200元/月 × 12个月, at most 43200元."""

from __future__ import annotations

from datetime import date

from actions.profile import evaluate, profile_from_slots
from actions.profile_facts import extract


def test_each_hire_each_month_premium_is_read():
    facts = extract("大连 企业新招了3个毕业年度的大学生 每人每月交社保1200 能补多少")
    assert facts["si_paid_for_graduate_hires"] == 1200 and facts["new_hires_graduates"] == 3
    assert extract("社保每人每月1200元")["si_paid_for_graduate_hires"] == 1200
    assert extract("我们公司每月每人缴纳社会保险费1500块")["si_paid_for_graduate_hires"] == 1500


def test_other_monthly_figures_are_not_a_premium():
    assert "si_paid_for_graduate_hires" not in extract("我们公司每人每月工资3000")
    assert "si_paid_for_graduate_hires" not in extract("上年交了失业保险费八万六")


def test_graduate_social_insurance_is_heads_times_premium_times_12_months_at_most():
    slots = {
        "applicant_type": "enterprise",
        "region": "大连市",
        "new_hires_graduates": 3,
        "new_hires_unemployed_graduates": 0,
        "social_insurance_paid": True,
        "si_paid_for_graduate_hires": 1200,
    }
    rule = "dalian-2017-46.graduate-hiring-social-insurance"
    b = next(b for b in evaluate(profile_from_slots(slots), date(2020, 7, 1))["benefits"] if b["benefit_id"] == rule)
    assert b["status"] == "eligible"
    assert b["amount"]["max_value"] == 43200 and b["amount"]["value"] is None  # at most: what was actually paid
    assert "3人 × 1200元/月 × 12个月 = 43200元" in b["amount"]["text"]
