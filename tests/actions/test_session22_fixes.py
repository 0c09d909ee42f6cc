"""Faults found in the twenty-second session: the twenty-first session's last live conversation (a laid-off man of
56 in 大连, drawing 失业金) and evaluation 107 (/work/eval107/ findings-A.md, findings-B.md), answered on the real
engine as the live stack runs them (the form's first reply, then questions asked while the form waits, spaces
stripped as the API strips them). The messages are written for these tests after the findings, not copied from them."""

from __future__ import annotations

from tests.actions.test_session21_fixes import _asked_in_form, _items, _started


def test_a_man_drawing_the_benefit_who_spoke_of_no_business_does_not_hear_the_founders_lump_sum_first(convo):
    # before: "…五十六了 船厂下岗了 失叶金领着呢 还有啥补帖" heard 46号（六）'s lump sum for founding a business first ("须
    # 自主创业后申请"), then 续领至退休 for those "不足1年" from the age
    body = _started(convo, "我大连的 男的 五十七了 被厂里裁了 失业金正领着呢 还能有啥补助", "2026-12-08")
    listed = _items(body)
    assert len(listed) == 3 and not any("自主创业" in item for item in listed), body
    assert "继续领取至退休" not in listed[0], body


def test_a_man_of_56_asking_to_draw_on_to_retirement_hears_his_years_against_the_texts_one_year(convo):
    # before: "领完了咋整 能领到退休不" quoted the until-retirement sentence and never set his years against its "不足1年"
    _started(convo, "我大连的 男的 五十六了 被厂里裁了 失业金正领着呢 还能有啥补助", "2026-12-08")
    body = _asked_in_form(convo, "要是领完了 还能一直领到退休吗", "2026-12-08")
    assert "按您说的年龄（56岁，男）推算，距法定退休年龄约" in body and "在1年以上" in body, body
    assert "可继续领取失业保险金直至法定退休年龄" in body, body
