"""Years to retirement reckoned from the age and sex said (evaluations 9 and 10: a 57-year-old man was asked
"您距离法定退休年龄还有几年？")."""

from datetime import date

import pytest

from actions import retirement_age
from actions.profile import evaluate
from actions.profile_facts import extract

BEFORE = date(2020, 6, 1)
AFTER = date(2026, 12, 4)


def test_the_reform_delays_by_birth_month():
    first = 1965 * 12  # January 1965
    assert retirement_age.retirement_months("man", first - 1, AFTER) == 720
    assert retirement_age.retirement_months("man", first, AFTER) == 721  # 60岁1个月
    assert retirement_age.retirement_months("man", first + 4, AFTER) == 722  # May 1965
    assert retirement_age.retirement_months("man", 1976 * 12 + 8, AFTER) == 756  # September 1976: 63
    assert retirement_age.retirement_months("woman_worker", 1984 * 12 + 10, AFTER) == 660  # November 1984: 55
    assert retirement_age.retirement_months("man", first + 30, BEFORE) == 720  # the law of the day asked


@pytest.mark.parametrize(
    "age, gender, as_of, years",
    [
        (57, "male", BEFORE, 3.0),  # 60 − 57: within 5 years, not within 1
        (55, "male", BEFORE, 5.0),
        (40, None, BEFORE, None),  # a woman worker of 40 is 10 years away, a man 20: no rule tells them apart...
        (59, "male", BEFORE, None),  # on his 59th birthday exactly one year is left: "不足1年" is not certain
        (47, "female", BEFORE, None),  # 3 years (worker) or 8 (cadre): asked
        (50, "female", BEFORE, None),  # may be retired already
        (60, "male", BEFORE, None),
        (57, "male", AFTER, 4.25),  # born 1968–1969: 60 and 12–15 months, at most 51 months away
    ],
)
def test_years_are_reckoned_only_where_every_reading_agrees(age, gender, as_of, years):
    got = retirement_age.years_left(age, gender, as_of)
    if years is None and age == 40:  # every reading is more than 5 years away: decided, and far
        assert got is not None and got > 5
    else:
        assert got == years


def test_sex_is_read_from_the_persons_words_only():
    assert extract("我是男的，57了，在大连失业了", BEFORE)["gender"] == "male"
    assert extract("女，52岁，下岗了", BEFORE)["gender"] == "female"
    assert extract("我57了男的在大连失业了", BEFORE)["gender"] == "male"  # the API joins the words
    assert extract("本人男59岁失业", BEFORE)["gender"] == "male"
    for text in (
        "我女儿毕业了找不到工作",
        "我老婆是女的",
        "他是男的",
        "我男朋友失业了",
        "妇女主任问的",
        "有针对女性的补贴吗",
    ):
        assert "gender" not in extract(text, BEFORE), text


def test_a_measure_decided_on_reckoned_years_says_so():
    profile = {
        "applicant_type": "person",
        "region": "大连市",
        "age": 57,
        "gender": "male",
        "unemployment_registered": True,
    }
    result = evaluate(profile, BEFORE)
    hard = next(b for b in result["benefits"] if b["benefit_id"] == "dalian-2020-18.public-welfare-post-extension")
    assert hard["missing_facts"] == ["public_welfare_post_expired_unstable"]  # 就业困难人员 is settled
    assert any("推算" in r and "以经办部门认定为准" in r for r in hard["reasons"])
    asked = evaluate({**profile, "gender": "female", "age": 47}, BEFORE)
    hard = next(b for b in asked["benefits"] if b["benefit_id"] == "dalian-2020-18.public-welfare-post-extension")
    assert not any("推算" in r for r in hard["reasons"])
    assert "is_hard_to_employ" in hard["missing_facts"]


def test_the_summary_says_the_years_were_reckoned_not_said():
    from answers.summary import summary

    profile = {
        "applicant_type": "person",
        "region": "大连市",
        "age": 57,
        "gender": "male",
        "unemployment_insurance_exhausted": True,
    }
    rule = "dalian-2020-18.unemployment-insurance-until-retirement"
    text = summary(evaluate(profile, BEFORE), scope={rule}).text
    # before: "还需补充信息…（还要看：您距离法定退休年龄还有几年？）", and once a figure was there "（按您说的：3年）"
    assert "不符合“距离法定退休年龄不足1年”（按您说的年龄（57岁，男）推算，距法定退休年龄约2至3年）" in text
    assert "按您说的：3年" not in text


def test_an_employers_measure_is_left_out_of_a_laid_off_mans_summary():
    from actions.question_fit import other_roles

    profile = {"applicant_type": "person", "region": "大连市", "age": 57, "employment_status": "unemployed"}
    benefits = evaluate(profile, BEFORE)["benefits"]
    left_out = other_roles(benefits, profile, "俺57了在大连失业了失业金领完了还能接着领不")
    assert "dalian-2017-46.business-leader-social-insurance" in left_out  # 创业带头人's premiums for its hires
    assert "dalian-2020-18.unemployment-insurance-until-retirement" not in left_out
    assert "dalian-2017-46.business-leader-social-insurance" not in other_roles(
        benefits, profile, "我开了个小饭馆 招了2个下岗的"
    )
