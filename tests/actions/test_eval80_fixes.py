"""Evaluation 80's findings (/work/eval80/ findings-A.md, findings-B.md), answered on the real engine, search and
knowledge base. The messages are written for these tests after the findings, not copied from them."""

from __future__ import annotations

from datetime import date

from tests.actions.conftest import started


def test_a_question_expecting_yes_is_the_firm_saying_it_is_a_key_firm():
    # before (WA04, a mask maker in 2020): "我们不是疫情防控重点保障企业吗？" was recorded 否 and told 不能
    from actions.profile_facts import extract

    said = extract("咱们厂不是重点保障企业吗？春节一直在生产防护服", date(2020, 3, 1))
    assert said.get("is_epidemic_key_enterprise") is True, said
    assert extract("俺们不是重点保障企业 就是个小饭店", date(2020, 3, 1)).get("is_epidemic_key_enterprise") is False


def test_asking_for_a_post_hears_no_not_of_the_temporary_posts_or_the_extension(convo):
    # before (WA12): "能不能给俺安排个公益岗" opened with "不能：“临时公益性岗位岗位补贴（每人每月600元）”已于…到期"
    body = started(convo, "聊城的 俺52了 老伴残疾 家里困难 俺俩都没活 能不能给俺安排个公益岗", as_of="2026-12-07")
    assert "不能：" not in body and "按您说的情况不能" not in body, body
