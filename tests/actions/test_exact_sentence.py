"""eval6 E13: the sentence that answers word for word leads the first reply when no listed measure quotes it."""

from __future__ import annotations

from actions.eligibility import ActionStartEligibility
from tests.actions.conftest import answer_texts

AS_OF = {"as_of": "2020-06-01"}


def test_self_employed_startup_leader_is_answered_by_its_sentence_first(convo):
    convo.say("个体户能享受创业带头人社保补贴吗 我在辽宁朝阳开了个小饭馆 雇了3个下岗的", "ask_policy", metadata=AS_OF)
    messages, _ = convo.run(ActionStartEligibility())
    body = "\n".join(answer_texts(messages))
    lead = body.index(
        "与您的问题直接相关的原文：《辽宁省人民政府关于深入实施就业优先政策进一步做好稳就业工作的若干意见》"
    )
    assert "“被认定为创业带头人的个体工商户可参照享受创业带头人社会保险补贴政策。”" in body[lead:]
    assert lead < body.find("与您的问题相关的政策有")


def test_a_question_without_a_clear_winner_is_answered_measures_first(convo):
    convo.say("大连的企业招了应届毕业生，有什么补贴", "ask_policy", metadata=AS_OF)
    messages, _ = convo.run(ActionStartEligibility())
    assert "与您的问题直接相关的原文" not in "\n".join(answer_texts(messages))
