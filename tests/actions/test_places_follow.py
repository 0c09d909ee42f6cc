"""eval6 E20/E26: "那沈阳呢" after an answer — a city of a covered province with no document of its own —
is the same question answered by the province's documents, said so (it was a dead end, or a clause
that merely names 沈阳)."""

from __future__ import annotations

from actions.cited_replies import ActionAnswerQuestion
from actions.detours import ActionReplyYesNo
from actions.eligibility import ActionStartEligibility
from tests.actions.conftest import answer_texts


def test_then_shenyang_after_beijing_is_the_same_question_in_liaoning(convo):
    convo.say("我在北京朝阳区，失业了能领什么补贴", "ask_policy")
    convo.run(ActionAnswerQuestion())
    convo.say("那沈阳呢", "inform")
    messages, events = convo.run(ActionStartEligibility())
    body = answer_texts(messages)[0]
    assert body.startswith("沈阳市属于辽宁省，目前没有收录沈阳市本级的文件") and "“失业了能领什么补贴”" in body
    assert "跨境电子商务" not in body and "辽政发〔2020〕9号" in body


def test_shenyang_after_a_provincial_clause_read_as_a_no_is_that_measure(convo):
    convo.say("辽宁省稳就业若干意见第十条", "ask_policy")
    convo.run(ActionAnswerQuestion())
    convo.say("沈阳呢", "deny")
    messages, _ = convo.run(ActionReplyYesNo())
    body = answer_texts(messages)[0]
    assert body.startswith("沈阳市属于辽宁省") and "“鼓励企业吸纳就业”" in body
    assert "还有什么可以帮您" not in body


def test_does_liaocheng_have_this_policy_is_the_same_question_there(convo):
    """eval6 E03: "那聊城有这个政策吗" after the graduates' social-insurance question got "没有找到…"."""
    convo.say("大学毕业生到小微企业就业有社保补贴吗", "ask_policy", metadata={"as_of": "2020-09-01"})
    convo.run(ActionAnswerQuestion())
    convo.say("那聊城有这个政策吗", "inform", metadata={"as_of": "2020-09-01"})
    messages, _ = convo.run(ActionStartEligibility())
    body = answer_texts(messages)[0]
    assert "没有找到与您的问题直接对应的条款" not in body and "聊城市" in body
    assert "离校2年内未就业高校毕业生，到小微企业就业或灵活就业的，给予社会保险补贴" in body


def test_a_question_read_as_check_eligibility_after_an_answer_is_still_read_for_its_words(convo):
    """Only the button's own title typed out is the button: "聊城的政策我能用吗" read as check_eligibility after
    an answer is answered for its words (a jining person told 聊城's do not apply), not as the last topic."""
    convo.say("我在山东济宁 下岗了 有啥补贴", "ask_policy")
    convo.run(ActionStartEligibility())
    convo.say("那山东省的政策你有吗", "ask_policy")
    convo.run(ActionAnswerQuestion())
    convo.say("聊城的政策我能用吗", "check_eligibility")
    messages, _ = convo.run(ActionStartEligibility())
    assert answer_texts(messages)[0].startswith("不能。")
