"""Evaluation 57's findings (/work/eval57/ findings-A.md, findings-B.md), answered on the real engine, search and
knowledge base. The messages are written for these tests after the findings, not copied from them."""

from __future__ import annotations

from datetime import date

from tests.actions.conftest import asked


def test_the_standard_for_firms_in_difficulty_is_the_sentence_stating_it(convo):
    # before (A16, an agent): "困难企业返还标准" on 辽政发（一） heard the 中小微 100% and the 2020-12-31 extension
    body = asked(convo, "辽政发〔2020〕9号第一条", "困难企业的返还标准是多少", as_of="2020-09-01")
    assert "返还标准可按不超过6个月的当地月人均失业保险金和参保职工人数确定" in body.split("\n")[1], body


def test_has_jobless_pay_gone_up_finds_the_raised_standard(convo):
    # before (A22, 大连, 2020-07): "失业金涨了吗" heard unrelated lines first
    body = asked(convo, "大连 失业保险金提高了没有", as_of="2020-07-15")
    assert "临时性提高失业保险金发放标准" in body.split("\n其他")[0], body


def test_no_failed_condition_from_another_branchs_selector():
    # before (A02, 聊城, 14 staff, none laid off): "条件不满足：现有职工超过100人（按您说的：14）" of the firms' loan
    from actions.failed_leaf import FAILED
    from knowledge.eligibility.engine import evaluate

    profile = {"applicant_type": "enterprise", "region": "聊城市", "enterprise_size": "small", "employees": 14}
    result = evaluate({**profile, "layoffs": "none", "new_hires_loan_eligible": 0}, date(2020, 4, 28))
    b = next(b for b in result["benefits"] if b["benefit_id"] == "liaocheng-2020.guarantee-loan-small-enterprise")
    assert not any(FAILED.match(r) for r in b["reasons"]), b["reasons"]


def test_a_term_after_anothers_zhi_is_not_defined_by_that_sentence(convo):
    # "城镇登记失业人员是啥意思": "就业困难人员指…的城镇登记失业人员" defines 就业困难人员, not it (found by the live suite
    # after the term was read whole)
    body = asked(convo, "登记失业人员是啥意思", as_of="2026-11-20")
    assert "这是政策原文对该词的说明" not in body, body
