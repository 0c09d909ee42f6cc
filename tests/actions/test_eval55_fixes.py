"""Evaluation 55's findings (/work/eval55/ findings-A.md, findings-B.md), answered on the real engine, search and
knowledge base. The messages are written for these tests after the findings, not copied from them."""

from __future__ import annotations

from actions.cited_replies import ActionAnswerQuestion
from tests.actions.conftest import answer_texts, asked


def test_no_sum_for_a_refund_whose_layoff_rate_the_firm_exceeds(convo):
    # before (I18, 聊城): a firm of 80 that laid off 5 (6.3% > 5.5%) heard "50% × 60000元 = 30000元" twice
    convo.slots.update(
        {
            "applicant_type": "enterprise",
            "region": "聊城市",
            "employees": 70,
            "layoff_rate": 7.1,
            "layoffs": "many",
            "last_year_unemployment_insurance_paid": 50000,
            "insured": True,
        }
    )
    asked(convo, "聊城 稳岗返还能返多少", as_of="2020-07-01")
    body = asked(convo, "那就是能返2万5？五万的一半", as_of="2020-07-01")
    assert "× 50000元" not in body and "25000元" not in body, body
    assert "裁员率不超过5.5%（按您说的：7.1%）" in body, body


def test_amounts_asked_of_a_list_with_none_point_to_those_of_the_document(convo):
    # before (I17, a supervisor): "哪些写了金额" after 辽政发's measures for individuals heard "辽政发〔2020〕9号中没有…"
    body = asked(convo, "辽政发〔2020〕9号 给个人的措施 列一下", "哪些写了具体金额", as_of="2026-11-20")
    assert body.startswith("上面列的给个人的措施原文都没有写具体金额"), body
    assert "不超过1000元" in body, body


def test_a_year_alone_that_is_the_years_own_keeps_the_day_asked(convo):
    # before (I17): "…2026年还算没到期？" asked on 2026-12-01 was judged on the server's day
    from actions.detours import ActionSetAsOf

    convo.say("辽政发〔2020〕9号第十四条", "ask_policy", metadata={"as_of": "2026-11-20"})
    convo.run(ActionAnswerQuestion())
    convo.say("湖北籍毕业生那句 2026年还有效吗", "as_of_date", metadata={"as_of": "2026-11-20"})
    texts = answer_texts(convo.run(ActionSetAsOf())[0])
    assert not any("接下来按" in t for t in texts), texts


def test_a_question_after_impatient_words_is_answered(convo):
    # before (I13, an agent): "直接说 同一个人 2500的和1000的 能不能一起领" heard the known measures and "您在哪个市或县"
    from actions.handoff import ActionHandoff

    convo.say("直接说 同一个人 2500的和1000的 能不能一起拿", "handoff", metadata={"as_of": "2026-11-20"})
    _, events = convo.run(ActionHandoff())
    assert any(e.get("event") == "followup" and e.get("name") == "action_answer_question" for e in events), events
    convo.say("你直接说吧", "handoff", metadata={"as_of": "2026-11-20"})
    _, events = convo.run(ActionHandoff())
    assert not any(e.get("event") == "followup" for e in events), events


def test_when_to_apply_is_the_clauses_application_sentence(convo):
    # before (I13): "申请时间" after 18号（九） heard "没有找到…直接对应的条款" above the right sentence
    body = asked(convo, "大政发〔2020〕18号第九条", "什么时候申请", as_of="2026-11-20")
    assert "没有找到" not in body and "申请日期原则上为疫情解除后3个月内" in body, body


def test_rent_asked_after_an_insurance_sentence_is_the_premises_measure(convo):
    # before (I09, 大连): "自己租个门面开个小卖店 房租能补不" after 18号（十二）'s 60% heard "不能" of the insurance subsidy
    asked(convo, "我哥35 有残疾证 大连的 失业了 灵活就业交社保能补吗", as_of="2020-10-15")
    body = asked(convo, "那他要是租个门面开小店 房租有补贴不", as_of="2020-10-15")
    assert not body.startswith("不能") and "只给“灵活就业”" not in body, body
    assert "房租" in body or "场地" in body, body


def test_how_long_jobless_pay_lasts_uses_the_place_said_before(convo):
    # before (I22, 大连): "那失业金能领多长时间" after an online answer heard 低保救助's 3至12个月
    asked(convo, "大连的 失业保险金网上能申请不", as_of="2020-05-20")
    body = asked(convo, "那失业金能领多久", as_of="2020-05-20")
    assert body.startswith("所收录文件未规定失业保险金领取期限"), body


def test_a_group_said_back_as_a_question_is_not_the_persons():
    from datetime import date

    from actions import profile_facts

    # before (I22): "3到12个月？那是低保吧 我问失业金" was recorded 低保家庭成员：是
    assert "is_low_income_family" not in profile_facts.extract("半年？那是低保吧 我问的是失业金", date(2020, 5, 20))


def test_hired_by_any_employer_is_work_now_and_the_firms_measures_answer():
    from datetime import date

    from actions import payer_asked, profile_facts

    # before (I24): "不对 我已经被饭店招了 不是失业了" changed nothing
    said = profile_facts.extract("不对 我已经被超市招了 不失业了", date(2021, 2, 20))
    assert said.get("employment_status") == "employed", said
    assert "employment_status" not in profile_facts.extract("要是被超市录用了能拿啥", date(2021, 2, 20))
    reply = payer_asked.reply("大连 登记失业8个月 现在一个超市要我了 超市能拿到啥补贴", "大连市", date(2021, 2, 20))
    assert reply is not None and "大政发〔2020〕18号（二）" in reply.text, reply


def test_the_question_after_stop_asking_is_answered_with_the_summary():
    # before (I08, 凌源): "不知道 别问了 你就说养羊有没有培训" ended the questions and the question was never answered
    from actions.offered import asked_after_impatience

    assert asked_after_impatience("不清楚 别问了 你就说种地的有没有培训") == "种地的有没有培训"
    assert asked_after_impatience("你直接说吧") == ""
