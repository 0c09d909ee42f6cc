"""The 12345 supervisor's third evaluation (/work/eval3/findings.md §B2), as units: a date in a
measure's condition is not its end; a sentence's time words are its own; one status in every turn,
with its reason; two dates said as which is which; a lookup that names a sentence puts it in play.
The whole-knowledge-base form of these checks is tests/answers/test_validity_words_whole_kb.py."""

from __future__ import annotations

from datetime import date

from answers import validity_words
from answers.benefit_answer import benefit_block
from answers.clause_answer import extra_line, named_sentence
from answers.clause_json import as_hit
from answers.clause_record import record_block
from answers.first_answer import measure_lines
from answers.summary import summary
from knowledge.eligibility.engine import evaluate
from knowledge.records import load_clauses

N34_FIRM = {
    "applicant_type": "enterprise",
    "region": "聊城市",
    "resumption_date": "2020-03-05",
    "new_hires_feb10_month": 6,
    "contract_one_year_plus": True,
    "social_insurance_paid": True,
}
C38_FIRM = {
    "applicant_type": "enterprise",
    "region": "聊城市",
    "epidemic_supplies_role": "producer",
    "opened_during_spring_festival": True,
    "spring_festival_worker_days": 90,
}
NO_DEADLINE = "原文未载明申请期限，以经办部门认定为准"


def _record(clause_id: str):
    return next(r for r in load_clauses() if r.clause_id == clause_id)


def _benefit(result: dict, rule: str) -> dict:
    return next(b for b in result["benefits"] if b["benefit_id"] == rule)


def test_n34_reopened_and_hired_inside_the_windows_is_paid_after_them():
    result = evaluate(N34_FIRM, date(2020, 3, 20))
    b = _benefit(result, "liaocheng-2020.absorb-1000")
    assert b["status"] == "eligible" and b["amount"]["value"] == 6000 and b["in_force"]
    assert result["package"]["total"]["value"] == 6000
    text, _ = benefit_block(b, date(2020, 3, 20))
    assert NO_DEADLINE in text and "已到期" not in text and "2020年3月10日前复工" in text
    words = summary(result).text
    assert "6000元" in words and "已于2020年3月10日到期" not in words


def test_n34_reopening_after_the_window_is_a_condition_not_met_not_an_expiry():
    b = _benefit(
        evaluate({**N34_FIRM, "resumption_date": "2020-03-12"}, date(2020, 3, 20)), "liaocheng-2020.absorb-1000"
    )
    assert b["status"] == "not_eligible" and b["validity"]["status"] == "unknown"


def test_c38_spring_festival_person_days_are_paid_after_the_festival():
    result = evaluate(C38_FIRM, date(2020, 4, 1))
    b = _benefit(result, "liaocheng-2020.spring-festival-worker-subsidy")
    assert b["amount"]["value"] == 18000 and b["in_force"]
    assert validity_words.badge(b["validity"]).startswith("原文未载明申请期限")
    assert "已到期" not in benefit_block(b, date(2020, 4, 1))[0]


def test_the_sentence_of_an_event_window_says_its_window_not_an_end():
    rec = _record("liaocheng-2020:1.1")
    s = next(x for x in rec.sentences if "2020年3月10日前复工" in x.text)
    assert s.validity is not None and s.validity.end is None
    answer, _ = record_block(rec, date(2026, 12, 2), [s.index])
    assert NO_DEADLINE in answer and "已到期" not in answer


def test_c51_the_hiring_deadline_and_the_three_years_are_said_as_which_is_which():
    rec = _record("dalian-2020-18:1.2")
    s = next(x for x in rec.sentences if "7800" in x.text)
    answer, _ = record_block(rec, date(2020, 9, 15), [s.index])
    assert "2021年12月31日前招用的，自签订劳动合同并缴纳社会保险当月起3年内享受" in answer
    assert "实施期限至2021年12月31日" not in answer
    hired = {
        "applicant_type": "enterprise",
        "region": "大连市",
        "new_hires_poverty": 2,
        "contract_one_year_plus": True,
        "social_insurance_paid": True,
        "hires_contract_date": "2020-08-31",
    }
    b = _benefit(evaluate(hired, date(2020, 9, 15)), "dalian-2020-18.tax-deduction-7800")
    # the measure's own validity; the hire's own three years are said apart (eval6 A1)
    # the hiring window is open: in force, said as the text does (eval6 E04)
    assert validity_words.badge(b["validity"]) == "现行（2021年12月31日前招用的可享受，每人最长3年）"
    text, _ = benefit_block(b, date(2020, 9, 15))
    assert "2021年12月31日前招用的" in text and "实施期限至2023年7月31日" not in text
    assert "享受期：按您说的日期，享受期为2020年8月1日至2023年7月31日" in text
    assert "按2020年9月15日计在享受期内" in text


def test_n09_one_status_with_its_reason_in_the_side_block_and_in_the_list():
    day = date(2020, 6, 15)
    rec = _record("dalian-2020-18:2.9")
    line, cite = extra_line(
        as_hit(rec, day, ["按2500元/人标准给予一次性吸纳就业补贴"]), day, "吸纳高校毕业生 一次性补贴"
    )
    assert cite["validity"]["status"] == "not_started"
    assert "未开始（文件2020年6月30日印发，自该日起实施）" in line and "现行" not in line
    b = _benefit(evaluate({"applicant_type": "enterprise", "region": "大连市"}, day), "dalian-2020-18.absorb-2500")
    assert "（未开始（文件2020年6月30日印发，自该日起实施））" in measure_lines(b, 1)[0][0]


def test_n08_a_lookup_naming_the_premises_subsidy_puts_that_sentence_in_play():
    s = named_sentence({"clause_id": "dalian-2020-18:2.12"}, "坐席：大政发〔2020〕18号第十二条 残疾人创业场地补贴标准")
    assert s is not None and "6000元/年的创业场地补贴" in s.text
    assert named_sentence({"clause_id": "dalian-2020-18:2.12"}, "大政发〔2020〕18号第十二条") is None
