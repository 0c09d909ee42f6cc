"""Evaluation 29's findings (/work/eval29/findings-A.md, findings-B.md), answered at the turn on the real engine,
search and knowledge base. The messages are written for these tests after the findings, not copied from them."""

from __future__ import annotations

from datetime import date

from tests.actions.conftest import answer_texts


def test_a_worker_who_says_she_is_no_firm_is_a_person():
    from actions.profile_applicant import applicant_type
    from actions.profile_facts import extract

    # before (P05, rated 1): "我是个人…不是企业" matched "我是个…企业" and stayed 企业 through two corrections
    assert applicant_type("不对，俺是个人，下岗的，不是企业") == "person"
    assert applicant_type("俺是女的厂里工人55退休") == "person"  # the API joins the words: "女的厂里工人"
    assert applicant_type("我们是一家小企业") == "enterprise"
    # before (P16): "钱是单位给还是政府给 我闺女…" (a mother) was 企业, and "见习一个月给多少" a 1-month internship
    found = extract("这钱是单位出还是国家出啊 我闺女中专毕业在家待着", date(2019, 7, 2))
    assert found["applicant_type"] == "person"
    assert "internship_agreed_months" not in extract("见习一个月能给多少钱", date(2019, 7, 2))
    assert extract("见习期8个月", date(2019, 7, 2))["internship_agreed_months"] == 8
    assert extract("失业登记早办好了", date(2020, 6, 1))["unemployment_registered"] is True


def test_a_layoff_rate_after_the_sentence_stating_its_bounds(convo):
    from actions.turns import special
    from tests.actions.conftest import asked

    # before (P14, rated 1): three turns of the firm questionnaire and once the welcome text
    asked(convo, "聊城那个文件第5条 裁员率标准是怎么写的", as_of="2020-05-06")
    convo.say("打个比方 一家厂子20个人参保 今年裁了5个 还能返吗", "check_eligibility", metadata={"as_of": "2020-05-06"})
    turn = special("打个比方 一家厂子20个人参保 今年裁了5个 还能返吗", convo.tracker())
    body = turn.replies[0].text
    assert "裁员率约25%" in body and "不符合" in body and "20%" in body
    assert "30人（含）以下的参保企业放宽到不超过参保职工总数的20%" in body  # the sentence, whole
    convo.say("那80个人的厂裁了4个呢", "ask_policy", metadata={"as_of": "2020-05-06"})
    body = special("那80个人的厂裁了4个呢", convo.tracker()).replies[0].text
    assert "裁员率约5%" in body and "符合这句的裁员率标准" in body and "不符合" not in body


def test_drawing_on_until_retirement_is_quoted_where_the_text_says_it(convo):
    from tests.actions.conftest import asked

    # before (P12): "所收录的政策文件没有写明领取失业保险金的条件和期限" beside 聊城 21's own sentence on it
    body = asked(convo, "聊城的 失业金领完了 我离退休就差半年 还能接着领不", as_of="2021-03-01")
    assert "可继续发放失业保险金至法定退休年龄" in body and "没有写明领取失业保险金的条件" not in body


def test_a_topic_turned_away_is_not_searched_for():
    from actions.denied_words import without_denied

    # before (P12): "我不是要生活补助 我要领失业金 一个月给多少" got the 临时生活补助 sentence again
    assert "生活补助" not in without_denied("俺不是要生活补助，俺问失业金一个月多少")
    assert without_denied("不是本地户口能领吗") == "不是本地户口能领吗"  # a condition stays
    assert without_denied("是不是要交材料") == "是不是要交材料"


def test_an_item_of_the_list_just_shown_is_that_measure(convo):
    from tests.actions.conftest import asked

    # before (P19): "第一条…每人每年多少" after a list read as 46号's and 18号's （一）, "原文没有写明具体金额"
    asked(convo, "把大连市文件里按人头给钱的补贴都列出来", as_of="2020-08-03")
    body = asked(convo, "第一条那个每人每年多少钱", as_of="2020-08-03")
    assert body.startswith("您说的是上面列的第1项") and "7800" in body


def test_a_document_number_names_the_clause_right_after_it():
    from retrieval.references import find_reference

    # before (P19): "不是17年文件第一条！…第一项：大政发〔2020〕18号(二)…" resolved to 18号 (一)
    ref = find_reference("不是第一条 是上面第一项：大政发〔2020〕18号(二)那个定额扣减")
    assert ref.clause_ids == ("dalian-2020-18:1.2",)


def test_a_condition_that_is_a_reading_is_no_flat_no():
    from actions.unmet_lead import lead
    from answers.models import Reply

    # before (P23): "不能：…须“毕业年度（原文未写明，按该补贴原有范围理解…）”" to a 大四 student of a 低保 family
    profile = {
        "applicant_type": "person",
        "region": "大连市",
        "is_college_graduate": True,
        "graduation_year": 2020,
        "is_low_income_family": True,
    }
    said = lead(Reply("…"), "低保家庭高校毕业生一次性求职创业补贴1000块我能领不", profile, date(2019, 11, 5)).text
    assert not said.startswith("不能") and "原文没有写明" in said and "经办部门" in said


def test_an_open_measure_years_old_says_how_old():
    from answers.validity_words import status_words

    # before (P12, P24): a 2020 measure asked about in 2026 read "原文未载明截止日期，是否仍在执行需经办部门确认" only
    said = status_words({"status": "unknown", "kind": "none", "start": "2020-02-01"}, date(2026, 12, 5))
    assert "至今已逾6年" in said
    assert "已逾" not in status_words({"status": "unknown", "kind": "none", "start": "2020-02-01"}, date(2021, 3, 1))


def test_words_to_the_assistant_that_restate_who_asks(convo):
    from actions.detours import ActionHelp

    # before (P05): "你咋还说企业？我是个人来问的" heard the introduction
    convo.slots.update({"applicant_type": "person"})
    convo.say("你咋又说企业了 我是个人来问的", "help", metadata={"as_of": "2020-06-10"})
    msgs, _ = convo.run(ActionHelp())
    body = "\n".join(answer_texts(msgs))
    assert "个人身份" in body and "我是就业政策智能助手，可以" not in body


# Evaluation 30's findings (/work/eval30/findings-A.md, findings-B.md)


def test_the_place_a_firm_is_said_to_be_in_moves_the_conversation(convo):
    from tests.actions.conftest import asked

    # before (Q14, rated 1): "这家企业就在大连…不在聊城" heard 聊城's 50% × 24000元 and "您在聊城市"
    asked(convo, "聊城稳就业那个第5条 稳岗返还咋规定的", as_of="2020-06-10")
    body = asked(convo, "要是这家企业在大连不在聊城，这条还能用吗", as_of="2020-06-10")
    assert body.startswith("不能直接套用") and "只适用于聊城市" in body and "在大连市" in body
    assert "辽政发〔2020〕9号（一）" in body  # in force that day; 大政发〔2020〕18号 was issued later
    assert convo.slots["region"] == "大连市"


def test_the_same_heads_said_again_are_not_counted_twice(convo):
    from actions.eligibility import ActionStartEligibility

    # before (Q24, rated 1): "2500元/人 × (5人 + 5人) = 25000元"
    convo.say("大连的厂子 招了5个登记失业半年以上的 给多少钱", "check_eligibility", metadata={"as_of": "2020-09-10"})
    convo.run(ActionStartEligibility())
    convo.say("就这5个人 再算上那个2500的 总共多少", "ask_policy", metadata={"as_of": "2020-09-10"})
    from actions.cited_replies import ActionAnswerQuestion

    body = "\n".join(answer_texts(convo.run(ActionAnswerQuestion())[0]))
    assert "5人 + 5人" not in body and "25000元" not in body


def test_a_sum_naming_a_measure_is_not_the_firms_premiums_and_a_year_and_a_half_is_18_months():
    from actions.own_figures import said_money
    from actions.profile_facts import extract, numeric_text

    # before (Q23): "大连那个2000元的…能拿吗" worked as 上年度失业保险费2000元; (Q18) "一年半" read as 1个月 and 1年
    assert said_money("那大连那个2000元的 我们能拿吗") is None
    assert said_money("去年交了失业保险2000元") == 2000
    assert "18个月" in numeric_text("开了一年半了")
    assert extract("店开了一年半了", date(2021, 3, 1))["business_operating_months"] == 18


def test_which_measures_still_run_is_counted_from_every_measure():
    from answers.in_force_overview import reply

    # before (Q22): three arbitrary measures and the questionnaire, on 2026-12-05
    said = reply("到今天为止哪些政策还有效 哪些已经过期了", date(2026, 12, 5)).text
    assert "已经到期的" in said and "没有一项能从原文确认现在仍在执行" in said and "无法从原文判断" in said
    earlier = reply("大连的政策哪些还在执行", date(2020, 9, 1)).text
    assert "仍在期限内的" in earlier and "大连市适用的" in earlier
    assert reply("这条还有效吗", date(2020, 9, 1)) is None  # one clause asked about: its own answer


def test_people_laid_off_corrected_work_the_rate_again_of_the_staff_said_before(convo):
    from actions.eligibility import ActionStartEligibility

    # before (Q03, rated 2): "裁的是3个人不是2个" kept 16.7% and "50% × 12000元 = 6000元"
    convo.slots.update(
        {"applicant_type": "enterprise", "region": "聊城市", "employees": 12, "layoff_rate": 16.7, "layoffs": "few"}
    )
    convo.say("不对 说错了 裁的是3个人不是2个", "correct", metadata={"as_of": "2020-05-10"})
    convo.run(ActionStartEligibility())
    assert convo.slots["employees"] == 12 and convo.slots["layoff_rate"] == 25 and convo.slots["layoffs"] == "many"


def test_a_2020_window_is_not_asked_about_in_2026():
    from actions.profile import evaluate, in_force_ids

    # before (Q12): a restaurant opened in 2023 was asked on 2026-12-05 when it reopened in 2020
    result = evaluate({"applicant_type": "enterprise", "region": "聊城市"}, date(2026, 12, 5))
    assert "liaocheng-2020.absorb-1000" not in in_force_ids(result)
    assert "liaocheng-2020.absorb-1000" in in_force_ids(
        evaluate({"applicant_type": "enterprise", "region": "聊城市"}, date(2020, 4, 1))
    )


def test_two_items_of_a_list_are_each_answered(convo):
    from tests.actions.conftest import asked

    # before (Q15): "第2项和第5项" got clause （二） twice, item 5 never
    asked(convo, "把大连市文件里按人头给钱的补贴都列出来", as_of="2020-08-03")
    body = asked(convo, "第1项和第3项分别多少钱", as_of="2020-08-03")
    assert "上面列的第1项" in body and "上面列的第3项" in body


def test_every_unit_when_all_are_asked_for(convo):
    from tests.actions.conftest import asked

    # before (Q13): "包括所有责任单位" got "…等11个单位" twice
    body = asked(convo, "把大政发〔2020〕18号第十二条原文发我 包括所有责任单位", as_of="2020-07-15")
    assert "等11个单位" not in body and "先导区管委会" in body


def test_a_measure_named_that_no_measure_in_scope_holds_is_answered_from_its_text(convo):
    from tests.actions.conftest import started

    # before (Q02): "就业见习…一个月给多少钱" in 凌源 (2019) was shown the 人才安家补助 and asked when he came to 凌源
    body = started(convo, "我凌源的 去年中专毕业 想去就业见习 一个月能给多少", as_of="2019-08-20")
    assert "最低工资标准 60%" in body and "安家" not in body


def test_a_question_after_the_thanks_is_answered(convo):
    from actions.detours import ActionThanks

    # before (Q09): "好的谢谢。另外…这个有补贴吗？" heard only "不客气！还有什么可以帮您？"
    convo.slots.update({"region": "大连市", "applicant_type": "person"})
    convo.say("好的谢谢。另外我自己按灵活就业交社保，这个有补贴吗？", "thanks", metadata={"as_of": "2020-09-01"})
    body = "\n".join(answer_texts(convo.run(ActionThanks())[0]))
    assert "灵活就业" in body and "不客气" not in body
    convo.say("好的谢谢", "thanks", metadata={"as_of": "2020-09-01"})
    assert "不客气" in "\n".join(answer_texts(convo.run(ActionThanks())[0]))


# Evaluation 31's findings (/work/eval31/findings-A.md, findings-B.md)


def test_a_corrected_rate_is_the_one_the_lead_sentence_works(convo):
    from actions.exact_sentence import rate_line

    # before (T03): after "裁的是5个不是4个", "按您说的20人中裁员4人计算…在标准以内" beside "不符合"
    sentence = "将稳岗返还裁员率标准放宽到5.5%，30人（含）以下的参保企业放宽到不超过参保职工总数的20%。"
    said = rate_line(sentence, "店里20个员工 裁了4个人", {"employees": 20, "layoff_rate": 25, "layoffs": "many"})
    assert "25%" in said[0] and "超过了放宽后的标准" in said[0] and "裁员4人" not in said[0]


def test_a_hire_said_to_be_neither_unemployed_nor_a_graduate_counts_zero_for_them():
    from actions.profile_facts import extract

    # before (T06): "这个员工不是登记失业的，也不是应届毕业生" and the 2500 "可以分别申请"
    found = extract("补充下 这个员工不是登记失业的 也不是应届毕业生 是建档立卡的", date(2020, 9, 8))
    assert found["new_hires_registered_unemployed"] == 0 and found["new_hires_graduates"] == 0


def test_an_item_of_one_documents_list_is_that_documents_clause(convo):
    from tests.actions.conftest import asked

    # before (T15): "第1项和第4项" of 大政发〔2020〕18号's list read as its （一） twice
    asked(convo, "请列一下大连市现行的稳就业措施 带金额的", as_of="2020-08-01")
    body = asked(convo, "第1项说一下", as_of="2020-08-01")
    assert "上面列的第1项" in body and "7800" in body and "第（一）条" not in body


def test_a_branch_asked_about_is_where_its_place_is():
    from actions.profile_facts import region

    # before (T23): "我们是聊城的公司，在大连有个分公司…分公司稳岗返还能拿多少" was answered from 聊城's 第5条
    assert region("俺们是聊城的厂子 在大连开了个分公司 分公司稳岗返还咋算") == "大连市"


def test_a_count_corrected_after_another_word_in_the_form(convo):
    from actions.form import ValidateEligibilityForm

    # before (T24): "是。另外不对我说错了，招的是3个…不是4个" kept 4 and its 31200元
    convo.slots.update(
        {"applicant_type": "enterprise", "new_hires_poverty": 4, "requested_slot": "social_insurance_paid"}
    )
    convo.say("交了。还有我说错了，招的是3个不是4个", "affirm", metadata={"as_of": "2020-10-12"}, form=True)
    found = ValidateEligibilityForm.read_turn(convo.tracker(), dict(convo.slots), date(2020, 10, 12))
    assert found["new_hires_poverty"] == 3


def test_whether_the_minimum_wage_figure_is_written_is_answered_plainly(convo):
    from tests.actions.conftest import asked

    # before (T16): three times the 公益性岗位 sentence again, never "没有写数额"
    asked(convo, "大政发〔2017〕46号里公益性岗位补贴标准是多少", as_of="2020-06-01")
    body = asked(convo, "那当地最低工资具体是多少钱 文件里有数没", as_of="2020-06-01")
    assert "没有写数额" in body


def test_a_sentence_for_a_group_the_person_said_they_are_not_in_yields(convo):
    from actions.eligibility import ActionStartEligibility

    # before (T19): "不是湖北的" said twice, and the 湖北籍 sentence four times
    convo.say("我丹东的 孩子今年大学毕业 想自己创业 有啥补贴", "check_eligibility", metadata={"as_of": "2020-07-20"})
    convo.run(ActionStartEligibility())
    convo.say("不是湖北的 丹东本地人 那他创业能有啥", "check_eligibility", metadata={"as_of": "2020-07-20"})
    body = "\n".join(answer_texts(convo.run(ActionStartEligibility())[0]))
    assert "湖北籍2020届高校毕业生一次性求职创业补贴" not in body


def test_hires_counted_with_their_class_year():
    from actions.profile_facts import extract

    # before (V24, rated 1): "招了6个2020届大学毕业生" counted no one, and "没有写明届毕业生的具体金额" followed
    assert extract("公司今年招了6个2020届大学毕业生 直接说数", date(2020, 10, 15))["new_hires_graduates"] == 6


def test_a_word_no_text_defines_is_answered_with_the_places_sentences_using_it(convo):
    from tests.actions.conftest import asked

    # before (V16): "大连这边说的灵活就业人员都包括哪些人" heard "没有写明这边说的灵活就业人员的范围" and 辽宁's
    # 就业困难人员 list
    body = asked(convo, "大连这边说的灵活就业人员都包括哪些人", as_of="2020-07-15")
    assert "没有写明灵活就业人员的范围" in body and "大政发〔2020〕18号" in body.split("\n")[1]


def test_a_layoff_rate_is_judged_only_where_a_text_states_the_bounds():
    from actions.profile_facts import extract

    # before (V14): a 大连 firm's 7.5% was "裁员超过标准" by 聊城's 5.5% (大连's text: "按照国家和省有关规定执行")
    dalian = extract("我们大连的公司40个人 去年裁了3个", date(2020, 8, 12))
    assert dalian["layoff_rate"] == 7.5 and "layoffs" not in dalian
    assert extract("我们聊城的公司20个人 去年裁了5个", date(2020, 8, 12))["layoffs"] == "many"


def test_the_legal_age_said_is_no_span_to_retirement():
    from actions.fact_answers import read_answer
    from actions.profile_facts import extract

    # before (V07, rated 1): "俺们女工人不是50退休吗 俺明年3月满50" recorded 50 years to go, kept after a correction
    said = {"intent": {"name": "inform", "confidence": 0.9}}
    value, _ = read_answer("years_to_retirement", said, "俺们女工人不是50退休吗 俺明年3月满50", date(2020, 8, 10))
    assert value is not None and value < 1
    assert read_answer("years_to_retirement", said, "50岁退休", date(2020, 8, 10))[0] is None
    assert extract("不是还有50年，是还差7个月就到50退休了", date(2020, 8, 10))["years_to_retirement"] < 1


def test_all_social_insurance_paid_is_not_the_unemployment_premium():
    from actions.own_figures import _other_premium

    # before (V03, rated 1): "去年社保一共交了1.8万" worked as 失业保险费: "返9000"
    assert _other_premium("去年社保一共交了1.8万 能返多少", "企业及其职工上年度实际缴纳的失业保险费（元）")
    assert not _other_premium("去年失业保险交了1.8万", "企业及其职工上年度实际缴纳的失业保险费（元）")


def test_where_one_is_from_is_no_place_outside_once_the_place_is_known(convo):
    from actions.turns import special

    # before (V09): "湖北籍的应届生，有没有专门给湖北毕业生的补贴" after 大连 was said: "湖北省不在收录范围"
    convo.slots.update({"region": "大连市", "applicant_type": "person"})
    convo.say("我儿子湖北籍的应届生 有没有专门给湖北毕业生的补贴", "ask_policy", metadata={"as_of": "2020-07-20"})
    turn = special("我儿子湖北籍的应届生 有没有专门给湖北毕业生的补贴", convo.tracker())
    assert turn is None or not any(r.meta.get("outside") for r in turn.replies)


def test_an_agencys_placements_corrected():
    from actions.money_said import corrected_count

    # before (V10): "不对…稳定干满三个月的只有95个，另外25个还不满三个月" kept 120 and its 48000元
    known = {"placements_skilled_or_graduates": 120}
    said = "不对，我说错了：稳定干满三个月的只有95个，另外25个还不满三个月"
    assert corrected_count(said, known) == {"placements_skilled_or_graduates": 95}


def test_an_insured_count_said_without_ren_and_the_rate_of_it(convo):
    from actions.profile_facts import extract
    from actions.turns import special
    from tests.actions.conftest import asked

    # found using it after the fixes: "俺们厂子20来个人 参保20个 今年裁了5个 还能反不" got the questionnaire
    found = extract("俺们聊城厂子20来个人 参保20个 今年裁了5个", date(2020, 5, 6))
    assert found["insured_employees"] == 20 and found["layoff_rate"] == 25
    asked(convo, "聊城那个文件第5条 裁员率咋规定的", as_of="2020-05-06")
    convo.say("俺们厂子20来个人 参保20个 今年裁了5个 还能反不", "check_eligibility", metadata={"as_of": "2020-05-06"})
    body = special("俺们厂子20来个人 参保20个 今年裁了5个 还能反不", convo.tracker()).replies[0].text
    assert "20人中裁员5人" in body and "25%" in body and "不符合" in body
