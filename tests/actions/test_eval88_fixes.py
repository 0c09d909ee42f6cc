"""Evaluation 88's findings (/work/eval88/ findings-A.md, findings-B.md) left open by the sixteenth session, answered on
the real engine. The messages are written for these tests after the findings, not copied from them."""

from __future__ import annotations

from tests.actions.conftest import asked


def test_a_graduate_asking_what_a_firm_gets_for_hiring_him_hears_his_own_measure_not_other_groups(convo):
    # before (EA09): "企业招我的话有补贴吗？我自己有没有" from a 聊城 graduate heard the 就业困难人员 and 家政 hiring
    # sentences; the sentence granting graduates themselves (第7条, 到小微企业就业) came only at the fifth message
    body = asked(convo, "聊城的 今年大专刚毕业 准备去一家小微企业 公司招我能拿什么补贴 我本人呢", as_of="2026-12-07")
    assert "家政" not in body and "就业困难人员稳定就业" not in body
    assert "到小微企业就业或灵活就业的，给予社会保险补贴" in body
    assert "没有对招用高校毕业生的单位给予补贴" in body
    # a place whose text grants the unit for hiring graduates still says so
    dalian = asked(convo, "我是大连的 今年本科毕业 公司招我能拿啥补贴", as_of="2026-12-07")
    assert "对新招用毕业年度或登记失业的高校毕业生就业的各类用人单位" in dalian


def test_measures_waiting_for_the_end_of_jobless_pay_are_not_offered_to_one_never_insured():
    from answers.summary import failed_lines

    # before (EA08): "单位没给我交失业保险，也没领过失业金" was recorded as not meeting the jobless-pay conditions, yet the
    # summary listed 失业补助金 and 续领至退休 as hers "领取失业保险金期满后"
    b = {
        "benefit_id": "x",
        "name": "领取失业保险金期满仍未就业的参保失业人员失业补助金（大连）",
        "status": "not_eligible",
        "reasons": ["符合：申请主体为个人（实际：个人）", "不符合：领取失业保险金期满仍未就业（实际：否）"],
    }
    never = failed_lines([b], {"meets_unemployment_insurance_conditions": False})
    assert "失业补助金" not in "".join(never)
    assert "领取失业保险金期满后仍未就业的" in "".join(failed_lines([b], {"receiving_unemployment_insurance": True}))


def test_a_question_about_the_wage_deposit_stays_on_its_sentence_and_its_deadline_is_not_the_day_asked(convo):
    # before (EB08, a lawyer): "农民工工资保证金有什么规定" recorded 农民工：是; "我不是农民工…现在还能缓缴吗" heard the
    # 免担保 sentence; "也受2020年6月底这个期限限制吗" moved the day asked to 2020-06-30
    from actions.context import date_in_text

    first = asked(convo, "我是做法律咨询的 辽宁对农民工工资保证金怎么规定的", as_of="2026-12-07")
    assert "农民工：是" not in first and "暂缓缴存农民工工资保证金" in first
    body = asked(convo, "我又不是农民工 我替施工单位问 现在还让缓缴不", as_of="2026-12-07")
    assert "暂缓缴存农民工工资保证金" in body and "免担保" not in body
    assert date_in_text("那免缴是不是也受2020年6月底这个期限限制") is None
    assert date_in_text("可免缴这半句也只到2020年6月底吗") is None
    assert date_in_text("按2020年6月底的政策能缓缴吗") is not None


def test_a_city_rule_replacing_the_province_one_in_scope_is_listed_and_ruled_on(convo):
    # before (EA04, a 大连 restaurant on 2020-07-15 that hired two long-unemployed): the first list had 辽政发（十）'s
    # "标准由各市定" and 创业带头人's sentence; the verdict dropped the province's measure for 大连's 2500元/人, which was
    # never in scope, and the one cash subsidy he met vanished
    from datetime import date

    from answers.summary import summary
    from knowledge.eligibility.engine import evaluate

    body = asked(convo, "大连开饭店的 疫情后重新营业 雇了俩以前失业的 有补贴没", as_of="2020-07-15")
    assert "2500元" in body and "创业带头人" not in body
    profile = {
        "applicant_type": "enterprise",
        "region": "大连市",
        "new_hires_long_term_unemployed": 2,
        "contract_one_year_plus": True,
        "social_insurance_paid": True,
    }
    said = summary(evaluate(profile, "2020-07-15"), {"liaoning-2020-9.absorb-3-6-months"}, today=date(2026, 12, 7)).text
    assert "每人2500元" in said and "至少5000元" in said


def test_questions_typed_one_after_another_are_parts_and_no_measure_is_denied_for_want_of_the_other():
    # before (eval89 FB06): "聊城 失业了 能领多少失业金 能不能贷款 有没有公益岗" was told "聊城市文件里没有“失业保险金”、
    # “公益性岗位”的规定（…没有同时写到…）" though 第21条 and 第9条 state each
    from actions import question_parts

    said = "凌源 下岗了 失业金能领多少 贷款能不能办 有没有公益岗"
    assert len(question_parts.parts(said)) == 3
    assert question_parts.parts("大连 见习补贴 标准") == [] and question_parts.parts("稳岗返还能返多少") == []
