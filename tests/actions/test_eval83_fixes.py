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


def test_what_follows_the_benefit_in_liaocheng_is_the_living_allowance_and_relief():
    # before (eval84 AB02, an agent): "失业金领完了…还有啥能领的" heard the extension to retirement and the online claim;
    # 第21条's 一次性临时生活补助 and 低保、临时救助 only when named
    from actions import jobless_pay

    said = jobless_pay.reply("失业金已经领完了 还有什么可以领的", {"applicant_type": "person", "region": "聊城市"}, DAY)
    assert said is not None and said.text.startswith("领完失业保险金以后，原文写有：")
    assert "一次性临时生活补助" in said.text and "纳入低保" in said.text


def test_a_figure_of_another_measure_of_the_clause_is_not_the_one_asked():
    # before (eval84 AB11, an officer): "聊城就业困难人员灵活就业补多少" on 第9条's 灵活就业 extension heard the firms'
    # "最低工资标准的50%" post subsidy
    from answers.clause_detail import detail
    from answers.clause_json import as_hit
    from knowledge.records import load_clauses

    rec = next(
        r for r in load_clauses() if r.clause_id.startswith("liaocheng") and "帮助困难人员就业" in (r.heading or "")
    )
    cited = next(s.text for s in rec.sentences if "灵活就业社会保险补贴" in s.text)
    body = detail(as_hit(rec, DAY, [cited]), "amount", DAY, "就业困难人员灵活就业的社保补贴补多少钱").text
    assert "最低工资标准的50%" not in body and "原文没有写明" in body
