"""Evaluations 62 and 63's findings (/work/eval62/, /work/eval63/ findings-A.md, findings-B.md), answered on the real
engine, search and knowledge base. The messages are written for these tests after the findings, not copied from
them."""

from __future__ import annotations

import re
from datetime import date

from tests.actions.conftest import asked, started


def test_a_long_measure_name_is_never_cut_mid_word():
    # before (EB06): "原文没有写明难且恢复有望企业稳岗返还的具体金额"
    from answers import measures
    from answers.sentences import record_of

    rec = record_of("liaocheng-2020:2.5")
    assert rec is not None
    names = {measures.name(s) for s in rec.sentences}
    assert not any(n.startswith("难且") for n in names), names


def test_how_much_refund_leads_with_the_share_under_the_clause_heading(convo):
    # before (EB06): "稳岗返还能返多少" in 聊城 heard the 困难企业 and 裁员率 sentences, never the 50%
    body = asked(convo, "我们聊城的纸箱厂 稳岗返还到底能返多少", as_of="2020-09-05")
    assert "返还其上年度实际缴纳失业保险费的50%" in body.split("\n")[1], body


def test_a_term_asked_after_a_space_is_that_term_and_its_scope_in_brackets(convo):
    # before (EB07): "毕业生全额贴息高校毕业生" and "没有给…下定义" beside 46号（十二）'s "（毕业5年内，下同）"
    from actions.definition_words import defined_term

    assert defined_term("大连那个大学生全额贴息 高校毕业生咋界定的 毕业几年算") == "高校毕业生"
    body = asked(convo, "大连 高校毕业生怎么界定 毕业几年内算", as_of="2026-09-01")
    assert "毕业5年内，下同" in body and "下定义" not in body, body


def test_a_named_measure_with_its_word_before_the_asking(convo):
    # before (EA10): "企业新型学徒制 聊城有没有补贴" heard 聊城's 职业介绍补贴, twice
    body = asked(convo, "企业新型学徒制这块 聊城这边有没有补贴", as_of="2026-09-01")
    assert re.search("都没有学徒(?:制)?补贴", body) and "职业介绍补贴" not in body, body


def test_an_open_which_subsidies_question_names_no_measure(convo):
    # the guard of the change above: "找不到工作，有什么补贴" names no 工作补贴
    body = started(convo, "我是今年毕业的大学生，在大连一直找不到工作，有什么补贴", as_of="2026-09-01")
    assert "工作补贴" not in body and "工作的就业补助" not in body, body


def test_a_situation_after_a_bare_subject_asks_about_that_subject(convo):
    # before (FB11): "贷款", then "凌源 开小店": 低保 and the graduates' 20万元 listed, never the 10万元 loan
    asked(convo, "贷款", as_of="2026-09-01")
    body = started(convo, "凌源的 开个小卖部", as_of="2026-09-01")
    assert "最高不超过10万元" in body, body


def test_a_clause_in_play_is_read_from_a_sentence_the_person_is_not_ruled_out_of():
    # before (FB11): "贷款 多少" from one who said he is no graduate heard the graduates' 20万元 sentence three times
    from actions.clause_in_play import clause_hit
    from actions.ruled_out import kept_in_clause

    cite = {
        "clause_id": "lingyuan-2019-14:4.7",
        "quote": "大学生在高新技术领域实现自主创业的，贷款最高额度不超过20万元。",
    }
    hit = clause_hit(cite, date(2026, 9, 1))
    assert hit is not None
    hit = {**hit, "highlights": [cite["quote"]]}
    profile = {"applicant_type": "person", "region": "凌源市", "is_college_graduate": False}
    kept = kept_in_clause(hit, profile, date(2026, 9, 1))
    assert "10万元" in kept["highlights"][0], kept["highlights"]
    assert kept_in_clause(hit, {**profile, "is_college_graduate": True}, date(2026, 9, 1)) is hit


def test_an_ended_extension_is_no_no_to_the_subsidy_itself():
    # before (FA12): "灵活就业自己交社保的 能不能补" heard "不能：所引规定已于2020年12月31日到期" of the one-year extension
    from actions.ended_lead import cited_lead
    from answers.clause_answer import search_answer
    from retrieval.search import search

    query = "就业困难人员享受灵活就业社会保险补贴政策期满仍未实现稳定就业 延长1年"
    response = search(query, region="辽宁省", top_k=3, as_of="2026-09-01").model_dump()
    reply = cited_lead(search_answer(response), "灵活就业自己交社保的 到底能不能补", date(2026, 9, 1))
    assert "延长" in reply.text and not reply.text.startswith("不能"), reply.text
    again = cited_lead(search_answer(response), "期满延长那一年现在还能不能享受", date(2026, 9, 1))
    assert again.text.startswith("不能"), again.text


def test_a_deferral_of_insurance_is_not_judged_by_a_wage_deposit(convo):
    # before (FA07, 大连, 2020-03-05): "社保…能不能缓缴" heard "不能…尚未实施" of 暂缓缴存农民工工资保证金
    body = asked(
        convo, "大连的机械厂 300来人 稳岗返还能返多少", "那社保能不能缓缴几个月 现金流紧张", as_of="2020-03-05"
    )
    assert not body.startswith("不能") and "农民工工资保证金" not in body, body


def test_a_group_no_text_names_is_told_so(convo):
    # before (FB08): "刑满释放…算不算就业困难人员" heard "可以参照就业困难人员享受相关政策" of the 退役军人 sentence
    body = asked(convo, "大连 刑满释放的人到底有没有专门的扶持政策？算不算就业困难人员", as_of="2026-09-01")
    assert body.startswith("收录的文件都没有提到") and "可以参照" not in body, body
    again = asked(convo, "连续失业一年以上的退役军人算不算就业困难人员", as_of="2026-09-01")
    assert "可以参照就业困难人员享受相关政策" in again, again


def test_other_documents_asked_bare_after_a_definition(convo):
    # before (FB09, an agent): "其他文件有没有" after 零就业家庭's definition started the questions
    body = asked(convo, "零就业家庭是什么意思", "那其他文件里有吗", as_of="2026-09-01")
    assert "在收录的各地文件中的定义" in body and "【聊城市】" in body, body


def test_an_internship_asked_in_2026_leads_with_the_standing_sentence(convo):
    # before (FA01): "有没有见习" from a 2025 graduate heard "对因疫情影响见习暂时中断的…" and the 1000元 for 低保 graduates
    body = started(convo, "我在大连 不是残疾人也不是低保 没创业 想问有没有见习的机会", as_of="2026-09-01")
    assert "离校2年内未就业高校毕业生" in body.split("其他相关规定")[0], body
    assert "1000元/人" not in body.split("其他相关规定")[0], body


def test_a_way_to_qualify_says_its_own_window():
    # before (FA01): "须灵活就业后申请" to a 2025 graduate in 2026, without "离校1年内"
    from actions.profile import evaluate
    from answers.summary import failed_lines

    profile = {
        "applicant_type": "person",
        "region": "大连市",
        "is_college_graduate": True,
        "graduation_date": "2025-07-01",
        "employment_status": "unemployed",
        "is_disabled": True,
    }
    lines = failed_lines(evaluate(profile, date(2026, 9, 1))["benefits"])
    said = next(x for x in lines if "离校2年内未就业残疾高校毕业生灵活就业" in x)
    assert "须灵活就业后申请，且须在离校2年内开始灵活就业" in said, lines


def test_which_document_and_clause_is_the_clause_in_play(convo):
    # before (FB03, an agent): "哪个文件哪一条" after 凌源 四、（七） heard 一、（四） by its "一条龙"
    body = asked(convo, "凌源 创业担保贷款 最多贷多少", "这是哪个文件哪一条", as_of="2026-09-01")
    assert "四、（七）" in body.split("\n")[0] and "一条龙" not in body, body


def test_a_clause_number_in_digits_without_di_in_the_document_in_play(convo):
    # before (FB02, an agent): "22条全文发一下" after 聊城's 第20条 heard 第21条 as "最接近的一条"
    body = asked(convo, "聊城那个通知第20条", "把22条的全文发我", as_of="2020-06-10")
    assert "第22条" in body.split("\n")[0] and "没有找到" not in body, body


def test_getting_a_post_is_answered_by_who_gets_posts_first(convo):
    # before (EA08, FA03): "公益岗咋能安排上" from a 凌源 poor household and a 52-year-old widow heard the graduates' 上浮
    body = started(convo, "凌源的 家里建档立卡的 45了 公益岗能不能给俺安排上", as_of="2019-12-01")
    assert "应将新增和腾退的公益性岗位优先用于安置贫困劳动力" in body.split("按2019年12月1日的政策")[0], body


def test_a_loan_asked_beside_tax_is_the_loan_for_anyone_starting_out(convo):
    # before (FA11, a veteran opening a shop in 大连): "能贷款不" heard 平台就业人员's tools loan, three times
    body = started(convo, "我退伍两年了 在大连想开个小超市 税上有啥优惠 能不能贷款", as_of="2020-10-08")
    assert "以个体、合伙经营和组织起来创业" in body and "平台就业人员" not in body.split("\n")[2], body


def test_past_retirement_measures_are_listed_as_what_they_are(convo):
    # before (FB12, 58, a former 女职工): "已过法定退休年龄…没有专门给…的补贴" above "与您的问题相关的政策有" and a
    # priority for those 距退休不足5年
    body = started(convo, "大连的 我58了 原来是厂里女工人 登记失业快一年了 公益性岗位还能去不", as_of="2022-03-01")
    assert "面向劳动年龄内的人员，按您说的年龄一般已不适用" in body and "与您的问题相关的政策有" not in body, body
    assert "优先安排符合岗位条件" not in body, body


def test_staff_who_quit_are_not_laid_off():
    # before (FA02, a 聊城 restaurant of 12): "走了2个…自己不干了 不算裁吧" was recorded 上年度裁员率 16.7%
    from actions.spoken_facts import relaid

    assert relaid("走了俩厨师 都是自己辞职回老家的 这不算裁员吧 走了2个", {"employees": 12}) == {"layoffs": "none"}
    assert relaid("走了2个", {"employees": 12}).get("layoff_rate") == 16.7


def test_pay_cuts_are_not_judged_by_a_wage_deposit(convo):
    # before (GA07, a 大连 travel agency, 2020-04-10): "能不能降薪" heard "能…阶段性降低失业保险费率" (辽政发（二）'s
    # 农民工工资保证金 let the wage guard pass)
    body = asked(convo, "我是大连旅行社的 辽政发〔2020〕9号第二条", "那我们能不能给员工降薪", as_of="2020-04-10")
    assert not body.startswith("能") and "费率" not in body.split("\n")[0], body


def test_a_group_the_measures_never_name_is_no_yes(convo):
    # before (GA04): "他不是大学生 是个40多岁的残疾人…能不能拿社保补贴" after 46号（十二） heard 能 of the graduates' measure
    body = asked(
        convo,
        "我是大连的公司 大政发〔2017〕46号第十二条",
        "他可不是大学生 是个四十多岁的残疾人 我们招了他能不能拿社保补贴",
        as_of="2021-06-01",
    )
    assert not body.startswith("能") and "符合用人单位新招用" not in body, body


def test_can_i_get_on_after_a_post_question_is_about_the_post(convo):
    # before (GB11, 凌源, short fragments): "公益岗" … then "我不是大学生 56了 能上不" heard 不能 of the graduates' 20万元 loan
    asked(convo, "凌源 公益岗", "给多少钱", as_of="2026-10-15")
    body = started(convo, "俺不是大学生 今年56 能上不", as_of="2026-10-15")
    assert "优先安排符合岗位条件的零就业家庭成员和距离法定退休年龄不足5年人员" in body, body
    assert "贷款" not in body, body


def test_a_contract_month_said_without_a_year_is_the_hires_date():
    # before (GA04, 大连, 2021-06-01): "合同是3月份签的 不是6月1号" kept the day asked as the contract's date
    from actions.profile_facts import extract

    assert extract("合同都是3月份签的 社保也是那会儿交的", date(2021, 6, 1))["hires_contract_date"] == "2021-03-31"
    assert extract("合同是3月15号签的", date(2021, 6, 1))["hires_contract_date"] == "2021-03-15"
    assert extract("合同是11月签的", date(2021, 6, 1))["hires_contract_date"] == "2020-11-30"


def test_a_short_narrowing_after_a_document_list_narrows_it(convo):
    # before (GB05, a supervisor): "给企业的" after 凌政发〔2019〕14号's 17 measures heard one clause; "已到期的" a dead end
    body = asked(convo, "凌政发〔2019〕14号 都有哪些补贴 各多少钱", "企业的呢", as_of="2026-10-15")
    assert "给企业的措施共" in body and "企业新型学徒制职业培训补贴" in body and "个人自主创业" not in body, body
    body = asked(convo, "到期了的", as_of="2026-10-15")
    assert "【已到期" in body and "有效期未知" not in body, body


def test_how_much_of_a_sentence_granting_without_a_sum_is_the_clause_stating_it(convo):
    # before (GB12, HA01): "灵活就业社保补贴补多少 补几年" on 46号（三）'s "可按规定享受灵活就业人员社保补贴" heard
    # "原文没有写明…具体金额" twice, while 46号（十五） and （十二） state 30% and the years
    body = asked(
        convo,
        "大连 新业态从业者能不能享受灵活就业人员社保补贴",
        "这个社保补贴一个月补多少 能补几年",
        as_of="2026-11-05",
    )
    assert "30%" in body.split("其他相关规定")[0], body


def test_the_replies_words_complained_of_are_no_fact():
    # before (HA03, 凌源, 47): "你咋又说大学生的。俺就问…公益岗" was recorded 高校毕业生：是 right after "俺不是大学生"
    from actions.profile_facts import extract

    facts = extract("你怎么又说大学生的 俺们贫困户能不能安排公益岗", date(2026, 11, 5))
    assert "is_college_graduate" not in facts and facts.get("is_poverty_registered") is True, facts


def test_a_bare_term_after_a_clause_is_its_period(convo):
    # before (HB01, an agent): "期限" after 46号（十五）'s 公益性岗位 standard was handed to a person
    body = asked(convo, "大政发〔2017〕46号（十五）", "公益性岗位补贴标准", "补贴期限呢", as_of="2026-11-05")
    assert "可延长至退休" in body and "转人工" not in body.split("\n")[0], body


def test_whether_one_counts_and_a_post_asked_together_are_both_answered(convo):
    # before (HA12, 抚顺, 57, a man): "…算不算就业困难人员？能不能给安排个公益性岗位" heard only the first half
    body = started(convo, "抚顺的 57岁男的 登记失业了 我算不算就业困难人员 公益性岗位能不能安排我", as_of="2026-11-05")
    assert (
        "属于上述就业困难人员范围" in body
        and "优先安排符合岗位条件的零就业家庭成员和距离法定退休年龄不足5年人员" in body
    ), body


def test_a_vocational_school_leaver_hears_the_sentences_naming_them(convo):
    # before (HB08, 凌源, in traditional characters): a 中职 leaver's mother heard the graduates' 上浮 and retirement
    # questions; 三、（三）'s 见习 "离校2年内未就业的高校、中职毕业生" only when she named it
    body = started(convo, "我們凌源的 閨女職高畢業一年了 還沒工作 有什麼政策", as_of="2026-11-05")
    assert "离校 2 年内未就业的高校、中职毕业生" in body.split("与您的问题相关的政策有")[0], body


def test_asking_for_dibao_is_not_being_on_it():
    # before (HA05, 铁岭, 50): "失业了生活困难…能不能吃低保" was recorded 低保家庭成员：是
    from actions.profile_facts import extract

    assert "is_low_income_family" not in extract("家里挺难的 俺这情况能不能申请低保", date(2020, 6, 1))
    assert extract("俺家是低保户", date(2020, 6, 1)).get("is_low_income_family") is True


def test_a_layoff_said_mid_form_where_no_text_sets_the_rate_stays_the_offices(convo):
    # before (HB06, a 大连 software firm, 2020-10-20): "35个人 今年走了1个 1/35行不行" asked mid-form, then "走1个人影响不",
    # and the summary called the 100% refund 条件相符 on 2.9% (大连's texts say only "按照国家和省有关规定执行")
    from actions.form import ValidateEligibilityForm
    from actions.profile import evaluate, profile_from_slots
    from tests.actions.test_eligibility_flow import answer, start

    start(convo, "我们是大连的软件公司 稳岗返还能不能申请", as_of="2020-10-20")
    answer(convo, "交着呢 去年失业保险交了3万 35个员工 今年走了1个 这算裁员吗")
    answer(convo, "小型")
    convo.say("我们经营挺好 就问那个100%的 走1个人有影响没", "inform", form=True)
    convo.active_loop = {"name": "eligibility_form"}
    convo.run(ValidateEligibilityForm())
    result = evaluate(profile_from_slots(convo.slots), date(2020, 10, 20))
    refund = next(b for b in result["benefits"] if b["benefit_id"] == "dalian-2020-18.stable-jobs-refund-100")
    assert refund["status"] != "eligible", refund["status"]


def test_another_measures_standard_said_is_not_a_premium_paid(convo):
    # before (IA04, 大连, 2021): "减税那个7800的 我招了2个 一年能减多少" on 18号（三）'s 100% refund heard
    # "100% × 7800元 = 7800元" three times
    body = asked(
        convo,
        "大连 小微企业稳岗返还100%",
        "我说的是招失业人员扣税那个7800的 招了俩人 一年能扣多少",
        as_of="2021-09-01",
    )
    assert "× 7800元" not in body and "失业保险费7800元" not in body, body
