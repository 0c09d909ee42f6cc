"""Evaluation 52's findings (/work/eval52/ findings-A.md, findings-B.md), answered on the real engine, search and
knowledge base. The messages are written for these tests after the findings, not copied from them."""

from __future__ import annotations

from datetime import date

from actions import own_figures, profile_facts, turns
from actions.detours import ActionStopForm
from answers.summary import failed_lines
from knowledge.eligibility.engine import evaluate
from tests.actions.conftest import asked, started


def test_the_refund_asked_by_its_common_name_is_found_in_the_older_texts_words(convo):
    # before (Y08, 凌源, 2019): "稳岗返还能返多少" heard "没有与您的问题直接对应的规定" though 三、（一） returns 50%
    body = asked(convo, "凌源开食品厂的 三十来人 今年没裁人 稳岗返还能返不", as_of="2019-10-20")
    assert "没有与您的问题直接对应" not in body, body
    assert "凌政发〔2019〕14号）三、（一）" in body, body
    # before (Y11, 大连, 2020-03): the only text of the day calls it 稳岗补贴 (46号（四）)
    body = asked(convo, "大连的饭店 没裁员 稳岗返还能申请吗", as_of="2020-03-15")
    assert "落实失业保险稳定岗位补贴政策" in body, body


def test_one_worker_not_laid_off_is_no_head_count():
    # before (Y11): "我一个员工没裁" was recorded 在职职工人数：1 after "10个员工"
    said = profile_facts.extract("那稳岗补贴呢 我们一个工人都没裁", date(2020, 3, 15))
    assert "employees" not in said and said.get("layoffs") == "none", said
    assert profile_facts.extract("店里12个员工没有裁的", date(2020, 3, 15)).get("employees") == 12


def test_hires_said_jobless_after_a_comma_are_counted():
    # before (Y04): "招了3个人，都是失业登记8个月的" was asked the count twice
    said = profile_facts.extract("我们公司在大连 上个月招了4个人，都是失业登记10个月的", date(2020, 9, 1))
    assert said.get("new_hires_long_term_unemployed") == 4, said


def test_that_tax_is_no_personal_income_tax():
    # before (Y04): "7800那个 税收的" read without spaces as "个税", refused as 个人所得税
    assert turns.NOT_SERVED["tax"].search("每人7800那个税收优惠我算算") is None
    assert turns.NOT_SERVED["tax"].search("个税怎么退")


def test_heads_said_work_out_a_per_head_deduction():
    # before (Y04): "我3个人算下来多少" of 18号（二） heard the sentence again without a sum
    line = own_figures.own_total("招的这4个人 一年一共能扣多少", "dalian-2020-18:1.2", date(2020, 9, 1))
    assert "7800元/人 × 4人 = 最高31200元/年" in line and "每人最长享受3年" in line, line


def test_a_trainee_hears_the_living_allowance_is_paid_to_them(convo):
    # before (Y03): a father was told the 见习 money "是给见习单位的，不是发给个人的"
    body = started(convo, "我女儿去年大专毕业 在凌源一直没找到活 见习是怎么回事 每月给多少钱", as_of="2026-11-20")
    assert "不是发给个人的" not in body, body
    assert "见习人员本人在见习期间领取基本生活费" in body, body


def test_a_way_of_working_in_a_group_condition_is_no_refusal():
    # before (Y06): a 2020 graduate about to open an online shop read "不符合“离校2年内未就业，到小微企业就业或灵活就业”"
    result = evaluate(
        {
            "applicant_type": "person",
            "region": "聊城市",
            "is_college_graduate": True,
            "graduation_year": 2020,
            "employment_status": "self_employed",
        },
        "2020-07-01",
    )
    lines = "\n".join(failed_lines(result["benefits"]))
    assert "须到小微企业就业或灵活就业后申请" in lines, lines
    assert "不符合“离校2年内未就业" not in lines, lines


def test_words_about_a_list_are_no_stop(convo):
    # before (Y17): "写了金额的" after a list heard "好的，不再继续提问"
    convo.say("有数额的", "stop_form", metadata={"as_of": "2026-11-20"})
    _, events = convo.run(ActionStopForm())
    assert any(e.get("event") == "followup" and e.get("name") == "action_answer_question" for e in events), events
    convo.say("不查了", "stop_form", metadata={"as_of": "2026-11-20"})
    _, events = convo.run(ActionStopForm())
    assert not any(e.get("event") == "followup" for e in events), events


def test_the_sentence_naming_every_word_asked_answers_until_when_and_the_city_counterpart(convo):
    # before (Y16): "延长1年到什么时候" heard the "延长期满后…" sentence; "大连市里有没有对应的规定" the 18号 preamble
    body = asked(convo, "辽政发〔2020〕9号第十七条", "最多安置几次", "延长1年到哪天为止", as_of="2020-08-01")
    assert "政策享受期限可延长1年" in body.split("\n")[1], body
    body = asked(convo, "大连有没有对应的", as_of="2020-08-01")
    assert "大政发〔2020〕18号）第（十五）条" in body, body


def test_a_term_defined_by_a_city_text_is_found_after_a_provincial_clause(convo):
    # before (Y23): "贫困劳动力 指什么" after 辽政发 answers heard "适用于辽宁省的文件都没有给…下定义"
    body = asked(convo, "辽政发〔2020〕9号第十五条", "贫困劳动力是啥意思", as_of="2026-11-20")
    assert "16周岁以上、有劳动能力的建档立卡贫困人口" in body, body


def test_a_sentence_recognising_another_term_or_naming_guidance_defines_nothing(convo):
    # before (Y15): "大龄怎么界定" heard "…大龄、残疾…可…申请认定为就业困难人员" as the definition of 大龄
    body = asked(convo, "凌政发〔2019〕14号 一、（五）", "大龄是怎么界定的", as_of="2026-11-20")
    assert "这是政策原文对该词的说明" not in body, body
    assert "没有给“大龄”下定义" in body, body


def test_a_post_asked_after_the_groups_list_turns_to_the_post_clause(convo):
    # before (Y05, 抚顺, 2021): "那我能去公益性岗位不 一个月给多少" heard 辽政发（十六）'s list three times
    asked(convo, "抚顺的 45岁 低保户 登记失业了 算就业困难人员不", as_of="2021-05-01")
    body = asked(convo, "那公益性岗位我能上不 给多少钱", as_of="2021-05-01")
    assert "（十七）" in body, body


def test_a_measure_whose_arrival_window_closed_is_not_offered_unasked(convo):
    # before (Y21, 凌源, 2026): a laid-off wife's husband heard 人才安家补助 for arrivals up to 2020-08-30
    body = started(convo, "凌源的 我媳妇五十了 厂里把她辞了 有什么补助", as_of="2026-11-20")
    assert "安家补助" not in body, body


def test_a_measure_whose_arrival_window_closed_is_offered_when_asked(convo):
    body = started(convo, "刚到凌源买了房子 安家费现在还能申请吗", as_of="2026-11-20")
    assert "安家补助" in body, body


def test_a_second_question_joined_by_还有_is_answered_too(convo):
    # before (Y08, Y02, Y10, Y12): the part after "还有" was dropped
    from actions.cited_replies import ActionAnswerQuestion
    from tests.actions.conftest import answer_texts

    convo.say("凌源的厂子 稳岗返还怎么返，还有职工在岗培训给不给补", "ask_policy", metadata={"as_of": "2019-10-20"})
    texts = answer_texts(convo.run(ActionAnswerQuestion())[0])
    assert len(texts) == 2 and texts[1].startswith("您还问到“职工在岗培训给不给补”"), texts
    assert "三、（二）" in texts[1], texts


def test_where_to_go_leads_a_how_to_claim_question(convo):
    # before (Y01, 庄河): "失业金咋领" heard only the 失业补助金 sentence of 18号（十七）
    body = started(convo, "我在大连 单位上月把我裁了 五十五岁 失业金怎么领", as_of="2026-11-20")
    assert "可在户籍地或常住地办理失业登记" in body, body


def test_just_begun_insurance_is_zero_years():
    # before (Y24): "刚上班 这个月才开始交" to 参加失业保险几年 heard "请回答一个数字"
    from actions.fact_answers import _number
    from knowledge.eligibility.facts import vocabulary

    assert _number(vocabulary()["unemployment_insurance_years"], "才上班 上个月刚开始交", {}) == 0
    assert _number(vocabulary()["unemployment_insurance_years"], "交了4年", {}) == 4


def test_let_go_by_the_factory_is_out_of_work():
    # before (Y12): "上个月厂子不要我了" left 就业状态 unknown and the summary showed a firm's 2019 refund
    said = profile_facts.extract("凌源的 厂里前些天不要我了", date(2026, 11, 20))
    assert said.get("employment_status") == "unemployed", said


def test_flexible_insurance_compared_names_every_place_text(convo):
    # before (Y19): 聊城 第9条 and 大政发〔2020〕18号（十二）'s 60% were missing; 46号（十五）'s note cut its 3-year groups
    body = asked(convo, "灵活就业人员社保补贴 四个地方各是怎么规定的 辽宁大连聊城凌源", as_of="2026-11-20")
    assert "第9条" in body and "按照最低缴费基数计算的应缴纳社会保险费的60%给予补贴" in body, body
    assert "补贴期限最长不超过3年，其余人员距法定退休年龄1年时" in body, body
