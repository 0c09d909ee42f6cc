"""Totals worked out when the person has given every figure (the 12345 supervisor's fourth evaluation,
finding 3: the standard was quoted and the sum never made). End to end through POST /api/v1/chat with the real
Rasa and action server; each test is one person and asserts the number they read. None of these messages is an
NLU training example (tests/bot/test_held_apart.py).

    POLICY_START_TIMEOUT_S=900 .venv/bin/python -m pytest tests/live/test_totals_ii.py -q -p no:cacheprovider
"""

from __future__ import annotations

from tests.live.replies import text
from tests.live.test_dialogue_ii import Person, warm  # noqa: F401  (warm: the module's warm-up fixture)


def said(person: Person, since: int = 0) -> str:
    return "\n".join(text(r) for r in person.replies[since:])


def test_n30_dalian_first_business_rent_3000_a_year_for_at_most_2_years_is_at_most_6000(live_stack):
    p = Person(live_stack)
    p.says("大连 我第一次创业 租了个门面 场地补贴能给多少")
    p.answer_all("不清楚")
    body = said(p)
    assert "3000元/年 × 2年 = 6000元" in body, body
    assert "合计最多6000元" in body  # (a 6000元/年 measure for disabled founders, also listed, says its own 12000元)


def test_n31_dalian_three_graduates_1200_a_month_each_is_at_most_43200_for_the_year(live_stack):
    p = Person(live_stack)
    p.says("大连 我们企业新招了3个毕业年度的大学生 每人每月交社保1200 能补多少")
    p.answer_all("不清楚")
    body = said(p)
    assert "每人每月缴纳的社保费：1200" in body and "最高43200元" in body, body


def test_c51_dalian_two_poverty_hires_three_years_total_is_at_most_46800(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2020-09-15"})
    p.says("大连企业 2020年8月招了2个建档立卡贫困人口 签了两年合同交了社保 税收上能减多少")
    since = len(p.replies)
    p.says("三年一共能减多少")
    body = said(p, since) if "46800" in said(p, since) else said(p)
    assert "合计最高46800元：15600元/年 × 3年 = 46800元" in body, body
    assert "7800" in body
    assert "2021年12月31日" in body  # the hiring deadline


def test_n33_dalian_key_firm_epidemic_figures_are_added_as_the_known_part(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2020-07-10"})
    p.says("大连 我们是疫情防控重点保障企业 疫情期间租酒店隔离员工 20人住了14天 住宿补助多少")
    p.says("核酸检测呢 也是这20个人")
    body = text(p.says("一共多少钱"))
    assert "合计（已知部分" in body, body
    assert "最多31000元（3000元 + 28000元（最多））" in body
    assert "以经办部门认定为准" in body
