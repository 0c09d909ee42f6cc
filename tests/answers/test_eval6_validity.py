"""A measure's validity is its own text's, never a date computed from the person or read out of a
condition: the 12345 supervisor's sixth evaluation (/work/eval6/transcripts-B.md).

A1 (E25): a 2017 measure that states no period was said "实施期限至2028年8月31日，…仍在实施期内" —
the person's own 24 months from 2026-09-01. The person's period is `own_period`, said apart.
A2 (E18, E20): 大政发〔2020〕18号（九）"春节期间（截至2020年2月9日）开工的" was said "实施期限至2020年2月
9日，已到期" in July 2020; the date bounds when the firm opened and hired (as 聊城's c38 and N34).
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from answers.benefit_answer import benefit_block
from answers.clause_record import record_block
from answers.sentences import record_of
from answers.summary import summary
from knowledge.eligibility.engine import default_engine, evaluate

TODAY = date(2026, 12, 3)
E25 = {
    "applicant_type": "person",
    "region": "大连市",
    "is_college_graduate": True,
    "graduation_date": "2026-06-30",
    "flexible_employment_start_date": "2026-09-01",
    "employment_status": "flexible",
    "pays_flexible_social_insurance": True,
    "is_disabled": False,
    "is_poverty_registered": False,
    "is_low_income_family": False,
}
FLEXIBLE = "dalian-2017-46.graduate-flexible-social-insurance"


def _benefit(result: dict, bid: str) -> dict:
    return next(b for b in result["benefits"] if b["benefit_id"] == bid)


def test_a1_the_persons_24_months_are_not_the_2017_measures_period():
    result = evaluate(E25, TODAY)
    b = _benefit(result, FLEXIBLE)
    assert b["validity"]["end"] is None and b["validity"]["status"] == "unknown"
    assert b["own_period"]["end"] == "2028-08-31" and b["own_period"]["status"] == "active"
    assert FLEXIBLE in result["package"]["benefit_ids"]
    body = summary(result, scope={FLEXIBLE}, today=TODAY).text
    assert "实施期限至2028年8月31日" not in body and "仍在实施期内" not in body
    assert (
        "有效期：该项规定出自2017年9月20日印发的文件（未写施行日期），原文未载明实施期限，至今已逾9年，是否仍在执行需经办部门确认。"
        in body
    )
    assert "享受期：如该项仍执行，按您说的日期，享受期为2026年9月1日至2028年8月31日" in body


def test_a1_an_ended_own_period_is_the_persons_not_the_measures_end():
    day = date(2028, 9, 3)
    result = evaluate(E25, day)
    assert FLEXIBLE not in result["package"]["benefit_ids"]
    body = summary(result, scope={FLEXIBLE}).text
    assert "按您说的日期不在享受期内的（1项" in body
    assert "享受期为2026年9月1日至2028年8月31日（原文：“补贴期限最长不超过2年”），已于2028年8月31日届满" in body
    assert "已于2028年8月31日到期" not in body and "曾有、已到期的" not in body


EVENT_DAYS = ["2018-03-01", "2020-07-01", "2021-06-15", "2026-09-01"]


@pytest.mark.parametrize("day", [date(2019, 1, 1), date(2020, 9, 15), date(2023, 6, 1), TODAY])
def test_a1_every_rule_with_a_benefit_period_keeps_the_measures_own_validity(day):
    """Every rule whose benefit runs from the person's event: its validity and validity words are the
    same whatever the event's date; only `own_period` and its own line change."""
    engine = default_engine()
    rules = [r for r in engine.rules if r.benefit_period is not None]
    assert len(rules) >= 3  # 大政发〔2017〕46号（十二）, 大政发〔2020〕18号（二）、（十二）
    for rule in rules:
        fact = rule.benefit_period.from_fact
        bare = _benefit(engine.evaluate({}, day), rule.id)
        for event in EVENT_DAYS:
            b = _benefit(engine.evaluate({fact: event}, day), rule.id)
            assert b["validity"] == bare["validity"], (rule.id, event)
            assert b["own_period"] and b["own_period"]["start"] <= b["own_period"]["end"]
            text, _ = benefit_block(b, day)
            line = next(x for x in text.split("\n") if x.strip().startswith("有效期："))
            end = b["own_period"]["end"]
            assert f"{int(end[:4])}年{int(end[5:7])}月{int(end[8:])}日" not in line, (rule.id, line)
            assert "享受期：" in text and "不是该项规定的实施期限" in text


def test_a2_the_spring_festival_date_is_a_condition_not_the_end():
    rec = record_of("dalian-2020-18:2.9")
    first = next(s for s in rec.sentences if "春节期间（截至2020年2月9日）" in s.text)
    assert first.validity is not None and first.validity.end is None and first.validity.window
    quoted = [first.index] + [s.index for s in rec.sentences if "疫情防控期间开工的" in s.text]
    answer, _ = record_block(rec, date(2020, 7, 1), quoted)
    assert "实施期限至2020年2月9日" not in answer and "已到期" not in answer
    assert "该日期是开工招用的期间，不是申请截止日期" in answer
    assert "申请时间与疫情防控期间挂钩" in answer


def test_a2_the_2000_subsidy_is_tied_to_the_epidemic_not_expired_in_july_2020():
    firm = {
        "applicant_type": "enterprise",
        "region": "大连市",
        "is_epidemic_key_enterprise": True,
        "opened_during_spring_festival": True,
        "spring_festival_new_hires": 10,
        "contract_one_year_plus": True,
        "hires_filed": True,
        "hires_stable_3_months": True,
    }
    b = _benefit(evaluate(firm, date(2020, 7, 1)), "dalian-2020-18.spring-festival-hiring-2000")
    assert b["validity"]["status"] == "unknown" and b["in_force"]
    text, _ = benefit_block(b, date(2020, 7, 1))
    assert "已到期" not in text and "不是申请截止日期" in text


# a date in a bracket after a period word ("春节期间（截至2020年2月9日）", "疫情防控期间（…）") bounds
# the event, never the measure: no sentence of the five documents takes its end from one
IN_BRACKET = re.compile(r"期间（[^）]*?(\d{4})年(\d{1,2})月(\d{1,2})日[^）]*）")


def test_a2_no_sentence_ends_on_a_date_inside_a_condition_bracket():
    engine = default_engine()
    found = []
    for rec in engine.records.values():
        for s in rec.sentences:
            for m in IN_BRACKET.finditer(s.text.replace(" ", "")):
                day = date(int(m[1]), int(m[2]), int(m[3]))
                if s.validity is not None and s.validity.end == day:
                    found.append(f"{rec.clause_id} 第{s.index}句：{m.group(0)}")
    assert not found, found


def test_a1_a_measure_still_asking_is_not_open_once_the_persons_own_period_ended():
    unsure = {k: v for k, v in E25.items() if k != "pays_flexible_social_insurance"}
    result = evaluate(unsure, date(2028, 9, 3))
    assert _benefit(result, FLEXIBLE)["status"] == "needs_info"
    body = summary(result, scope={FLEXIBLE}).text
    assert "还需补充信息才能判断" not in body
    assert "已到期或尚未实施、不在您的享受期内，不再列为可申请项目" in body
