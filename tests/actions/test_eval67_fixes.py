"""Evaluations 66 and 67's findings (/work/eval66/, /work/eval67/ findings-A.md, findings-B.md), answered on the real
engine, search and knowledge base. The messages are written for these tests after the findings, not copied from
them."""

from __future__ import annotations

from datetime import date

from tests.actions.conftest import asked, started


def test_a_bare_age_after_the_member_asked_for_is_theirs():
    # before (IA08): "帮我媳妇问问 她28 …" lost the age, and the wife heard 续领失业保险金至退休
    from actions.profile_facts import extract

    facts = extract("替我爱人问一下 她31 在大连登记失业半年了 有啥帮扶", date(2026, 11, 20))
    assert facts.get("age") == 31, facts


def test_asking_whether_one_counts_as_a_kind_of_the_group_records_nothing(convo):
    # before (IA08): "这算不算单亲抚养那种就业困难人员？能认定不" was recorded 已被认定为就业困难人员：是
    from actions.profile_facts import extract

    text = "我自己带俩孩子 这算不算单亲抚养那种就业困难人员？能认定不"
    assert "is_hard_to_employ" not in extract(text, date(2026, 11, 20))
    started(convo, "帮我老婆问问 她30 在大连 登记失业8个月了 孩子她一个人带", as_of="2026-11-20")
    body = started(convo, text, as_of="2026-11-20")
    assert "范围包括" in body and "单亲抚养未成年人者" in body and "已被认定为就业困难人员：是" not in body, body
    assert "您已办理失业登记" in body, body


def test_years_to_retirement_stated_with_a_particle_are_kept():
    # before (IA12): "离退休还有5年呢" was read as a question and 续领至退休 stayed on the list
    from actions.profile_facts import extract

    facts = extract("失业金快领完了 离退休还有4年呢 那个不足一年的跟我没关系吧", date(2026, 11, 20))
    assert facts.get("years_to_retirement") == 4, facts


def test_unemployment_assistance_is_a_measure_after_the_benefit_runs_out():
    # before (IA12): "失业金领完了咋整" never heard 辽政发（十八）'s 失业补助金
    from actions.profile import evaluate

    result = evaluate(
        {"applicant_type": "person", "region": "辽宁省", "unemployment_insurance_exhausted": True}, date(2026, 11, 20)
    )
    found = {b["benefit_id"]: b["status"] for b in result["benefits"]}
    assert found.get("liaoning-2020-9.unemployment-assistance") == "eligible", found


def test_the_group_after_which_people_count_is_the_term(convo):
    # before (JB07): "…问的是认定范围 哪些人算就业困难人员" was read as the term "的是认定" and said back in a template
    from actions.definition_words import defined_term

    assert defined_term("别说补贴了 我问认定范围 哪些人算就业困难人员") == "就业困难人员"
    assert defined_term("就业困难人员 认定 哪几类人") == "就业困难人员"
    body = asked(convo, "就业困难人员 认定 哪些人", as_of="2026-11-20")
    assert "范围包括城镇零就业家庭成员" in body and "的是认定" not in body, body


def test_an_issuers_abbreviation_names_its_place(convo):
    # before (JB03): "聊政发 创业补贴" heard "您没说在哪个市县" and 大连's 3000元
    body = asked(convo, "聊政发 创业补贴 给多少", as_of="2026-11-20")
    assert "聊城市人民政府" in body and "适当调整创业补贴申领条件" in body and "3000元" not in body, body
    assert "原文没有写明" in body, body


def test_a_subsidy_named_after_a_loan_answer_is_its_own_sentence(convo):
    # before (JA10): "一次性创业补贴…多少钱" after 聊城 第16条's loan heard the loan sentence, then a COVID extension
    asked(convo, "聊城的 想跟朋友合伙开个网店 创业贷款最多贷多少", as_of="2026-11-20")
    body = asked(convo, "那一次性创业补贴呢 多少钱", as_of="2026-11-20")
    assert "适当调整创业补贴申领条件" in body and "20万元" not in body and "新冠" not in body, body
    assert "没有写明创业补贴" in body, body


def test_which_department_after_a_clause_lists_its_units(convo):
    # before (JB03): "哪个部门" heard another sentence of the clause and "具体可向贷款银行咨询"
    asked(convo, "聊城 创业担保贷款 额度", as_of="2026-11-20")
    body = asked(convo, "哪个部门", as_of="2026-11-20")
    assert "市地方金融监管局" in body and "新冠" not in body, body


def test_the_epidemic_in_a_sentences_last_part_does_not_date_the_sentence():
    # before (JA11): 大政发〔2020〕18号（十六）'s free training was called "与疫情防控期间挂钩" for its last part
    from answers import validity_words
    from answers.sentences import record_of

    rec = record_of("dalian-2020-18:3.16")
    assert rec is not None
    s = next(x for x in rec.sentences if x.text.startswith("面向贫困家庭子女"))
    assert validity_words.own(rec, s, date(2026, 11, 20))["kind"] == "none"


def test_a_window_of_arrival_is_not_called_an_epidemic_period():
    # before (JB10): 凌源's 人才安家补助 was said to be "期限与疫情防控期间挂钩"
    from actions.profile import evaluate
    from answers.summary import summary

    day = date(2026, 11, 20)
    result = evaluate({"applicant_type": "person", "region": "凌源市", "age": 50}, day)
    text = summary(result, today=day).text
    line = next((x for x in text.split("\n") if "安家补助" in x), "")
    assert line and "疫情" not in line and "2020年8月30日" in line, text


def test_a_period_of_the_firms_before_is_not_the_next_sentences(convo):
    # before (JA12): 辽政发（一）'s "加大…中小微企业…100%" was "已到期" beside "原文未载明截止日期" in one reply
    body = asked(convo, "本溪的小厂 20个人 没裁员 稳岗返还现在还能不能申请", as_of="2026-11-20")
    assert "最高可提至" in body and "已到期" not in body, body


def test_a_worker_let_go_who_now_sells_at_a_market_is_a_person():
    # before (JA03): "厂子不行把我们都放了 现在在市场上卖菜" was read as 企业
    from actions.profile_applicant import applicant_type

    assert applicant_type("我凌源的 厂子黄了把我们都放了 现在在早市卖菜 自己交社保能补不") == "person"
    assert applicant_type("公司要是招她 公司有补贴吗") == "person"


def test_a_sum_paid_per_head_is_no_head_count():
    # before (JA07): "一个人单位交一千左右吧" was recorded 在职职工人数：1
    from actions.profile_facts import extract

    assert "employees" not in extract("一个人单位每月缴八百多吧", date(2020, 2, 25))


def test_hires_who_graduated_last_year_are_not_of_the_year_of_graduation():
    # before (JA07): "3个 都是去年夏天毕业的" on 2020-02-25 counted 3 毕业年度 graduates ("已确定符合")
    from actions.fact_answers import read_answer

    said = "两个 都是去年毕业的"
    assert read_answer("new_hires_graduates", {"text": said, "entities": []}, said, date(2020, 3, 1))[0] == 0
    said = "两个 今年刚毕业"
    assert read_answer("new_hires_graduates", {"text": said, "entities": []}, said, date(2020, 7, 1))[0] == 2


def test_a_measure_no_document_has_named_with_a_document_is_said_absent(convo):
    # before (JB02): "大政发〔2020〕18号 以工代训" heard the nearest clause, "标准多少" another place's 1000元
    body = asked(convo, "大政发〔2020〕18号里的以工代训", as_of="2020-07-10")
    assert body.startswith("大政发〔2020〕18号里没有“以工代训”"), body
    body = asked(convo, "补多少", as_of="2020-07-10")
    assert "以工代训" in body and "1000元" not in body, body
    body = asked(convo, "凌源有没有类似的", as_of="2020-07-10")
    assert body.startswith("凌源市的文件里也没有“以工代训”"), body


def test_four_places_compared_by_a_subsidy_the_texts_name(convo):
    # before (JB05): "四个地方 …一次性求职创业补贴 对比" heard three clauses, 聊城 and 凌源 unsaid
    body = asked(convo, "一次性求职创业补贴 四地 对比一下", as_of="2026-11-20")
    assert "【聊城市】收录的聊城市文件没有写到一次性求职创业补贴" in body and "1000元/人" in body, body
    body = asked(convo, "凌源呢 没有就说没有", as_of="2026-11-20")
    assert "【凌源市】收录的凌源市文件没有写到一次性求职创业补贴" in body, body


def test_a_loan_extension_for_covid_patients_is_not_offered_to_one_who_never_said_so(convo):
    # before (JB08): a veteran asking in 2026 about opening a repair shop in 聊城 heard the 患新冠肺炎 extension first
    body = started(convo, "我是退伍军人 在聊城 想开个修车铺 有啥扶持", as_of="2026-11-20")
    assert "新冠" not in body, body


def test_a_graduation_month_with_the_school_between_is_read_and_a_passed_window_is_said():
    # before (JA01): "2024年7月大专毕业的" was asked again, and 离校1年内's 30% read as open to him in 2026
    from actions.profile import evaluate
    from actions.profile_facts import extract
    from answers.summary import summary

    day = date(2026, 11, 20)
    facts = extract("我23 2024年6月本科毕业的 一直没找着工作", day)
    assert facts.get("graduation_year") == 2024, facts
    profile = {"applicant_type": "person", "region": "大连市", **facts}
    text = summary(evaluate(profile, day), {"dalian-2017-46.graduate-flexible-social-insurance"}, today=day).text
    assert "现在开始已超出" in text and "灵活就业后可以按原文条件申请" not in text, text


def test_asking_whether_it_counts_as_first_records_nothing():
    # before (JA08): "不知道算不算首次…" was recorded 初次创业：否
    from actions.profile_facts import extract

    assert "first_time_business" not in extract("也不知道算不算首次 以前打过零工", date(2026, 11, 20))


def test_a_month_without_its_day_is_said_back_as_a_reading():
    # before (JB12): "合同是去年9月签的" was said back as "2020年9月30日", read as made up
    from answers.questions import understood

    said = understood({"hires_contract_date": "2020-09-30"}, "合同是去年9月签的")
    assert "2020年9月30日（您没说具体日期，按最晚一天计）" in said, said
    assert "没说具体日期" not in understood({"hires_contract_date": "2020-09-30"}, "9月30号签的")


def test_a_cooperatives_members_at_work_are_its_staff():
    # before (JA09): "现在20个社员在干活" was asked "在职职工总数是多少人" again
    from actions.profile_facts import extract

    assert extract("我们合作社算微型企业吧 现在有18个社员在干活", date(2019, 10, 10)).get("employees") == 18


# evaluation 68 (/work/eval68/)


def test_hires_within_the_period_of_an_ended_measure_are_not_refused(convo):
    # before (KA11, rated 1): hires of 2020 asked about on 2021-01-15 heard "不能" of 18号（九）'s 2500元
    body = started(
        convo,
        "我是大连一家物流公司的人事 我们2020年下半年招了3个2020届应届毕业生 签了两年合同交了社保 2500那个一次性吸纳补贴还能申请不",
        as_of="2021-02-01",
    )
    assert not body.lstrip().startswith("不能") and "招用在实施期限内" in body, body
    assert "申请日期原则上为疫情解除后3个月内" in body, body


def test_a_breakdown_after_a_total_of_hires_says_who_they_are():
    # before (KA11): "招了6个大学生：4个是2020届应届毕业生，2个是2019年毕业的" was recorded 6 of 毕业年度
    from actions.profile_facts import extract

    facts = extract("我们公司去年招了5个大学生：3个是2020届应届生，2个是前年毕业的", date(2021, 1, 20))
    assert facts.get("new_hires_graduates") == 3, facts


def test_where_to_be_recognised_and_a_spouses_disability_record_nothing_of_the_speaker():
    # before (KA04, KA08): "就业困难人员上哪认定" → 已被认定为就业困难人员：是; "我45 老伴残疾" → 残疾人：是
    from actions.profile_facts import extract

    day = date(2026, 11, 20)
    assert "is_hard_to_employ" not in extract("那60%那个我能领不 就业困难人员去哪认定", day)
    assert "is_disabled" not in extract("我们家吃低保 我47 老伴残疾干不了活", day)


def test_a_listed_group_not_yet_recognised_is_told_to_be_recognised_first():
    # before (KA08): a 低保 member heard "不符合“就业困难人员”（按您说的：否）" of 公益性岗位
    from actions.profile import evaluate
    from answers.summary import summary

    day = date(2026, 11, 20)
    profile = {
        "applicant_type": "person",
        "region": "大连市",
        "is_low_income_family": True,
        "is_hard_to_employ": False,
        "employment_status": "unemployed",
    }
    text = summary(evaluate(profile, day), {"dalian-2017-46.public-welfare-post-subsidy"}, today=day).text
    assert "经认定为就业困难人员后" in text and "不符合“就业困难人员”" not in text, text


def test_a_share_heard_of_is_no_sum_of_another_place():
    # before (KA07): "能返失业保险费的100%" heard "没有写“100元”这项…应是凌源市的规定"
    from actions.figure_elsewhere import reply

    assert reply("听说能返失业保险费的100%？", "辽宁省", date(2020, 4, 8)) is None


def test_a_two_character_measure_word_is_confident(convo):
    # before (KB11, rated 1): "稳岗" then "聊城" heard "没有找到…最接近的一条", and "多少" went back to 辽宁
    asked(convo, "稳岗", as_of="2026-11-20")
    body = asked(convo, "聊城", as_of="2026-11-20")
    assert "没有找到" not in body and "加大稳岗返还力度" in body, body
    body = asked(convo, "多少", as_of="2026-11-20")
    assert "返还其上年度实际缴纳失业保险费的50%" in body and "辽政发" not in body, body


def test_an_epidemic_measure_asked_years_later_is_not_worked_into_money():
    # before (KB06): an agency's 2026 placements read "300元/人 × 60人 = 18000元"
    from actions.profile import evaluate
    from answers.summary import summary

    day = date(2026, 11, 20)
    text = summary(evaluate({"applicant_type": "hr_agency", "region": "大连市", "placements": 60}, day), today=day).text
    assert "18000元" not in text and "不按您说的情况计算金额" in text, text


def test_which_document_after_the_nearest_clause_says_it_is_not_the_one_asked(convo):
    # before (KB04): "哪个文件" after "…没有直接对应的规定；以下是…最接近的" heard "您问的条款是…46号（十一）"
    asked(convo, "大连 防疫物资企业 新招人 补助多少", as_of="2020-03-15")
    body = asked(convo, "哪个文件", as_of="2020-03-15")
    assert "不是您问的那项" in body and "您问的条款是" not in body, body


def test_priority_for_the_persons_group_leads_without_a_graduates_refusal(convo):
    # before (KA03): "建档立卡的能优先安排不" from a 中专 leaver heard "不能…须高校毕业生" above 凌政发 二、（一）
    body = asked(convo, "我凌源的 中专毕业 家里建档立卡 公益性岗位能优先安排我不", as_of="2026-11-20")
    lead = body.split("---")[-1] if "---" in body else body
    assert "优先用于安置贫困劳动力" in body and "须“高校毕业生”" not in body, lead


def test_a_place_without_its_own_definition_says_so_before_the_provinces(convo):
    # before (KB07): "大连有没有自己的规定" after 零就业家庭 heard 辽宁's sentence again, never that 大连 has none
    asked(convo, "零就业家庭是什么意思", as_of="2026-11-20")
    body = asked(convo, "大连有没有自己的规定", as_of="2026-11-20")
    assert body.startswith("收录的大连市文件没有对“零就业家庭”另下定义"), body


def test_a_graduate_in_a_job_hears_what_the_employer_gets(convo):
    # before (KB10): "进了个小公司…公司能领啥" heard the company's 1-year 社保补贴 only after six turns
    body = started(convo, "我大连的 今年7月大学毕业 进了一家小公司上班 我有啥补贴 单位能领啥", as_of="2026-11-20")
    assert "招用高校毕业生的单位" in body and "给予1年的社会保险补贴" in body, body
    assert "就业状态：在单位就业" in body, body


def test_a_statement_ending_in_ne_is_no_case_asked():
    # before (KA12): "失业啊 领着失业金呢" heard "这一条没有写失业啊领着失业金的情况"
    from actions.follow_up_variants import case_of

    assert case_of("没工作啊 领着失业金呢") == ""
    assert case_of("合伙的呢") == "合伙"


# evaluation 69 (/work/eval69/)


def test_a_deadline_asked_after_a_clause_is_that_clauses(convo):
    # before (LB09): "截止时间" after 大连's 稳岗返还 and "困难企业呢" heard 辽宁's 出口退税 processing time
    asked(convo, "大连 稳岗返还 比例", as_of="2020-12-15")
    asked(convo, "困难企业呢", as_of="2020-12-15")
    body = asked(convo, "截止时间", as_of="2020-12-15")
    assert "大政发〔2020〕18号" in body and "出口退税" not in body and "2020年12月31日" in body, body


def test_a_start_date_read_back_from_the_text_moves_no_day():
    # before (LB02): "这条开头不是写了从2019年1月1日起吗" was answered "接下来按2019年1月1日的政策"
    from actions.context import date_in_text

    assert date_in_text("原文不是写了从2019年1月1日起吗 到哪年截止", loose=True) is None


def test_whether_one_may_register_is_answered_with_the_registration_sentence(convo):
    # before (LA05, rated 1): "能不能去登记失业 52岁了还让登记不" heard "不能" of the 低保 and 失业补助金 measures
    body = started(
        convo, "我是铁岭的 51了 饭店黄了 老板没给交过失业保险 听说有临时生活补助 我能不能去登记失业", as_of="2020-06-01"
    )
    assert "铁岭市属于辽宁省" in body and "可在户籍地或常住地办理失业登记" in body and "不能" not in body, body
    assert "发放临时生活补助" in body, body


def test_a_pension_said_of_oneself_is_no_pension_question(convo):
    # before (LA12, rated 1): "50岁就退休了 现在每月领退休金…还能享受啥" heard the pension notice, and was recorded 50
    from actions.profile_facts import extract

    text = "我锦州的 今年57 原来是纺织厂工人 50岁就退休了 每月领退休金 还想找点活干 有啥帮扶没"
    assert extract(text, date(2026, 11, 20)).get("age") == 57
    body = started(convo, text, as_of="2026-11-20")
    assert "您说已经退休、领取退休金" in body and "养老金领取条件" not in body, body


def test_another_measure_asked_beside_a_clause_is_a_new_question(convo):
    # before (LA01): "还有啥培训不 我想学个电焊证" after 失业补助金 heard "本条原文未写所需证件", then 低保渐退
    asked(convo, "大连 失业补助金一个月给多少 去哪领", as_of="2026-11-20")
    body = asked(convo, "那钱数你也说不上来呗 还有啥培训没 想考个叉车证 免费不", as_of="2026-11-20")
    assert "培训" in body.split("\n")[0] + body.split("\n")[1] and "所需证件" not in body, body


def test_the_measure_named_is_answered_not_the_sum_of_another(convo):
    # before (LA02): "困难企业那个 按6个月失业保险金乘人数那个…能算多少" heard the 50% × 30000元 = 15000元 twice
    asked(convo, "聊城临清 纸箱厂 20个工人 没裁员 去年交了4万失业保险 能返多少", as_of="2020-07-05")
    body = asked(convo, "我问困难企业那个 按6个月失业保险金乘人数的 我们20个人能返多少", as_of="2020-07-05")
    assert "6个月的上年末当地月人均失业保险金" in body and "20000元" not in body, body


def test_a_counterpart_asked_where_the_place_has_none_says_the_province_applies(convo):
    # before (LB04): "大连对应的" on 2020-04-10 (大政发〔2020〕18号 not yet issued) heard 辽宁's clause as "按大连市的政策"
    asked(convo, "辽政发〔2020〕9号 第十条", as_of="2020-04-12")
    asked(convo, "人力资源服务机构那句", as_of="2020-04-12")
    body = asked(convo, "大连对应的呢", as_of="2020-04-12")
    assert body.startswith("收录的大连市文件里没有对应的规定，以下辽宁省的规定在大连市适用"), body


def test_a_subsidy_written_with_a_comma_between_its_words_is_not_said_absent(convo):
    # before (LB06): "有没有运营补贴" heard "大连市适用的政策文件…都没有运营补贴" beside 18号（十一）'s "…运营…费用，按一定比例给予补助"
    body = asked(convo, "我们是大连的小孵化基地 有没有运营补贴 按运营费用补一部分那种", as_of="2026-11-20")
    assert "都没有运营补贴" not in body and "按一定比例给予补助" in body, body


def test_a_bare_can_he_after_a_bare_measure_is_asked_of_that_measure(convo):
    # before (LA06): "公益性岗位" answered, then "他能上吗" heard "没有找到…最接近的一条" of 失业保险金
    asked(convo, "聊城 公益岗", as_of="2026-11-20")
    body = asked(convo, "她能去吗", as_of="2026-11-20")
    assert "公益性岗位优先或重点安置的人员" in body and "没有找到" not in body, body


def test_periods_asked_after_a_comparison_are_each_places(convo):
    # before (LB05): "期限呢" after 公益性岗位 in four places heard 辽宁's sentence alone
    asked(convo, "公益性岗位 辽宁 大连 聊城 凌源 对比一下", as_of="2026-11-20")
    body = asked(convo, "有效期呢", as_of="2026-11-20")
    assert body.startswith("按2026年11月20日计，上面公益性岗位各项的期限") and "【聊城市】" in body, body


# evaluation 70 (/work/eval70/)


def test_a_father_asking_what_a_firm_gets_for_his_disabled_son_hears_the_hard_to_employ_grant(convo):
    # before (MA08, rated 1): "公司要是雇他 公司能得啥" for a disabled, registered son heard the graduates' employers
    body = started(convo, "我儿子30了 残疾 在大连登记失业了 要是有公司雇他 公司能得啥补贴", as_of="2026-11-20")
    assert body.split("---")[-1].lstrip().startswith("招用就业困难人员的单位") or "招用就业困难人员的单位" in body, body
    assert "按其为就业困难人员缴纳的基本养老保险费" in body, body


def test_one_never_insured_is_not_offered_what_runs_out_of_insurance():
    # before (MA12): a woman never insured heard 失业补助金 and 续领至退休 as hers
    from actions.profile_facts import extract

    facts = extract("我阜新的 50了 商场不干了 老板从来没给交过失业保险", date(2026, 11, 20))
    assert facts.get("unemployment_insurance_exhausted") is False, facts


def test_a_subsidy_of_the_clause_in_play_asked_how_much_stays_on_that_clause(convo):
    # before (IA10, MA06): "岗位补贴一个人给多少" after 聊城 第11条's 家政服务业岗位补贴 heard 第9条's 50% for 就业困难人员
    asked(convo, "聊城 我们是家政公司 要招新人 家政有岗位补贴吗", as_of="2026-11-20")
    body = asked(convo, "岗位补贴每人给多少", as_of="2026-11-20")
    assert "家政服务业岗位补贴" in body and "50%" not in body and "原文没有写明" in body, body


def test_how_much_after_a_bare_topic_is_the_topics_sentence_and_no_target(convo):
    # before (MB11): "多少钱" after "大连 见习" heard "…困难家庭毕业生实现当年100%就业" as the amount
    asked(convo, "大连 见习", as_of="2026-11-20")
    body = asked(convo, "给多少钱", as_of="2026-11-20")
    assert "100%就业" not in body and "见习补贴" in body and "原文没有写明" in body, body


def test_never_having_paid_any_unemployment_insurance_is_read_with_a_word_between():
    # before (MB08): "我没交过什么失业保险" was not read, and a widow was offered 失业保险金
    from actions.profile_facts import extract

    facts = extract("我没交过啥失业保险 一直打零工", date(2026, 11, 20))
    assert facts.get("receiving_unemployment_insurance") is False, facts
    assert facts.get("unemployment_insurance_exhausted") is False, facts
