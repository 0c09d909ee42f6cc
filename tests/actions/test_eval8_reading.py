"""The person's free answers read as meant (eval8 findings-A §1–§2): a reminder "不是说了嘛" is no 否, an answer
saying the question's own words back, days said relative to the day asked or with their event, a year's premiums,
a month's social insurance, a first shop "开了快一年". The messages here are written for these tests, not the
evaluation's (those are in tests/live/test_eval8_reading.py)."""

from __future__ import annotations

from datetime import date

from actions.fact_answers import read_answer
from actions.form import ASK_ACTIONS, ValidateEligibilityForm
from actions.profile_facts import extract
from tests.actions.conftest import answer_texts

TYPED = {"intent": {"name": "inform", "confidence": 0.5}}


def answer(fact: str, text: str, as_of: str = "2020-05-20"):
    return read_answer(fact, TYPED, text, date.fromisoformat(as_of))


def test_a_reminder_is_no_no_and_the_question_s_words_said_back_answer_it():
    spring = "opened_during_spring_festival"
    assert answer(spring, "都说了嘛，春节期间一直在生产") == (True, False)
    assert answer(spring, "我不是讲过了吗，春节照常开工的") == (True, False)
    assert answer(spring, "春节那会儿没开工") == (False, False)
    assert answer(spring, "不是") == (False, False)
    assert answer(spring, "是的") == (True, False)
    assert answer("hires_stable_3_months", "刚来两个月，还没满3个月") == (False, False)
    assert answer("is_disabled", "我不是残疾人") == (False, False)
    assert answer("is_disabled", "那能领吗") == (None, False)  # a question back is no answer


def test_days_said_relative_to_the_day_asked_and_never_stopped_is_no_resumption_day():
    assert answer("graduation_date", "前年6月30号") == ("2018-06-30", False)
    assert answer("graduation_date", "6月30日") == ("2020-06-30", False)
    assert answer("graduation_date", "2019年7月1日") == ("2019-07-01", False)
    assert answer("graduation_date", "3.5") == (None, False)
    assert answer("resumption_date", "一直没停过工，谈不上复工", "2020-03-20") == (None, True)


def test_facts_said_in_a_first_message_or_beside_an_answer():
    said = extract("我们厂做防护服的，春节照常开工，20个工人每人干了5天", date(2020, 3, 20))
    assert said["opened_during_spring_festival"] is True and said["spring_festival_worker_days"] == 100
    assert extract("春节期间没开工", date(2020, 3, 20))["opened_during_spring_festival"] is False
    said = extract("我从2020年3月1日开始送快递的", date(2020, 6, 1))
    assert said["flexible_employment_start_date"] == "2020-03-01" and said["employment_status"] == "flexible"
    assert extract("前年6月30号毕业的", date(2020, 6, 1))["graduation_date"] == "2018-06-30"
    assert extract("每年失业保险交了2400左右", date(2020, 6, 1))["last_year_unemployment_insurance_paid"] == 2400
    assert extract("一个月社保单位和个人加起来交3000", date(2019, 6, 1))["monthly_social_insurance_due"] == 3000
    shop = extract("头一回自己开了个裁缝铺，开了快两年了", date(2020, 10, 1))
    assert shop["first_time_business"] is True and shop["employment_status"] == "self_employed"
    assert shop["business_operating_months"] == 23  # "快两年" is under 24 months: never more
    assert extract("开了一年多了", date(2020, 10, 1)).get("business_operating_months", 12) == 12
    hired = extract("我们公司前年招了2个贫困户", date(2021, 6, 1))
    assert hired["hires_contract_date"] == "2019-12-31" and hired["new_hires_poverty"] == 2
    assert extract("2020年10月8日签的合同", date(2021, 6, 1))["hires_contract_date"] == "2020-10-08"


def test_at_the_form_a_reminder_with_the_answer_is_read_as_yes(convo):
    meta = {"as_of": "2020-03-20"}
    convo.slots.update(region="聊城市", applicant_type="enterprise", epidemic_supplies_role="producer")
    convo.slots.update(topic="春节用工补贴", requested_slot="opened_during_spring_festival")
    convo.say("早说了嘛，春节期间一直开工", "deny", metadata=meta, form=True)
    messages, _ = convo.run(ValidateEligibilityForm())
    assert convo.slots["opened_during_spring_festival"] is True
    assert "没听明白" not in "\n".join(answer_texts(messages))


def test_at_the_form_never_stopped_to_the_resumption_day_is_no_format_complaint(convo):
    meta = {"as_of": "2020-03-20"}
    convo.slots.update(region="聊城市", applicant_type="enterprise", topic="吸纳就业补贴")
    convo.slots["requested_slot"] = "resumption_date"
    convo.say("一直没停工，谈不上复工", "inform", metadata=meta, form=True)
    messages, _ = convo.run(ValidateEligibilityForm())
    fact = convo.slots["requested_slot"]
    if fact:
        messages += convo.run(ASK_ACTIONS[fact]())[0]
    body = "\n".join(answer_texts(messages))
    assert "格式" not in body and "没听明白" not in body, body
    assert "resumption_date" in (convo.slots.get("unknown_facts") or []) or fact != "resumption_date"


def test_not_yet_to_a_question_of_what_has_already_happened_is_no():
    # eval9 G31: "还没领完，下个月到期" to "您是否已领取失业保险金期满且仍未就业？" got "没听明白"
    assert answer("unemployment_insurance_exhausted", "还没领完，下个月到期") == (False, False)
    assert answer("unemployment_insurance_exhausted", "尚未到期") == (False, False)


def test_a_share_said_as_a_count_kept_of_a_count_is_its_percentage():
    # eval9 G11: "10个留6个" to "贵单位见习期满留用率是多少（百分数）？" was read as 10%, the 50%以下 tier
    assert answer("intern_retention_rate", "10个留6个 你算") == (60, False)
    assert answer("intern_retention_rate", "8个人里留了2个") == (25, False)
    assert answer("intern_retention_rate", "60%") == (60, False)


def test_only_these_hires_of_another_group_is_none_of_the_group_asked():
    # eval9 G01: "就这4个大学生" to the 登记失业半年以上 count read 4 (4 × 2500元 more than the text gives)
    assert answer("new_hires_long_term_unemployed", "就这4个大学生") == (0, False)
    assert answer("new_hires_graduates", "就这4个大学生") == (4, False)
    assert answer("new_hires_long_term_unemployed", "4个") == (4, False)
