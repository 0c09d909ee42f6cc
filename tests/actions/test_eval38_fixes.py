"""Evaluation 38's findings (/work/eval38/findings-A.md, findings-B.md), answered on the real engine, search and
knowledge base. The messages are written for these tests after the findings, not copied from them."""

from __future__ import annotations

from tests.actions.conftest import asked, started


def test_a_question_after_a_clause_looked_up_stays_in_its_place(convo):
    # before (K13): "残疾人场地补贴标准" right after 大政发〔2020〕18号 heard "您没说在哪个市县" and 凌源's 孵化基地
    asked(convo, "大政发〔2020〕18号第十二条", as_of="2026-12-05")
    body = asked(convo, "残疾人创业场地补贴的标准", as_of="2026-12-05")
    assert "您没说在哪个市县" not in body and "6000元/年" in body, body


def test_a_standard_set_by_reference_is_a_standard():
    from answers import sentences

    # before (K16): "参照当地城市最低生活保障标准，按实际参加培训天数…给予生活费补贴" was "原文没有写明具体金额"
    assert sentences.has_feature("对其中就业困难人员在培训期间参照当地城市最低生活保障标准给予生活费补贴", "amount")


def test_what_is_paid_for_named_and_absent_from_the_clause_is_no_yes(convo):
    # before (K10): "员工返岗 车费能补不" after 聊城 第4条 heard "能" of the 医保 rate cut
    started(convo, "聊城一家快递公司 50人 社保能缓交吗", as_of="2020-03-15")
    body = asked(convo, "员工回来上班 路费能补不", as_of="2020-03-15")
    assert not body.startswith("能。") and "医疗保险" not in body.split("\n")[0], body


def test_the_measure_a_yes_no_names_leads_the_list(convo):
    body = started(convo, "聊城一家快递公司 50人 社保能缓交吗", as_of="2020-03-15")
    first = body.split("\n1. ")[1].split("\n")[0]
    assert "缓缴社会保险费" in first, body


def test_a_ceiling_only_is_never_called_an_unknown_sum():
    from answers.summary import total_words

    # before (K22, eval37 Z08): "最高60000元" beside "合计：以上1项金额均未能确定"
    said = total_words([{"name": "稳岗返还", "amount": {"value": None, "bound": "at_most", "max_value": 9600}}])
    assert "最高9600元" in said and "均未能确定" not in said


def test_a_spouses_group_said_with_what_ails_them_is_not_the_speakers():
    from datetime import date

    from actions.profile_facts import extract

    # before (K04): "俺家那口子腿脚不好是残疾人" was recorded 残疾人：是 of the wife asking
    found = extract("俺在凌源 今年47了 俺家老头子眼睛不好是残疾人 家里低保 俺想找个活", date(2019, 10, 20))
    assert "is_disabled" not in found and found["is_low_income_family"] is True


def test_work_asked_about_is_not_work_done():
    from datetime import date

    from actions.profile_facts import extract

    # before (K05): a jobless graduate asking "灵活就业交社保能不能补" was recorded 就业状态：灵活就业
    found = extract("我在聊城 23年大专毕业 一直没找到工作 灵活就业交社保有没有补贴", date(2026, 12, 5))
    assert found.get("employment_status") == "unemployed"
    assert extract("我现在灵活就业 交社保能不能补", date(2026, 12, 5))["employment_status"] == "flexible"


def test_a_year_said_short_is_no_length_and_a_total_asked_is_read():
    from datetime import date

    from actions.own_figures import said_months

    # before (K03): "20年毕业的" was worked as 20 years of a premises subsidy ("按您说的20年计算…=12000元")
    assert said_months("我19年毕业的 开了个小店 场地补贴能给多少", date(2021, 1, 15)) is None
    assert said_months("补3年一共多少", date(2021, 1, 15)) == (36, "3年", None)


def test_a_benefit_waiting_only_for_the_end_of_the_jobless_pay_is_not_refused():
    from answers.summary import failed_lines

    # before (K01): 59, jobless pay ending in two months, heard 续领至退休 under "条件不满足"
    b = {
        "benefit_id": "x",
        "name": "失业保险金期满且距法定退休年龄不足1年的继续领取至退休（大连）",
        "status": "not_eligible",
        "reasons": ["符合：申请主体为个人（实际：个人）", "不符合：领取失业保险金期满仍未就业（实际：否）"],
    }
    lines = failed_lines([b])
    assert "条件不满足" not in "".join(lines) and "领取失业保险金期满后仍未就业的" in "".join(lines)


def test_a_clause_looked_up_by_number_is_answered_as_to_staff(convo):
    # before (eval36–38 B): agents typing "…〔2017〕46号第十二条原文" heard "请拨打12345" under every reply
    body = asked(convo, "大政发〔2017〕46号第十二条原文", as_of="2026-12-05")
    assert "拨打12345" not in body and "责任单位" in body, body
    body = asked(convo, "那见习补贴补多久", as_of="2026-12-05")
    assert "拨打12345" not in body, body


def test_a_word_no_text_defines_is_said_to_be_undefined(convo):
    # before (K23): "困难企业有定义吗" heard three 稳岗返还 clauses and never "没有"
    body = asked(convo, "困难企业有没有定义", as_of="2026-12-05")
    assert body.startswith("收录的文件都没有给“困难企业”下定义"), body
    body = asked(convo, "零就业家庭有定义吗", as_of="2026-12-05")
    assert "同一家庭户口内有2名及2名以上共同生活成员" in body and "都没有给" not in body, body


def test_a_charge_asked_whether_to_pay_where_no_text_has_it(convo):
    # before (K21): "残保金现在交不交" (大连) heard three hiring subsidies first
    body = asked(convo, "大连一家公司 50个人 残保金今年还交不交", as_of="2026-12-05")
    assert body.startswith("大连市适用的政策文件") and "都没有残保金的规定" in body, body
