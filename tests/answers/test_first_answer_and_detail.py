"""The answer-first list and the one-clause detail say only what the text and the engine give."""

from datetime import date

from answers.clause_detail import definition, detail
from answers.first_answer import measures_first

VALID = {"status": "unknown", "start": None, "end": None}
ENDED = {"status": "expired", "start": None, "end": "2020-12-31"}
CITE = {
    "doc_number": "大政发〔2020〕18号",
    "doc_title": "关于进一步做好稳就业工作的实施意见",
    "clause_id": "x:1",
    "clause_label": "（九）",
    "quote": "每人2500元",
}


def benefit(bid: str, validity: dict) -> dict:
    return {
        "benefit_id": bid,
        "name": f"补贴{bid}",
        "validity": validity,
        "status": "needs_info",
        "amount": {"value": 2500, "unit": "元", "text": "2500元/人；按尚缺信息：…"},
        "citations": [CITE],
        "departments": ["市人力资源社会保障局"],
    }


def test_measures_in_force_come_with_the_offer_of_questions():
    reply = measures_first([benefit("a", VALID), benefit("b", ENDED)], date(2026, 12, 2), date(2026, 12, 2), 4)
    assert reply.text.startswith("按今天的政策，与您的问题相关的政策有：")
    assert "大政发〔2020〕18号" in reply.text and "我问您几个问题（最多4个）" in reply.text
    assert "按尚缺信息" not in reply.text  # the standard, not the formula waiting for facts
    assert reply.meta["in_force"] == ["a"]


def test_nothing_in_force_is_listed_as_ended_with_a_next_step_and_no_questions():
    reply = measures_first([benefit("b", ENDED)], date(2026, 12, 2), date(2026, 12, 2), 4)
    assert "均已到期或尚未开始" in reply.text and "已到期" in reply.text
    assert "我问您几个问题" not in reply.text and reply.buttons[0]["payload"] == "/handoff"


HIT = {
    "clause_id": "x:2",
    "doc_id": "x",
    "doc_number": "凌政发〔2019〕14号",
    "doc_title": "实施办法",
    "clause_label": "（七）",
    "heading": "发挥创业担保贷款政策优势",
    "departments": ["市人社局", "市财政局"],
    "lead_departments": ["市人社局"],
    "validity": VALID,
    "text": "符合条件的人员自主创业的，可申请最高不超过10万元的创业担保贷款。财政部门按规定给予贴息。",
}


def test_a_procedure_question_gets_the_clause_sentences_and_what_it_leaves_out():
    reply = detail(HIT, "procedure", date(2026, 12, 2), "利息咋算，要抵押不")
    assert "“财政部门按规定给予贴息。”" in reply.text.split("\n")[1]  # the sentence on interest first
    assert "原文没有列出申请材料和办理时限" in reply.text and "（牵头）" in reply.text


def test_how_often_when_the_clause_does_not_say():
    reply = detail({**HIT, "text": "按规定给予补贴。"}, "times", date(2026, 12, 2))
    assert "原文没有写明可以享受几次或享受多长时间" in reply.text


def test_a_definition_quotes_the_defining_sentence():
    hit = {**HIT, "text": "为就业困难人员提供援助。就业困难人员指因身体状况等原因难以实现就业的城镇登记失业人员。"}
    reply = definition([hit], "就业困难人员", date(2026, 12, 2))
    assert reply.citations[0]["quote"].startswith("就业困难人员指")
