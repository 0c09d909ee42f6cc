"""Amounts worked out from the figures a person gives, and the
granting sentence quoted: the supervisor's eighth evaluation (/work/eval8 findings-A §5, §7; findings-B §4),
end to end through POST /api/v1/chat with the real Rasa and action server, on the evaluation's --as-of days.
The messages are the evaluation's own (live tests may use them; they are not NLU training examples).

    .venv/bin/python -m pytest tests/live/test_eval8_compute.py -q -p no:cacheprovider
"""

from __future__ import annotations

from tests.live.replies import text
from tests.live.test_dialogue_ii import Person, warm  # noqa: F401  (warm: the module's warm-up fixture)


def talk(stack, as_of: str) -> Person:
    return Person(stack, {"channel": "web", "as_of": as_of})


def test_f30_fifty_people_ten_days_is_100000_yuan_with_the_producer_condition_open(live_stack):
    p = talk(live_stack, "2020-03-20")
    body = text(p.says("我们50个人春节干了10天，能拿10万吗"))
    # before: "算出具体金额还要知道：春节期间开工用工人·天数"
    assert "200元/人·天 × 500人·天 = 100000元" in body
    assert "还要知道：春节期间开工用工人·天数" not in body


def test_f01_gradual_exit_from_low_income_quotes_the_sentence_that_grants_it(live_stack):
    p = talk(live_stack, "2020-07-01")
    # the first reply (a person since the `who` branch: a laid-off husband is no employer) lists it
    body = text(p.says("俺家老头子在大连甘井子区的厂子里干了二十多年，今年被裁了，他56了，咋整啊，有啥补助没"))
    # listed among the measures (item 2 in the evaluation): its quote is the granting sentence
    assert "低保渐退" in body and "（十七）：“引导、鼓励最低生活保障对象劳动自救。”" not in body
    assert "实施低保渐退，自就业或者创业的当月起，6个月内不计算劳动收入。”" in body
