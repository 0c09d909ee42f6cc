"""Who is asking (actions/profile_applicant.py), the facts that settle a sum (premiums, the hiring month),
the first reply's measures for the group described (actions/profile_rank.py) and the words-first
turns about place and wages (actions/profile_turns.py). No Rasa: the readers and the rules data."""

from __future__ import annotations

from datetime import date

import pytest

from actions import form_checks, profile_rank, profile_turns
from actions.profile_applicant import applicant_type, keep_applicant
from actions.profile_facts import extract

TODAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("我们是一家人力资源机构，推荐了12个技校生去企业", "hr_agency"),
        ("我们不是企业，是人力资源服务公司", "hr_agency"),
        ("不对，我们不是公司，我是个人", "person"),
        ("我是开小饭馆的个体户", "person"),
        ("包工头拖欠我两个月工钱", "person"),
        ("我们厂招了3个人", "enterprise"),
        ("俺是开小超市的", "enterprise"),
        # a new founder asks about starting up (the graduate's 创业 measures), not as an employer
        ("我在凌源开饭店不到一年有啥补贴", None),
        ("我开店三个月了", None),
    ],
)
def test_who_is_asking(text, expected):
    assert applicant_type(text) == expected


def test_a_head_count_is_not_a_person_and_keeps_the_agency():
    found = extract("20个人一共能拿多少", TODAY)
    assert found.get("applicant_type") != "person"
    assert keep_applicant(found, "hr_agency", "20个人一共能拿多少").get("applicant_type") in (None, "hr_agency")


def test_premiums_paid_last_year_are_read_with_the_firm():
    assert extract("去年一共缴了失业保险费三万二", TODAY) == {
        "last_year_unemployment_insurance_paid": 32000,
        "insured": True,
        "applicant_type": "enterprise",
    }
    assert extract("上年度交了失业保险费1.5万", TODAY)["last_year_unemployment_insurance_paid"] == 15000


def test_the_hiring_month_dates_the_contract_at_its_last_day():
    found = extract("我们公司2021年3月招了1个建档立卡贫困人口", TODAY)
    assert found["hires_contract_date"] == "2021-03-31" and found["new_hires_poverty"] == 1
    assert extract("2021年3月5日签了合同招了1个贫困户的公司", TODAY)["hires_contract_date"] == "2021-03-05"


def test_no_unemployed_hired_is_zero_of_them():
    found = extract("没招过失业的 只有毕业生", TODAY)
    assert found["new_hires_long_term_unemployed"] == 0 and found["new_hires_registered_unemployed"] == 0


def test_age_said_without_sui():
    assert extract("俺今年52了", TODAY)["age"] == 52


def test_a_graduate_is_not_offered_other_groups_measures():
    graduate = {"applicant_type": "person", "region": "大连市", "is_college_graduate": True}
    assert not profile_rank.for_this_person("dalian-2020-18.low-income-gradual-exit", graduate)
    assert not profile_rank.for_this_person("dalian-2020-18.unemployment-insurance-until-retirement", graduate)
    assert profile_rank.for_this_person("dalian-2017-46.job-search-subsidy-1000", graduate)


def test_hubei_measures_only_for_who_says_hubei():
    rule = "dalian-2020-18.hubei-graduate-job-search"
    assert not profile_rank.for_this_person(rule, {"applicant_type": "person", "is_college_graduate": True})
    assert profile_rank.for_this_person(rule, {"applicant_type": "person", "is_hubei_native": True})


def test_near_retirement_measures_not_for_the_young():
    rule = "dalian-2020-18.unemployment-insurance-until-retirement"
    assert profile_rank.too_young(rule, 40)
    assert not profile_rank.too_young(rule, 58)
    assert not profile_rank.too_young(rule, None)


def test_a_veteran_reaches_the_hard_to_employ_measures_and_the_sentence_placing_him_there():
    veteran = {"applicant_type": "person", "region": "大连市", "is_veteran": True, "employment_status": "unemployed"}
    assert not profile_rank.group_definitions({**veteran, "employment_status": "employed"})  # in work: not his
    ranked = profile_rank.ranked([], veteran)
    assert ranked, "the measures of the group the definition places veterans in"
    cites = profile_rank.definition_citations(veteran, TODAY, ["退役军人"])
    assert cites and "连续失业1年以上的退役军人" in cites[0]["quote"]
    assert cites[0]["doc_number"] == "辽政发〔2020〕9号"


def test_wages_owed_is_a_complaint():
    assert profile_turns.is_complaint("单位克扣我工资三个月了")
    assert not profile_turns.is_complaint("工资补贴怎么领")


@pytest.mark.parametrize(
    "text, region, earlier, starts",
    [
        ("省里的文件在我这里适用吗", "凌源市", "", "能。凌源市属于辽宁省"),
        ("那辽宁省的规定我们这能用吗", "辽宁省", "我在营口 想创业", "能。营口市属于辽宁省"),
        ("辽宁省的政策在聊城能用吗", "聊城市", "", "不能。聊城市不属于辽宁省"),
    ],
)
def test_does_the_provinces_rule_apply_here(text, region, earlier, starts):
    reply = profile_turns.province_reply(text, region, earlier)
    assert reply is not None and reply.text.startswith(starts)


def test_two_places_compared_side_by_side_from_the_compare_service():
    reply = profile_turns.compare_reply("凌源和大连的稳岗返还有什么区别", TODAY)
    assert reply is not None
    assert "【大连市】" in reply.text and "【凌源市】" in reply.text
    assert {c["region"] for c in reply.citations} == {"大连市", "凌源市"}
    assert profile_turns.compare_reply("大连的稳岗返还怎么申请", TODAY) is None


def test_restated_question_drops_the_places():
    notice = profile_turns.restated("上海浦东的 创业担保贷款能贷多少", "大连市")
    assert notice == "好的，下面按大连市的政策回答您刚才问的“创业担保贷款能贷多少”："


class _Tracker:
    def __init__(self, cited: list[list[str]], text: str):
        self.slots, self.active_loop, self.events = {}, {}, []
        for clauses in cited:
            self.events += [{"event": "user", "text": "…"}]
            self.events += [
                {"event": "bot", "data": {"custom": {"answer": {"citations": [{"clause_id": c} for c in clauses]}}}}
            ]
        self.events.append({"event": "user", "text": text})

    def get_slot(self, name):
        return None


def test_what_was_heard_is_checked_against_the_sentence_that_says_it():
    reply = form_checks.check_reply(
        "预先给一半是真的吗", _Tracker([["lingyuan-2019-14:3.2"]], "预先给一半是真的吗"), TODAY
    )
    assert "预支不超过 50% 的补贴资金" in reply.text and reply.citations


def test_what_the_text_does_not_say_is_said_plainly():
    text = "学徒包吃住是真的吗"
    reply = form_checks.check_reply(text, _Tracker([["lingyuan-2019-14:3.2"]], text), TODAY)
    assert reply.text.startswith("刚才引用的条款原文未写明“学徒包吃住”")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("俺是开小超市的", "enterprise"),  # 12345 E36: the owner asks as the employer
        ("俺在大连开了个小厂 28个人 招了4个人", "enterprise"),
        ("现在是开小吃部的个体户", "person"),  # self-employed, hiring nobody
        ("我老公开了个厂 倒闭了", "person"),
        ("我是想开个店 能贷款吗", "person"),
    ],
)
def test_an_owner_is_the_employer(text, expected):
    assert applicant_type(text) == expected


def test_a_measure_for_groups_not_said_never_leads():
    """12345 E23: 就业困难残疾人 60% led for a 48-year-old casual worker who said neither group."""
    profile = extract("俺48岁 女的 在大连打零工 社保能补不", date(2020, 7, 1))
    # 就业困难人员 counts half (a status one is recognised into, eval13 K04), 残疾人 whole
    assert profile_rank.groups_away("dalian-2020-18.disabled-flexible-social-insurance", profile) == 1.5
    assert profile_rank.groups_away("dalian-2017-46.hard-to-employ-flexible-social-insurance", profile) == 0.5
    assert profile_rank.groups_away("dalian-2017-46.graduate-flexible-social-insurance", profile) == 1
    assert not profile_rank.too_young("dalian-2017-46.hard-to-employ-flexible-social-insurance", 48)


@pytest.mark.parametrize("said", ["我们是聊城一家28人的小厂，疫情期间没裁员", "俺们这是个小作坊", "我们是一家小饭店"])
def test_a_firm_describing_itself_is_the_firm(said):
    """eval6 E02: "我们是聊城一家28人的小厂" was asked 以什么身份申请."""
    assert applicant_type(said) == "enterprise"


def test_a_worker_of_a_firm_describing_the_firm_is_not_it():
    assert applicant_type("我在一家饭店的后厨上班") != "enterprise"
