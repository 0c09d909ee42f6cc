"""Measures that cannot be combined (12345 evaluation 6, A3): 大政发〔2020〕18号（九）"对同一类人员的补助或补贴不可
同时享受" speaks for the provincial 1000元 measure where it reaches 大连, and a measure still open is never
added on top of one it cannot be combined with."""

from __future__ import annotations

from answers.summary import summary
from knowledge.eligibility.combining import combining
from knowledge.eligibility.engine import evaluate

ABSORB = "dalian-2020-18.absorb-2500"
SUPPLIES = "liaoning-2020-9.epidemic-supplies-hiring"
SENTENCE = "对同一类人员的补助或补贴不可同时享受。"
ZHUANGHE = {
    "applicant_type": "enterprise",
    "region": "庄河市",
    "new_hires_graduates": 3,
    "new_hires_long_term_unemployed": 2,
    "contract_one_year_plus": True,
    "social_insurance_paid": True,
    "is_epidemic_key_enterprise": False,
    "epidemic_new_hires": 5,
}


def test_the_city_sentence_rules_on_the_provincial_measure_in_dalian():
    how = combining(ABSORB, SUPPLIES)
    assert how is not None and how.per_person and how.ruling == f"原文：“{SENTENCE}”"
    assert how.citation is not None and how.citation["clause_id"] == "dalian-2020-18:2.9"
    assert combining(ABSORB, "dalian-2020-18.disabled-business-premises") is None


def test_the_province_alone_is_not_ruled_by_the_city_sentence():
    # two 辽宁 measures: the 大连 sentence is not 辽宁's word
    from knowledge.eligibility.engine import default_engine

    bases = default_engine().bases
    assert bases.rule_text("hire.epidemic-other", "辽宁省", "辽宁省") != f"原文：“{SENTENCE}”"
    assert bases.rule_text("hire.epidemic-other", "大连市", "辽宁省") == f"原文：“{SENTENCE}”"


def test_an_open_measure_for_the_same_people_is_not_added_to_the_total():
    result = evaluate(ZHUANGHE, "2020-08-01")
    text = summary(result, scope={ABSORB, SUPPLIES, "dalian-2017-46.graduate-hiring-social-insurance"}).text
    assert "合计：以上1项已知金额12500元" in text
    assert "17500" not in text and "5000元" not in text
    assert "不能与上面的项目同时享受，不计入合计" in text and SENTENCE in text
