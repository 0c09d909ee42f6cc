"""The supervisor's eighth evaluation, as units (/work/eval8 findings-A §5, §7; findings-B §4, §8): amounts
worked out from the figures given, the granting sentence quoted,
and a ceiling on a top-up said as the text says it."""

from __future__ import annotations

from datetime import date

from answers.benefit_answer import amount_words
from answers.first_answer import measure_lines
from knowledge.eligibility.engine import evaluate


def _benefit(facts: dict, rule: str, as_of: date) -> dict:
    return next(b for b in evaluate(facts, as_of)["benefits"] if b["benefit_id"] == rule)


def _listed(b: dict) -> str:
    return "\n".join(measure_lines(b, 1)[0])


def test_f30_person_days_are_paid_at_200_under_the_cap_with_the_producer_condition_open():
    facts = {"applicant_type": "enterprise", "region": "聊城市", "spring_festival_worker_days": 500}
    b = _benefit(facts, "liaocheng-2020.spring-festival-worker-subsidy", date(2020, 3, 20))
    assert b["amount"]["value"] == 100000 and b["status"] == "needs_info"
    assert "200元/人·天 × 500人·天 = 100000元" in _listed(b)


def test_f19_lodging_is_the_smaller_of_cost_and_100_per_person_day():
    facts = {
        "applicant_type": "enterprise",
        "region": "大连市",
        "quarantine_person_days": 140,
        "quarantine_lodging_cost": 16000,
    }
    b = _benefit(facts, "dalian-2020-18.quarantine-lodging", date(2026, 12, 3))
    assert b["amount"]["value"] == 14000 and "= 14000元" in _listed(b)


def test_low_income_gradual_exit_quotes_the_granting_sentence():
    facts = {"applicant_type": "person", "region": "大连市", "is_low_income_family": True}
    listed = _listed(_benefit(facts, "dalian-2020-18.low-income-gradual-exit", date(2020, 7, 10)))
    assert "实施低保渐退，自就业或者创业的当月起，6个月内不计算劳动收入" in listed
    assert "依据：大政发〔2020〕18号（十七）：“引导、鼓励最低生活保障对象劳动自救。”" not in listed


def test_f31_the_top_up_is_a_ceiling_not_half_the_minimum_wage():
    facts = {
        "applicant_type": "person",
        "region": "凌源市",
        "is_college_graduate": True,
        "in_public_welfare_post": True,
        "is_low_income_family": True,
    }
    words = amount_words(_benefit(facts, "lingyuan-2019-14.graduate-public-welfare-post-raise", date(2019, 6, 1)))
    assert "50% × 当地最低工资标准" not in words
    assert "在原公益性岗位补贴基础上上浮，上浮部分最多为当地最低工资标准的50%" in words
