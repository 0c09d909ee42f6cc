"""Free answers at a form question, the pending question not nagged, impatience answered (actions/free_answers.py,
actions/known_measures.py; 12345 evaluation 5 §5–§6). The messages here are written for these tests, not the
evaluation's (those are in tests/live/test_free_answers.py)."""

from __future__ import annotations

from datetime import date

from actions import free_answers, known_measures
from actions.eligibility import ActionEligibilitySummary, ActionStartEligibility
from actions.form import ASK_ACTIONS, ValidateEligibilityForm
from actions.handoff import ActionHandoff
from actions.profile import evaluate
from tests.actions.conftest import answer_texts


def start(convo, text: str, as_of: str):
    meta = {"as_of": as_of}
    convo.say(text, "check_eligibility", metadata=meta)
    convo.run(ActionStartEligibility())
    convo.active_loop = {"name": "eligibility_form"}
    convo.run(ValidateEligibilityForm())
    fact = convo.slots["requested_slot"]
    convo.run(ASK_ACTIONS[fact]())
    return fact


def test_wishes_and_resumes_are_told_apart():
    assert free_answers.new_wish("我想创业") and free_answers.new_wish("那我打算 开个店")
    assert not free_answers.new_wish("2020年6月30日") and not free_answers.new_wish("我想想")
    assert free_answers.resumes("接着算") and free_answers.resumes("按我的情况算一算")
    assert not free_answers.resumes("算了")


def test_short_contribution_answers_no_to_receiving_benefit():
    fact = "receiving_unemployment_insurance"
    for said in ("没交够一年", "缴费不满1年", "交了不到一年"):
        assert free_answers.implied_value(fact, said) is False, said
    assert free_answers.implied_value(fact, "交了三年") is None
    assert free_answers.implied_value("is_disabled", "没交够一年") is None


def test_a_wish_at_a_date_question_is_a_new_question(convo):
    fact = start(convo, "我今年刚从大学毕业 在大连 有啥补贴", "2020-07-01")
    convo.say("我想自己创业", "inform", metadata={"as_of": "2020-07-01"}, form=True)
    messages, _ = convo.run(ValidateEligibilityForm())
    body = "\n".join(answer_texts(messages))
    assert "没听明白" not in body and "创业" in body, (fact, body)


def test_short_contribution_is_read_and_the_aid_for_those_not_entitled_quoted(convo):
    start(convo, "我在聊城 厂子倒闭了 现在没工作 失业金咋领", "2020-05-01")
    convo.slots.update(region="聊城市", applicant_type="person", employment_status="unemployed")
    convo.slots["requested_slot"] = "receiving_unemployment_insurance"
    convo.say("我缴费不满一年", "inform", metadata={"as_of": "2020-05-01"}, form=True)
    messages, _ = convo.run(ValidateEligibilityForm())
    body = "\n".join(answer_texts(messages))
    assert convo.slots["receiving_unemployment_insurance"] is False
    assert "一次性临时生活补助" in body and "没听明白" not in body and "None" not in body


def test_the_pending_question_is_repeated_once_then_a_short_line(convo):
    fact = start(convo, "我在聊城 厂子倒闭了 现在没工作 失业金咋领", "2020-05-01")
    prompt = ASK_ACTIONS[fact]().name()
    for n, said in enumerate(("那标准是多少", "从哪天开始", "找谁办")):
        convo.say(said, "ask_policy", metadata={"as_of": "2020-05-01"}, form=True)
        messages, _ = convo.run(ASK_ACTIONS[fact]())
        shown = "\n".join(m.get("text") or "" for m in messages)
        if n == 0:
            assert "接着算" not in shown, prompt
        else:
            assert "接着算" in shown and [b["payload"] for b in messages[-1]["buttons"]] == ["接着算"]


def test_not_understood_or_resumed_shows_the_question_again(convo):
    fact = start(convo, "我在聊城 厂子倒闭了 现在没工作 失业金咋领", "2020-05-01")
    convo.say("那标准是多少", "ask_policy", metadata={"as_of": "2020-05-01"}, form=True)
    convo.run(ASK_ACTIONS[fact]())
    convo.say("嗯嗯嗯", "inform", metadata={"as_of": "2020-05-01"}, form=True)
    convo.run(ValidateEligibilityForm())
    messages, _ = convo.run(ASK_ACTIONS[fact]())
    assert "接着算" not in "\n".join(m.get("text") or "" for m in messages)
    convo.say("从哪天开始", "ask_policy", metadata={"as_of": "2020-05-01"}, form=True)
    messages, _ = convo.run(ASK_ACTIONS[fact]())
    assert messages[-1]["text"] == free_answers.SHORT_LINE
    convo.say("接着算", "inform", metadata={"as_of": "2020-05-01"}, form=True)
    convo.run(ValidateEligibilityForm())
    messages, _ = convo.run(ASK_ACTIONS[convo.slots["requested_slot"]]())
    assert messages[-1]["text"] != free_answers.SHORT_LINE and "没听明白" not in messages[-1]["text"]


def test_known_measures_for_a_dalian_firm_quote_the_relief_every_firm_gets():
    profile = {"region": "大连市", "applicant_type": "enterprise"}
    reply = known_measures.reply(evaluate(profile, date(2020, 7, 1)), None, profile, date(2020, 7, 1))
    assert "实施企业缓缴社会保险费" in reply.text and "减轻企业和个体工商户税费、房租" in reply.text
    assert {c["clause_id"] for c in reply.citations} == {"dalian-2020-18:1.3", "liaoning-2020-9:1.2"}
    assert "需要：" not in reply.text and "人力资源服务机构" not in reply.text and "None" not in reply.text


def test_impatience_at_the_summary_is_not_a_dead_end(convo):
    start(convo, "我在大连开了个饭店 生意不好 有啥政策", "2020-07-01")
    convo.say("别问了直接说", "inform", metadata={"as_of": "2020-07-01"}, form=True)
    convo.run(ValidateEligibilityForm())
    messages, _ = convo.run(ActionEligibilitySummary())
    body = "\n".join(answer_texts(messages))
    assert "还没有确定现在可以申请的补贴" not in body and "没有能确定现在仍在执行的补贴" not in body
    assert "还不能确定哪一项现在一定能申请" not in body
    assert "缓缴社会保险费" in body


def test_impatience_read_as_handoff_is_answered_with_a_person_offered(convo):
    convo.say("你就直接说吧", "handoff", metadata={"as_of": "2020-07-01"})
    messages, _ = convo.run(ActionHandoff())
    assert not any("handoff" in (m.get("custom") or {}) for m in messages)
    assert "直接告诉您" in "\n".join(answer_texts(messages))
    convo.say("转人工", "handoff")
    messages, _ = convo.run(ActionHandoff())
    assert any("handoff" in (m.get("custom") or {}) for m in messages)
