"""Evaluation 26's findings (/work/eval26/findings-A.md, findings-B.md), answered at the turn on the real engine,
search and knowledge base. The messages are written for these tests after the findings, not copied from them."""

from __future__ import annotations

from datetime import date


def test_a_rough_sum_is_never_a_few_yuan():
    from actions.money_said import money_in

    # before (A04): "十来万" → "100% × 10元 = 最高10元"
    assert money_in("去年失业保险大概交了二十来万") is None
    assert money_in("交了二十多万") == 200000
    assert money_in("厂里30来人") is None


def test_a_term_is_written_in_the_texts_words():
    from answers.unwritten_terms import unwritten

    # before (A02): "聊城…全文没有写“利息”" beside its 贴息 sentence
    assert unwritten("那贷款利息谁出", "liaocheng-2020", date(2020, 6, 1)) is None
    # 凌源's own text never writes it; in 2019 the province's (issued 2020-04-02, which does) did not apply yet
    assert unwritten("那贷款利息谁出", "lingyuan-2019-14", date(2019, 8, 1)) == "利息"
    assert unwritten("那贷款利息谁出", "lingyuan-2019-14", date(2020, 8, 1)) is None


def test_nothing_to_do_with_me_is_a_no():
    from actions.profile_facts import extract

    # before (A07, A11): "农民工：是", "湖北籍：是" from a denial
    assert extract("退役军人跟我家孩子有啥关系", date(2021, 3, 1))["is_veteran"] is False
    assert extract("湖北籍这个跟我不沾边", date(2021, 3, 1))["is_hubei_native"] is False


def test_the_assistants_own_years_do_not_move_the_day_asked():
    from actions.context import date_in_text

    # before (A03): "你说的都是2020年的啊" (asked 2019-08-10) → "按2020年12月31日的政策"
    assert date_in_text("你讲的咋全是2020年的", loose=True) is None
    assert date_in_text("那按2020年的政策呢", loose=True) == date(2020, 12, 31)


def test_an_owner_without_a_subject_asking_what_an_employer_pays():
    from actions.profile_applicant import applicant_type

    # before (A06): "您是以个人身份咨询；就业状态：自主创业" and 失业保险金 measures for a restaurant owner
    assert applicant_type("大连开超市的，疫情期间员工社保能缓交不") == "enterprise"
    assert applicant_type("我媳妇开饭店的") == "person"
    assert applicant_type("开店的能贷款吗") is None


def test_the_extension_to_retirement_only_where_a_text_in_force_gives_it():
    from actions.jobless_pay import reply

    # before (A08, 凌源 in 2019): "…可继续领取至法定退休年龄" after being told 不能 (辽政发〔2020〕9号 not yet issued)
    profile = {"applicant_type": "person", "region": "凌源市", "age": 59, "gender": "male"}
    said = reply("我这情况还能不能领失业金", profile, date(2019, 10, 11))
    assert said is not None and "继续领取至法定退休年龄" not in said.text
    later = reply("我这情况还能不能领失业金", {**profile, "region": "大连市"}, date(2020, 10, 11))
    assert later is not None and "继续领取至法定退休年龄" in later.text


def test_another_places_sum_named_by_its_figure(convo):
    from actions.money_said import money_in
    from tests.actions.conftest import asked

    # before (B17): "要看您是否符合…" of 大连's clause; then "100% × 2500元 = 2500元" as a 稳岗返还
    assert money_in("营口的厂子能拿大连这2500吗") is None
    assert money_in("去年交了2500") == 2500
    body = asked(convo, "我们营口的厂，招应届生能拿大连的2500吗", as_of="2020-07-20")
    assert body.startswith("不能直接套用") and "辽政发〔2020〕9号（十）" in body


def test_what_a_group_includes_is_no_fact_and_a_rate_per_head_counts_no_one():
    from actions.profile_facts import extract

    # before (B18): "已被认定为就业困难人员：是" from "就业困难人员到底包括哪些人"
    assert "is_hard_to_employ" not in extract("那就业困难人员到底包括哪些人", date(2020, 4, 8))
    # before (B23): "新招用的毕业年度高校毕业生人数：1" from "招一个应届毕业生补2500块的那个…我们招的6个应届生"
    said = "就是招一个毕业生给2500的那个，我们今年招了4个应届生"
    assert extract(said, date(2020, 8, 1))["new_hires_graduates"] == 4


def test_what_is_collected_is_answered_from_the_build(convo):
    from actions.context import date_in_text
    from tests.actions.conftest import asked

    # before (B24, 2026): the 1% rate clause, then "按2021年12月31日的政策" and another clause
    assert date_in_text("你们这收录的文件有没有2022年以后出的", loose=True) is None
    body = asked(convo, "你们这收录的文件有没有2022年以后出的", as_of="2026-12-05")
    assert "目前收录了5份文件" in body and "没有2022年及以后印发的文件" in body
    assert "聊城市人民政府2020年3月11日印发的通知" in body and "liaocheng" not in body


def test_a_count_corrected_after_the_answer_in_one_message(convo):
    from actions.form import ValidateEligibilityForm

    # before (B23): "是，都交了。不对，人数你写错了，是6个不是1个" kept 1 (the 是 taken, the correction lost)
    convo.slots.update(
        {"applicant_type": "enterprise", "new_hires_graduates": 1, "requested_slot": "social_insurance_paid"}
    )
    convo.say("是，都交了。不对，人数你写错了，是6个不是1个", "affirm", metadata={"as_of": "2019-10-15"})
    found = ValidateEligibilityForm.read_turn(convo.tracker(), dict(convo.slots), date(2019, 10, 15))
    assert found["new_hires_graduates"] == 6 and found["social_insurance_paid"] is True
