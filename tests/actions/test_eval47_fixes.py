"""Evaluation 47's findings (/work/eval47/ findings-A.md, findings-B.md), answered on the real engine, search and
knowledge base. The messages are written for these tests after the findings, not copied from them."""

from __future__ import annotations

from datetime import date

from actions import profile_facts
from tests.actions.conftest import asked, started


def test_a_wife_telling_of_her_husband_is_a_person_not_a_firm():
    # before (R21): "我是凌源的我家老头子…厂子不干了" was 您是以企业身份咨询 ("我家" read as the classifier 家)
    facts = profile_facts.extract("我是大连的我家老伴56了厂子黄了把他裁了有啥补助", date(2026, 12, 1))
    assert facts.get("applicant_type") == "person", facts


def test_a_job_found_after_registering_unemployed_is_work_now():
    # before (R24): "之前一直登记失业 现在找了个公司上班" was recorded 就业状态：失业 and heard 公益性岗位
    facts = profile_facts.extract("我之前登记过失业 现在进了一家公司上班了 公司招我有补贴吗", date(2021, 5, 1))
    assert facts.get("employment_status") == "employed", facts
    asking = profile_facts.extract("登记失业大半年了 现在找到工作了吗", date(2021, 5, 1))
    assert asking.get("employment_status") == "unemployed", asking


def test_a_text_not_yet_issued_never_leads_the_first_reply(convo):
    # before (R08, 2019-12-10): "与您的问题直接相关的原文：辽政发〔2020〕9号…按2019年12月10日计尚未实施" led
    body = started(convo, "凌源开小饭店的 十几个员工 稳岗返还今年怎么返", as_of="2019-11-20")
    assert "辽政发〔2020〕9号" not in body.split("\n")[0], body
    assert "凌政发〔2019〕14号" in body, body


def test_the_continued_benefit_sentence_answers_a_question_of_extending_it(convo):
    # before (R14): "失业保险金延长领取的条件" after 辽政发（十八） quoted only the 失业补助金 sentence
    body = asked(convo, "辽政发〔2020〕9号第十八条", "失业保险金延长领取要什么条件", as_of="2020-08-01")
    assert "可继续领取失业保险金直至法定退休年龄" in body, body


def test_a_hire_asking_for_a_share_of_the_firms_subsidy_hears_whose_it_is(convo):
    # before (R24): "公司说招我能拿社保补贴 这个钱我能分到吗" was answered with 公益性岗位 and a form
    body = started(
        convo, "我是大连的 去年毕业 现在入职一家公司 老板说招我能领补贴 这钱能分给我一部分吗", as_of="2021-05-01"
    )
    assert body.startswith("招人的补贴是给招用的单位的，不发给个人"), body


def test_a_standard_set_only_by_a_later_text_is_named_as_not_yet_issued(convo):
    # before (R22, 聊城, 2020-03-01): "所收录文件未规定失业保险金发放标准", then the 90% sentence as in force
    body = asked(convo, "我是聊城的 正领着失业金 听说失业保险金标准提高了 现在一个月多少", as_of="2020-02-25")
    assert "2020年3月11日印发" in body and "还没有出台" in body, body
    assert "按2020年2月25日已印发的所收录文件未规定失业保险金" in body, body


def test_a_firm_saying_how_many_of_its_hires_are_graduates_is_counted():
    # before (R20): "12个里有2个是今年毕业的大学生" was answered with "贵企业新招用了多少名毕业年度高校毕业生？"
    from actions import profile_applicant

    text = "招的15个人里有3个是应届大学生"
    kept = profile_applicant.keep_applicant(profile_facts.extract(text, date(2020, 3, 20)), "enterprise", text)
    assert kept.get("new_hires_graduates") == 3, kept


def test_the_age_recorded_is_the_family_members_the_question_is_for():
    # before (R10): "今年60了 俺儿子30岁 残疾…想问问他能享受啥" was recorded 年龄：60 and heard retirement clauses
    facts = profile_facts.extract("我都62了 我闺女28岁 腿有残疾 没上过班 她能有啥补贴", date(2026, 12, 1))
    assert facts.get("age") == 28, facts


def test_a_bound_asked_about_is_not_the_persons_years_to_retirement():
    # before (R01): "到底算不算距退休5年以内" was recorded 距法定退休年龄的年数：5 and said back as hers
    facts = profile_facts.extract("我53岁女的 这样是不是离退休5年以内", date(2026, 12, 1))
    assert "years_to_retirement" not in facts, facts
    assert profile_facts.extract("我离退休还差2年", date(2026, 12, 1)).get("years_to_retirement") == 2, facts


def test_a_measure_named_by_its_own_word_and_ruled_out_leads_with_why(convo):
    # before (R18, 40 staff): "残保金要不要交" listed the ≤30-staff exemption as if it applied
    body = started(convo, "聊城一家贸易公司 员工45人 社保都交 残保金还要不要交", as_of="2020-07-01")
    assert "不能：“在职职工30人（含）以下企业暂免征收残保金”须“在职职工总数30人（含）以下”" in body, body
    assert "对残保金实行分档减缴" in body, body


def test_a_documents_list_names_the_granting_sentences_that_have_no_rule(convo):
    # before (R17): "共5项" for 辽政发〔2020〕9号's measures for people; 临时生活补助, 失业补助金, 劳动预备制 unsaid
    body = asked(convo, "把辽政发〔2020〕9号中面向个人的政策列出来", as_of="2026-12-01")
    assert "原文还写有下列措施" in body, body
    # 失业补助金 became a rule of its own (eval66 IA12): listed among the measures, no longer as a sentence without one
    assert "发放临时生活补助" in body and "（十八）领取失业保险金期满仍未就业的参保失业人员失业补助金" in body, body
    ended = asked(convo, "其中哪些已经过期了", as_of="2026-12-01")
    assert "劳动预备制" in ended and "临时生活补助" not in ended, ended


def test_a_measure_for_what_was_said_leads_a_groups_measure_of_the_same_name(convo):
    # before (R07): "毕业生灵活就业社保补贴" led with 18号's measures for disabled graduates; 46号's 30% came fourth
    body = started(
        convo, "我在大连 今年6月大学毕业 在网上接活自己交社保 毕业生灵活就业社保补贴能申请吗", as_of="2026-12-01"
    )
    first = body.split("1. ", 1)[1].split("\n", 1)[0]
    assert "离校1年内未就业高校毕业生灵活就业社会保险补贴" in first, body


def test_the_priority_sentence_leads_even_when_no_measure_is_listed(convo):
    # before (R12): a 凌源 youth of a 建档立卡 family, not a graduate, never heard 二、（一）'s "优先用于安置贫困劳动力"
    body = started(convo, "凌源的 19岁 建档立卡贫困户 初中毕业在家 公益岗能优先给我们安排不", as_of="2026-12-01")
    assert "应将新增和腾退的公益性岗位优先用于安置贫困劳动力" in body, body
