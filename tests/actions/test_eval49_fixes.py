"""Evaluation 49's findings (/work/eval49/ findings-A.md, findings-B.md), answered on the real engine, search and
knowledge base. The messages are written for these tests after the findings, not copied from them."""

from __future__ import annotations

from datetime import date

from actions import profile_facts
from tests.actions.conftest import asked, started


def test_a_post_asked_for_is_not_refused_by_its_ended_extension_nor_by_a_group_said(convo):
    # before (P05, 锦州, 2021): "公益性岗位我能不能申请" heard 不能 of the 2020 extension; then 不能 of 低保救助
    body = started(convo, "锦州的 47岁 低保家庭 登记失业一年多 公益性岗位能不能给我安排", as_of="2021-02-01")
    assert "不能" not in body.split("按2021年2月1日")[0], body
    assert "优先安排符合岗位条件的零就业家庭成员和距离法定退休年龄不足5年人员" in body, body


def test_a_complaint_about_the_replies_states_no_group():
    # before (P05, P21): "问我湖北籍大学生干啥", "咋净说大学生的事" were recorded 高校毕业生：是
    assert profile_facts.extract("我都50了问我大学生干啥", date(2021, 1, 1)).get("is_college_graduate") is not True
    assert "is_college_graduate" not in profile_facts.extract("你怎么老说大学生的事", date(2021, 1, 1))
    assert profile_facts.extract("我是大学生 有啥补贴", date(2021, 1, 1)).get("is_college_graduate") is True


def test_a_hire_said_in_the_passive_is_work_now():
    # before (P24): "这个月刚被一家小公司录用" and "我已经上班了不是失业" left 就业状态：失业
    said = profile_facts.extract("去年毕业 登记失业8个月 上周被一家公司录用了", date(2021, 4, 1))
    assert said.get("employment_status") == "employed", said
    assert profile_facts.extract("不对 我已经上班了", date(2021, 4, 1)).get("employment_status") == "employed"


def test_the_sentence_naming_the_training_subsidy_answers_how_much_it_repays(convo):
    # before (P03, 凌源): "培训补贴…自己掏钱学完能报销多少" heard only the 生活费补贴 sentence, ended in 2020
    started(convo, "凌源的 我儿子23 中专毕业 没工作 有啥政策", as_of="2026-12-01")
    body = asked(convo, "培训补贴呢 自己先掏钱学完了能报多少", as_of="2026-12-01")
    assert "对自行垫付培训费用且培训合格的符合条件人员给予职业培训补贴" in body, body


def test_a_fraction_named_points_at_the_sentence_of_a_recent_clause_writing_it(convo):
    # before (P13): "1/3怎么算" after 18号（十三） and a reply on 见习补贴标准 heard 辽政发（十）'s 1000元
    body = asked(convo, "大政发〔2020〕18号第十三条", "见习补贴的标准呢", "那个1/3是怎么算的", as_of="2026-12-01")
    assert "对距见习协议确定的见习期满不足1/3时与高校毕业生签订劳动合同的" in body, body


def test_who_is_treated_alike_and_the_bare_conditions_stay_on_the_clause(convo):
    # before (P16): "参照就业困难人员的有哪些人" after 辽政发（十六） heard 大连's lists; "需要什么条件" heard 营商环境
    body = asked(convo, "辽政发〔2020〕9号第十六条", "参照就业困难人员享受政策的是哪些人", as_of="2020-10-01")
    assert "参照就业困难人员享受相关政策" in body and "（十六）" in body, body
    body = asked(convo, "需要什么条件", as_of="2020-10-01")
    assert "累计2次以上仍未能实现就业的连续失业1年以上的退役军人" in body, body


def test_a_place_asked_after_a_comparison_hears_the_topic_there(convo):
    # before (P19): "凌源有没有" after 一次性吸纳就业补贴 compared heard 凌源's 人才安家补助, twice
    asked(convo, "一次性吸纳就业补贴 辽宁 大连 聊城 凌源 分别怎么规定", as_of="2026-12-01")
    body = asked(convo, "凌源呢 有没有", as_of="2026-12-01")
    assert body.startswith("收录的凌源市文件里没有一次性吸纳就业补贴的专门规定"), body
    assert "辽政发〔2020〕9号（十）" in body and "安家" not in body, body


def test_a_benefit_the_place_of_the_clause_in_play_lacks_is_said_to_be_absent(convo):
    # before (P14): "失业补助金有没有" after 聊城第21条 heard its 临时生活补助 sentence three times
    body = asked(convo, "聊城通知第21条", "那失业补助金有没有", as_of="2020-06-01")
    assert body.startswith("聊城市适用的政策文件") and "都没有失业补助金" in body, body


def test_a_sentence_bound_to_the_epidemic_keeps_its_own_period(convo):
    # before (eval50 Q16): 辽政发（十）'s 防疫物资 1000元 was said "实施期限至2020年12月31日", the next sentence's
    body = asked(convo, "辽政发〔2020〕9号第十条", "防疫物资企业那项到什么时候为止", as_of="2020-09-01")
    assert "期限与疫情防控期间挂钩" in body and "实施期限至2020年12月31日" not in body, body


def test_a_unit_hiring_poor_villagers_hears_the_sentence_granting_it(convo):
    # before (eval50 Q20, 凌源, 2020-03-05): "有没有雇贫困户的补贴" was recorded 0 poor hires; 二、（一） never said
    from actions import profile_facts

    assert "new_hires_poverty" not in profile_facts.extract("有没有雇贫困户的补贴", date(2020, 3, 5))
    body = started(convo, "我们是凌源的养殖合作社 雇了村里好几个贫困户 能有啥补贴", as_of="2020-03-05")
    assert "招用贫困户的单位，原文写有" in body and "对企业吸纳贫困劳动力就业的" in body, body


def test_a_benefit_ending_soon_asked_to_retirement_hears_the_extension_first(convo):
    # before (eval50 Q01, 59, two months left): a founder's one-time payout first; then "不能" twice
    body = started(convo, "大连金州的 58岁 正领着失业金 还有两个月就领完了 能不能接着领到退休", as_of="2026-12-01")
    head = body.split("按2026年12月1日的政策")[0]
    assert "领完失业保险金后能否接着领" in head and "可继续领取失业保险金直至法定退休年龄" in head, head
    assert "发放失业补助金" in head, head


def test_a_card_for_one_sentence_carries_that_sentences_validity():
    # before (eval50 Q05, Q07): the card under 辽政发（十三）'s "平台就业人员…可申请创业担保贷款及贴息" read "expired
    # 2020-01-01至2020-12-31", the date of the clause's "延长1年" sentence
    from answers import clause_json
    from answers.sentences import record_of

    rec = record_of("liaoning-2020-9:3.13")
    hit = clause_json.as_hit(rec, date(2021, 6, 1), ["平台就业人员购置生产经营必需工具的，可申请创业担保贷款及贴息。"])
    assert hit["validity"]["status"] == "unknown" and hit["validity"].get("end") is None, hit["validity"]
    dated = clause_json.as_hit(rec, date(2021, 6, 1), [s.text for s in rec.sentences if "延长1年" in s.text])
    assert dated["validity"]["status"] == "expired", dated["validity"]


def test_a_hire_asking_what_the_firm_gets_hears_the_tax_deduction_in_force(convo):
    # before (P24, eval51 V24, 大连, 2021): the 7800元 deduction came only once the hire named the tax
    body = started(convo, "大连的 去年毕业 登记失业9个月 上周公司录用了我 公司招我能得到啥补贴", as_of="2021-03-01")
    assert body.startswith("招人的补贴是给招用的单位的，不发给个人"), body
    assert "定额依次扣减" in body and "2021年12月31日前招用的可享受" in body, body


def test_a_term_defined_in_brackets_is_defined(convo):
    # before (eval51 V15, P23): "贫困劳动力指什么" heard "收录的…文件都没有给“贫困劳动力”下定义"
    body = asked(convo, "贫困劳动力 指什么", as_of="2026-12-01")
    assert "即16周岁以上、有劳动能力的建档立卡贫困人口" in body and "没有给" not in body, body


def test_one_drawing_jobless_pay_hears_the_choice_between_it_and_the_training_allowance(convo):
    # before (eval51 V08, 凌源, 2019): "领着失业金 参加培训还能拿生活费补贴吗" heard 能
    started(convo, "凌源的 56岁 矿上关了下岗了 正领着失业金 想去培训", as_of="2019-06-10")
    body = asked(convo, "我正领着失业金 去培训还能拿生活费补贴不", as_of="2019-06-10")
    assert "培训期间可在失业保险金和生活费补贴中任选一项领取" in body, body


def test_counted_things_are_no_sum_of_money():
    # before (eval51 V02): "还想买两台封边机" was worked as 失业保险费2元, "50% × 2元 = 1元"
    from actions import money_said

    assert money_said.money_in("还想买两台封边机 能贷款不") is None
    assert money_said.money_in("失业保险去年交了四千多") == 4000


def test_workers_let_go_and_a_graduate_going_to_a_small_firm_are_people():
    # before (eval51 V01, V06): "厂子把我们辞了", "要是去小公司上班" were read as 以企业身份咨询
    said = profile_facts.extract("我在旅顺海鲜厂干了八年 十月份厂子把我们辞了 能领失业金吗", date(2026, 12, 1))
    assert said.get("applicant_type") == "person", said
    said = profile_facts.extract("大专毕业一年多没找着工作 要是去小公司上班有社保补贴吗", date(2020, 6, 20))
    assert said.get("applicant_type") == "person", said


def test_a_ride_hailing_driver_asking_for_a_loan_hears_the_platform_workers_sentence(convo):
    # before (P07, 大连, 2026): "贷款换辆车跑网约车 能办创业担保贷款不" heard the graduates' 全额贴息 three times
    started(convo, "大连跑网约车的 35岁 自己按灵活就业交社保 大专毕业十多年了 有啥补贴", as_of="2026-12-01")
    body = asked(convo, "我想贷点款换个车接着跑网约车 创业担保贷款能办不", as_of="2026-12-01")
    assert "平台就业人员购置生产经营必需工具的" in body and "全额贴息" not in body, body


def test_a_firm_saying_it_hired_no_graduates_is_not_asked_how_many():
    # before (eval51 V20): "没有大学生！招五十多岁下岗的人" was asked "贵单位新招用了多少名…高校毕业生" twice
    from actions import profile_applicant

    text = "我们招的没有大学生 都是四十多岁下岗的"
    kept = profile_applicant.keep_applicant(profile_facts.extract(text, date(2020, 2, 20)), "enterprise", text)
    assert kept.get("new_hires_graduates") == 0, kept


def test_a_mother_telling_of_her_divorced_son_is_read_for_him():
    # before (eval51 V21): "我儿子四十了工作没了…他离婚了孩子跟他过" recorded nothing of him (single parent, 40, jobless)
    said = profile_facts.extract("我儿子三十八了工作没了 他离婚了孩子跟他过 能有啥补助不", date(2026, 12, 1))
    assert said.get("age") == 38 and said.get("is_single_parent") is True, said
    assert said.get("employment_status") == "unemployed", said
    assert profile_facts.extract("我56了 我媳妇在家", date(2026, 12, 1)).get("age") == 56


def test_one_asking_what_a_housekeeping_firm_gets_for_hiring_them_hears_its_post_subsidy(convo):
    # before (eval50 Q06, 聊城, 2020-05): "家政公司要是招了俺 给公司有补贴不" heard 公益性岗位 and the form
    body = started(convo, "聊城的 想去家政公司上班 家政公司要是招了我 能拿啥补贴", as_of="2020-05-25")
    assert "给予家政服务业岗位补贴" in body and "2020年3月10日前复工" not in body, body


def test_a_firm_of_35_that_laid_off_3_is_not_recorded_as_keeping_everyone():
    # before (eval52 Y18, 聊城): "厂里35个人 今年裁了3个" was not read, and "裁员率是多少算不裁员少裁员 我们这算吗" was
    # recorded 不裁员 — then "能…符合" of 稳岗返还 against 第5条's 5.5%
    said = profile_facts.extract("我是聊城一个食品厂的 厂里36个人 今年裁了3个 还能申请稳岗返还不", date(2020, 7, 5))
    assert said.get("employees") == 36 and said.get("layoffs") == "many", said
    assert "layoffs" not in profile_facts.extract("裁员率多少算少裁员 我们这算吗", date(2020, 7, 5))
