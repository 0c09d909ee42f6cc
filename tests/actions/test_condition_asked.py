"""eval6 E12: "那我这情况算不算不足1/3？" after the 见习 clause is that clause's condition, not a new search
(it was answered with 大政发〔2020〕18号（十七） "距离法定退休年龄不足1年")."""

from __future__ import annotations

from actions import turns
from actions.cited_replies import ActionAnswerQuestion

AS_OF = {"as_of": "2020-07-15"}


def test_the_condition_of_the_clause_just_cited(convo):
    convo.say(
        "见习协议签的12个月，干到第9个月单位就跟我签了劳动合同，单位的见习补贴还能拿全吗", "ask_policy", metadata=AS_OF
    )
    convo.run(ActionAnswerQuestion())
    convo.say("那我这情况算不算不足1/3？", "ask_policy", metadata=AS_OF)
    turn = turns.special("那我这情况算不算不足1/3？", convo.tracker())
    assert turn is not None
    body = turn.replies[0].text
    assert body.startswith(
        "“不足1/3”是《大连市人民政府关于进一步做好稳就业工作的实施意见》（大政发〔2020〕18号）第（十三）条"
    )
    assert "见习期满不足1/3时与高校毕业生签订劳动合同的" in body and "以经办部门认定为准" in body
    assert "法定退休年龄" not in body
    assert turn.replies[0].citations[0]["clause_id"] == "dalian-2020-18:3.13"


def test_a_word_the_clause_does_not_have_is_not_taken_for_its_condition(convo):
    convo.say(
        "见习协议签的12个月，干到第9个月单位就跟我签了劳动合同，单位的见习补贴还能拿全吗", "ask_policy", metadata=AS_OF
    )
    convo.run(ActionAnswerQuestion())
    convo.say("我算不算困难企业", "ask_policy", metadata=AS_OF)
    turn = turns.special("我算不算困难企业", convo.tracker())
    assert turn is None or "“困难企业”是" not in turn.replies[0].text
