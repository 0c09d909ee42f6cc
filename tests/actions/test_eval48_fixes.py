"""Evaluation 48's findings (/work/eval48/ findings-A.md, findings-B.md), answered on the real engine, search and
knowledge base. The messages are written for these tests after the findings, not copied from them."""

from __future__ import annotations

from datetime import date

from actions import money_said, own_figures
from tests.actions.conftest import asked, started


def test_a_sum_pointed_back_at_is_not_the_persons_own_figure():
    # before (M04): "加上那5000 总共多少" became 上年度失业保险费5000元 and a 5000元 refund, twice
    assert own_figures.said_money("两个人一年能抵多少税 再加上那5000 一共多少钱") is None
    assert money_said.money_in("两个人一年能抵多少税 再加上那5000 一共多少钱") is None
    assert own_figures.said_money("去年交了5000块失业保险") == 5000


def test_a_yearly_sum_is_no_length_of_time():
    # before (M02): "社保一年好几千" was worked as "按您说的1年计算：600元/月 × 12个月 = 7200元"
    assert own_figures.said_months("我按灵活就业交社保 一年好几千 有补贴吗", date(2020, 6, 1)) is None
    assert own_figures.said_months("一年交6000的社保", date(2020, 6, 1)) is None
    assert own_figures.said_months("补贴能领2年吗", date(2020, 6, 1)) == (24, "2年", None)


def test_a_monthly_subsidy_is_never_counted_past_its_own_end(convo):
    # before (M02, 2020-06-01): 聊城's 600元/月 "补贴期限至2020年6月底" was counted for 12 months
    body = started(convo, "聊城的 临时公益性岗位补贴 干1年能拿多少", as_of="2020-06-01")
    assert "7200" not in body, body
    assert "600元/月 × 1个月 = 600元" in body, body


def test_a_list_not_yet_issued_places_nobody(convo):
    # before (M08, 凌源, 2019-10-01): 辽政发〔2020〕9号（十六）'s list, issued 2020-04-02, was the rule quoted
    asked(convo, "凌源的 47岁 建档立卡户 在家没活干 想参加培训", as_of="2019-09-01")
    body = asked(convo, "我这种贫困户算就业困难人员不", as_of="2019-09-01")
    assert "辽政发〔2020〕9号" not in body, body
    assert "可在常住地申请认定为就业困难人员" in body, body


def test_an_online_question_hears_the_sentences_on_online_handling(convo):
    # before (M22, 大连, 2020-03-05): "能不能网上申请" heard "不能。参保职工技能提升补贴…只给“企业职工”"
    body = started(convo, "大连的 刚被辞退 失业金可以在网上申领吗 不想跑窗口", as_of="2020-03-10")
    assert "推广网上受理、网上办理、网上反馈" in body and "没有写明失业保险金能否网上申请" in body, body
    assert "不能" not in body.split("\n")[0] and "辽政发〔2020〕9号" not in body, body


def test_a_place_with_no_text_issued_yet_is_told_so_with_who_to_ask(convo):
    # before (M20, 聊城, 2020-02-20): one sentence three times, "找哪个部门问" never answered
    body = asked(convo, "聊城的企业 疫情期间社保能缓缴不", as_of="2020-02-20")
    assert "收录的适用于聊城市的文件在2020年2月20日都还没有印发（最早的于2020年3月11日印发）" in body, body
    assert "人力资源社会保障部门" in body, body


def test_a_follow_up_repeating_a_sentence_of_an_earlier_answer_is_answered_from_it(convo):
    # before (M13): "每户每年最多补多少" after 46号第六条 and a term question heard 辽政发（十七） and "没有写明具体金额"
    body = asked(convo, "大政发〔2017〕46号第六条", "创业带头人是怎么认定的", "每户每年最多给多少", as_of="2026-12-01")
    assert "每户每年最多给予10万元" in body, body


def test_a_sentence_granting_to_those_recognised_is_no_definition(convo):
    # before (M13): "创业带头人怎么认定" heard "被认定为创业带头人的个体工商户…" as "政策原文对该词的说明"
    body = asked(convo, "大政发〔2017〕46号第六条", "创业带头人怎样认定", as_of="2026-12-01")
    assert "这是政策原文对该词的说明" not in body, body
    assert "没有给“创业带头人”下定义" in body, body


def test_a_figure_at_a_tiers_edge_is_placed_by_the_texts_own_words(convo):
    # before (M15): "正好50%算哪档" after 凌源 三、（三） heard 三、（一）'s 稳岗返还 "…失业保险费的 50%"
    body = asked(convo, "凌政发〔2019〕14号 三、（三）", "留用率刚好50%的算哪一档", as_of="2026-12-01")
    assert body.startswith("正好50%属于原文“50%以下（含50%）”这一档，不属于“超过50%”"), body
    assert "三、（三）" in body and "责任单位：" in body, body


def test_a_term_and_the_word_definition_typed_together_is_a_definition_asked(convo):
    # before (M23): "创业孵化载体 定义" (the API joins the words) was read as the applicant type 创业孵化载体
    body = asked(convo, "创业孵化载体定义", as_of="2026-12-01")
    assert "重点群体创业孵化载体（包括：" in body, body


def test_a_bound_of_a_text_is_no_head_count():
    # before (M14): "30人以下的企业呢" after 聊城第5条 was recorded 在职职工人数：30 and questioned as a firm
    from actions import profile_facts

    assert "employees" not in profile_facts.extract("30人（含）以下的企业呢", date(2020, 5, 1))
    assert profile_facts.extract("我们厂30人 裁了2个", date(2020, 5, 1)).get("employees") == 30


def test_the_sentence_stating_the_sum_named_answers_and_its_end_leads(convo):
    # before (M24, 2021-06-01): "2500元一次性吸纳就业补贴 现在还有没有" heard the 2000元/1000元 sentence, no "不能"
    body = asked(convo, "大连那个2500元的一次性吸纳就业补贴 现在还能申请吗", as_of="2021-05-20")
    assert body.startswith("不能：所引规定已于2020年12月31日到期"), body
    assert "按2500元/人标准给予一次性吸纳就业补贴" in body and "每人2000元" not in body, body


def test_loan_ceilings_compared_across_the_four_places(convo):
    # before (M19): 聊城 and 凌源's 10万 only; 凌源's 20万/300万 and that 辽宁, 大连 give no amount never said
    body = asked(convo, "辽宁 大连 聊城 凌源 创业担保贷款额度各是多少", as_of="2026-12-01")
    for said in (
        "提高为20万元，合伙创业或组织起来共同创业的提高为60万元",
        "贷款最高额度不超过20万元",
        "最高不超过300万元",
    ):
        assert said in body, body
    assert "【大连市】收录的大连市文件里没有写明创业担保贷款的额度" in body, body


def test_a_jobless_pay_question_years_after_the_epidemic_hears_where_to_register_not_its_measures(convo):
    # before (M01, 2026): five sentences led by "疫情防控期间，临时性提高失业保险金发放标准…"; where to register came late
    body = started(convo, "大连甘井子的 上个月厂里把我裁了 56岁 失业金能领吗", as_of="2026-12-01")
    head = body.split("按2026年12月1日的政策")[0]
    assert "疫情防控期间" not in head, head
    assert "可在户籍地或常住地办理失业登记" in head, head


def test_a_spouses_disability_is_not_the_speakers():
    # before (M06): "俺对象残疾 俺没工作" was recorded 残疾人：是 for the wife
    from actions import profile_facts

    facts = profile_facts.extract("我爱人是残疾 我也没活干 家里能有啥补助", date(2020, 4, 15))
    assert facts.get("is_disabled") is not True, facts


def test_a_year_of_insurance_paid_is_no_hire_jobless_for_a_year():
    # before (M11): "一个没裁 失业保险一年交了6000" was recorded 新招用的登记失业半年以上人员人数：1
    from actions import profile_facts

    facts = profile_facts.extract("我们公司20个人 一个没裁 失业保险一年交8000左右", date(2022, 5, 1))
    assert "new_hires_long_term_unemployed" not in facts, facts


def test_a_sentence_of_a_measure_dated_by_its_neighbour_says_that_period():
    # before (M12, 2026): "生活费补贴政策每人每年只享受1次…" was listed 有效期未知 beside its 2019–2020 measure
    import re

    from answers import place_sentences

    found = place_sentences.find(re.compile("生活费补贴政策每人每年只享受1次"), "凌源市", date(2026, 12, 1))
    assert found and found[0]["validity"]["status"] == "expired", found


def test_a_relief_question_hears_the_places_sentence_and_its_units(convo):
    # before (M06, 聊城; M12, 凌源): "能不能办低保 找谁办" heard "没有列出“谁办”" or the training allowance's sentence
    body = asked(convo, "我是凌源的 家里困难 想申请低保 找谁办", as_of="2026-12-01")
    assert "对符合最低生活保障条件的家庭，及时纳入最低生活保障范围" in body, body
    assert "本条责任单位：" in body and "民政部门" in body, body


def test_whether_one_can_have_a_post_is_not_answered_by_the_posts_own_subsidy(convo):
    # before (M03): "那公益性岗位她到底能不能去" heard "不能。…只给“由公益性岗位安置”", a circle
    started(convo, "凌源的 我外孙女21 今年大专毕业 在家没工作 有什么补贴", as_of="2026-12-01")
    body = asked(convo, "我们家不是低保户也不是贫困户 公益性岗位她能不能去", as_of="2026-12-01")
    assert "不是能否安排公益性岗位的条件" in body and "优先用于安置贫困劳动力" in body, body
    assert "优先吸纳公益性岗位安置期满退出" not in body, body
