"""Evaluation 72's findings (/work/eval72/ findings-A.md, findings-B.md), answered on the real engine, search and
knowledge base. The messages are written for these tests after the findings, not copied from them."""

from __future__ import annotations

from datetime import date

from tests.actions.conftest import asked

DAY = date(2026, 12, 6)


def test_a_measure_declined_is_no_word_to_search_by():
    # before (OA11): "俺不贷款。就问…社保补贴能补多少" heard the loan sentence twice
    from actions.denied_words import without_denied

    assert "贷款" not in without_denied("我们不贷款，就问招人社保能补多少")


def test_none_said_anywhere_in_a_count_answer_is_zero():
    # before (OA01): "说了没有大学生！！0个" heard "请回答一个数字"
    from actions.fact_answers import read_answer

    text = "都说了没招大学生！0个"
    assert read_answer("new_hires_unemployed_graduates", {"text": text}, text, DAY)[0] == 0


def test_epidemic_years_sentences_are_no_related_rule_years_later(convo):
    # before (OA01, OA05): 2026 answers listed the 疫情防控期间 1000元 and the raised 失业保险金 as possibly in force
    body = asked(convo, "大连失业了 失业金能领多久", as_of="2026-12-06")
    assert "疫情" not in body, body


def test_a_rider_asking_for_a_loan_for_a_bike_hears_the_platform_workers_sentence():
    # before (OA08): "跑外卖…一直没交社保…能不能贷款买个电动车" heard 临时生活补助 and a bank-credit sentence
    from actions import asked_measure
    from answers.models import Reply

    first = asked_measure.lead(
        Reply("按今天的政策，与您的问题相关的政策有：…"), "我在大连送外卖 能贷款买辆电瓶车不", "大连市", DAY
    )
    assert "平台就业人员购置生产经营必需工具" in first.text and "临时生活补助" not in first.text, first.text


def test_registering_where_one_lives_is_a_yes():
    # before (OB04, OB11): "农村户口的能不能在城里登记", "能在大连办失业登记不" never heard 能
    from actions import registration

    said = registration.reply("我户口在外省，能不能在大连这边办失业登记", {"region": "大连市"}, DAY)
    assert said is not None and said.text.startswith("能。"), said
    assert "户籍地或常住地" in said.text, said.text


def test_whether_registration_comes_first_is_answered_from_the_definition(convo):
    # before (OB01, an agent): "是不是得先登记失业" heard employers' measures and "您在哪个市或县"
    asked(convo, "辽政发〔2020〕9号 就业困难人员 范围 原文", as_of="2026-12-06")
    body = asked(convo, "那是不是必须先办失业登记才算", as_of="2026-12-06")
    assert body.startswith("是。") and "城镇登记失业人员" in body, body


def test_a_widow_raising_a_child_alone_is_read_as_a_single_parent():
    # before (OA02): "孩子他爸前年没了，俺一个人供孩子上初中" recorded nothing of it
    from actions.profile_facts import extract

    assert extract("老伴走了好几年了 我一个人供俩孩子念书", DAY).get("is_single_parent") is True


def test_no_to_the_group_question_with_another_question_is_no_question_of_the_group():
    # before (OA08): "不是，没认定过啥困难人员。我就想知道…能不能贷款，到底行不行" heard the group's list again
    from actions import own_group

    assert not own_group.asked("没有，没认定过。我就问能不能贷款，行不行", own_group.GROUP)
    assert own_group.asked("我这样的能认定不", own_group.GROUP)


def test_whether_registration_comes_first_with_the_province_named_and_impatience(convo):
    # before (OB01): "…就问辽宁省这个文件里…是不是必须是登记失业人员" crashed the action ("问辽宁省" read as a place) and
    # the person heard "智能对话暂不可用"; "你就直接说，是不是…" heard the known measures
    from actions.handoff import IMPATIENT, QUESTION

    asked(convo, "辽政发〔2020〕9号 就业困难人员 范围 原文", as_of="2026-12-06")
    body = asked(convo, "我是问辽宁省的文件 距退休5年以内的也得登记失业才算吗", as_of="2026-12-06")
    assert body.startswith("是。"), body
    rest = IMPATIENT.sub("", "直接说 是不是得先去登记失业")
    assert QUESTION.search(rest)
