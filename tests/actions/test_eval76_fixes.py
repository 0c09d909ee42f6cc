"""Evaluation 76's findings (/work/eval76/ findings-A.md, findings-B.md), answered on the real engine, search and
knowledge base. The messages are written for these tests after the findings, not copied from them."""

from __future__ import annotations

from datetime import date

from tests.actions.conftest import asked, started

DAY = date(2026, 12, 7)


def test_learning_a_trade_is_never_told_the_city_has_no_such_subsidy(convo):
    # before (SA01, rated 1): "能不能去学个技术有补帖" heard "大连市适用的政策文件…都没有技术补贴"
    from actions import measure_not_here

    started(convo, "我在大连 刚下岗 登记失业了", as_of="2026-12-07")
    convo.say("失业了想学门技术 有没有技术补贴", "ask_policy", metadata={"as_of": "2026-12-07"})
    assert measure_not_here.reply("失业了想学门技术 有没有技术补贴", convo.tracker(), DAY) is None


def test_asking_where_recognition_is_done_is_no_recognition_had():
    # before (SB03, an officer): "大连这边认定就业困难人员找哪个部门" recorded 已被认定为就业困难人员：是
    from actions.profile_facts import extract

    assert extract("聊城那边认定就业困难人员归哪个部门管", DAY).get("is_hard_to_employ") is None
    assert extract("我已被认定为就业困难人员", DAY).get("is_hard_to_employ") is True


def test_a_case_supposed_is_not_the_speakers_status():
    # before (SB04): "在單位就業 我是問以後如果失業了…" recorded 就业状态：失业
    from actions.profile_facts import extract

    assert extract("我在公司上班 想问万一以后失业了能领多久", DAY).get("employment_status") != "unemployed"
    assert extract("我在单位就业 就是问问 假如失业了咋办", DAY).get("employment_status") != "unemployed"
    assert extract("我现在有工作 还没失业", DAY).get("employment_status") == "employed"


def test_benefit_months_left_is_receiving_not_exhausted():
    # before (SA08): "失业金再有俩月就领完了" later recorded 失业保险金领取期满：是
    from actions.fact_answers import NO
    from actions.profile_facts import extract

    said = extract("我56了 失业金还剩三个月就领完了", DAY)
    assert said.get("receiving_unemployment_insurance") is True, said
    assert said.get("unemployment_insurance_exhausted") is False, said
    assert NO.search("还没领完 还有仨月")


def test_the_question_after_impatience_is_the_question():
    # before (SA08): "不是。你就直接告诉我，我57能不能领到退休？" heard start-up subsidies
    from actions.offered import asked_after_impatience

    assert asked_after_impatience("没有。你直接告诉我，失业金能不能一直领到退休？") == "失业金能不能一直领到退休？"


def test_deferring_social_insurance_does_not_lead_with_the_wage_deposit(convo):
    # before (SA06, a restaurant in 2020): "社保能不能先缓缓再交" led with 农民工工资保证金's deferral
    body = started(convo, "凌源开面馆的 疫情关门了 社保能缓交吗 员工6个", as_of="2020-04-20")
    listed = body.split("与您的问题相关的政策有：")[-1].split("\n")[1]
    assert "农民工工资保证金" not in listed, body


def test_a_firms_question_with_gain_words_is_no_check_of_a_sentence(convo):
    # before (SA07): "那企业要是招俺，企业有啥好处不？俺好跟老板说说…" heard its own words as "原文未写明“…”"
    asked(convo, "聊城 残疾人就业 有啥政策", as_of="2026-12-07")
    body = asked(convo, "那单位要是招了俺，单位有啥好处不？俺回去跟厂长商量商量", as_of="2026-12-07")
    assert "原文未写明“" not in body, body


def test_a_place_outside_is_left_out_of_the_question_read_back():
    # before (SB09): "来电人在北京，问北京的失业补贴" read back as "来电人在，问的失业补贴"
    from actions.profile_turns import restated

    said = restated("市民在上海，问上海的创业补贴", "辽宁省")
    assert "“创业补贴”" in said and "在，" not in said, said


def test_the_times_a_clause_states_are_listed_from_that_clause(convo):
    # before (SB05, an agent): "原文里提到的时间" after 聊城 第5条 heard 第20条's "第一时间"
    body = asked(convo, "聊城通知第5条原文", "原文里提到的时间", as_of="2026-12-07")
    assert "自2020年1月1日起再延长1年" in body and "第一时间" not in body, body


def test_a_lookup_for_a_firms_period_quotes_the_firms_sentence(convo):
    # before (SB07): "…第十二条 小微企业招用高校毕业生 社保补贴 期限" led with the graduates' own 灵活就业 period
    body = asked(convo, "46号文 第十二条 小微企业招高校毕业生 社保补贴的期限", as_of="2026-12-07")
    first = body.split("\n")[1]
    assert "给予1年的社会保险补贴" in first, body


def test_the_caller_and_this_are_no_new_topic_for_a_department_asked(convo):
    # before (SB01): "来电人要办这个 找哪个部门" after 18号（十五） heard 18号（十八）
    body = asked(convo, "大政发〔2020〕18号 第十五条", "来电群众要办这个 找哪个部门", as_of="2026-12-07")
    assert "（十五）" in body.split("\n")[0] and "（十八）" not in body, body


def test_an_ended_extension_is_not_the_end_of_the_measure_it_extends(convo):
    # before (SA04, rated 1): "到期了，现在没有这个补贴了呗？" after 辽政发（十三）'s 延长1年 heard "已到期" again
    asked(convo, "辽宁 就业困难人员灵活就业社保补贴期满 延长1年 原文", as_of="2026-12-07")
    body = asked(convo, "也就是说过期了 现在没有这个补贴了呗", as_of="2026-12-07")
    assert "到期的是“期满后延长1年”这一项" in body and "不是“灵活就业社会保险补贴”本身" in body, body


def test_the_measure_extended_is_quoted_from_the_city_for_the_same_group():
    from actions.extension_ended import _stating

    rec, said = _stating("灵活就业社会保险补贴", "大连市", DAY, ["就业困难人员"])
    assert "对灵活就业后缴纳社会保险费的就业困难人员" in said.text


def test_a_measure_for_a_group_never_said_is_not_listed_as_failed_on_another_condition(convo):
    # before (SA05, a veteran opening a shop): the disabled founders' 6000元 was "不符合…正常运营6个月以上（按您说的：0个月）"
    from actions.eligibility import ActionEligibilitySummary
    from tests.actions.conftest import answer_texts

    convo.slots.update(
        {
            "applicant_type": "person",
            "region": "大连市",
            "is_veteran": True,
            "employment_status": "self_employed",
            "business_operating_months": 0,
            "candidates": ["dalian-2020-18.disabled-business-premises", "dalian-2017-46.business-premises-3000"],
        }
    )
    convo.say("按我的情况算一算", "check_eligibility", metadata={"as_of": "2026-12-07"})
    body = "\n".join(answer_texts(convo.run(ActionEligibilitySummary())[0]))
    assert "残疾人" not in body, body


def test_the_one_place_whose_texts_are_asked_about_scopes_them(convo):
    # before (SB10, a lawyer): "大连的文件里对企业不裁员或少裁员有什么支持" heard 凌源's and 聊城's 50% first, and was
    # recorded 裁员情况：不裁员
    body = started(convo, "大连文件里对企业不裁员或少裁员给什么支持", as_of="2026-12-07")
    listed = body.split("与您的问题相关的政策有：")[-1]
    assert "仅适用于凌源市" not in listed and "仅适用于聊城市" not in listed, body
    assert "裁员情况：不裁员" not in body, body


def test_an_impatient_first_message_keeps_its_place_and_state():
    # before (SB12): "你问这么多干啥 直接告诉我大连失业了能领啥" was asked its place and status again
    from actions.profile_facts import extract

    said = extract("问那么多干啥 直接告诉我大连下岗了能领点啥", DAY)
    assert said.get("region") == "大连市" and said.get("employment_status") == "unemployed", said


def test_the_case_a_follow_up_names_is_answered_by_its_own_sentence(convo):
    # before (SA10): "困难企业是不是还有别的返还标准？" after 辽政发（一）'s 中小微 100% heard that sentence twice
    asked(convo, "锦州的企业 稳岗返还 返多少", as_of="2026-12-07")
    body = asked(convo, "那经营困难的企业 返还标准是啥", as_of="2026-12-07")
    assert "返还标准可按不超过6个月的当地月人均失业保险金" in body, body
    assert "没有写明" not in body, body
