"""Evaluation 37's findings (/work/eval37/findings-A.md, findings-B.md), answered on the real engine, search and
knowledge base. The messages are written for these tests after the findings, not copied from them."""

from __future__ import annotations

from datetime import date

from actions.profile_facts import extract
from tests.actions.conftest import asked, started

DAY = date(2026, 12, 5)


def test_a_phrase_asked_for_by_place_is_found_word_for_word():
    from answers.term_where import reply

    # before (Z23): "自谋职业的军队退役人员在哪条" heard 46号（十六） (退役士兵) and was recorded 退役军人：是
    found = reply("请问 自谋职业的军队退役人员 这个说法在哪条", DAY)
    assert found is not None and found.citations[0]["clause_id"] == "dalian-2017-46:4.15", found
    assert "自谋职业的军队退役人员" in found.citations[0]["quote"]
    assert reply("稳岗返还在第几条 返还比例是多少", DAY) is None  # the measure asked about, not a lookup alone
    assert "is_veteran" not in extract("自谋职业的军队退役人员在哪条", DAY)


def test_a_clause_asked_for_with_its_text_is_given_whole(convo):
    # before (Z23, Z16, Z14): "…第十五条 原文" gave 5 of 9 sentences and hid the one asked about
    body = asked(convo, "大政发〔2017〕46号 第十五条 原文", as_of="2026-12-05")
    assert "自谋职业的军队退役人员" in body and "完善低保渐退制度" in body, body
    assert "回复“全文”" not in body


def test_a_group_only_part_of_a_measure_is_no_no_to_the_measure(convo):
    # before (Z12): a veteran founding with a partner asked about 创业担保贷款 and heard "不能" of the graduates' 全额贴息
    asked(convo, "我是退伍兵 在大连跟朋友合伙开个修车铺 创业担保贷款能贷吗", as_of="2020-10-15")
    asked(convo, "我不是大学生 高中毕业的 贷款咋样", as_of="2020-10-15")
    body = asked(convo, "不是大学生！合伙经营的 已经办了就业创业登记 到底能不能申请创业担保贷款", as_of="2020-10-15")
    assert not body.startswith("不能"), body
    if "这一条只给" in body:  # the judged clause was the graduates' 全额贴息: the loan itself is named from （八）
        assert "合伙经营" in body and "（八）" in body, body


def test_a_guard_near_retirement_planning_her_own_work_hears_her_measure_first(convo):
    # before (Z01): read as 企业, then graduates' items; 46号（十五）'s 30% came on the 11th message
    body = started(
        convo,
        "我在大连金州 58岁 男的 原来在商场当保安 去年登记失业了 现在打算摆个摊 自己交社保 能有啥补助",
        as_of="2026-12-05",
    )
    assert "以个人身份" in body, body
    first = body.split("\n1. ")[1].split("\n")[0] if "\n1. " in body else ""
    assert first.startswith("就业困难人员灵活就业社会保险补贴"), body
    assert "须灵活就业后申请" in body


def test_work_only_planned_is_not_the_work_now():
    found = extract("下岗了 现在想出去摆摊 自己交社保", DAY)
    assert found.get("employment_status") != "flexible" and "pays_flexible_social_insurance" not in found
    assert extract("下岗了 现在摆摊 自己交社保", DAY).get("employment_status") == "flexible"
    assert extract("我们公司以前在大连做物流 现在25个人", DAY).get("applicant_type") == "enterprise"


def test_no_one_hired_answers_every_hiring_count():
    from answers.questions import understood

    # before (Z08): "没招新人" was asked three times "是否与这些新招用人员签订了1年以上期限的劳动合同"
    found = extract("我们没招新人 就问稳岗返还", date(2020, 5, 10))
    assert found["new_hires_graduates"] == 0 and found["new_hires_registered_unemployed"] == 0
    assert "新招用人员：无" in understood(found) and "人数：0" not in understood(found)
    assert "new_hires_graduates" not in extract("没招人吗？", date(2020, 5, 10))
