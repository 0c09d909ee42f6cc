"""What a follow-up and a "how much" question are answered with (12345 supervisor's re-evaluation,
/work/eval2/findings.md §1, §3, §6), on the real knowledge base and search: the measure in play keeps
its own period and its own figure; a clause that gives no figure says so and borrows none."""

from __future__ import annotations

import re
from datetime import date

from answers import document_facts
from answers.clause_answer import search_answer
from answers.clause_detail import detail
from retrieval.search import search

# the lead ends where the other rules begin, however they are headed (own place or another)
OTHERS = "其他(?:地区或人群的)?相关规定"

DAY = date(2026, 12, 2)


def _hit(clause_id: str, quote: str, as_of: date = DAY) -> dict:
    found = search(quote, top_k=50, as_of=as_of, doc_ids=(clause_id.split(":")[0],)).model_dump()["results"]
    return next(h for h in found if h["clause_id"] == clause_id)


LIAOCHENG_REFERRAL = ("liaocheng-2020:1.2", "介绍技能型人才、职业院校（技工院校）和高校毕业生到我市企业稳定就业的")


def test_is_it_still_valid_keeps_the_referral_subsidys_own_three_months():
    reply = detail(_hit(*LIAOCHENG_REFERRAL), "in_force", DAY, "现在还有效吗")
    assert "“职业介绍补贴自2020年2月4日起实施，有效期暂定3个月。”" in reply.text
    assert "实施期限至2020年5月3日，已到期" in reply.text and "原文未载明实施期限" not in reply.text


def test_how_much_inside_the_period_says_the_amount_and_that_it_is_still_running():
    day = date(2020, 3, 20)
    reply = detail(_hit(*LIAOCHENG_REFERRAL, as_of=day), "amount", day, "多少钱")
    assert "按每人120元标准给予职业介绍补贴" in reply.text
    assert "实施期限至2020年5月3日，按2020年3月20日计仍在实施期内" in reply.text


def test_a_measure_with_no_figure_says_so_and_quotes_no_other_measures_money():
    reply = detail(_hit("liaocheng-2020:3.11", "鼓励发展员工制家政企业"), "amount", DAY, "原文写没写具体多少钱")
    assert "原文没有写明家政服务业岗位补贴的具体金额或标准" in reply.text
    assert "元" not in reply.text


def test_the_service_subsidy_tiers_follow_the_subsidy_they_belong_to():
    hit = _hit("dalian-2020-18:2.9", "对疫情防控期间向我市企业提供职业介绍、所推荐的劳动者与企业签订1年以上劳动合同")
    reply = detail(hit, "amount", date(2020, 7, 1), "每个档次多少钱 原文怎么写的")
    assert "一次性就业创业服务补助" in reply.text
    assert "按200元/人标准给予补助" in reply.text and "按400元/人标准给予补助" in reply.text
    assert "7800" not in reply.text and "2000元" not in reply.text


def test_loan_limits_of_a_clause_read_whole_are_all_said_and_the_target_is_not():
    hit = _hit("lingyuan-2019-14:4.7", "符合创业担保贷款申请条件的人员自主创业的")
    reply = detail(hit, "amount", DAY, "贷款额度多少", whole=True)
    for limit in ("最高不超过10万元", "不超过20万元", "最高不超过300万元"):
        assert limit in reply.text
    assert "800万元" not in reply.text


def test_interest_not_in_the_clause_is_said_plainly():
    reply = detail(_hit("lingyuan-2019-14:4.7", "符合创业担保贷款申请条件的人员自主创业的"), "procedure", DAY, "贴息呢")
    assert "本条原文未写贴息" in reply.text and "凌政发〔2019〕14号" in reply.text
    assert "大政发" not in reply.text


def test_a_first_answer_on_how_much_an_apprentice_brings_gives_the_4000_yuan():
    q = "凌源的 俺们厂子想带徒弟 学徒制 国家给钱不 一个徒弟给多少 嘎哈用的"
    reply = search_answer(search(q, region="凌源市", top_k=5, as_of=DAY).model_dump())
    assert "不低于 4000 元" in reply.text


def test_a_target_is_never_the_figure_of_a_loan_answer():
    q = "凌源 创业担保贷款 去哪申请 要啥材料"
    reply = search_answer(search(q, region="凌源市", top_k=5, as_of=DAY).model_dump())
    assert "800万元" not in re.split(OTHERS, reply.text)[0]


def test_the_document_number_missing_is_said_missing_with_the_issue_date():
    reply = document_facts.document_reply(_hit("liaocheng-2020:3.9", "完善公益性岗位托底安置制度"))
    assert "文号：原文未载文号" in reply.text and "印发日期：2020年3月11日" in reply.text
    assert "发文单位：聊城市人民政府" in reply.text


def test_the_lead_unit_is_named_only_where_the_text_marks_it():
    lead = document_facts.departments_reply(_hit("dalian-2017-46:4.15", "制定就业困难人员就业援助实施办法"))
    assert "（牵头）" in lead.text and "市人力资源社会保障局" in lead.text
    plain = document_facts.departments_reply(_hit("liaoning-2020-9:3.13", "大力发展小店经济"))
    assert "原文未标明牵头单位" in plain.text and "省人力资源社会保障厅" in plain.text
