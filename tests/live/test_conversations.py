"""End-to-end conversations through POST /api/v1/chat with the real Rasa server and action server.

Each test is one person (its own conversation, id issued by the server) typing as people do; the assertions are on what they
receive: the benefit, the amount, the document number, the validity wording, the departments, the
buttons. The Rasa-down fallback is tests/live/test_recovery.py.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from answers import dialogue, notices
from tests.live.replies import citations, payloads, text  # noqa: F401  (used below)

# the lead ends where the other rules begin, however they are headed (own place or another)
OTHERS = "其他(?:地区或人群的)?相关规定"


class Person:
    """One person talking to the live stack (stack.testing.Conversation holds the issued id)."""

    def __init__(self, stack, metadata: dict | None = None):
        self.conversation = stack.conversation(metadata)
        self.replies: list[dict] = []

    @property
    def sender(self) -> str | None:
        return self.conversation.sender_id

    def says(self, message: str) -> dict:
        reply = self.conversation.say(message)
        assert reply["messages"], f"empty reply to {message!r}"
        assert notices.DIALOGUE_DOWN not in text(reply), "the dialogue service should be up"
        self.replies.append(reply)
        return reply

    def answers_until_summary(self, answer: str = "不清楚", limit: int = 8) -> tuple[dict, list[str]]:
        """Answer every question the same way; return the summary reply and the questions asked."""
        asked: list[str] = []
        reply = self.replies[-1]
        for _ in range(limit):
            if is_summary(reply):
                return reply, asked
            asked.append(question(reply))
            reply = self.says(answer)
        assert is_summary(reply), text(reply)
        return reply, asked


def question(reply: dict) -> str:
    asking = [m for m in reply["messages"] if m["buttons"]]
    assert asking, f"expected a question with buttons, got: {text(reply)}"
    return asking[-1]["text"].split("\n")[-1]


def is_summary(reply: dict) -> bool:
    return "/more_benefits" in payloads(reply)


@pytest.fixture()
def person(live_stack):
    return Person(live_stack)


# ---- free questions -------------------------------------------------------------------------
def test_free_question_cited_answer(person):
    reply = person.says("残疾人开店有房租补贴吗")
    body = text(reply)
    assert "大政发〔2020〕18号" in body and "创业场地补贴" in body
    # the quoted 6000元/年 sentence states no period of its own (Answers II: each sentence its own validity)
    assert "责任单位" in body and ("已到期" in body or "原文未载明实施期限" in body)
    assert any(c["clause_id"] == "dalian-2020-18:2.12" for c in citations(reply))


def test_free_question_validity_and_department(person):
    reply = person.says("稳岗返还怎么申请")
    body = text(reply)
    assert "稳岗返还" in body and "〔2020〕" in body
    # the sentence on applying ("疫情防控期间申请稳岗返还…") says its own period: tied to the epidemic
    assert "有效期未知：期限与疫情防控期间挂钩" in body and "市人力资源社会保障局" in body
    assert citations(reply)


def test_free_question_named_place_is_answered_from_that_place(person):
    reply = person.says("凌源那边大学生回乡创业有啥扶持")
    cites = citations(reply)
    assert cites and cites[0]["doc_id"] == "lingyuan-2019-14"
    assert "凌政发〔2019〕14号" in text(reply)


def test_free_question_unknown_validity_is_not_called_current(person):
    reply = person.says("大连创业孵化基地给入驻企业减免租金有补助吗")
    body = text(reply)
    # "对疫情期间为入驻的企业减免租金的…": its period is the epidemic's, no end stated: unknown, never current
    assert "有效期未知：期限与疫情防控期间挂钩，原文未载明截止日期" in body
    assert "仍在实施期内" not in re.split(OTHERS, body)[0]


# ---- out of scope, greeting, help -----------------------------------------------------------
@pytest.mark.parametrize("message", ["今天天气怎么样", "帮我订一张去北京的火车票"])
def test_out_of_scope_is_a_polite_limit_without_citation(person, message):
    reply = person.says(message)
    # a place outside the coverage ("北京") is answered with what is covered: a polite limit as well
    assert notices.OUT_OF_SCOPE in text(reply) or "不在目前收录的范围内" in text(reply)
    assert "12345" in text(reply) and citations(reply) == []


def test_greeting_and_help(person):
    assert notices.WELCOME in text(person.says("你好"))
    assert "目前收录" in text(person.says("你能干啥"))


# ---- eligibility: enterprise ----------------------------------------------------------------
def test_a_question_about_ones_situation_can_be_worked_out(person):
    """Asked as a question, answered with the clause; the offer under it reads the same question
    again as an eligibility question (facts said back, then the questions)."""
    # Who is asking and a fact of their situation (三十来个人, 没裁员): whichever intent DIET reads, the
    # cited measures come first and the questions follow at once (actions/cited_replies.about_a_situation).
    reply = person.says("你好 我们是凌源的小公司 三十来个人 疫情期间没裁员 能返稳岗补贴不")
    body = text(reply)
    assert citations(reply) and "依据：" in body and "我问您几个问题（最多" in body
    assert "您是以企业身份咨询" in body and "凌源市" in body
    assert "/check_eligibility" not in payloads(reply)
    assert {"/affirm", "/deny", "/dont_know"} & set(payloads(reply)) or question(reply)


def test_enterprise_opening_reads_facts_and_asks_with_buttons(person):
    reply = person.says("我们公司在大连，招了五个应届生，能领什么补贴")
    body = text(reply)
    assert "企业" in body and "大连市" in body and "5" in body  # "五个" read as 5
    assert {"/affirm", "/deny", "/dont_know"} <= set(payloads(reply))


def test_enterprise_summary_amount_document_validity_department(live_stack):
    # as of a day the 2500 per graduate was in force: today it has ended and is not asked about
    person = Person(live_stack, {"channel": "web", "as_of": "2020-07-01"})
    person.says("我们公司在大连，招了4个应届生，签了两年合同，社保都交了，能领多少钱")
    summary, asked = person.answers_until_summary("不清楚")
    body = text(summary)
    assert len(asked) <= 6
    assert "一次性吸纳就业补贴" in body and "10000" in body and "2500元/人" in body
    assert "大政发〔2020〕18号" in body and "市人力资源社会保障局" in body
    assert "按2020年7月1日计仍在实施期内" in body
    assert any(c["clause_id"] == "dalian-2020-18:2.9" for c in citations(summary))


def test_dont_know_is_never_asked_again(person):
    person.says("我们公司在大连，招了4个应届生，能领什么补贴")
    _, asked = person.answers_until_summary("不清楚")
    assert len(asked) == len(set(asked)), asked


def test_at_most_six_questions_before_a_first_answer(person):
    person.says("我想问问能领什么补贴")
    _, asked = person.answers_until_summary("不清楚", limit=10)
    assert 1 <= len(asked) <= 6


def test_button_payloads_answer_questions(person):
    reply = person.says("我想问问能领什么补贴")
    assert '/inform{"applicant_type":"enterprise"}' in payloads(reply)
    reply = person.says('/inform{"applicant_type":"enterprise"}')
    assert '/inform{"region":"大连市"}' in payloads(reply)
    reply = person.says('/inform{"region":"大连市"}')
    assert "所在地" not in question(reply)  # moved on to the next question


def test_more_benefits_after_the_summary(person):
    person.says("我们公司在大连，招了4个应届生，签了两年合同，社保都交了，能领多少钱")
    summary, _ = person.answers_until_summary("不清楚")
    reply = person.says("还有别的补贴吗")
    assert is_summary(reply) or any(m["buttons"] for m in reply["messages"])
    if not is_summary(reply):
        reply, _ = person.answers_until_summary("不清楚")
    assert "可以申请" in text(reply) or "还需补充信息" in text(reply)


# ---- eligibility: person, hr agency ---------------------------------------------------------
def test_person_graduate_last_year(person):
    reply = person.says("俺是去年毕业的大学生 在大连 一直没找着工作 有啥补贴没")
    body = text(reply)
    assert f"毕业年份：{date.today().year - 1}" in body and "大连市" in body
    assert any(m["buttons"] for m in reply["messages"])


def test_veteran_in_lingyuan(person):
    reply = person.says("我在凌源，是退伍军人，想自己创业，能享受什么政策")
    assert "凌源市" in text(reply) and "退役军人：是" in text(reply)


def test_hr_agency_placements(live_stack):
    # as of 2020-04-01, inside 聊城 2.'s "有效期暂定3个月" (today it has ended and is not asked about)
    person = Person(live_stack, {"as_of": "2020-04-01"})
    person.says("我们是聊城的人力资源服务机构，介绍了20个高校毕业生到企业稳定就业，帮我算算能领多少")
    summary, _ = person.answers_until_summary("不清楚")
    body = text(summary)
    assert "职业介绍补贴" in body and "2400" in body  # 120元 × 20人
    assert "聊城市" in body


# ---- corrections and detours ----------------------------------------------------------------
def test_correction_changes_the_region(person):
    person.says("我们公司在大连，招了4个应届生，能领什么补贴")
    reply = person.says("不对，我们在凌源")
    assert "凌源市" in text(reply)
    summary, _ = person.answers_until_summary("不清楚")
    assert "凌源市" in text(summary) and "大政发〔2020〕18号" not in text(summary)


def test_question_mid_form_is_answered_and_the_form_resumes(person):
    first = question(person.says("我们公司在大连，招了4个应届生，能领什么补贴"))
    reply = person.says("稳岗返还怎么申请")
    assert citations(reply) and "稳岗返还" in text(reply)
    assert question(reply) == first


def test_why_ask_names_the_benefits(person):
    person.says("我们公司在大连，招了4个应届生，能领什么补贴")
    reply = person.says("为什么问这个")
    assert "问这个" in text(reply) and "补贴" in text(reply)
    assert any(m["buttons"] for m in reply["messages"])  # and asks again


def test_start_over_clears_the_profile(person):
    person.says("我是大连的残疾人，想开个店，能领什么")
    reply = person.says("重新开始")
    assert dialogue.RESTARTED in text(reply)
    reply = person.says("为什么问这个")
    assert "目前没有需要您回答的问题" in text(reply)


def test_stop_leaves_the_form(person):
    person.says("我们公司在大连，招了4个应届生，能领什么补贴")
    assert dialogue.FORM_STOPPED in text(person.says("算了"))
    reply = person.says("稳岗返还怎么申请")
    assert citations(reply) and not any(m["buttons"] for m in reply["messages"] if not m["citations"])


# ---- as of a date ---------------------------------------------------------------------------
def test_as_of_from_metadata(live_stack):
    staff = Person(live_stack, {"as_of": "2020-07-15"})
    staff.says("大连的公司招了4个应届生，签了两年合同，社保都交了，能领多少")
    summary, _ = staff.answers_until_summary("不清楚")
    body = text(summary)
    assert "按2020年7月15日的政策判断" in body
    assert "按2020年7月15日计仍在实施期内" in body and "10000" in body


def test_as_of_from_a_time_phrase(person):
    person.says("2020年的时候，我们大连公司招了5个应届生，签了2年合同，社保都交了，能领多少钱")
    summary, _ = person.answers_until_summary("不清楚")
    body = text(summary)
    assert "按2020年12月31日的政策判断" in body and "12500" in body


# ---- hand-off -------------------------------------------------------------------------------
def test_handoff_on_request_is_stored_for_staff(live_stack, person):
    person.says("我们公司在大连，招了4个应届生，能领什么补贴")
    reply = person.says("转人工")
    assert "12345" in text(reply) and "市人力资源社会保障局" in text(reply)
    listed = live_stack.staff_get("/api/v1/handoffs")
    assert listed.status_code == 200
    assert person.sender in listed.text


def test_two_failed_turns_hand_off(person):
    person.says("我想问问能领什么补贴")
    reply = person.says("呵呵呵")
    assert "没听明白" in text(reply)
    reply = person.says("嗯嗯那个啥")
    assert "转人工" in text(reply) and "12345" in text(reply)
