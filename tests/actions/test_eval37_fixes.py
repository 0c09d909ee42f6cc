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


def test_a_yes_no_on_a_measure_that_ended_leads_with_no(convo):
    # before (Z21): "…社保能缓交吗 就说能不能" heard a list led by a loan, the ended 缓缴 second, and no answer
    body = started(convo, "聊城的 厂里15个人 社保还能缓交吗 直接说能不能", as_of="2026-12-05")
    assert body.split("\n")[1].startswith("不能：") and "2020年12月31日到期" in body.split("\n")[1], body


def test_a_yes_no_after_another_clause_answers_the_measure_named(convo):
    # before (Z21): "社保缓交 一句话 现在能不能" after the 公积金 clause heard "要看…" of 缓缴住房公积金
    asked(convo, "聊城 住房公积金能缓缴吗", as_of="2026-12-05")
    body = asked(convo, "那社保缓交呢 现在还能不能", as_of="2026-12-05")
    assert body.startswith("不能：") and "缓缴社会保险费" in body and "住房公积金" not in body.split("\n")[0], body


def test_layoffs_said_in_other_words_are_worked_into_a_rate():
    # before (Z02): "交社保的22个人 4月份辞退了一个" was read as 为新招用人员缴纳社会保险费：是, and the rate asked twice
    found = extract("我在聊城开了个五金厂 交社保的18个人 3月份辞退了一个 稳岗返还能返多少", date(2020, 6, 5))
    assert found["insured_employees"] == 18 and found["layoff_rate"] == 5.6 and "social_insurance_paid" not in found
    assert extract("我们厂25个人 走了3个", date(2020, 6, 5))["layoff_rate"] == 12


def test_an_owner_saying_where_the_restaurant_is_speaks_as_the_employer():
    # before (Z18): "我是大连开饭店的 35个人都上着保险" was 个人、自主创业
    found = extract("我是沈阳开饭店的 20个人都上着保险 稳岗返还能返多少", date(2020, 7, 20))
    assert found["applicant_type"] == "enterprise" and found["insured_employees"] == 20
    assert extract("我是想开个饭店", date(2020, 7, 20)).get("applicant_type") == "person"


def test_a_sum_asked_back_that_the_facts_give_is_confirmed(convo):
    # before (Z18): "那就是全返 42000？" heard "没有写“42000”这个数"
    asked(convo, "我们是大连的小微企业 参保30人 没裁员 稳岗返还能返多少", as_of="2020-07-20")
    asked(convo, "去年单位和个人失业保险一共交了36000 能返多少", as_of="2020-07-20")
    body = asked(convo, "那就是全返36000？", as_of="2020-07-20")
    assert "100% × 36000元 = 36000元" in body and "没有写" not in body, body


def test_receiving_said_in_passing_is_kept_and_a_denial_is_no():
    # before (Z07): "领失业金呢 这个月底就领完了" was asked again whether he receives it
    assert (
        extract("我在聊城 58了 领失业金呢 下个月就领完了", date(2021, 2, 1))["receiving_unemployment_insurance"] is True
    )
    assert extract("我没在领失业金", date(2021, 2, 1))["receiving_unemployment_insurance"] is False


def test_how_much_a_month_while_receiving_stays_on_the_benefit(convo):
    # before (Z07): "是 正领着呢 那一个月给多少钱" after 聊城 第21条 heard another clause (an employer's or an agency's)
    started(convo, "我在聊城 59了 正领着失业金 月底领完 能一直领到退休吗", as_of="2021-02-01")
    body = asked(convo, "是 还领着呢 那一个月能给多少钱", as_of="2021-02-01")
    assert "第21条" in body.split("\n")[0] and "最低工资标准的90%" in body, body
