"""Readers of who is asking and what they said, from the 12345 supervisor's third evaluation (B5): store only
what the person said; a person's "按灵活就业交社保" is their own contribution, not the employer's; a
correction's facts are read; a 劳务派遣 firm is an agency and the workers it placed are not its staff."""

from __future__ import annotations

from datetime import date

from actions.profile_facts import extract

DAY = date(2026, 12, 2)


def test_the_group_a_definition_question_asks_about_is_not_stored():
    found = extract("凌源这边 零就业家庭的人 算不算就业困难人员", DAY)
    assert "is_hard_to_employ" not in found
    found = extract("大连 退役军人 失业一年多了 介绍了两回工作都没成 算不算就业困难人员", DAY)
    assert "is_hard_to_employ" not in found and found["is_veteran"] is True
    assert "is_low_income_family" not in extract("我算低保户吗", DAY)


def test_a_group_stated_or_denied_is_still_read():
    assert extract("我是就业困难人员", DAY)["is_hard_to_employ"] is True
    assert extract("我不是就业困难人员", DAY)["is_hard_to_employ"] is False


def test_a_person_paying_as_flexible_worker_is_not_the_employers_fact():
    found = extract("大连 我是2024年毕业的残疾大学生 现在跑滴滴 按灵活就业交社保 能补多少", DAY)
    assert found["pays_flexible_social_insurance"] is True
    assert "social_insurance_paid" not in found


def test_an_employer_paying_for_hires_keeps_the_employers_fact():
    found = extract("大连企业 2020年8月招了2个建档立卡贫困人口 签了两年合同交了社保 税收上能减多少", DAY)
    assert found["social_insurance_paid"] is True and "pays_flexible_social_insurance" not in found


def test_a_correction_states_graduation_years_ago_self_employment_and_no_high_tech():
    found = extract("说错了 我已经毕业三年了 现在是开小吃部的个体户 不搞高新技术", DAY)
    assert found["graduation_year"] == 2023
    assert found["employment_status"] == "self_employed"
    assert found["high_tech_business"] is False
    assert found["applicant_type"] == "person"


def test_a_labour_dispatch_firm_is_an_agency_and_the_workers_placed_are_placements():
    found = extract("我们是大连一家劳务派遣公司 疫情期间给企业介绍了120个工人 都签了一年合同备了案 有补助吗", DAY)
    assert found["applicant_type"] == "hr_agency"
    assert found["placements"] == 120 and "employees" not in found
    assert extract("我们公司有120个工人", DAY)["employees"] == 120


def test_a_key_firm_quarantining_staff_states_its_status_and_person_days_not_its_staff():
    found = extract("大连 我们是疫情防控重点保障企业 疫情期间租酒店隔离员工 20人住了14天 住宿补助多少", DAY)
    assert found["is_epidemic_key_enterprise"] is True and found["quarantine_hotel_used"] is True
    assert found["quarantine_person_days"] == 280 and "employees" not in found
    assert extract("核酸检测呢 也是这20个人", DAY)["screening_workers"] == 20
    assert extract("我们员工20人", DAY)["employees"] == 20


def test_loan_eligible_hires_are_read_only_in_a_loan_question():
    said = "凌源市 我们是小微企业 30个职工 今年新招了5个符合条件的人 签了一年合同 能申请创业担保贷款吗 最多多少"
    found = extract(said, DAY)
    assert found["new_hires_loan_eligible"] == 5 and found["employees"] == 30
    assert "new_hires_loan_eligible" not in extract("我们今年新招了5个符合条件的人 有啥补贴", DAY)
