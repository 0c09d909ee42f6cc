"""Evaluation 11's findings answered at the turn (/work/eval11/findings-A.md, findings-B.md), on the real engine,
search and knowledge base. The messages are written for these tests after the findings, not copied from them."""

from __future__ import annotations

from datetime import date

from actions.detours import ActionReplyYesNo, ActionStopForm
from actions.handoff import ActionHandoff
from actions.money_said import money_in
from actions.profile_facts import extract, region
from answers.phrases import refuses_human, wants_human
from tests.actions.conftest import answer_texts

DAY = date(2020, 7, 8)


def _followups(events: list[dict]) -> list[str]:
    return [e["name"] for e in events if e.get("event") == "followup"]


def test_a_refused_hand_off_is_not_a_request_for_one():
    # before (I22, I28): "我没说转人工啊 …能返多少" and "我就是坐席 你转我干啥" were handed to a person again
    for said in ("我没说转人工啊 我是说厂里足额缴费了 能返多少", "我就是12345坐席 你转我干啥", "别转了 直接回答"):
        assert refuses_human(said) and not wants_human(said), said
    for said in ("转人工", "我没找到工作 帮我转人工", "我没转正 转人工吧"):
        assert wants_human(said) and not refuses_human(said), said


def test_who_leads_and_the_telephone_are_answered_from_the_clause_not_handed_off(convo):
    from actions.cited_replies import ActionAnswerQuestion

    convo.say("大政发〔2017〕46号第六条", "ask_policy")
    convo.run(ActionAnswerQuestion())
    convo.say("这条谁牵头 电话多少", "handoff")
    messages, events = convo.run(ActionHandoff())
    assert not answer_texts(messages) and _followups(events) == ["action_answer_question"]
    messages, _ = convo.run(ActionAnswerQuestion())
    body = "\n".join(answer_texts(messages))
    assert "市人力资源社会保障局（原文作“市人社局”）（牵头）" in body and "原文未载明各单位的联系电话" in body


def test_a_place_waved_away_is_not_where_the_person_is():
    # before (I26): "啥聊城啊 俺在大连" answered "下面按聊城市的政策"
    assert region("啥聊城啊 俺在大连") == "大连市"
    assert region("什么凌源 我在大连") == "大连市"
    assert region("聊城不对 是大连") == "大连市"
    assert region("我在聊城") == "聊城市"


def test_negated_key_enterprise_rough_counts_and_a_childs_age():
    # before (I25): "企业不是疫情重点保障企业" recorded as 是
    assert extract("我们企业不是疫情重点保障企业", DAY)["is_epidemic_key_enterprise"] is False
    assert extract("我们是疫情重点保障企业", DAY)["is_epidemic_key_enterprise"] is True
    # before (I10): "50来人" was a premium of 50元 and a refund of 25元
    assert money_in("我们厂50来人 能返多少") is None and money_in("交了4万来块") == 40000
    # before (I09): "孩子6岁" was the mother's age
    assert "age" not in extract("我是单亲妈妈 孩子6岁 失业8个月了", DAY)
    assert extract("我35岁 单亲妈妈 孩子6岁", DAY)["age"] == 35


def test_a_bare_fact_after_a_clause_answer_is_judged_not_met_with_anything_else(convo):
    from actions.cited_replies import ActionAnswerQuestion

    convo.say("我在凌源开了个小厂 想问稳岗返还", "ask_policy", metadata={"as_of": DAY.isoformat()})
    convo.run(ActionAnswerQuestion())
    convo.say("不裁员", "deny", metadata={"as_of": DAY.isoformat()})
    messages, events = convo.run(ActionReplyYesNo())
    # before: "好的。还有什么可以帮您？"
    assert _followups(events) == ["action_start_eligibility"] and not answer_texts(messages)


def test_a_stop_with_a_new_question_answers_the_question(convo):
    # before (I33): "算了 那你先说说 凌源失业了有啥补助" got "好的，不再继续提问"
    convo.say("算了 那你先说说 凌源失业了有啥补助", "stop_form", form=True)
    messages, events = convo.run(ActionStopForm())
    assert _followups(events) == ["action_start_eligibility"] and not answer_texts(messages)
    convo.say("算了", "stop_form", form=True)
    messages, events = convo.run(ActionStopForm())
    assert not _followups(events) and "不再继续提问" in "\n".join(answer_texts(messages))


def test_a_small_shop_in_dialect_finds_the_start_up_clause():
    from retrieval.search import search

    hits = search("俺想整个小卖店 有啥钱能给俺不", region="大连市", top_k=3, as_of=date(2020, 8, 25)).model_dump()
    top = hits["results"][0]
    assert (top["doc_number"], top["clause_label"]) == ("大政发〔2017〕46号", "（六）")  # 3000元/年 创业场地补贴
    assert "创业" in top["heading"]


def test_months_to_retirement_are_heard():
    # before (I14): "离退休就10个月" was not read, and the years were asked
    assert extract("我离退休就10个月了", DAY)["years_to_retirement"] < 1
    assert extract("还差8个月退休", DAY)["years_to_retirement"] < 1
    assert "years_to_retirement" not in extract("失业8个月了", DAY)


def test_a_listed_group_hears_what_its_words_settle():
    from actions.eligibility import group_sentence

    asked = "算不算就业困难人员"
    single = {"applicant_type": "person", "region": "大连市", "is_single_parent": True}
    # before (I09, I17): only "您是否符合上述条件、能否参照享受，以经办部门认定为准"
    text = group_sentence(None, {**single, "employment_status": "unemployed"}, DAY, asked).text
    assert "单亲抚养未成年人者在所列人员之内；另须是城镇登记失业人员" in text
    text = group_sentence(None, {**single, "unemployment_registered": True}, DAY, asked).text
    assert "属于上述就业困难人员范围" in text and "以经办部门为准" in text
    text = group_sentence(
        None, {**single, "employment_status": "unemployed", "unemployment_registered": False}, DAY, asked
    ).text
    assert "须先办理失业登记" in text


def test_an_old_open_ended_measure_asked_today_is_not_offered_as_today_s(convo):
    from actions.eligibility import ActionStartEligibility

    meta = {"as_of": "2026-12-04"}
    convo.say("我今年刚毕业 在大连 听说有一次性求职创业补贴 能领多少", "check_eligibility", metadata=meta)
    body = "\n".join(answer_texts(convo.run(ActionStartEligibility())[0]))
    # before (I16): the 2017 text's 1000元 listed "按…的政策" with only "有效期未知（自2017年9月20日起实施…）"
    assert "自2017年起实施，原文未载明截止日期，至今已逾9年，现在是否仍在执行无法从原文判断" in body
    assert "能领多少？我问您" not in body


def test_can_i_still_have_it_on_a_day_it_had_ended_leads_with_no(convo):
    from actions.eligibility import ActionStartEligibility

    meta = {"as_of": "2026-12-04"}
    said = "大连的企业招建档立卡贫困人口 每人每年扣减7800那个 我们现在招人能不能享受 你就说能还是不能"
    convo.say(said, "check_eligibility", metadata=meta)
    body = "\n".join(answer_texts(convo.run(ActionStartEligibility())[0]))
    # before (I31): the clause, and no conclusion
    # (eval74 QA01: the window and the years after it say where the last day comes from)
    assert body.split("\n")[1].startswith(
        "不能：“企业招用建档立卡贫困人口、登记失业半年以上人员定额扣减税费”（2021年12月31日前招用的可享受，每人最长3年）已于"
    )


def test_what_was_said_of_the_job_and_the_firm_is_kept():
    # before (I02): "厂子黄了 失业金也领完了" was asked 就业状态 and 失业保险金 again
    said = extract("俺56了 厂子黄了 失业金也领完了", DAY)
    assert said["employment_status"] == "unemployed" and said["unemployment_insurance_exhausted"] is True
    # before (I05): "普通软件公司" and "别老问防疫的了" were followed by three epidemic questions
    assert extract("我们就是普通软件公司", DAY)["is_epidemic_key_enterprise"] is False
    from actions.question_fit import not_for

    asked = ["is_epidemic_key_enterprise", "epidemic_new_hires", "new_hires_graduates"]
    words = "我们大连软件公司招了12个毕业生\n别老问防疫的了"
    assert not_for(asked, {"applicant_type": "enterprise"}, words) == asked[:2]
    assert not_for(asked, {"applicant_type": "enterprise"}, "我们大连软件公司招了12个毕业生") == []


def test_a_firm_named_as_where_one_goes_or_who_is_paid_is_not_who_asks():
    # before (eval12 J16, J17, J06): a graduate, a worker and a dismissed man became "企业" and heard "贵企业是否…"
    for said in (
        "聊城的 今年大专毕业 想去企业见习 见习补贴是给我还是给企业 多少钱",
        "所以到底是发给我本人还是发给单位？",
        "我要是现在被厂里辞了，能享受啥",
        "单位把我辞了 62了 失业金咋领",
    ):
        assert extract(said, DAY).get("applicant_type") == "person", said
    assert extract("我们企业招了5个人", DAY)["applicant_type"] == "enterprise"


def test_a_way_of_working_not_yet_taken_is_said_as_the_way_to_the_measure():
    from actions.profile import evaluate
    from answers.summary import failed_lines

    profile = {"applicant_type": "person", "region": "大连市", "is_college_graduate": True}
    lines = failed_lines(
        evaluate({**profile, "graduation_year": 2019, "employment_status": "unemployed"}, DAY)["benefits"]
    )
    # before (eval12 J05, eval11 I07): "不符合“自主创业”（按您说的：失业）" read as "no loan for you"
    assert not [x for x in lines if "不符合“灵活就业”" in x or "不符合“自主创业”" in x]
    assert any("须灵活就业后申请（您说的现在是：失业）" in x for x in lines)


def test_eval12_refusals_and_answers_in_passing(convo):
    from actions.detours import ActionGreet
    from actions.question_fit import not_for
    from actions.turns import IMPATIENT

    # before (J33): "我没说要转人工啊" handed off with a ticket; alone, it is answered with no search
    convo.say("我没说要转人工啊", "handoff")
    messages, events = convo.run(ActionHandoff())
    assert "不转人工" in "\n".join(answer_texts(messages)) and not _followups(events)
    # before (J22): "还早呢 我才38" to the years question got the welcome and the same question
    assert extract("还早呢 我才38", DAY)["age"] == 38
    convo.say("还早呢 我才38", "greet", form=True)
    messages, events = convo.run(ActionGreet())
    assert _followups(events) == ["action_start_eligibility"] and not answer_texts(messages)
    # before (J32, J34): "先别问我 你先回答", "别问培训了 就问认定" were followed by more questions
    assert IMPATIENT.search("先别问我 你先回答")
    asked = ["attends_online_training", "is_single_parent"]
    assert not_for(asked, {"applicant_type": "person"}, "单亲妈妈怎么认定\n别问培训了 就问认定") == asked[:1]


def test_a_sum_worked_years_after_an_open_ended_measure_began_says_it_is_the_text_s_standard():
    from actions.own_figures import rule_total
    from knowledge.eligibility.engine import default_engine

    rule = default_engine().by_id["liaoning-2020-9.stable-jobs-refund-sme"]
    said = "去年交了5万失业保险费 能返多少"
    # before (eval12 J31): "最高50000元" on 2026-12-04, said as if payable today
    today = rule_total(rule, said, date(2026, 12, 4), 50000)
    assert "100% × 50000元 = 最高50000元" in today and "至今已逾6年" in today and "不代表现在还能领取" in today
    assert "至今已逾" not in rule_total(rule, said, date(2020, 8, 1), 50000)


def test_a_half_or_a_rate_is_not_a_local_figure():
    from actions.local_figures import said_locals

    # before (eval12 J04, J11): "最低工资一半" was a minimum wage of 1元; "60%" a premium of 60元
    assert said_locals("岗位补贴是最低工资一半吧") == {} and said_locals("按最低基数60%补吗") == {}
    assert said_locals("当地最低工资1800") == {"当地最低工资标准": 1800.0}
    assert said_locals("按最低缴费基数每月交900") == {"按最低缴费基数计算的应缴纳社会保险费": 900.0}


def test_who_a_group_includes_is_a_definition_question():
    from actions.definition_words import DEFINITION, defined_term

    # before (eval13 K23): "就业困难人员都包括哪些人" was answered with "范围由省政府…动态调整" before the list
    for said in ("就业困难人员都包括哪些人", "零就业家庭包括什么人", "就业困难人员都包含啥"):
        assert DEFINITION.search(said) and defined_term(said) in ("就业困难人员", "零就业家庭"), said
