"""Evaluation 79's findings (/work/eval79/ findings-A.md, findings-B.md), answered on the real engine, search and
knowledge base. The messages are written for these tests after the findings, not copied from them."""

from __future__ import annotations

from datetime import date

from tests.actions.conftest import asked

DAY = date(2026, 12, 7)


def test_an_apprentice_subsidy_is_not_denied_where_the_text_pays_apprentice_training():
    # before (VA09, a barber): "有没有学徒补贴" heard "大连市适用的政策文件…都没有学徒补贴"
    from actions.measure_not_here import _having

    assert "大连市" in _having("学徒补贴", DAY, {"大连市", "辽宁省"})


def test_where_to_register_after_a_quoted_clause_is_that_clauses_place(convo):
    # before (VB01, an agent): "来电人问失业登记在哪办" right after 凌政发〔2019〕14号 一、（五） heard "您没说在哪个市县"
    asked(convo, "凌政发〔2019〕14号 一、（五） 原文", as_of="2026-12-07")
    body = asked(convo, "那失业登记去哪里办理", as_of="2026-12-07")
    assert "您没说在哪个市县" not in body and "常住地公共就业服务机构" in body, body


def test_an_interest_period_unwritten_in_the_clause_is_quoted_from_the_place_that_writes_it(convo):
    # before (VB02, an agent): "贴息期限多长" on 18号（十一） heard only "本条原文没有写贴息的比例（怎么算）和期限"
    asked(convo, "大连 创业担保贷款贴息 哪些人能享受", as_of="2026-12-07")
    body = asked(convo, "那贴息能贴几年 来电人是大学生自己创业", as_of="2026-12-07")
    assert "贴息期限不超过3年" in body, body
