""" "2500和那1000能一起拿吗" (12345 evaluation 6, A3): the yes/no the rules' data gives, with the sentence quoted;
the real engine and domain. The live conversation is in tests/live/test_sums_vi.py."""

from __future__ import annotations

from datetime import date

from actions import combine_question
from tests.knowledge.eligibility.test_combining_vi import ZHUANGHE  # the 庄河 enterprise of the evaluation

SUPPLIES = "生产、配送疫情防控急需物资企业一次性吸纳就业补贴（每人不超过1000元）"


def _after_summary(convo, question: str):
    convo.slots.update(ZHUANGHE)
    convo.events.append(
        {"event": "bot", "text": f"还需补充信息才能判断（1项）：\n· {SUPPLIES}（还要看：…）", "data": {}}
    )
    convo.say(question, "check_eligibility", metadata={"as_of": "2020-08-01"})
    return combine_question.reply(question, convo.tracker(), date(2020, 8, 1))


def test_the_same_person_cannot_have_both_and_the_sentence_is_quoted(convo):
    reply = _after_summary(convo, "对同一个人，2500和那1000能一起拿吗")
    assert reply is not None
    assert reply.text.startswith("不能同时享受") and "“对同一类人员的补助或补贴不可同时享受。”" in reply.text
    assert SUPPLIES in reply.text and "12500" not in reply.text
    assert [c["clause_id"] for c in reply.citations] == ["dalian-2020-18:2.9"]


def test_not_that_question_or_not_two_measures_named_is_left_to_the_other_answers(convo):
    assert _after_summary(convo, "2500的什么时候到账") is None
    assert combine_question.reply("这两个能一起拿吗", convo.tracker(), date(2020, 8, 1)) is None
