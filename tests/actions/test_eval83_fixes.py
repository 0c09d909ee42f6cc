"""Evaluation 83's findings (/work/eval83/ findings-A.md, findings-B.md): answered on the real engine. The messages are
written for these tests after the findings, not copied from them."""

from __future__ import annotations

from datetime import date

from actions.profile_facts import extract

DAY = date(2026, 12, 7)


def test_registration_said_not_to_have_happened_is_recorded_as_not_done():
    # before (ZA05): "我没说我办了失业登记啊，我还没去办呢" was recorded 已办理失业登记：是
    assert extract("谁说我办了失业登记了 我还没去办呢", DAY).get("unemployment_registered") is False
    assert extract("失业登记早就办了", DAY).get("unemployment_registered") is True
    assert extract("登记失业两年了", DAY).get("unemployment_registered") is True


def test_jobless_for_a_year_is_not_told_they_registered():
    # before (ZA05): "失业一年多了" gave "· 您已办理失业登记。" under the 就业困难人员 list
    from actions.own_group import reply

    profile = {"applicant_type": "person", "region": "辽宁省", **extract("我没工作一年多了", DAY)}
    said = reply("我这样的算就业困难人员吗", profile, DAY, None)
    assert said is not None and "您已办理失业登记" not in said.text


def test_an_age_said_between_words_the_chat_joins_is_read():
    # before (ZA06): "我大连的 57了失业金…", "我男的 57到底…" (the chat joins words across spaces) lost the age
    assert extract("我大连的 58了失业金快领完了", DAY).get("age") == 58
    assert extract("俺是男的 58能不能领到退休", DAY).get("age") == 58
    assert extract("我们厂的 58个人", DAY).get("age") is None


def test_one_years_from_retirement_hears_no_to_drawing_until_retirement():
    # before (ZA06, 57, male): "到底能不能领到退休 一句话" heard the conditions twice and never that they fail
    from actions import jobless_pay

    profile = {"applicant_type": "person", "region": "大连市", "age": 56, "gender": "male"}
    said = jobless_pay.reply("失业金快领完了 能不能接着领到退休", profile, DAY)
    assert said is not None and said.text.startswith("按原文不能接着领到退休")
    near = jobless_pay.reply("失业金快领完了 能不能接着领到退休", {**profile, "age": 59}, DAY)
    assert near is not None and not near.text.startswith("按原文不能")


def test_whether_it_ended_asked_as_yes_or_no_is_about_the_clause_in_play(convo):
    # before (ZB03, an officer): "到期了没有" after 聊城 第9条's 临时公益性岗位 heard "好的。还有什么可以帮您？"
    from tests.actions.conftest import asked

    for said in ("聊城的通知第9条", "临时公益性岗位补贴多少钱"):
        asked(convo, said, as_of="2026-12-07")
    body = asked(convo, "那它结束了没有", as_of="2026-12-07")
    assert "已到期" in body and "还有什么可以帮您" not in body


def test_a_place_typed_in_english_beside_chinese_is_that_place():
    # before (ZB04): "I'm in Dalian, 刚毕业…" was asked which city, three times
    from knowledge.pinyin_read import places_named

    assert places_named("living in Liaocheng, 失业了咋办") == "living in 聊城, 失业了咋办"
    assert places_named("I'm from Chaoyang 想问补贴") == "I'm from 朝阳 想问补贴"
    assert places_named("I live in Dalian") == "I live in Dalian"  # English alone is answered in English


def test_a_place_corrected_with_no_question_asks_the_measure_in_play_there(convo):
    # before (ZB12): "说错了 我在大连" after 聊城's loan heard 46号（二）'s 中国制造2025 and 一带一路
    from tests.actions.conftest import asked

    asked(convo, "聊城创业担保贷款最多贷多少", as_of="2026-12-07")
    body = asked(convo, "弄错了 我们在大连", as_of="2026-12-07")
    assert "中国制造2025" not in body and "一带一路" not in body
    assert "创业担保贷款" in body
