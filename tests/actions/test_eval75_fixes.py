"""Evaluation 75's findings (/work/eval75/ findings-A.md, findings-B.md), answered on the real engine, search and
knowledge base. The messages are written for these tests after the findings, not copied from them."""

from __future__ import annotations

from tests.actions.conftest import asked, started


def test_a_small_firm_asking_what_it_can_borrow_hears_the_firms_sentence(convo):
    # before (RA08, rated 1): a small firm hiring heard 凌源 四、（七）'s 10万元 for persons founding a business
    started(convo, "凌源开加工厂的 今年招了4个人 有3个登记过失业 有补贴吗", as_of="2019-11-20")
    asked(convo, "凌源 稳岗返还 返多少", as_of="2019-11-20")
    body = asked(convo, "我问的是贷款，小企业招了人能贷多少", as_of="2019-11-20")
    assert "300万元" in body and "10万元" not in body, body


def test_a_person_founding_a_business_still_hears_the_persons_sentence(convo):
    body = asked(convo, "凌源 自主创业 创业担保贷款最多能贷多少", as_of="2019-11-20")
    assert "10万元" in body, body


def test_a_question_on_a_duty_of_a_text_is_answered_from_it_without_a_form(convo):
    # before (RB11): "企业裁员要提前多少天通知工会" opened the form with 技能提升补贴 and asked for the city twice
    from actions.eligibility import ActionStartEligibility

    convo.say(
        "大连的规定里 经济性裁员的企业得提前多少天跟工会说明情况", "check_eligibility", metadata={"as_of": "2026-12-07"}
    )
    messages, events = convo.run(ActionStartEligibility())
    assert any(e.get("event") == "followup" and e.get("name") == "action_answer_question" for e in events), events
    body = asked(convo, "大连的规定里 经济性裁员的企业得提前多少天跟工会说明情况", as_of="2026-12-07")
    assert "30 日" in body and "原文没有写明具体金额" not in body, body


def test_a_benefit_declined_is_no_word_to_search_by():
    from actions.denied_words import without_denied

    assert "补贴" not in without_denied("我不申请补贴。就问文件里裁员前要跟工会说多少天")


def test_a_person_out_of_work_still_gets_the_form(convo):
    from actions.eligibility import ActionStartEligibility

    convo.say("我在大连 下岗了 咋办", "check_eligibility", metadata={"as_of": "2026-12-07"})
    _, events = convo.run(ActionStartEligibility())
    assert not any(e.get("event") == "followup" and e.get("name") == "action_answer_question" for e in events)


def test_clauses_granting_nothing_are_not_offered_while_a_granting_one_matched():
    # before (RA08): a small firm's hires heard 凌源 五、（一） "加强组织领导" as the clause matching its situation
    from actions.offered import matching

    found = matching(
        {"results": [{"clause_id": "lingyuan-2019-14:5.1"}, {"clause_id": "lingyuan-2019-14:4.7"}]},
        {"applicant_type": "enterprise"},
    )
    assert [h["clause_id"] for h in found["results"]] == ["lingyuan-2019-14:4.7"]


def test_a_small_firm_hiring_registered_jobless_hears_the_firms_loan_first(convo):
    # before (RA08): the first reply settled nothing and quoted 五、（一） "加强组织领导"
    body = started(
        convo, "我是凌源开小厂的 今年新招了4个人 里头有3个是在人社登记过失业的 招这样的人有补贴吗", as_of="2019-10-10"
    )
    assert "1. 小微企业创业担保贷款" in body, body


def test_a_duty_quoted_again_is_not_said_to_be_enjoyed(convo):
    # before (RB11): the 30 日 sentence asked again came with "您的情况是否符合、具体能享受多少，以经办部门认定为准"
    from actions.sentence_pointed import NO_SUM_SAID

    asked(convo, "大连的文件 企业经济性裁员 要提前多少天向工会说明", as_of="2026-12-07")
    body = asked(convo, "就是那个经济性裁员提前向工会说明情况的 到底几日", as_of="2026-12-07")
    assert NO_SUM_SAID not in body, body
