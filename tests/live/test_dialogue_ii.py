"""Dialogue II (issue 19), end to end through POST /api/v1/chat with the real Rasa and action server.

Each test is a person in one of the four places (大连, 凌源/朝阳, 辽宁's other cities, 聊城) and
asserts on what they read. A conversation starts without a sender_id and reuses the id the server
returns (server-issued conversation ids); an API that still requires one gets a fresh local id.
None of these messages is an NLU training example (tests/bot guards it).
"""

from __future__ import annotations

import itertools
import re
import time

import httpx
import pytest

from answers import notices
from api.wechat.render import paginate, render
from tests.live.replies import citations, payloads, text  # noqa: F401  (used below)

_local = itertools.count(1)
ASK = {"/affirm", "/deny", "/dont_know"}


class Person:
    def __init__(self, stack, metadata: dict | None = None):
        self.url = f"{stack.api_url}/api/v1/chat"
        self.metadata = metadata or {"channel": "web"}
        self.sender: str | None = None
        self.replies: list[dict] = []

    def says(self, message: str) -> dict:
        body = {"message": message, "metadata": self.metadata}
        if self.sender:
            body["sender_id"] = self.sender
        r = httpx.post(self.url, json=body, timeout=60)
        if r.status_code == 422 and self.sender is None:  # an API from before server-issued ids
            self.sender = f"d2-{next(_local)}-{id(self)}"
            r = httpx.post(self.url, json={**body, "sender_id": self.sender}, timeout=60)
        r.raise_for_status()
        reply = r.json()
        self.sender = reply.get("sender_id") or self.sender
        assert reply["messages"], f"empty reply to {message!r}"
        assert notices.DIALOGUE_DOWN not in text(reply)
        self.replies.append(reply)
        return reply

    def after(self, *messages: str) -> str:
        """The text of the reply to the last of `messages`, said one after another."""
        for message in messages:
            reply = self.says(message)
        return text(reply)

    def answer_all(self, answer: str = "不清楚", limit: int = 8) -> dict:
        reply = self.replies[-1]
        for _ in range(limit):
            if is_summary(reply) or not asks(reply):
                return reply
            reply = self.says(answer)
        return reply


def asks(reply: dict) -> bool:
    """A form question is on screen (its buttons end with 不清楚)."""
    return "/dont_know" in payloads(reply)


def is_summary(reply: dict) -> bool:
    return "/more_benefits" in payloads(reply)


def first_cited_before_question(reply: dict) -> bool:
    """The cited measures come before the first question in what the person reads."""
    body = text(reply)
    cited = body.find("依据：")
    asked = body.find("我问您几个问题")
    return cited >= 0 and (asked < 0 or cited < asked)


@pytest.fixture(scope="module", autouse=True)
def warm(live_stack):
    """The action server loads its indexes in the background after start; on a loaded machine the
    first turns can outlast the API's dialogue timeout. Wait until a turn is answered by the dialogue."""
    for _ in range(30):
        r = httpx.post(
            f"{live_stack.api_url}/api/v1/chat", timeout=60, json={"message": "稳岗返还"}
        )  # a new conversation each time (ids are the server's)
        if r.status_code in (403, 422) or notices.DIALOGUE_DOWN not in r.text:
            return
        time.sleep(2)


@pytest.fixture()
def person(live_stack):
    return Person(live_stack)


IN_2020 = {"channel": "web", "as_of": "2020-07-01"}


# ---- 1. answer first, then ask ------------------------------------------------------------------
def test_dalian_hiring_question_gets_the_measures_then_the_questions(live_stack):
    p = Person(live_stack, IN_2020)
    reply = p.says("大连这边公司新招了几个应届大学生，单位能拿啥补贴")
    body = text(reply)
    assert first_cited_before_question(reply)
    assert "按2020年7月1日的政策，与您的问题相关的政策有：" in body and "大政发〔2020〕18号" in body
    assert re.search(r"我问您几个问题（最多\d个）", body) and asks(reply)


def test_dalian_hiring_today_marks_the_ended_measures(person):
    reply = person.says("大连的企业招了应届毕业生有什么补贴")
    body = text(reply)
    assert "已到期（至2020年12月31日）" in body and "〔2020〕" in body
    assert first_cited_before_question(reply)


def test_lingyuan_settling_allowance_is_answered_before_any_question(person):
    reply = person.says("今年来凌源买了房子，人才安家费还能申请不")
    body = text(reply)
    assert "凌政发〔2019〕14号" in body and "安家" in body
    assert first_cited_before_question(reply)


def test_liaocheng_disability_levy_is_answered_with_its_end_date(person):
    reply = person.says("聊城一个小饭店二十八个员工，残保金还得交吗")
    body = text(reply)
    assert "残疾人就业保障金" in body or "残保金" in body
    assert "2022年12月31日" in body and "已到期" in body


def test_wechat_first_page_carries_the_measures(live_stack):
    p = Person(live_stack, {"channel": "wechat", "as_of": "2020-07-01"})
    reply = p.says("在大连开公司招高校毕业生能给啥补贴")
    whole = render(reply["messages"])[0]
    first_page = paginate(whole)[0]
    assert "〔20" in first_page and "“" in first_page  # a document and its verbatim words on the first page
    assert "我问您几个问题" in whole or "按我的情况算一算" in whole  # and the offer to work it out


# ---- 2. definitions -------------------------------------------------------------------------------
def test_dalian_definition_of_hard_to_employ_is_a_cited_sentence_not_a_form(person):
    reply = person.says("什么样的人算就业困难人员？")
    body = text(reply)
    assert "就业困难人员" in body and "“" in body and citations(reply)
    assert not asks(reply) and "我了解到的情况" not in body


def test_lingyuan_what_a_zero_employment_family_means(person):
    reply = person.says("城镇零就业家庭是啥意思")
    assert citations(reply) and "零就业家庭" in text(reply) and not asks(reply)


def test_liaocheng_definition_mid_form_then_the_question_again(person):
    person.says("我在聊城 想自己开个小超市 有扶持没")
    before = person.replies[-1]
    assert asks(before)
    reply = person.says("灵活就业到底指的是什么")
    assert citations(reply) and asks(reply)


# ---- 3. dates about the person ------------------------------------------------------------------
def test_dalian_licence_date_is_the_persons_not_the_evaluation_date(person):
    reply = person.says("我2019年底在大连办的营业执照，现在能领啥扶持")
    body = text(reply)
    assert "按2019年12月31日" not in body
    assert "按今天的政策" in body or asks(reply)


def test_lingyuan_policy_time_words_move_the_evaluation_date(person):
    reply = person.says("2020年那会儿凌源的公司招大学生有补贴吗")
    assert "2020年12月31日" in text(reply)


# ---- 4. who is asking, what was said is kept -------------------------------------------------
def test_dalian_wife_of_a_laid_off_worker_is_a_person(person):
    reply = person.says("我老公原来在大连的厂里上班，厂子倒闭了，他能领点啥")
    body = text(reply)
    assert "您是以个人身份咨询" in body and "您是以企业身份咨询" not in body


def test_liaocheng_in_a_unit_mid_form_stays_a_person(person):
    person.says("聊城的，我想问问我能享受啥就业政策")
    reply = person.says("在单位就业")
    assert "申请主体：企业" not in text(reply)


def test_lingyuan_company_facts_said_once_are_not_asked(person):
    reply = person.says("凌源的小公司，去年没裁，二十八个人，稳岗返还能返不")
    body = text(reply)
    assert "职工总数：28" in body or "28" in body
    questions = []
    for _ in range(6):
        if not asks(reply):
            break
        questions.append(reply["messages"][-1]["text"])
        reply = person.says("不清楚")
    assert not any("裁员" in q or "在职职工总数" in q for q in questions), questions


def test_liaocheng_exhausted_benefit_and_age_are_kept(person):
    reply = person.says("聊城的，51岁，失业金领完了还没找到活，能有啥帮扶")
    body = text(reply)
    assert "51" in body
    assert "您今年多少周岁" not in body and "是否正在领取失业保险金" not in body


def test_dalian_ride_hailing_driver_is_flexible_employment(person):
    reply = person.says("我在大连跑网约车自己交社保，有补贴吗")
    body = text(reply)
    assert "灵活就业" in body and "您现在的就业状态是" not in body


def test_lingyuan_brothers_in_partnership_not_asked_again(person):
    reply = person.says("俺跟俺兄弟俩合伙在凌源开了个饭店，有啥扶持")
    assert "合伙" in text(reply)
    assert "您是合伙创业或组织起来共同创业吗" not in text(person.answer_all("不清楚"))


def test_shenyang_impatient_person_gets_the_summary_at_once(person):
    reply = person.says("我在沈阳失业了能领啥补贴")
    assert asks(reply) or citations(reply)
    reply = person.says("你问这么多干啥直接告诉我")
    assert is_summary(reply)


# ---- 5. follow-ups stay on the last clause ------------------------------------------------------
def test_dalian_is_it_still_in_force_is_about_the_clause_just_cited(person):
    first = person.says("大连的稳岗返还是怎么规定的")
    cited = citations(first)[0]["clause_id"]
    reply = person.says("那现在还执行吗")
    # the measure just cited says its own period, never the clause's latest end (another measure's)
    assert citations(reply)[0]["clause_id"] == cited and text(reply).startswith("关于")
    assert citations(reply)[0]["quote"] == citations(first)[0]["quote"]


def test_lingyuan_where_to_apply_follows_the_loan_clause(person):
    first = person.says("凌源创业担保贷款最多能贷多少")
    cited = citations(first)[0]["clause_id"]
    reply = person.says("去哪办")
    assert citations(reply)[0]["clause_id"] == cited
    assert "具体请咨询责任单位" in text(reply) and "为您转人工" not in text(reply)


def test_liaocheng_how_many_times_follows_the_last_clause(person):
    first = person.says("聊城的灵活就业社保补贴是怎么规定的")
    cited = citations(first)[0]["clause_id"]
    reply = person.says("那个补贴能领几年")
    assert citations(reply)[0]["clause_id"] == cited and "关于" in text(reply)


def test_switching_to_liaocheng_moves_the_conversation(person):
    person.says("大连的创业补贴有哪些")
    reply = person.says("算了，我还是问问聊城的吧")
    assert "聊城市" in text(reply) and citations(reply)[0]["doc_id"] == "liaocheng-2020"


# ---- 6. places and scripts ------------------------------------------------------------------------
def test_anshan_county_is_answered_from_liaoning_and_says_so(person):
    reply = person.says("我在鞍山海城，大学毕业回来创业有啥支持")
    body = text(reply)
    assert "辽宁省" in body and ("省级" in body or "辽政发〔2020〕9号" in body)


def test_beijing_is_told_once_what_is_covered(person):
    reply = person.says("我在北京失业了能领啥")
    body = text(reply)
    assert "不在目前收录的范围内" in body and "聊城市" in body and "大连市" in body
    assert notices.OUT_OF_SCOPE not in body


def test_jinan_is_outside_because_only_liaocheng_is_covered_in_shandong(person):
    reply = person.says("济南的高校毕业生就业补贴")
    assert "只收录聊城市" in text(reply)


def test_traditional_characters_are_read(person):
    reply = person.says("大連的高校畢業生有什麼補貼")
    assert "大政发" in text(reply) or "大连市" in text(reply)
    assert notices.OUT_OF_SCOPE not in text(reply) and "没有理解" not in text(reply)


def test_an_english_message_gets_a_chinese_and_english_reply(person):
    reply = person.says("Hi, what can you help me with?")
    body = text(reply)
    assert "就业政策智能助手" in body and "Hello!" in body and "12345" in body


def test_question_marks_are_not_out_of_scope(person):
    person.says("稳岗返还有什么规定")
    reply = person.says("？？")
    assert text(reply).startswith("没看懂") and notices.OUT_OF_SCOPE not in text(reply)


# ---- 7. procedures without a hand-off -------------------------------------------------------------
def test_lingyuan_interest_and_collateral_get_the_text_and_the_departments(person):
    reply = person.says("凌源创业担保贷款利息咋算，要抵押不")
    body = text(reply)
    assert "为您转人工" not in body and citations(reply)
    assert "具体请咨询责任单位" in body


def test_chaoyang_where_to_apply_for_a_subsidy(person):
    reply = person.says("朝阳这边失业登记去哪儿办")
    body = text(reply)
    assert "为您转人工" not in body and citations(reply) and "责任单位" in body


# ---- 9. no dead ends ------------------------------------------------------------------------------
def test_dalian_veteran_near_retirement_gets_the_matching_clauses(person):
    person.says("我是退伍的，在大连失业一年了，失业金领完了，差不到一年退休，有啥政策")
    reply = person.answer_all("不清楚")
    body = text(reply)
    assert citations(reply)
    assert "可以申请的补贴" in body or "与您所说情况有关的条款" in body or "与您的问题相关的政策" in body


def test_liaocheng_correction_at_the_region_question_is_not_a_dead_end(live_stack):
    # in 2020: today (2026) nothing in force bears on so broad a question, and no questions are asked
    person = Person(live_stack, IN_2020)
    reply = person.says("我想看看自己能享受哪些补贴")
    reply = person.says("不对，我在聊城")
    assert "聊城市" in text(reply)
    end = person.answer_all("不清楚")
    assert is_summary(end) or citations(end)
    assert "转人工" in text(end) or "/handoff" in payloads(end) or is_summary(end)


def test_lingyuan_new_eligibility_question_mid_form_rescopes(person):
    person.says("凌源的公司招了5个失业人员能领啥")
    reply = person.says("那我自己要是想在凌源创业开个店能贷款吗")
    body = text(reply)
    assert "创业" in body and ("贷款" in body or asks(reply))
