"""eval6 (findings-B §B3/§B4, findings-A §3): a follow-up is answered from the sentence of the clause just cited
that it points at, and "多久到账" / "要啥材料" say what the text does not state, from that clause."""

from __future__ import annotations

from actions import turns
from actions.cited_replies import ActionAnswerQuestion
from actions.sentence_pointed import match
from answers import sentences


def _after(convo, first: str, then: str, as_of: str = "2020-07-01"):
    meta = {"as_of": as_of}
    convo.say(first, "ask_policy", metadata=meta)
    convo.run(ActionAnswerQuestion())
    convo.say(then, "ask_policy", metadata=meta)
    turn = turns.special(then, convo.tracker())
    assert turn is not None
    return turn.replies[0]


def _record(clause_id: str):
    rec = sentences.record_of(clause_id)
    assert rec is not None
    return rec


def test_eleven_months_to_retirement_points_at_the_until_retirement_sentence():
    _, said = match("我离退休还有11个月，领完了还能接着领吗", _record("liaocheng-2020:6.21"))
    assert [s.text for s in said] == [
        "对2019年12月及以后领取失业保险金期满仍未就业且距法定退休年龄不足1年的人员，可继续发放失业保险金至法定退休年龄。"
    ]


def test_kept_on_by_the_internship_unit_points_at_both_retention_sentences():
    _, said = match("要是见习单位把俺孩子留下了呢", _record("lingyuan-2019-14:3.3"))
    assert any("留用率超过50%" in sentences.compact(s.text) for s in said)


def test_the_answer_to_the_form_before_the_question_does_not_dilute_it():
    _, said = match("不领失业金。要是当地最低工资1500，最多能上浮多少钱", _record("lingyuan-2019-14:1.1"))
    assert said and "上浮" in said[0].text


def test_a_bare_follow_up_points_at_no_sentence():
    assert match("那能领多少", _record("dalian-2020-18:2.9")) == (0.0, [])
    assert match("中小微企业返多少", _record("liaocheng-2020:2.5")) == (0.0, [])


def test_flexibly_employed_hard_to_employ_after_46_15(convo):
    reply = _after(convo, "大政发〔2017〕46号第十五条", "灵活就业的就业困难人员补多少")
    assert "对灵活就业后缴纳社会保险费的就业困难人员" in reply.text
    assert reply.citations[0]["clause_id"] == "dalian-2017-46:4.15" and "聊城" not in reply.text


def test_materials_of_18_9_are_not_the_agencies_sentence(convo):
    reply = _after(convo, "大政发〔2020〕18号第九条", "要啥材料")
    assert "人力资源服务机构" not in reply.text and "一次性就业创业服务补助" not in reply.text
    assert "申请日期原则上为疫情解除后3个月内，在企业补办补缴社会保险费后进行" in reply.text


def test_when_paid_says_no_time_is_set(convo):
    reply = _after(convo, "聊城稳岗返还咋申请", "多久到账", as_of="2020-06-01")
    assert "原文没有写明" in reply.text and "办理时限（多久审批、多久到账）" in reply.text
    assert "再延长1年" not in reply.text


def test_how_long_and_how_much_unemployment_insurance_in_dalian_is_not_set_here(convo):
    convo.say("大連失業了，失業保險金能領多久？一個月多少錢？", "ask_policy", metadata={"as_of": "2020-07-01"})
    turn = turns.special("大連失業了，失業保險金能領多久？一個月多少錢？", convo.tracker())
    assert turn is not None
    body = turn.replies[0].text
    assert body.startswith("所收录文件未规定失业保险金领取期限和发放标准")
    assert "临时性提高失业保险金发放标准至疫情解除后3个月" in body and "直至法定退休年龄" in body
    assert "发放失业补助金" not in body


def test_liaocheng_standard_is_stated_so_only_the_period_is_said_unset(convo):
    convo.say("聊城失业金能领几个月", "ask_policy", metadata={"as_of": "2020-07-01"})
    turn = turns.special("聊城失业金能领几个月", convo.tracker())
    assert turn is not None and turn.replies[0].text.startswith("所收录文件未规定失业保险金领取期限（")
    assert "上调至当地最低工资标准的90%" in turn.replies[0].text


def test_not_drawing_unemployment_insurance_is_an_answer_not_the_question():
    from actions.benefit_unset import _asked

    assert _asked("不领失业金。要是当地最低工资1500，最多能上浮多少钱") == []
    assert _asked("大连失业了，失业保险金能领多久？一个月多少钱？") == ["领取期限", "发放标准"]


def test_then_the_text_does_not_say_how_many_months_is_the_same_statement(convo):
    reply = _after(convo, "大連失業了，失業保險金能領多久？一個月多少錢？", "原文沒寫能領幾個月嗎？")
    assert reply.text.startswith("所收录文件未规定失业保险金领取期限") and "发放失业补助金" not in reply.text
