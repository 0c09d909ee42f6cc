"""Evaluation 78's findings (/work/eval78/ findings-A.md, findings-B.md), answered on the real engine, search and
knowledge base. The messages are written for these tests after the findings, not copied from them."""

from __future__ import annotations

from tests.actions.conftest import asked


def test_a_case_said_not_to_be_the_persons_is_answered_by_the_general_sentence(convo):
    # before (UB04): "不是高新技术 那能贷多少" after 凌源 四、（七）'s 大学生 sentence heard the 20万元 again
    asked(convo, "凌源 创业担保贷款 最多贷多少", "大学生呢", as_of="2026-12-07")
    body = asked(convo, "孩子大学毕业想开个小饭馆 不搞高新技术 这样能贷多少", as_of="2026-12-07")
    assert "10万元" in body and "20万元" not in body, body


def test_which_place_pays_more_is_said_plainly_when_the_texts_cannot_settle_it(convo):
    # before (UB10): "大连和聊城的见习补贴哪个高" never heard an answer, and "所以就是没法比呗" was out of scope
    body = asked(convo, "聊城跟大连 见习补贴 哪个多", as_of="2026-12-07")
    assert "按原文比不出来：大连市的文件没有写具体金额或比例" in body, body


def test_a_place_provided_free_to_graduates_is_not_said_to_be_the_units():
    # before (UA05): 辽政发（十二）'s "免费向高校毕业生、农民工等重点群体提供" was "这一项是给单位的，不是发给个人的"
    from actions.payee_line import unit_only

    hit = {
        "clause_id": "liaoning-2020-9:3.12",
        "highlights": ["政府投资开发的孵化基地等创业载体应安排一定比例场地，免费向高校毕业生、农民工等重点群体提供。"],
    }
    from retrieval.rule_scope import rules_by_clause

    # the reply quoted the clause's incubators' sentence too, which an incubator's rule cites
    shown = "".join(c.quote or "" for r in rules_by_clause()["liaoning-2020-9:3.12"] for c in r.citations)
    assert unit_only(hit, {"applicant_type": "person"}, shown) is None


def test_a_group_in_a_measure_denied_and_work_denied_are_no_facts():
    # before (UA03): "凌源没有残疾人开店的场地补贴呗" recorded 残疾人：否; (UA05) "不是送外卖那种" recorded 灵活就业
    from datetime import date

    from actions.profile_facts import extract

    assert "is_disabled" not in extract("那就是凌源没有残疾人创业的房租补贴呗", date(2026, 12, 7))
    assert "employment_status" not in extract("我又不是跑外卖的 问的是场地", date(2026, 12, 7))


def test_a_deposit_asked_after_a_tax_sentence_is_the_deposits_sentence(convo):
    # before (UA09): "农民工工资保证金免存…是不是也过期了" after 18号（二）'s tax sentence heard that sentence again ("保证金"
    # read as 证, a certificate asked for)
    from tests.actions.conftest import started

    started(convo, "我是大连一家施工总承包企业 新项目的农民工工资保证金能缓交或者免交吗", as_of="2026-12-07")
    asked(convo, "房产税城镇土地使用税有没有减免", as_of="2026-12-07")
    body = asked(convo, "我问的是工资保证金免存 不是税 免存那条还有效吗", as_of="2026-12-07")
    assert "免存储工资保证金" in body and "所需证件" not in body, body
