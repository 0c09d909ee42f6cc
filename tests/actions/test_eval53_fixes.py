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
