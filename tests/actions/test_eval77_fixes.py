"""Evaluation 77's findings (/work/eval77/ findings-A.md, findings-B.md), answered on the real engine, search and
knowledge base. The messages are written for these tests after the findings, not copied from them."""

from __future__ import annotations

from tests.actions.conftest import asked


def test_the_range_asked_after_a_recognition_question_is_the_groups(convo):
    # before (TB12, an officer): "那认定范围包括哪些人" heard "收录的文件都没有给“认定”下定义" and a 凌源 clause
    asked(convo, "就业困难人员的认定 去哪办 带啥材料", "大连", as_of="2026-12-07")
    body = asked(convo, "那认定范围都有哪些人", as_of="2026-12-07")
    assert "登记失业人员中距法定退休年龄5年以内的人员" in body and "下定义" not in body, body


def test_a_place_corrected_answers_the_question_not_the_last_form_answer():
    # before (TB10): "不对 我在聊城" after "失业" heard "没有找到…直接对应的条款" and 聊城's 稳岗返还
    from actions.turns import _asks_something

    assert not _asks_something("失业", "聊城市") and not _asks_something("不对 我在聊城", "聊城市")
    assert _asks_something("我在凌源 想开个小店 能贷多少钱", "聊城市")


def test_a_case_named_with_a_pointing_word_is_the_case(convo):
    # before (TA12): "困难企业那个呢" after 聊城 第5条 heard "这一条没有写困难企业那个的情况"
    asked(convo, "聊城 稳岗返还 返多少", as_of="2026-12-07")
    body = asked(convo, "那困难企业那个呢", as_of="2026-12-07")
    assert "没有写" not in body and "经营困难且恢复有望企业稳岗返还政策" in body, body


def test_still_there_and_how_much_is_answered_by_the_sum():
    # before (TA12): "稳岗返还 今年还有吗 返多少" led with 辽政发（一）'s "实施期限均延长至2020年12月31日"
    from answers.sentences import question_kind

    assert question_kind("稳岗返还 今年还有吗 返多少") == "amount"
    assert question_kind("稳岗返还今年还有吗") == "period"


def test_an_epidemic_measure_asked_after_the_epidemic_says_what_its_text_says(convo):
    # before (TA10, an agency placing workers in 2026): "疫情早就结束了啊，那个还能用吗" opened the form
    asked(convo, "大连 人力资源服务机构 疫情期间推荐成功上岗的 补助标准", as_of="2026-12-07")
    body = asked(convo, "疫情都过去了 这个还能用吗 平时介绍工作还有没有别的补贴", as_of="2026-12-07")
    assert "这一项原文限于疫情防控期间" in body and "已到期" not in body.split("\n")[1], body
    assert "不限于疫情防控期间的相关规定" in body, body


def test_a_worker_sent_into_early_retirement_is_a_person():
    # before (TA07): "俺是女的 50了 厂里让俺内退了" was read as 企业 and her age and sex were lost
    from datetime import date

    from actions.profile_facts import extract

    said = extract("俺51了 女的 单位叫俺内退了 算失业不", date(2026, 12, 7))
    assert said.get("applicant_type") == "person" and said.get("gender") == "female", said


def test_one_asking_for_a_public_welfare_post_has_no_post_term_ended():
    # before (TA01): "能给安排个公益岗不" was asked whether his 公益岗 term had ended, twice
    from datetime import date

    from actions.profile_facts import extract

    said = extract("下岗好几年了 能不能给俺安排个公益岗", date(2026, 12, 7))
    assert said.get("public_welfare_post_expired_unstable") is False, said
