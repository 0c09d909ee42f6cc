"""Facts read deterministically from what people type, and answers to the question asked."""

from __future__ import annotations

from datetime import date

import pytest

from actions.context import date_in_text
from actions.fact_answers import read_answer
from actions.profile_facts import extract

TODAY = date(2026, 11, 22)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("公司招了五个应届生能领什么", {"applicant_type": "enterprise", "new_hires_graduates": 5}),
        (
            "我们厂在聊城，有一百二十个员工，没裁员，小型企业",
            {
                "region": "聊城市",
                "applicant_type": "enterprise",
                "enterprise_size": "small",
                "employees": 120,
                "layoffs": "none",
            },
        ),
        (
            "招了3个贫困户和2个大学生",
            {"applicant_type": "enterprise", "new_hires_poverty": 3, "new_hires_graduates": 2},
        ),
        (
            "去年毕业的大学生在大连找不到工作有什么补贴",
            {
                "region": "大连市",
                "applicant_type": "person",
                "is_college_graduate": True,
                "graduation_year": 2025,
                "employment_status": "unemployed",
            },
        ),
        ("我是大连的残疾人，想开个店", {"region": "大连市", "applicant_type": "person", "is_disabled": True}),
        (
            "退伍回来在凌源打工",
            {"region": "凌源市", "applicant_type": "person", "is_veteran": True, "is_migrant_worker": True},
        ),
        (
            "我失业半年了，登记了失业",
            {
                "applicant_type": "person",
                "employment_status": "unemployed",
                "unemployment_months": 6,
                "unemployment_registered": True,
            },
        ),
        ("签了两年合同，社保都交了", {"contract_one_year_plus": True, "social_insurance_paid": True}),
        # A policy word that merely contains 失业 (稳岗返还's "失业保险稳定岗位补贴", 裁员's "规模性失业")
        # or 农民工 ("农民工工资保证金") says nothing about who is asking.
        ("稳岗返还怎么申请", {}),
        ("年轻人创业有补贴吗", {}),
        ("工资保证金能缓交吗", {}),
        # premiums said in any order are the firm's (eval6 E02/E07); "四万多" is read as its floor, as the form does
        (
            "去年交了四万多失业保险",
            {"last_year_unemployment_insurance_paid": 40000, "insured": True, "applicant_type": "enterprise"},
        ),
        (
            "我前年夏天大学毕业 在聊城",
            {"applicant_type": "person", "region": "聊城市", "is_college_graduate": True, "graduation_year": 2024},
        ),
        ("公司招了俩应届生", {"applicant_type": "enterprise", "new_hires_graduates": 2}),
        ("招了仨大学生", {"applicant_type": "enterprise", "new_hires_graduates": 3}),
        ("招了二十多个应届生", {"applicant_type": "enterprise", "new_hires_graduates": 20}),  # at least 20
        ("招了十来个大学生", {"applicant_type": "enterprise"}),  # maybe fewer than ten: not read
        ("我们是大连的小微企业", {"region": "大连市", "applicant_type": "enterprise", "enterprise_size": "small"}),
        ("我们是人力资源服务机构，推荐了30个人", {"applicant_type": "hr_agency", "placements": 30}),
        (
            "我们是聊城的人力资源服务机构，介绍了20个高校毕业生到企业稳定就业",
            {"applicant_type": "hr_agency", "region": "聊城市", "placements_skilled_or_graduates": 20},
        ),
    ],
)
def test_extract(text, expected):
    assert extract(text, TODAY) == expected


def test_negation_and_correction():
    assert extract("我不是残疾人", TODAY)["is_disabled"] is False
    assert extract("没交社保", TODAY) == {"social_insurance_paid": False}
    assert extract("不对，我在凌源", TODAY) == {"region": "凌源市"}
    assert extract("不对，不在大连，在凌源", TODAY)["region"] == "凌源市"


def test_person_facts_of_hires_are_not_the_speakers():
    facts = extract("公司招了两个失业半年以上的人", TODAY)
    assert facts == {"applicant_type": "enterprise", "new_hires_long_term_unemployed": 2}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2020年的时候能领多少", date(2020, 12, 31)),
        ("按2020年7月的政策算", date(2020, 7, 31)),
        ("2020年7月15日那会儿", date(2020, 7, 15)),
        ("我是2020年毕业的", None),
        ("残疾人开店有补贴吗", None),
        # a date is the point in time asked about only when the words say so
        ("2024年7月1日", None),  # typed to a form question: an answer, not "judge as of that day"
        ("我2024年7月1日毕业的", None),
        ("2024年7月1日来凌源工作", None),
        ("按2024年7月1日来算", date(2024, 7, 1)),
        ("2020年7月1日那天有效吗", date(2020, 7, 1)),
    ],
)
def test_time_phrases(text, expected):
    assert date_in_text(text, TODAY) == expected


def _msg(intent, entities=(), confidence=0.99):
    return {"intent": {"name": intent, "confidence": confidence}, "entities": list(entities)}


@pytest.mark.parametrize(
    "fact, text, intent, entities, expected",
    [
        ("is_disabled", "是的", "affirm", [], (True, False)),
        ("is_disabled", "没有", "deny", [], (False, False)),
        ("contract_one_year_plus", "签了", "inform", [], (True, False)),
        ("new_hires_graduates", "五个", "inform", [], (5, False)),
        ("new_hires_graduates", "一个都没有", "inform", [], (0, False)),
        ("unemployment_months", "半年", "inform", [], (6, False)),
        ("employment_status", "灵活就业", "inform", [], ("flexible", False)),
        ("employment_status", "", "inform", [{"entity": "choice", "value": "unemployed"}], ("unemployed", False)),
        ("applicant_type", "", "inform", [{"entity": "applicant_type", "value": "enterprise"}], ("enterprise", False)),
        ("region", "凌源", "inform", [], ("凌源市", False)),
        ("region", "北京", "inform", [], (None, False)),
        ("is_veteran", "不清楚", "dont_know", [], (None, True)),
        ("age", "不知道啊", "inform", [], (None, True)),
        ("enterprise_size", "小型", "inform", [], ("small", False)),
        # dates are slot values: ISO text, never a date object (JSON)
        ("graduation_date", "2025年7月1日", "inform", [], ("2025-07-01", False)),
        ("graduation_date", "2024-07-01", "inform", [], ("2024-07-01", False)),
        ("flexible_employment_start_date", "2025年3月1日", "inform", [], ("2025-03-01", False)),
        ("last_year_unemployment_insurance_paid", "四万多", "inform", [], (40000, False)),  # at least: a floor
        # a ceiling is not the figure: read as 50000 it would overstate the refund, so it is asked again
        ("last_year_unemployment_insurance_paid", "不到五万", "inform", [], (None, False)),
        (
            "last_year_unemployment_insurance_paid",
            "不到五万",
            "inform",
            [{"entity": "number", "value": "五万"}],
            (None, False),
        ),
    ],
)
def test_read_answer(fact, text, intent, entities, expected):
    assert read_answer(fact, _msg(intent, entities), text) == expected


def test_unsure_affirm_is_not_an_answer():
    assert read_answer("is_disabled", _msg("affirm", confidence=0.89), "呵呵呵") == (None, False)
    assert read_answer("is_disabled", _msg("affirm", confidence=0.5), "") == (True, False)  # button


def test_small_and_micro_are_never_told_apart_by_a_rule():
    """Why "小微" may be read as small: no rule accepts one of the two sizes without the other."""
    import glob
    import re

    from tests.actions.conftest import ROOT

    checked = 0
    for path in glob.glob(str(ROOT / "knowledge/rules/*/*.yaml")):
        text = open(path, encoding="utf-8").read()
        for m in re.finditer(r"fact: enterprise_size, in: \[([^\]]*)\]", text):
            sizes = {s.strip() for s in m.group(1).split(",")}
            checked += 1
            assert ("small" in sizes) == ("micro" in sizes), (path, sizes)
    assert checked >= 5


def test_every_as_of_example_is_read_when_the_intent_says_so():
    """With the as_of_date intent a date needs no cue words (only not to be an event's): every
    training example that names a year is read."""
    import re

    from tests.actions.conftest import nlu_examples

    dated = [text for text in nlu_examples("as_of_date") if re.search(r"20\d\d", text)]
    assert len(dated) >= 35  # training examples only
    for text in dated:
        assert date_in_text(text, TODAY, loose=True), text
    assert date_in_text("2021年上半年有效吗", TODAY, loose=True) == date(2021, 6, 30)
    assert date_in_text("我2024年7月1日毕业的", TODAY, loose=True) is None
    assert date_in_text("2024年7月1日", TODAY, loose=True) is None  # a bare date answers a question


# ---- event windows said in the first message (evaluation N34, c38; actions/window_facts.py) --------
def test_reopening_day_and_hires_inside_the_window_are_read():
    facts = extract(
        "聊城 我们企业3月5日复工的 2月15日新招了6个人 签了一年合同交了社保 一次性吸纳就业补贴多少", date(2020, 3, 20)
    )
    assert facts["resumption_date"] == "2020-03-05" and facts["new_hires_feb10_month"] == 6


def test_hires_outside_the_window_are_not_counted_in_it():
    facts = extract("聊城 我们企业3月5日复工的 2月5日新招了6个人", date(2020, 3, 20))
    assert "new_hires_feb10_month" not in facts


def test_spring_festival_person_days_are_read():
    text = "我们是聊城生产口罩的企业，春节期间2月1日就开工了，10个工人干了9天，用工补贴能领多少"
    facts = extract(text, date(2020, 3, 1))
    assert facts["opened_during_spring_festival"] is True and facts["spring_festival_worker_days"] == 90
    assert facts["epidemic_supplies_role"] == "producer"
    assert extract("10个人干了9天 一共90个人天 能领多少", date(2020, 4, 1))["spring_festival_worker_days"] == 90


def test_what_eval6_people_had_said_before_they_were_asked_it():
    """E28 "领失业金的期满了还没找到工作" was asked 是否已领取失业保险金期满; E33 "第一次开店" 是否初次创业."""
    assert extract("領失業金的期滿了還沒找到工作".translate(str.maketrans("領業險滿還沒", "领业险满还没")))[
        "unemployment_insurance_exhausted"
    ]
    assert extract("我在大连租了个门面第一次开店")["first_time_business"] is True


@pytest.mark.parametrize(
    ("said", "role"), [("俺们3月1号才复工 不是防疫物资厂", "none"), ("我们是生产口罩的", "producer")]
)
def test_not_an_epidemic_supplies_works_is_not_a_producer(said, role):
    """eval6 E09: "不是防疫物资厂" was read as 是否生产或配送防疫急需物资：生产企业."""
    assert extract(said)["epidemic_supplies_role"] == role


def test_not_a_key_enterprise_and_a_price_per_head_asked():
    """eval6 E15: "不是啥重点保障企业" read as one; "一个人给多少" read as 1 person screened (150元 × 1人)."""
    assert extract("俺们就是个普通饭店 不是啥重点保障企业 能报不")["is_epidemic_key_enterprise"] is False
    assert "screening_workers" not in extract("咱大连这疫情期间新招的员工做核酸检测能报销不？一个人给多少")
    assert extract("我们是疫情防控重点保障企业 20个人做了核酸")["screening_workers"] == 20


def test_not_starting_a_business_is_said():
    """eval6 E01: "不创业，他都58了，就想领失业金" was then asked 您是初次创业吗."""
    assert extract("不创业，他都58了，就想领失业金")["first_time_business"] is False


def test_training_cost_said_in_passing():
    """eval6 E11: "这次培训一共花了5万块" said twice, the 80% never worked out."""
    facts = extract("交了。厂里确实困难，这次培训一共花了5万块")
    assert facts["on_job_training_cost"] == 50000 and facts["organizes_on_job_training"] is True


@pytest.mark.parametrize(
    ("said", "fact", "value"),
    [
        ("俺们招了4个 社保也交了", "social_insurance_paid", True),  # E04 then asked 是否按规定缴纳了社会保险费
        ("不领失业金。要是当地最低工资1500", "receiving_unemployment_insurance", False),  # E16
        ("我们是中型企业 参保120人", "insured_employees", 120),  # E17 then asked 参保职工有多少人
    ],
)
def test_said_before_it_is_asked(said, fact, value):
    assert extract(said)[fact] == value


def test_a_month_is_no_head_count_and_the_monthly_premiums_are_read():
    """eval6 E30: "企业和职工一个月应缴社保一共4万" read as 在职职工人数：1, then asked the monthly premiums."""
    facts = extract("俺们企业和职工一个月应缴社保一共4万")
    assert "employees" not in facts and facts["monthly_social_insurance_due"] == 40000
    assert extract("我们有职工28个人")["employees"] == 28
