"""eval7 §1, §7 (the pure parts; the conversations are in tests/live/test_eval7_amounts.py): "不是X，是Y" sets X
aside, a bare 万 is a sum, the hires an employer describes are read, and a share-of-period condition is worked."""

from __future__ import annotations

from datetime import date

from actions.money_said import money_in
from actions.own_figures import said_money
from actions.profile_facts import extract
from actions.share_left import conclusion
from actions.sum_measure import ASKS, denies, set_aside
from knowledge.eligibility.loader import default_rule_set

INTERN = "对距见习协议确定的见习期满不足1/3时与高校毕业生签订劳动合同的，给予见习单位全部期限见习补贴。"


def _name(rule_id: str) -> str:
    return next(r.name for r in default_rule_set().rules if r.id == rule_id)


def test_not_x_but_y_sets_x_aside_and_keeps_y():
    kept, denied = set_aside("不是稳岗返还，是培训！培训花了5万，按80%最多补多少")
    assert denied == ["稳岗返还"] and "培训花了5万" in kept and "稳岗" not in kept
    assert denies(_name("lingyuan-2019-14.stable-jobs-refund-50"), denied, kept)
    assert not denies(_name("lingyuan-2019-14.on-job-training-80"), denied, kept)
    assert set_aside("你前面不是算了5000吗？")[1] == []  # "不是算了5000吗" sets nothing aside


def test_a_bare_wan_is_read_here_and_a_form_answer_is_left_to_the_form():
    assert money_in(set_aside("不是稳岗返还，是培训！培训花了5万，按80%最多补多少")[0]) == 50000
    assert not ASKS.search("是，去年交了失业保险一共4万2")  # answers the form's question: read there as 42000
    assert said_money("是，去年交了失业保险一共4万2") is None and said_money("交了2万块") == 20000


def test_an_employer_saying_no_poverty_hires_and_certified_hires():
    facts = extract("没有贫困户，他们4个都有就业创业证，注明了企业吸纳税收政策", date(2020, 8, 1))
    assert facts["new_hires_poverty"] == 0 and facts["hires_hold_tax_certificate"] is True
    assert "hires_hold_tax_certificate" not in extract("他们没有就业创业证", date(2020, 8, 1))


def test_a_share_of_the_period_left_is_worked_only_with_both_figures():
    said = ["那我这情况算不算不足1/3？", "见习协议签的12个月，干到第9个月单位就跟我签了劳动合同"]
    line = conclusion(INTERN, said)
    assert "还剩3个月，3/12不足协议期限的1/3，符合原文“不足1/3”的条件" in line and "以经办部门认定为准" in line
    assert "不符合" in conclusion(INTERN, ["见习协议签的12个月，第8个月签了合同"])  # 4/12 is not under 1/3
    assert conclusion(INTERN, ["干到第9个月签了合同"]) == ""  # the agreed months not said: nothing concluded
