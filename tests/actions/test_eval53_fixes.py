"""Evaluation 53's findings (/work/eval53/ findings-A.md, findings-B.md), answered on the real engine, search and
knowledge base. The messages are written for these tests after the findings, not copied from them."""

from __future__ import annotations

from datetime import date

from actions import profile_facts
from actions.clause_in_play import own_words
from tests.actions.conftest import asked, started


def test_a_group_named_in_words_spread_over_a_sentence_gets_that_sentence(convo):
    # before (L14, an agent): "困难企业返还标准" on 聊城 第5条 heard "本条没有对困难企业另定标准" and the 50%
    body = asked(convo, "聊城 第5条", "经营困难企业的返还标准是啥", as_of="2020-05-20")
    assert "返还标准可按6个月的上年末当地月人均失业保险金和参保职工人数确定" in body, body
    assert "另定标准" not in body, body


def test_the_refund_word_keeps_its_second_character():
    assert own_words("困难企业返还标准").startswith("困难企业返还")


def test_someone_never_insured_hears_the_temporary_living_allowance(convo):
    # before (L22, 凌源, 2020): "没交过失业保险…能给点啥" heard the 失业补助金 of insured people
    body = asked(convo, "凌源的 我家那口子厂里一直没给上保险 现在失业了 有没有啥补助", as_of="2020-06-01")
    assert "无法享受失业保险待遇的下岗失业人员" in body.split("\n其他")[0], body


def test_not_registered_yet_counts_no_registered_months():
    # before (L12): "还没去登记失业" after "失业一年多" stayed 连续登记失业月数：12
    said = profile_facts.extract("我没去登记失业呢 退伍一年多了", date(2026, 11, 20))
    assert said.get("unemployment_registered") is False and said.get("unemployment_months") == 0, said


def test_a_measure_asked_that_no_rule_lists_leads_the_first_reply(convo):
    # before (L12, a veteran in 凌源): "退役军人有专门的培训吗" heard 失业保险金 and ended extensions, four times
    body = started(convo, "凌源的 退伍回来两年了 没工作 退役军人培训有没有 学手艺要花钱吗", as_of="2026-11-20")
    assert body.split("\n")[1].startswith("关于您问的培训"), body
    assert "退役军人" in body.split("\n")[2] and "培训" in body.split("\n")[2], body


def test_still_valid_after_a_document_list_answers_over_the_list(convo):
    # before (L17, a supervisor): "现在还有效的" after 46号's list heard one clause's validity, three times
    body = asked(convo, "大政发〔2017〕46号 个人能领的补贴 列出来", "现在还有效的", as_of="2026-11-20")
    assert body.startswith("下列各项原文都没有写明截止日期，没有一项能从原文确认现在仍然有效"), body


def test_raised_by_how_much_points_at_the_raised_standard_here_and_in_the_city(convo):
    # before (L16): "失业保险金上浮多少" led with the 价格临时补贴 sentence, and so did 大连's counterpart
    body = asked(convo, "辽政发〔2020〕9号第十八条", "失业金上调了多少", as_of="2020-11-01")
    assert "临时性提高失业保险金发放标准" in body.split("\n")[1], body
    body = asked(convo, "大连有没有对应的", as_of="2020-11-01")
    assert "大政发〔2020〕18号）第（十七）条" in body and "临时性提高失业保险金发放标准" in body.split("\n")[2], body


def test_interest_asked_after_a_loan_clause_stays_on_it(convo):
    # before (L06, 聊城): "利息咋算 国家给贴多少" after 第16条 heard 第3条's 定制化运输服务
    body = asked(convo, "聊城 返乡想开个小店 创业贷款最多贷多少", "还没开业 那利息怎么算 给贴多少", as_of="2021-03-01")
    assert "第16条" in body.split("\n")[0], body


def test_not_understanding_and_who_goes_is_a_where_question(convo):
    # before (L21): "还是弄不明白 俺让他上哪去问 找谁" heard "没有找到…直接对应的条款"
    body = asked(convo, "聊城 失业金能网上申请不", "弄不明白 叫他上哪去问 找谁", as_of="2026-11-20")
    assert "没有找到与您的问题直接对应" not in body and "第21条" in body.split("\n")[0], body


def test_plain_answers_to_the_size_and_a_day_to_come():
    # before (L02, L09): "小的 就十来个人" and "打算下个月开始" heard "请…选择" / "请按格式回答"
    from actions.fact_answers import read_answer

    assert read_answer("enterprise_size", {}, "小的 也就十几个人", date(2020, 4, 1)) == ("small", False)
    assert read_answer("flexible_employment_start_date", {}, "还没开始呢 准备下个月", date(2020, 8, 1)) == (None, True)


def test_help_finding_work_asked_in_plain_words_leads_with_the_referral_sentence(convo):
    # before (L01, 大连, 53): "有没有帮我们这岁数的找工作的" heard 失业金 extensions and 低保渐退
    body = started(convo, "大连的 五十三了 商场关门没活了 岁数大了不好找 有没有帮着介绍工作的", as_of="2026-11-20")
    lead = body.split("按2026年")[0]
    assert "关于您问的找工作的帮助" in lead and "职业指导" in lead, body


def test_an_aspect_asked_after_a_comparison_is_compared_in_every_place(convo):
    # before (L19, an agent): "贴息怎么规定" after loan ceilings in four places heard 聊城 alone
    body = asked(convo, "创业担保贷款额度 辽宁 大连 聊城 凌源 各是多少", "贴息呢 怎么规定", as_of="2026-11-20")
    assert body.startswith("各地文件里写到“贴息”的原文："), body
    assert "【凌源市】收录的凌源市文件没有写到贴息。" in body and "【辽宁省】" in body and "全额贴息" in body, body
