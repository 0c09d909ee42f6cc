"""Evaluation 8's leftovers as the person reads them (/work/eval8/findings-A.md F12 F15, findings-B.md F22 F33),
end to end through POST /api/v1/chat with the real Rasa and action server. The messages are the evaluation's
own (live tests may use them; they are not NLU training examples).

    POLICY_START_TIMEOUT_S=900 .venv/bin/python -m pytest tests/live/test_eval8_leftovers.py -q -p no:cacheprovider
"""

from __future__ import annotations

from tests.live.replies import text
from tests.live.test_dialogue_ii import Person, warm  # noqa: F401  (warm: the module's warm-up fixture)


def test_f15_months_worked_inside_the_temporary_posts_period_are_summed_in_the_first_reply(live_stack):
    p = Person(live_stack, {"channel": "web", "as_of": "2020-07-10"})
    body = text(
        p.says(
            "我是阳谷县的低保户，村里给安排了个临时公益岗，干劳动力调查的，从3月干到6月底，一个月给600，"
            "我能不能领，一共能领多少"
        )
    )
    listed = body.split("与您的问题相关的政策有：", 1)[-1]
    # before: the 600元 measure second, "已到期" and no sum for the four months inside its period
    assert listed.lstrip("\n").startswith("1. 临时公益性岗位岗位补贴（每人每月600元）"), body
    assert "600元/月 × 4个月 = 2400元" in listed and "以经办部门认定为准" in listed


def test_f33_cantonese_what_is_is_answered_with_the_defining_sentence(live_stack):
    p = Person(live_stack)
    body = text(p.says("失业补助金系咩"))
    # before: never answered
    assert "发放失业补助金" in body and "辽政发〔2020〕9号" in body


def test_f22_graduates_are_not_in_the_hard_to_employ_list(live_stack):
    p = Person(live_stack)
    p.says("什么算就业困难人员")
    body = text(p.says("那高校毕业生算不算"))
    # before: the 见习 clause quoted as a definition
    assert body.startswith("原文列出的就业困难人员范围里没有单列“高校毕业生”"), body
    assert "范围包括城镇零就业家庭成员" in body


def test_f12_unemployment_insurance_per_month_says_no_figure_is_written(live_stack):
    p = Person(live_stack)
    body = text(p.says("辽宁的失业保险金现在一个月能领多少"))
    # before (mid-conversation): the 失业补助金 sentence, for people who do not qualify for 失业保险金
    assert "发放失业补助金" not in body and "失业保险金发放标准" in body, body
