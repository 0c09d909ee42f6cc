"""Per-head sums with an unknown count: the part already known is owed, shown as a lower bound."""

from datetime import date

BASE = {
    "applicant_type": "enterprise",
    "region": "大连市",
    "contract_one_year_plus": True,
    "social_insurance_paid": True,
}


def _benefit(engine, profile, benefit_id):
    result = engine.evaluate(profile, date(2020, 7, 15))
    return next(b for b in result["benefits"] if b["benefit_id"] == benefit_id)


def test_known_hires_give_a_lower_bound(engine):
    b = _benefit(engine, BASE | {"new_hires_graduates": 4}, "dalian-2020-18.absorb-2500")
    assert b["status"] == "eligible"
    assert b["amount"]["value"] == 10000 and b["amount"]["value_is_lower_bound"] is True
    assert b["amount"]["missing_facts"] == ["new_hires_long_term_unemployed"]
    assert "至少10000元" in b["amount"]["text"]


def test_all_counts_known_gives_the_exact_sum(engine):
    profile = BASE | {"new_hires_graduates": 4, "new_hires_long_term_unemployed": 2}
    b = _benefit(engine, profile, "dalian-2020-18.absorb-2500")
    assert b["amount"]["value"] == 15000 and "value_is_lower_bound" not in b["amount"]
    assert "= 15000元" in b["amount"]["text"]


def test_no_figure_for_a_benefit_not_qualified_for(engine):
    profile = BASE | {"new_hires_graduates": 4, "contract_one_year_plus": False}
    b = _benefit(engine, profile, "dalian-2020-18.absorb-2500")
    assert b["status"] == "not_eligible" and b["amount"]["value"] is None


def test_a_flat_amount_is_not_shown_as_a_calculation_of_itself(engine):
    """ "1000元 = 1000元" tells nobody anything: a flat amount is said by its standard alone, and a
    package of one benefit has no sum to break down."""
    profile = {
        "applicant_type": "person",
        "region": "大连市",
        "is_college_graduate": True,
        "graduation_year": 2026,
        "employment_status": "unemployed",
        "is_disabled": False,
        "is_low_income_family": True,
    }
    result = engine.evaluate(profile, date(2026, 11, 22))
    flat = [b for b in result["benefits"] if b["status"] == "eligible" and b["amount"].get("value") == 1000]
    assert flat, [(b["benefit_id"], b["status"]) for b in result["benefits"]]
    for b in flat:
        assert "1000元 = 1000元" not in b["amount"]["text"] and "1000元" in b["amount"]["text"]
    total = result["package"]["total"]
    assert len(result["package"]["benefit_ids"]) == 1, result["package"]
    assert "（1000元）" not in total["text"] and "已知金额1000元" in total["text"]
