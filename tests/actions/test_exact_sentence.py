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


def test_a_laid_off_man_hears_of_unemployment_before_business_premises(convo):
    """eval6 E01: a laid-off man's wife was first told of 创业场地补贴 and 创业项目推荐补贴."""
    convo.say("俺家老头子厂子黄了下岗了，俺们在大连，他能领点啥钱不？", "ask_policy", metadata=AS_OF)
    messages, _ = convo.run(ActionStartEligibility())
    listed = "\n".join(answer_texts(messages)).split("相关的政策有", 1)[1]
    assert "失业保险金" in listed.split("\n3.")[0]
    assert "创业场地补贴" not in listed.split("\n3.")[0] and "创业项目推荐补贴" not in listed.split("\n3.")[0]


def test_a_person_who_wants_a_business_still_hears_of_it_first(convo):
    convo.say("我在大连想创业 有啥补贴", "ask_policy", metadata=AS_OF)
    messages, _ = convo.run(ActionStartEligibility())
    listed = "\n".join(answer_texts(messages)).split("相关的政策有", 1)[1]
    assert "创业场地补贴" in listed.split("\n2.")[0]
