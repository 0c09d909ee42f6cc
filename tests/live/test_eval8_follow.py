"""A follow-up answered from the clause just cited: the supervisor's eighth evaluation (/work/eval8
findings-B §1, §5, §9), end to end through POST /api/v1/chat with the real Rasa and action server. The
messages are the evaluation's own (live tests may use them; never NLU training data).

    .venv/bin/python -m pytest tests/live/test_eval8_follow.py -q -p no:cacheprovider
"""

from __future__ import annotations

from tests.live.replies import clause_ids, text
from tests.live.test_dialogue_ii import Person, warm  # noqa: F401  (warm: the module's warm-up fixture)


def _person(stack, as_of: str) -> Person:
    return Person(stack, {"channel": "web", "as_of": as_of})


def test_f26_a_figure_in_the_follow_up_picks_the_measure_quoted_with_it(live_stack):
    p = _person(live_stack, "2020-07-10")
    p.says("大连公司招应届大学生有补贴吗")
    reply = p.says("2500那个要啥材料，去哪办")
    body = text(reply)
    assert clause_ids(reply) == ["dalian-2020-18:2.9"]
    assert "申请日期原则上为疫情解除后3个月内，在企业补办补缴社会保险费后进行" in body
    assert "没有找到" not in body and "去产能" not in body and "原文未写申请材料" in body


def test_f26_a_lookup_naming_its_topic_reads_that_sentence_first(live_stack):
    p = _person(live_stack, "2020-07-10")
    body = text(p.says("18号文第九条 申请时间"))
    first_quote = next(line for line in body.split("\n") if line.startswith("“"))
    assert first_quote.startswith("“申请日期原则上为疫情解除后3个月内")


def test_f28_a_mistyped_issuer_still_reads_clause_three(live_stack):
    p = _person(live_stack, "2020-06-01")
    reply = p.says("辽正发2020 9号 第三条")
    assert clause_ids(reply) == ["liaoning-2020-9:1.3"]
    assert "构建和谐劳动关系" in text(reply) and "（十九）" not in text(reply)


def test_a_clause_the_document_has_not_is_said_to_be_missing(live_stack):
    p = _person(live_stack, "2020-06-01")
    body = text(p.says("辽政发2020 9号 第三十条"))
    assert "没有找到您说的“第三十条”" in body and "根据" not in body
