"""Documents named by number or name, in process with the real domain and search (the live
conversations: tests/live/test_lookups_ii.py; eval5 §1 E34, E27, E08, E25)."""

from __future__ import annotations

from actions.cited_replies import ActionAnswerQuestion
from tests.actions.conftest import answer_texts


def said(messages) -> str:
    return "\n".join(answer_texts(messages))


def cited(messages) -> list[str]:
    return [c["clause_id"] for m in messages for c in (m.get("custom") or {}).get("answer", {}).get("citations", [])]


def test_liaoning_number_in_force_then_its_first_clause(convo):
    convo.say("辽政发〔2020〕9号 现在还有效吗", "ask_policy")
    body = said(convo.run(ActionAnswerQuestion())[0])
    assert "（辽政发〔2020〕9号）" in body and "大政发" not in body and "现提出以下意见" not in body
    assert "没有规定全文统一的有效期" in body and "实施期限均延长至2020年12月31日" in body
    convo.say("第一条说啥", "ask_policy")
    assert cited(convo.run(ActionAnswerQuestion())[0]) == ["liaoning-2020-9:1.1"]


def test_dalian_46_start_up_subsidy_is_clause_six(convo):
    convo.say("大政发〔2017〕46号说创业补贴是啥", "ask_policy")
    messages, _ = convo.run(ActionAnswerQuestion())
    assert cited(messages)[0] == "dalian-2017-46:2.6" and "现提出以下意见" not in said(messages)


def test_liaoning_document_by_name_lists_its_measures(convo):
    convo.say("那辽宁省的文件说了啥", "ask_policy")
    body = said(convo.run(ActionAnswerQuestion())[0])
    assert "（一）实施援企稳岗政策" in body and "没有找到" not in body


def test_a_term_in_no_document(convo):
    convo.say("以工代训是啥", "ask_policy")
    body = said(convo.run(ActionAnswerQuestion())[0])
    assert "没有“以工代训”" in body and "以工代赈" not in body
