"""Facts said in everyday words are kept; who is asking; dates attached to the person's events."""

from datetime import date

import pytest

from actions.context import date_in_text
from actions.profile_facts import extract


@pytest.mark.parametrize(
    "said,expected",
    [
        ("俺跟俺兄弟俩合伙开了个饭店", {"partnership_business": True, "applicant_type": "person"}),
        # "不到一年" is under a year (11 months), so the text's "不足1年" holds (it was 1.0 and failed it: eval23 U09)
        ("失业金领完了，差不到一年退休", {"unemployment_insurance_exhausted": True, "years_to_retirement": 0.9167}),
        ("我跑网约车自己交社保", {"employment_status": "flexible", "pays_flexible_social_insurance": True}),
        ("没上过公益岗", {"in_public_welfare_post": False}),
        ("我们公司去年没裁，二十八个人", {"applicant_type": "enterprise", "layoffs": "none", "employees": 28}),
        ("28人残保金还用交吗", {"applicant_type": "enterprise", "employees": 28}),
        ("我是退伍的，失业一年了", {"is_veteran": True, "unemployment_months": 12}),
    ],
)
def test_everyday_words_state_facts(said, expected):
    facts = extract(said)
    assert {k: facts.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "said",
    [
        "我老公原来在厂里上班，厂子倒闭了，他能领什么",
        "我在单位就业",
        "我媳妇公司裁员了",
        "我老公原来在大连的厂里上班，他能领点啥",
    ],
)
def test_a_personal_story_naming_a_workplace_is_a_person(said):
    assert extract(said)["applicant_type"] == "person"


def test_an_enterprise_still_reads_as_an_enterprise():
    assert extract("我们公司招了3个大学生")["applicant_type"] == "enterprise"


@pytest.mark.parametrize(
    "said", ["我2019年底在大连办的营业执照，能领啥", "2021年从沈阳来的凌源", "大政发〔2020〕18号第九条的补贴标准是多少"]
)
def test_a_date_of_the_persons_event_is_not_the_evaluation_date(said):
    assert date_in_text(said, date(2026, 12, 2), loose=True) is None


@pytest.mark.parametrize(
    "said,day", [("按2020年7月1日的政策算", date(2020, 7, 1)), ("2020年那会儿能领吗", date(2020, 12, 31))]
)
def test_words_about_the_policy_time_move_the_evaluation_date(said, day):
    assert date_in_text(said, date(2026, 12, 2), loose=True) == day
