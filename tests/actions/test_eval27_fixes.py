"""Evaluation 27's findings (/work/eval27/findings-A.md, findings-B.md), answered at the turn on the real engine,
search and knowledge base. The messages are written for these tests after the findings, not copied from them."""

from __future__ import annotations

from datetime import date


def test_the_collection_asked_in_everyday_words():
    from answers.collection import asked

    # before (Y24): asked four times, answered with clauses
    assert asked("你们收录的文件是哪一年的")
    assert asked("系统里总共几份政策文件，列一下文件号")
    assert not asked("这个文件里有哪些补贴")
    assert not asked("18号文现在还有效吗")


def test_the_day_the_person_says_it_is_over_other_dates():
    from actions.context import date_in_text

    today = date(2026, 12, 5)
    # before (Y23, Y19): "按2020年12月31日", "按2022年12月31日" though the person said what day it is
    assert date_in_text("那些都是2020年的 我们现在是2018年", loose=True, today=today) == date(2018, 12, 31)
    assert date_in_text("你为啥按2022年？我今天是2020年6月15号", loose=True, today=today) == date(2020, 6, 15)
    assert date_in_text("第6条那个是到2022年12月31日吧", loose=True, today=today) is None
    assert date_in_text("把聊城2020年稳就业文件里有期限的都列一下", loose=True, today=today) is None
    assert date_in_text("截止到2020年底的政策", loose=True, today=today) == date(2020, 12, 31)


def test_until_retirement_is_judged_on_its_own_sentence(convo):
    from tests.actions.conftest import asked

    # before (Y06): "能。…符合失业保险金标准上调至当地最低工资标准的90%的条件" for a man 3 years from 60
    convo.slots.update({"applicant_type": "person", "region": "聊城市"})
    asked(convo, "聊城失业金现在发多少", as_of="2020-06-10")
    body = asked(convo, "那能不能一直领到退休？俺家那口子还差3年到60", as_of="2020-06-10")
    # never 能; and not 不能 either while his benefit has not ended: the text judges the years at its end (eval90 GA01)
    assert not body.startswith("能") and "距法定退休年龄不足1年" in body
    assert body.startswith("现在还不到") and "领完失业保险金时" in body


def test_asking_to_be_recognised_is_not_being_recognised():
    from actions.profile_facts import extract

    # before (Y01, Y09): "已被认定为就业困难人员：是"
    said = "听说有个就业困难人员认定 我这样的能认定不"
    assert "is_hard_to_employ" not in extract(said, date(2020, 6, 1))
    assert "is_hard_to_employ" not in extract("我是不是得先去认定就业困难人员", date(2020, 6, 1))
    assert extract("我已经认定为就业困难人员了", date(2020, 6, 1))["is_hard_to_employ"] is True
    assert extract("听说女的50退 那俺还差2年", date(2020, 6, 1))["years_to_retirement"] == 2.0


def test_two_measures_named_together_are_answered_first(convo):
    from tests.actions.conftest import started

    # before (Y15): the measures and a question, never whether 7800 and 2500 go together
    body = started(convo, "我们大连的公司招了几个失业半年以上的，7800的扣税和2500的补贴能一起享受吗", "2020-07-15")
    assert "用于不同事项，原文没有规定二者不能同时享受" in body
    assert body.index("用于不同事项") < body.index("与您的问题相关的政策有")


def test_a_husbands_discharge_is_not_the_wifes():
    from actions.profile_facts import extract

    # before (Y07): "退役军人：是" for the wife of a soldier discharged last year, after her correction too
    assert "is_veteran" not in extract("我对象原来是当兵的，前年退役了，我能享受啥", date(2020, 6, 1))
    assert extract("我老公退伍了 他能贷款吗", date(2020, 6, 1)).get("is_veteran") is not False


def test_that_measure_then_turns_to_it(convo):
    from tests.actions.conftest import asked

    # before (Y02, Y10): "那贷款呢？" after 医保降费 got "本条原文未写利息"; "那社保缓交呢" after 稳岗返还 got 稳岗返还
    convo.slots.update({"applicant_type": "enterprise", "region": "聊城市"})
    asked(convo, "聊城职工医保单位缴费降多少", as_of="2020-06-10")
    body = asked(convo, "那贷款呢？想开个分店 能贷多少", as_of="2020-06-10")
    assert "第16条" in body and "医疗保险" not in body
    asked(convo, "聊城稳岗返还返多少", as_of="2020-06-10")
    body = asked(convo, "那缓缴社保呢 能缓几个月", as_of="2020-06-10")
    assert "缓缴期限原则上不超过6个月" in body
