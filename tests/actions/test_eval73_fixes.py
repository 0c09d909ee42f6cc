"""Evaluation 73's findings (/work/eval73/ findings-A.md, findings-B.md), answered on the real engine, search and
knowledge base. The messages are written for these tests after the findings, not copied from them."""

from __future__ import annotations

from datetime import date

from tests.actions.conftest import asked, started

DAY = date(2026, 12, 6)


def test_a_worker_whose_employer_pays_no_insurance_is_a_person():
    # before (PB05): "干保洁的 单位不给交社保 我想自己交" was read as 企业 and heard the hiring subsidies
    from actions.profile_applicant import applicant_type

    assert applicant_type("我在饭店洗碗 老板不给交社保 想自己交") == "person"


def test_a_single_mother_is_not_told_no_of_the_graduates_measure(convo):
    # before (PB05, rated 1): "不是残疾也不是大学生 就问我一个人带孩子自己交社保能不能补" heard 不能 of the graduates' 30%
    started(convo, "我在大连做保姆 自己交社保 48了 单亲 孩子跟我", as_of="2026-12-06")
    asked(convo, "大连 离校1年内的大学生灵活就业社保补贴是多少", as_of="2026-12-06")
    body = asked(convo, "我不是大学生 就问我这样单亲带孩子的 自己交社保能不能补", as_of="2026-12-06")
    assert "不能。" not in body and "只给“高校毕业生”" not in body, body


def test_a_hand_off_names_the_clauses_units_not_its_first_as_the_one():
    # before (PB08): unpaid wages were sent to "与您的问题相关的责任单位是市发展改革委"
    from answers import notices

    said = notices.handoff(["市发展改革委", "市人社局", "市住建局"])
    assert "责任单位是" not in said and "市发展改革委、" in said, said


def test_a_divorced_parent_with_the_child_is_read_as_a_single_parent():
    from actions.profile_facts import extract

    assert extract("我离过婚 孩子跟着我", DAY).get("is_single_parent") is True


def test_a_firm_using_dispatched_workers_is_a_firm_not_an_agency():
    # before (PA11): "我们是物流公司 用的都是劳务派遣工" was an agency, and "不对 我们不是中介 是物流公司" a person
    from actions.profile_applicant import applicant_type

    assert applicant_type("我们是做仓储的公司 员工都是派遣工 社保能补吗") == "enterprise"
    assert applicant_type("不对 我们不是人力资源公司 是仓储公司") == "enterprise"
    assert applicant_type("我们是劳务派遣公司") == "hr_agency"
    assert applicant_type("我不是老板 是公司的员工") == "person"


def test_the_last_day_of_a_measure_by_its_hiring_window_says_where_it_comes_from():
    # before (eval74 QA01): "已到期（至2024年11月30日）" beside "2021年12月31日前" read as a date the text never writes
    from actions.profile import evaluate
    from answers.validity_words import badge

    found = evaluate({"applicant_type": "enterprise", "region": "大连市", "new_hires_poverty": 2}, DAY)["benefits"]
    tax = next(b for b in found if b["benefit_id"] == "dalian-2020-18.tax-deduction-7800")
    assert badge(tax["validity"]) == "已到期（2021年12月31日前招用的可享受，每人最长3年，最晚至2024年11月30日）"


def test_the_day_it_ends_asked_stays_on_the_clause_in_play(convo):
    # before (eval74 QB07, an inspector): "到期日是哪天" after 聊城 第9条's 600元 heard 第4条's 2021年4月30日
    asked(convo, "聊城 第9条 临时公益性岗位补贴 还发不发", as_of="2026-12-06")
    body = asked(convo, "那到期日是哪天", as_of="2026-12-06")
    assert "第9条" in body and "2020年6月30日" in body and "第4条" not in body, body


def test_where_the_hires_are_from_is_not_where_the_firm_is():
    # before (eval74 QA04, a 大连 HR): "0个，他们都是辽宁本地的" moved the firm to 辽宁省 and its 7800元 left the summary
    from actions.profile_facts import region

    assert region("没有外地的 他们都是辽宁本地人") is None
    assert region("招的都是大连本地人 我们在凌源") == "凌源市"
