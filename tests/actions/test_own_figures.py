"""A total from the person's own figures, by the formula of the measure in play (12345 evaluation 6, A4):
real rules and records, no mocks. The live conversations are in tests/live/test_sums_vi.py."""

from __future__ import annotations

from datetime import date

from actions import new_topic
from actions.clause_in_play import own_words
from actions.own_figures import own_total, said_months

RETURN_50 = "liaocheng-2020:2.5"  # 聊城 第5条 稳岗返还 50%
LOAN = "liaocheng-2020:5.16"  # 聊城 第16条 创业担保贷款
POST_600 = "liaocheng-2020:3.9"  # 聊城 第9条 临时公益性岗位 600元/月
PREMISES = "dalian-2020-18:2.12"  # 大政发〔2020〕18号（十二） 残疾人场地补贴 6000元/年


def test_a_sum_paid_is_put_into_the_refund_formula():
    line = own_total("俺们去年交了2万块失业保险费，能返多少", RETURN_50, date(2020, 6, 1))
    assert "50% × 20000元 = 10000元" in line and "以经办部门认定为准" in line


def test_a_partnership_said_in_everyday_words_takes_the_partnership_ceiling():
    line = own_total("俺和俩朋友合伙干，一共能贷多少", LOAN, date(2020, 5, 1))
    assert "最高60万元" in line and "20万元" not in line.split("（原文")[0]


def test_months_rented_are_counted_by_month_where_the_text_says_so_and_cut_at_its_longest():
    line = own_total("我房子租了18个月，一共能拿多少", PREMISES, date(2020, 9, 1))
    assert "6000元/年 ÷ 12 × 18个月 = 9000元" in line
    longer = own_total("我房子租了30个月，一共能拿多少", PREMISES, date(2020, 9, 1))
    assert "按24个月计" in longer and "= 12000元" in longer


def test_a_span_of_months_is_cut_at_the_measures_own_end_and_a_part_month_is_not_promised():
    asof = date(2020, 3, 20)
    assert "600元/月 × 4个月 = 2400元" in own_total("我3月1号开始干的，干到6月底一共能拿多少", POST_600, asof)
    assert "600元/月 × 4个月 = 2400元" in own_total("那个岗位补贴3月到6月一共能领多少钱", POST_600, asof)
    late = own_total("3月15号到8月一共能领多少钱", POST_600, asof)
    assert "按3个月计" in late and "= 1800元" in late
    assert said_months("3月1号开始干的，干到6月底", asof) == (4, "2020年3月至6月", 3)


def test_nothing_is_computed_without_a_figure_or_a_question_of_how_much():
    assert own_total("能返多少", RETURN_50, date(2020, 6, 1)) == ""
    assert own_total("一个月给多少钱", POST_600, date(2020, 3, 20)) == ""  # the rate, asked
    assert own_total("一年给多少", PREMISES, date(2020, 9, 1)) == ""
    assert own_total("去年交了2万块失业保险费", RETURN_50, date(2020, 6, 1)) == ""
    assert own_total("交了2万块，又交了3000元，能返多少", RETURN_50, date(2020, 6, 1)) == ""  # which is which


def test_the_not_singled_out_sentence_is_said_of_groups_only():
    said = new_topic.unsaid_line("中小微企业返多少", own_words("中小微企业返多少"), {"clause_id": RETURN_50})
    assert "本条没有对中小微企业另定标准" in said
    for text, clause in (
        ("俺们去年交了2万块失业保险费，能返多少", RETURN_50),
        ("俺和俩朋友合伙干，一共能贷多少", LOAN),
    ):
        assert new_topic.unsaid_line(text, own_words(text), {"clause_id": clause}) == "", text
