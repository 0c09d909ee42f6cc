"""Evaluations 41 and 42's findings (/work/eval41/ and /work/eval42/ findings-A.md, findings-B.md; eval42's are marked
"eval42"), answered on the real engine, search and knowledge base. The messages are written for these tests after the
findings, not copied from them."""

from __future__ import annotations

from datetime import date

from actions.profile_facts import extract
from tests.actions.conftest import asked


def test_a_partnership_loan_is_answered_from_the_loan_for_everyone(convo):
    # before (G04, rated 1): "合伙的到底行不行" heard 不能 of the graduates' 全额贴息
    asked(convo, "我是退伍的 在大连 打算和朋友合伙开个修车铺 能贷款吗", as_of="2020-10-01")
    body = asked(convo, "创业担保贷款 两个人合伙开的能不能贷", as_of="2020-10-01")
    assert "合伙经营和组织起来创业" in body and not body.startswith("不能"), body
    body = asked(convo, "我没上过大学 当兵回来的 合伙的到底行不行", as_of="2020-10-01")
    assert "合伙经营和组织起来创业" in body and "不能" not in body.split("\n")[0], body


def test_a_mother_asking_for_her_son_is_a_person_and_training_is_answered_from_training(convo):
    # before (G05, rated 1): "他不是大学生 就是高中毕业" made her a firm; "职业技能培训…能不能免费参加" heard 不能
    found = extract("他不是大学生 就是高中毕业 俺问的是培训", date(2026, 11, 30))
    assert found.get("applicant_type") == "person" and "new_hires_graduates" not in found, found
    assert extract("招的这人不是大学生", date(2026, 11, 30))["applicant_type"] == "enterprise"
    assert "graduation_year" not in extract("俺闺女今年19了 高中毕业在家", date(2026, 11, 30))
    asked(convo, "俺在聊城 俺儿二十一了 高中毕业在家闲着 有没有免费培训", as_of="2026-11-30")
    body = asked(convo, "俺就问问技能培训 没工作的年轻人能不能免费学", as_of="2026-11-30")
    assert "职业技能提升行动" in body and not body.startswith("不能"), body


def test_counting_as_hard_to_employ_said_short_is_answered_with_the_reckoning(convo):
    # before (G01, rated 1): "那我到底算不算困难人员啊" heard the definition again
    asked(convo, "我53了 女的 大连的 上个月被单位辞了 登记失业了 正领失业金", as_of="2026-11-30")
    body = asked(convo, "那我到底算不算困难人员啊", as_of="2026-11-30")
    assert "在“距法定退休年龄5年以内”之列" in body, body


def test_what_a_public_welfare_post_pays_is_the_sentence_stating_it(convo):
    # before (G01): "要是去干公益性岗位 能给啥" heard 18号（十五）'s 开发比例 sentences twice
    asked(convo, "大连 公益性岗位都优先安排啥人", as_of="2026-11-30")
    body = asked(convo, "那去干公益性岗位 能给啥", as_of="2026-11-30")
    assert "补贴标准为当地最低工资标准" in body, body


def test_a_certificate_still_to_come_is_no_refusal():
    from actions.fact_answers import read_answer
    from actions.profile import evaluate
    from answers.summary import failed_lines

    # before (G24, rated 1): "还没考呢 打算考" was not understood; the summary and "等他考下证来…" said 不符合/不能
    said = "还没考呢 打算考"
    message = {"text": said, "intent": {"name": "inform", "confidence": 0.5}}
    assert read_answer("obtained_certificate_this_year", message, said, date(2021, 2, 1)) == (False, False)
    profile = {
        "applicant_type": "person",
        "region": "大连市",
        "employment_status": "employed",
        "unemployment_insurance_years": 10,
        "obtained_certificate_this_year": False,
    }
    lines = failed_lines(evaluate(profile, date(2021, 2, 1))["benefits"])
    assert any(line.startswith("当年取得职业资格证书或职业技能等级证书后") for line in lines), lines
    assert not any("技能提升补贴" in line and "不符合" in line for line in lines), lines


def test_a_named_clauses_standard_quotes_every_sum_it_states(convo):
    # before (G14): "…第一条 稳岗返还标准" left out the 中小微企业 100% sentence until "全文"
    body = asked(convo, "辽政发〔2020〕9号 第一条 稳岗返还的标准是多少", as_of="2020-08-03")
    assert "返还标准最高可提至企业及其职工上年度缴纳失业保险费的100%" in body, body


def test_another_places_own_rule_is_the_same_topic_there(convo):
    # before (G14, G19): "大连有没有另外规定" after 辽政发（一） heard 一带一路 and 低保 sentences
    asked(convo, "辽政发〔2020〕9号 第一条 稳岗返还的标准是多少", as_of="2020-08-03")
    body = asked(convo, "那大连有没有自己的规定", as_of="2020-08-03")
    assert "大政发〔2020〕18号" in body and "稳岗返还" in body.split("\n")[2], body


def test_a_measure_only_a_later_text_names_is_said_to_be_later_not_answered_by_a_neighbour(convo):
    # before (G20): on 2020-03-25 "社保和公积金能不能缓交" heard 46号（三）'s 灵活就业 公积金 sentence
    body = asked(convo, "大连的小公司 疫情困难 社保和公积金能缓交吗 缓几个月", as_of="2020-03-25")
    # eval45 (C11, C20, C22): the later text is not named to a caller of that day
    assert body.startswith("按2020年3月25日已印发的收录文件中，没有与您的问题直接对应的规定"), body
    assert "大政发〔2020〕18号" not in body, body
    assert "新业态从业者" not in body, body


def test_an_age_denied_is_no_age_and_registration_asked_in_cantonese_is_answered(convo):
    # before (G21): "我唔系20岁啊" was recorded 年龄：20; "可唔可以喺大连登记失业" was answered on the 4th message
    assert extract("我唔系20岁 我35岁", date(2026, 11, 30))["age"] == 35
    assert "age" not in extract("唔系20岁啊", date(2026, 11, 30))
    body = asked(convo, "我系湖南人 而家喺大连做嘢冇咗份工 可唔可以喺大连登记失业", as_of="2026-11-30")
    assert body.startswith("办理失业登记，原文是这样规定的") and "户籍地或常住地办理失业登记" in body, body


def test_those_who_began_under_the_old_rules_hear_the_transitional_sentence(convo):
    # before (G16): "去年12月就开始见习还没满的 按新标准还是老标准" heard the new standards again
    asked(convo, "凌政发〔2019〕14号 见习补贴标准", as_of="2019-08-01")
    body = asked(convo, "去年11月开始见习的 到现在还没满 按老标准还是新标准", as_of="2019-08-01")
    assert "补贴政策按原政策执行至见习期满" in body, body


def test_a_period_asked_of_a_measure_quotes_the_sentence_giving_it(convo):
    # before (G13): "公益性岗位补贴补几年" after 46号（十五） heard the standard, three times, and no period
    asked(convo, "大政发〔2017〕46号第十五条原文", as_of="2026-11-30")
    body = asked(convo, "公益性岗位的补贴能补几年", as_of="2026-11-30")
    assert "其余人员最长不超过3年" in body, body


def test_interest_asked_of_a_clause_without_its_rate_is_said_so(convo):
    # before (G15): "贴息怎么算" after 聊城 第16条 heard the loan sentence again and nothing on the rate
    asked(convo, "聊城那个通知第16条", as_of="2026-11-30")
    body = asked(convo, "那贴息是怎么算的", as_of="2026-11-30")
    assert "本条原文没有写贴息的比例（怎么算）和期限" in body, body


def test_drawing_on_to_retirement_is_never_judged_by_the_one_off_for_founders(convo):
    from tests.actions.conftest import started

    # before (G10): "你就说能不能领到60吧" heard 不能 of 领取失业保险金期间自主创业一次性领取失业保险金
    started(convo, "我57了 大连的 失业金下个月领完 领完了能不能一直领到退休", as_of="2026-11-30")
    body = asked(convo, "没活干 你就说能不能一直领到退休吧", as_of="2026-11-30")
    assert "自主创业" not in body.split("\n")[0], body


def test_how_much_is_answered_by_the_clause_stating_the_sum(convo):
    from answers.clause_answer import NO_AMOUNT, NO_SUM_RATE

    # before (G10): "那公益岗呢 我能上不 给多少钱" heard 辽政发（十七）'s 延长期满 sentence and "没有写明具体金额"
    body = asked(convo, "我在大连 公益岗我能上不 一个月给多少钱", as_of="2026-11-30")
    assert "补贴标准为当地最低工资标准" in body.split("其他相关规定")[0], body
    assert NO_SUM_RATE in body and NO_AMOUNT not in body, body


def test_a_measure_for_people_from_a_province_is_said_first_and_that_province_is_no_place(convo):
    from actions.origin_group import reply
    from knowledge.places import outside_place
    from tests.actions.conftest import started

    # before (G11): a 湖北籍 graduate asking about 聊城 heard general measures, then "湖北省不在收录范围"
    assert outside_place("我就是想问有没有专门给湖北毕业生的") is None
    body = started(convo, "我是湖北籍的应届毕业生 想去聊城工作 聊城对湖北的毕业生有没有照顾", as_of="2020-04-20")
    assert "聊城市适用的文件里没有专门针对湖北籍人员的规定" in body, body
    said = reply("大连对湖北籍的毕业生有啥政策", "大连市", date(2020, 8, 1))
    assert said is not None and "有专门针对湖北籍人员的规定" in said.text, said
    assert reply("我们的毕业生有没有补贴", "大连市", date(2020, 8, 1)) is None


def test_a_sum_said_to_be_all_five_insurances_is_no_refund_base():
    from actions.own_figures import own_total

    # before (G06): "9万是五险一共的 失业保险具体多少我得问会计" was worked as "100% × 90000元 = 最高90000元"
    said = "没裁 9万是五险一共的 失业保险具体多少我得问会计"
    assert own_total(said, "liaoning-2020-9:1.1", date(2020, 6, 20)) == ""
    assert "90000" in own_total("上年度缴纳失业保险费90000元 返还多少", "liaoning-2020-9:1.1", date(2020, 6, 20))


def test_a_measure_only_for_people_from_one_place_is_no_yes_to_others(convo):
    from tests.actions.conftest import started

    # before (G22): "有没有一次性创业补贴" in 凌源 heard "有。" of the 湖北籍 2020届 graduates' 求职创业补贴
    started(convo, "我是今年毕业的大学生 在凌源 想开个小店 有啥扶持", as_of="2020-06-20")
    body = asked(convo, "我不是贫困户 有没有一次性创业补贴", as_of="2020-06-20")
    assert "有。" not in body and "只有给“湖北籍”人员的" in body, body


def test_a_count_failed_is_said_in_people_never_a_dates_unit():
    from answers.summary import _as_said

    # before (G18): "不符合“2020年2月10日起一个月内新吸纳就业”（按您说的：0年）"
    assert _as_said("2020年2月10日起一个月内新吸纳就业（实际：0）") == "（按您说的：0人）"
    assert _as_said("依法参加失业保险3年以上（实际：2）") == "（按您说的：2年）"


def test_nothing_for_me_hears_what_the_texts_grant_the_group_said(convo):
    from tests.actions.conftest import started

    # before (G07): "那我这样的啥也没有？" heard "…没有写到这种情况", then the same three 残疾人 measures
    started(convo, "我在大连跑外卖 自己按灵活就业交社保 不是就业困难人员 也不残疾 能补点不", as_of="2020-11-25")
    body = asked(convo, "那我这种的就是啥也没有呗", as_of="2020-11-25")
    assert "写到灵活就业人员的其他规定有" in body and "开展免费职业技能培训" in body, body
    assert "残疾人" not in body, body


def test_an_epidemic_measure_is_no_like_measure_offered_years_later():
    from actions.profile import evaluate
    from actions.yes_no import still_paying

    # before (G12): in 2026 the ended 吸纳就业补贴 came with "但同类的…疫情防控急需物资企业一次性吸纳就业补贴（有效期未知）"
    profile = {"applicant_type": "enterprise", "region": "凌源市"}
    result = evaluate(profile, date(2026, 11, 30))
    ended = [b for b in result["benefits"] if b["benefit_id"] == "liaoning-2020-9.absorb-3-6-months"]
    assert ended and "疫情" not in still_paying(ended, profile, result, date(2026, 11, 30))
    assert "疫情" in still_paying(ended, profile, evaluate(profile, date(2020, 8, 1)), date(2020, 8, 1))


def test_a_lone_parent_hears_the_group_that_counts_them(convo):
    from tests.actions.conftest import started

    # before (eval42 F24, rated 1): a widow raising a 10-year-old alone heard 两后生 and 低保渐退 items
    body = started(convo, "我男人前年没了 我一个人拉扯孩子 孩子8岁 我在大连 现在没工作 有啥帮扶", as_of="2021-03-10")
    assert "单亲抚养未成年人：是" in body and "单亲抚养未成年人者" in body, body
    assert "公益性岗位" in body, body


def test_a_loan_asked_is_never_refused_by_a_clauses_other_measures(convo):
    # before (eval42 F04, rated 1): "网上开店能申请创业担保贷款吗" after 18号（十二） heard 不能 of its 场地 and 社保补贴
    from tests.actions.conftest import started

    started(convo, "我是大连的 有残疾证 想在家开个网店 没租门面 能领场地补贴吗", as_of="2020-10-20")
    asked(convo, "网店能办创业担保贷款吗", as_of="2020-10-20")
    body = asked(convo, "我是问创业担保贷款 网上开店的能不能申请", as_of="2020-10-20")
    assert not body.startswith("不能") and "含网络创业" in body, body


def test_a_measure_compared_across_places_names_each_and_a_place_without_it(convo):
    # before (eval42 F19, rated 1): "灵活就业人员社保补贴 辽宁大连聊城凌源分别怎么规定" (an agent) started the questions
    body = asked(convo, "灵活就业社保补贴 辽宁 大连 聊城 凌源各自怎么规定的", as_of="2026-11-30")
    assert body.startswith("辽宁省、大连市、聊城市和凌源市的灵活就业社会保险补贴规定对比如下"), body
    assert "应缴纳社会保险费的30%给予补贴" in body and "【凌源市】收录的凌源市文件里没有" in body, body


def test_a_shop_owner_with_staff_is_a_firm_and_asking_to_be_exempt_hears_the_exemption(convo):
    from tests.actions.conftest import started

    # before (eval42 F02): "临清 开超市的 9个人 社保能免吗" was a person, then heard 不能 of the large firms' 减半
    found = extract("临清 开超市的 9个人 社保能免吗", date(2020, 8, 20))
    assert found["applicant_type"] == "enterprise" and found["employees"] == 9, found
    body = started(convo, "临清 开小超市的 8个人 社保能免吗", as_of="2020-08-20")
    assert "不能：“中小微企业免征" in body, body
    # "残保金要交吗": the exemption for 30 staff or fewer, not only "可申请减免或者缓缴"
    body = asked(convo, "残保金要交吗", as_of="2020-08-20")
    assert "暂免征收在职职工总数30人（含）以下企业残保金" in body, body


def test_one_past_retirement_is_not_asked_the_years_left_and_an_opening_is_no_complaint(convo):
    from tests.actions.conftest import started

    # before (eval42 F07): a 61-year-old's daughter was asked "您距离法定退休年龄还有几年？" and 61 was read as years;
    # "…没有退休金 啥也没有" opening the conversation is a description, not "nothing for me?" after a list
    body = started(convo, "俺替俺爸问 他今年62了 打零工 没有退休金 啥也没有 大连的 政府能给点啥", as_of="2026-11-30")
    assert "已过法定退休年龄" in body and "我问您几个问题" not in body, body
    assert not convo.tracker().get_slot("candidates"), convo.tracker().get_slot("candidates")


def test_a_share_asked_to_be_worked_out_is_worked_with_the_sentence_setting_it(convo):
    # before (eval42 F12): "你帮我算算 15个人招2个 够不够15%" heard the clause again and "以经办部门认定为准"
    asked(convo, "凌源开饭店的 店里20个人 想扩大店面 企业能贷多少", as_of="2026-11-30")
    body = asked(convo, "帮我算一下 20个人招3个 够不够15%", as_of="2026-11-30")
    assert body.startswith("按您说的：新招3人 ÷ 现有20人 ≈ 15.0%，达到15%"), body
    assert "现有在职职工人数的15%(含15%)" in body, body


def test_relief_after_finding_work_is_what_the_texts_say_of_it_or_that_they_say_nothing(convo):
    # before (eval42 F08): "你就说 我上班了以后低保还能给几个月" (凌源, 2019) heard the training allowance clause thrice
    asked(convo, "凌源的 家里低保户 想学电焊 培训有补贴不", as_of="2019-11-01")
    body = asked(convo, "你直接说 我上班以后低保还能给几个月", as_of="2019-11-01")
    assert body.startswith("按收录的文件，凌源市适用的文件里没有写就业以后低保还能领多久"), body
    body = asked(convo, "那大连的呢 找到工作以后低保还给不给", as_of="2021-11-01")
    assert "继续给予3至12个月的低保救助" in body, body


def test_counting_as_hard_to_employ_asked_by_hearsay_and_how_to_be_recognised(convo):
    from actions.definition_words import defined_term
    from tests.actions.conftest import started

    # before (eval42 F24): "…能算困难人员 有补助 是真的不" heard a list; "没有 不知道咋认定" heard
    # "…都没有给“没有不知道”下定义" and a 孵化平台认定 clause
    assert defined_term("没有 不知道咋认定") == "" and defined_term("就业困难人员咋认定") == "就业困难人员"
    started(convo, "我男人前年没了 我一个人拉扯孩子 孩子8岁 我在大连 现在没工作 有啥帮扶", as_of="2021-03-10")
    body = asked(convo, "我听人说一个人带孩子的能算困难人员 是真的不", as_of="2021-03-10")
    assert "您说的单亲抚养未成年人者在所列人员之内" in body, body
    body = asked(convo, "没办过 不知道咋认定", as_of="2021-03-10")
    assert "孵化平台" not in body and "就业困难人员指" in body, body


def test_the_last_day_of_each_span_after_leaving_school_is_reckoned(convo):
    # before (eval42 F03, F11): "我是25年7月离校的，到什么时候之前还能报见习" heard the clause again
    asked(convo, "我在凌源 本科毕业 想参加见习", as_of="2026-11-30")
    body = asked(convo, "我是25年6月离校的 到什么时候之前还能报", as_of="2026-11-30")
    assert "按您说的2025年6月离校" in body and "“离校2年内”：到2027年6月为止" in body, body
    from actions.since_school import deadline

    said = deadline("我20年6月28号离校的 最晚什么时候开始灵活就业交社保", {"region": "大连市"}, date(2020, 9, 1))
    assert said is not None and "“离校1年内”：到2021年6月28日为止" in said.text, said


def test_nothing_settled_with_measures_to_settle_below_is_no_dead_end():
    from actions.profile import evaluate
    from answers.summary import summary

    # before (eval42 F01, F09): "根据目前的信息，还没有确定现在可以申请的补贴" above the measures still to be settled
    profile = {"applicant_type": "person", "region": "大连市", "age": 57, "employment_status": "unemployed"}
    text = summary(evaluate(profile, date(2026, 11, 30)), today=date(2026, 11, 30)).text
    assert "还没有确定现在可以申请的补贴" not in text and "还不能确定哪一项现在一定能申请，下面分别说明" in text, text


def test_a_couple_laid_off_is_no_firm_and_a_list_narrowed_with_words_between(convo):
    # before (eval43 E24, rated 1): "老伴55 俩人现在都没活干 她是厂子下岗的" was a firm of 2 staff
    found = extract("我在大连 我今年60了 老伴55 俩人都没活干 她是厂子下岗的 俺俩能领点啥", date(2021, 1, 15))
    assert found["applicant_type"] == "person" and "employees" not in found, found
    # before (eval43 E17): "…截至今天哪些明确到期了" after a list of 大连's measures heard another clause
    asked(convo, "大连市文件里给个人的补贴 列一下", as_of="2026-11-30")
    body = asked(convo, "上面那些里 截至今天哪些明确到期了", as_of="2026-11-30")
    assert "给个人的措施" in body and "【已到期" in body and "【有效期未知" not in body, body


def test_eval43_a_graduate_working_flexibly_in_a_city_without_texts_hears_a_plain_no(convo):
    from actions.free_answers import implied_value
    from answers.measure_exists import terms_in

    # before (eval43 E05, rated 1): "就是普通毕业生灵活就业，到底有没有补贴？" (丹东) heard the preamble and 低保 clauses
    assert [w for w, _ in terms_in("我不是就业困难人员 普通毕业生")] == ["毕业生"]
    asked(convo, "我是丹东的 25年本科毕业 做自由设计 社保按灵活就业自己交的 有没有社保补贴", as_of="2026-11-30")
    body = asked(convo, "我不是就业困难人员 就是普通毕业生灵活就业 到底有没有补贴", as_of="2026-11-30")
    assert body.startswith("辽宁省文件里没有"), body
    # before (eval43 E07, rated 1): "离退休还差几个月 算不算不足一年" was read as premiums paid under a year
    assert implied_value("receiving_unemployment_insurance", "俺离退休还差几个月 算不算不足一年") is None
    assert implied_value("receiving_unemployment_insurance", "俺没交够一年") is False


def test_eval43_every_period_of_a_sentence_is_quoted_with_its_people():
    from answers import sentences

    # before (eval43 E10): "…就业困难人员…其余人员距法定退休年龄1年时给予最长不超过1年的补贴" hid the 3 years of the listed
    rec = sentences.record_of("dalian-2017-46:4.15")
    said = sentences.quote_of(rec.sentences[7], [], "period", limit=100).text
    assert "自谋职业的军队退役人员" in said and "最长不超过3年" in said and "最长不超过1年" in said, said


def test_eval43_a_measure_named_leads_the_answer_over_the_group_words(convo):
    from tests.actions.conftest import started

    # before (eval43 E22): "…凌源这边有那个就业见习吗 她能去不" heard 凌源's graduates' 公益性岗位
    body = started(convo, "我闺女19年大学毕业 还没找着工作 凌源有就业见习吗 她能去不", as_of="2020-05-12")
    assert "离校 2 年内未就业的高校、中职毕业生" in body.split("其他相关规定")[0], body


def test_eval44_a_bare_definition_asked_and_a_birth_year_said():
    from actions.definition_words import DEFINITION, defined_term

    # before (eval44 D23): "城镇零就业家庭 定义" (an agent) started the questions
    assert DEFINITION.search("城镇零就业家庭 定义") and defined_term("城镇零就业家庭 定义") == "城镇零就业家庭"
    assert defined_term("零就业家庭怎么定义") == "零就业家庭"
    # before (eval44 D01, E07): "男的 71年生的", "六七年三月生的" were never read as ages
    assert extract("男的 71年生的 失业登记办了", date(2026, 12, 1))["age"] == 55
    assert extract("俺男的 六七年三月生的", date(2026, 12, 1))["age"] == 59
    assert "age" not in extract("2019年生产经营困难", date(2026, 12, 1))


def test_eval44_not_a_first_business_is_no_first_business():
    # before (eval44 D11): "不是初次创业" was recorded 初次创业：是 and heard the 初次创业 premises subsidy
    assert extract("我们饭店不是初次创业 开了好几年了", date(2020, 4, 25))["first_time_business"] is False
    assert extract("第一次开店", date(2020, 4, 25))["first_time_business"] is True
