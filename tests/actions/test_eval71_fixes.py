"""Evaluation 71's findings (/work/eval71/ findings-A.md, findings-B.md), answered on the real engine, search and
knowledge base. The messages are written for these tests after the findings, not copied from them."""

from __future__ import annotations

from datetime import date

from tests.actions.conftest import asked, started

DAY = date(2026, 12, 6)


def test_a_local_measure_not_yet_issued_leaves_the_provinces_own():
    # before (NB09, 2020-06-01): a 大连 firm meeting every condition heard "还没有确定现在可以申请的补贴", 辽政发（一）'s
    # refund being "replaced" by 大政发〔2020〕18号, issued on 2020-06-30
    from actions.profile import evaluate

    profile = {
        "applicant_type": "enterprise",
        "region": "大连市",
        "insured": True,
        "layoffs": "none",
        "enterprise_size": "micro",
        "temporary_difficulty": True,
    }
    early = evaluate(profile, date(2020, 5, 20))["package"]["benefit_ids"]
    assert "liaoning-2020-9.stable-jobs-refund-difficulty" in early, early
    later = evaluate(profile, date(2020, 8, 3))["package"]["benefit_ids"]
    assert not any(b.startswith("liaoning-2020-9.stable-jobs") for b in later), later


def test_hires_on_a_day_give_or_take_and_insurance_given_are_read():
    # before (NA09): a mask maker said three times when it opened and hired, and was asked again each time
    from actions.profile_facts import extract

    facts = extract("正月初五（1月29号）我们就复工了，那15个新工人是2月20号左右招的，社保都给交上了", date(2020, 3, 20))
    assert facts.get("new_hires_feb10_month") == 15, facts
    assert facts.get("social_insurance_paid") is True and facts.get("opened_during_spring_festival") is True, facts


def test_two_numerals_in_a_row_are_a_range_never_a_number():
    # before (NA12): "离退休大概还有三四年" was nothing, "两三年" 23 years, "三四年" 34
    from actions.profile_facts import extract, numeric_text

    assert extract("离退休估计还有四五年吧", DAY).get("years_to_retirement") == 4.0
    assert extract("我离退休就两三年了", DAY).get("years_to_retirement") == 2.0
    assert "23" not in numeric_text("招了两三个人") and "34" not in numeric_text("干了三四个月")
    assert extract("俺男的 六七年三月生的", DAY).get("age") == 59  # a birth year is no range


def test_work_taken_up_after_the_job_was_lost_is_the_work_now():
    # before (NA10): "后来厂子黄了才跑车的" recorded 失业, and the driver heard the 灵活就业 measures "须灵活就业后申请"
    from actions.profile_facts import extract

    assert extract("原来在电子厂 后来厂子倒闭了才跑车的", DAY).get("employment_status") == "flexible"


def test_a_firm_hiring_years_later_hears_the_hiring_measures_with_no_end_first(convo):
    # before (NA01, 2026): a restaurant hiring heard two 疫情防控期间 subsidies and the 2020 2500元, nothing in force
    body = started(convo, "我在大连开了个小面馆 明年想多雇两个人 有啥补贴不", as_of="2026-12-06")
    first = body.split("1. ", 1)[1].split("\n", 1)[0]
    assert "用人单位新招用" in first or "招用就业困难人员" in first, body
    assert "招用就业困难人员单位社会保险补贴" in body, body
    assert "疫情" not in body.split("2. ", 1)[1].split("3. ", 1)[0], body


def test_a_line_of_business_turned_away_is_no_word_to_search_by():
    # before (NA01): "不是做防疫的" matched 辽政发（十）'s "疫情解除后3个月内" as the clause for the person's case
    from actions.denied_words import without_denied

    assert "防疫" not in without_denied("我们开饭店的 不是搞防疫的 招的人社保能补吗")


def test_a_firm_not_in_the_epidemic_line_is_no_epidemic_supplier():
    # before (NA11): "我们是做软件的，不是防疫的" and the 防疫物资 firms' 1000元 came back twice
    from actions.profile_facts import extract

    facts = extract("我们是搞设计的，不是做防疫的", DAY)
    assert facts.get("epidemic_supplies_role") == "none" and facts.get("is_epidemic_key_enterprise") is False, facts


def test_what_a_group_gets_once_recognised_follows_the_question_of_what_it_is(convo):
    # before (NB08, an agent): "那认定了以后能领什么" after "聊城 就业困难人员 怎么认定" heard 第21条's 失业保险金 twice
    asked(convo, "聊城 就业困难人员 怎么认定", as_of="2026-12-06")
    body = asked(convo, "那要是认定上了能享受啥", as_of="2026-12-06")
    assert body.startswith("聊城市适用的文件里，写到“就业困难人员”可以享受的规定有："), body
    assert "最低工资标准的50%" in body and "失业保险金至法定退休年龄" not in body, body


def test_one_at_work_asking_for_the_jobless_benefit_hears_no():
    # before (NB10): "我没失业但想领失业补助金怎么办" was asked whether the benefit had run out
    from actions import jobless_pay

    said = jobless_pay.reply("我还在上班呢，想领失业补助金怎么办", {"region": "辽宁省"}, DAY)
    assert said is not None and said.text.startswith("按原文不能"), said
    assert "参保失业人员" in said.text and "处于无业状态" in said.text, said.text


def test_where_one_comes_from_is_not_where_one_is():
    # before (NB05): "我是台湾嫁过来的，现在住在大连" was not placed; "我是台湾身份" was told 台湾 is not covered
    from actions.profile_facts import region
    from actions.within_place import said_as_origin

    assert region("我是台湾嫁过来的，现在住在大连，想开个小店") == "大连市"
    assert said_as_origin("我是香港身份 没有内地户口 能申请吗", "香港")


def test_years_to_retirement_said_settle_the_five_year_bound(convo):
    # before (NA12): "离退休大概还有三四年" heard "看不出属于所列哪一类（…距退休5年以内…）"
    from actions.retirement_age import against

    line = against({"age": 52, "years_to_retirement": 3.0}, DAY, 60, "在5年以内", "不在5年以内")
    assert line == "您说距法定退休年龄还有约3年，在5年以内", line


def test_benefit_run_out_asks_what_comes_after_not_how_long_it_lasts():
    # before (NA12): "失业金上个月刚领完，唉，离退休还有好几年呢…还有啥能领的" heard that no text sets the benefit's period
    from actions import benefit_unset, jobless_pay
    from actions.profile_facts import extract

    text = "失业金上个月刚领完，离退休还有好几年呢，现在还有啥能领的"
    assert benefit_unset._asked(text) == []
    assert extract(text, DAY).get("unemployment_insurance_exhausted") is True
    said = jobless_pay.reply("失业金领完了还有啥钱能领不", {"region": "大连市", "years_to_retirement": 3.0}, DAY)
    assert said is not None and "发放失业补助金" in said.text.split("\n")[1], said


def test_asking_whether_one_counts_as_that_group_records_nothing():
    # before (NA12): "我这样的算不算那个就业困难人员啊" was recorded 已被认定为就业困难人员：是
    from actions.profile_facts import extract

    assert "is_hard_to_employ" not in extract("像我这样的算不算那个就业困难人员啊", DAY)


def test_pinyin_slips_of_veterans_and_training():
    # before (NA07): "退逸" and "陪训" were never read
    from knowledge.dialect import mandarin

    assert mandarin("我是退逸军人 有没有免费陪训") == "我是退役军人 有没有免费培训"


def test_a_sum_asked_of_a_measure_is_judged_by_the_sentence_naming_it():
    # before (a near tie in the search on a new machine): "见习补贴一个月多少" heard 46号（十二）'s 1000元 求职创业补贴
    from answers.clause_answer import about_measure

    texts = [
        "对见习人员见习期满留用率达到50%以上的单位，按规定提高见习补贴标准。",
        "一次性求职创业补贴标准为1000元/人。",
    ]
    assert about_measure(texts, "见习补贴一个月给多少钱") == texts[:1]


def test_where_to_apply_after_a_measure_stays_on_its_clause(convo):
    # before (NB07, a firm told of 46号（十二）'s 社保补贴): "去哪里申请？" left "里申" as a new topic and heard the
    # registration sentence of 18号（十七） as the nearest clause
    from actions.clause_in_play import own_words

    assert own_words("到哪儿办理？") == "" and own_words("去哪里申请？") == ""
    asked(convo, "大连 我们店招了3个应届大学生 社保给补贴不", as_of="2026-12-06")
    body = asked(convo, "那去哪里申请", as_of="2026-12-06")
    assert "（十二）" in body and "原文没有写明" in body and "失业登记" not in body, body
