"""Evaluation 85's findings (/work/eval85/ findings-A.md, findings-B.md, and its warm-up): answered on the real
engine. The messages are written for these tests after the findings, not copied from them."""

from __future__ import annotations

from tests.actions.conftest import asked


def test_a_job_lost_told_as_news_without_i_gets_the_measures_in_scope(convo):
    # before (warm-up): "凌源失业了有啥补贴", read as a free question, quoted 凌源's 人才安家补助 (ended 2020)
    body = asked(convo, "凌源被裁了有什么补贴", as_of="2026-12-07")
    assert "人才安家补助" not in body
    assert "失业" in body.split("\n", 3)[1] or "失业保险金" in body


def test_the_filter_regions_own_name_does_not_pick_the_clause():
    # before: the region's name matched the clause repeating it ("在凌源首次购房…来凌"), ahead of the jobless clause
    from retrieval.search import search

    top = search("凌源下岗了有什么补贴", region="凌源市").results[0]
    assert "失业" in top.text and "安家" not in top.text


def test_a_list_of_subsidies_is_not_another_subsidys_name():
    # before (BA01): "培训补贴" asked in 大连 heard "本条另有“培训等政府补贴”（下面第二句），是另一项补贴"
    from answers import other_name

    assert other_name.longer("培训补贴", "加快推行企业技师培训等政府补贴项目") is None
    assert other_name.longer("创业补贴", "给予一次性创业项目推荐补贴") == "创业项目推荐补贴"


def test_an_amount_asked_as_whether_there_is_one_stays_on_the_clause(convo):
    # before (BB07, an agent): "有没有金额" after 46号（二十） heard "没有找到…" and 18号（十七）'s 低保渐退
    asked(convo, "帮我调一下大政发〔2017〕46号第（二十）条", as_of="2026-12-07")
    body = asked(convo, "这条有没有具体数额", as_of="2026-12-07")
    assert "（二十）" in body and "没有找到" not in body and "低保" not in body


def test_now_after_an_answer_for_another_day_asks_the_same_question_today(convo):
    # before (BB10): "现在呢" after a question "按2020年4月的政策…" heard 18号（七）'s 5G industries
    asked(convo, "照2020年5月的政策 大连企业招了登记失业的人能有补贴不", as_of="2026-12-07")
    body = asked(convo, "那按现在的呢", as_of="2026-12-07")
    assert body.startswith("按2026年12月7日的政策") and "吸纳" in body and "5G" not in body


def test_compared_with_another_place_right_after_an_answer_is_that_measure_in_both(convo):
    # before (BB11, an officer): "和凌源比有什么不同" after 大连's 职业培训补贴 heard 凌源's 科技创新 clause
    asked(convo, "大连的职业培训补贴按什么标准给", as_of="2026-12-07")
    body = asked(convo, "跟凌源比有啥区别", as_of="2026-12-07")
    assert "【大连市】" in body and "【凌源市】" in body and "职业培训补贴" in body
    assert "科技" not in body


def test_how_one_is_recognised_in_a_place_without_its_own_definition_quotes_that_places_sentence(convo):
    # before (BB12): "那在凌源怎么认定" after 就业困难人员 heard "没有找到…" and 辽宁's 退役军人 sentence; 凌源's
    # "可在常住地申请认定为就业困难人员" never came
    asked(convo, "我在大连 就业困难人员是怎么认定的", as_of="2026-12-07")
    body = asked(convo, "不对 我户籍是凌源的", as_of="2026-12-07")
    assert "常住地申请认定为就业困难人员" in body and "农民工" not in body
    from actions.definition_words import defined_term

    assert defined_term("那在凌源怎么认定") == ""


def test_hiring_a_group_no_text_grants_for_says_so_and_never_quotes_the_epidemic_supplies_subsidy(convo):
    # before (BB06, rated 1): "招残疾人有没有补贴" in 凌源 heard 辽政发（十）'s 1000元 for firms making epidemic supplies
    body = asked(convo, "凌源这边 厂里雇了两个残疾人 给补贴不", as_of="2026-12-07")
    assert body.startswith("收录的适用于凌源市的文件没有专门写招用残疾人的单位能领的补贴")
    assert "1000元" not in body and "疫情防控急需物资" not in body
    dalian = asked(convo, "大连的企业招用残疾人有什么补贴", as_of="2026-12-07")
    assert "（十五）" in dalian and "1000元" not in dalian


def test_a_loan_asked_by_someone_denying_the_group_of_a_sentence_is_not_answered_from_it(convo):
    # before (BA03): "我不是大学生啊…能贷多少", then "你咋老说大学生呢…", both heard 凌源's 20万元 for graduates
    asked(convo, "凌源 创业担保贷款能贷多少", as_of="2026-12-07")
    for said in ("俺又没念过大学 不是大学生 俺能贷多少", "怎么总提大学生 俺是种地的 贷款最多多少"):
        body = asked(convo, said, as_of="2026-12-07")
        assert "10万元" in body and "高新技术领域" not in body


def test_a_class_year_read_from_the_text_is_not_the_persons():
    # before (BA05): "这上面写的是2020届、2021届，那我2025届的…" was recorded 毕业年份：2020
    from datetime import date

    from actions.profile_facts import extract

    day = date(2026, 12, 7)
    assert extract("文件上写着2020届和2021届 俺是2024届的能参加不", day).get("graduation_year") == 2024
    assert extract("俺是2022届的", day).get("graduation_year") == 2022


def test_where_to_claim_and_a_trade_to_learn_in_one_message_each_hear_their_clause(convo):
    # before (BA01): "那失业金到底上哪领啊？还有俺想去学个手艺…能给补贴不？" heard "不能。…失业补助金只给…" and no training
    asked(convo, "我是大连的 厂子把我裁了 失业补助金能领不", as_of="2026-12-07")
    body = asked(convo, "那失业金在哪儿办啊？还有我想学门技术 有补贴没有", as_of="2026-12-07")
    assert not body.startswith("不能") and "户籍地或常住地" in body
    assert "您还问到" in body and "培训" in body.split("您还问到", 1)[1]


def test_who_pays_a_subsidy_is_where_its_money_comes_from(convo):
    # before (BB08, a lawyer): "见习补贴谁出钱" after 辽政发（十四） heard "原文没有写明具体金额", three times
    asked(convo, "辽宁省文件里高校毕业生就业见习是怎么规定的", as_of="2026-12-07")
    body = asked(convo, "这个见习补贴由谁承担", as_of="2026-12-07")
    assert "没有写这项补贴的钱由谁出" in body and "由财政承担" in body and "【凌源市】" in body
    asked(convo, "凌源的见习补贴", as_of="2026-12-07")
    own = asked(convo, "是财政出还是单位出", as_of="2026-12-07")
    assert "写明资金来源" in own and "由见习单位承担" in own


def test_working_on_a_post_until_retirement_is_the_posts_period(convo):
    # before (BA08, 55, on a 公益岗 since 52): "我这种到三年了能一直干到退休不" heard 失业保险金 until retirement, and her
    # age was recorded as 52
    from datetime import date

    from actions.profile_facts import extract

    assert "age" not in extract("俺上岗那时候53岁 现在干满三年了", date(2026, 12, 7))
    asked(convo, "大连 公益性岗位补贴 一个月多少", as_of="2026-12-07")
    body = asked(convo, "俺当时53岁上的岗 干满三年了还能一直干到退休吗", as_of="2026-12-07")
    assert "可延长至退休" in body and "继续领取失业保险金" not in body


def test_a_rider_asking_for_the_flexible_workers_insurance_subsidy_hears_the_new_forms_sentence(convo):
    # before (BA10, a delivery rider): "有，但只给原文所列的人员" led with 46号（六）'s 创业实体 社保补贴, never 46号（三）
    from tests.actions.conftest import started

    body = started(convo, "我在大连送外卖 自己交的社保 灵活就业的有没有社保补贴", as_of="2026-12-07")
    lead = body.split("\n按今天的政策")[0]
    assert "新业态从业者" in lead and "创业实体" not in lead
