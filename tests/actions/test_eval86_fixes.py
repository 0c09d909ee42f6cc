"""Evaluation 86's findings (/work/eval86/ findings-A.md, findings-B.md): answered on the real engine. The messages are
written for these tests after the findings, not copied from them."""

from __future__ import annotations

from tests.actions.conftest import asked


def test_whether_veterans_count_as_hard_to_employ_is_the_sentence_treating_them_so(convo):
    # before (CB06, rated 1): "退伍军人算不算就业困难人员？我听说…" heard "原文没有写到“退伍军人”是否算" and a heading
    # quoted as the condition; "不清楚算不算…他就是个退伍兵" heard of a group called "不清楚"
    from tests.actions.conftest import started

    started(convo, "我们公司在大连 招了个退伍的能有啥补贴", as_of="2026-12-07")
    body = asked(convo, "退伍兵算不算就业困难人员 我听人说失业一年以上的可以算", as_of="2026-12-07")
    assert "参照就业困难人员" in body and "原文没有写到" not in body
    other = asked(convo, "不知道算不算就业困难人员 他是个退伍军人 一年多没活干", as_of="2026-12-07")
    assert "“不知道”" not in other and "参照就业困难人员" in other


def test_the_clause_to_consult_after_a_summary_is_none_ruled_out_ended_or_for_another_applicant():
    # before (CA11, CA12, CA07): after summaries that settled nothing, "与您所说情况直接相关的条款" quoted a graduates' 20万元
    # loan to a man who said he never studied, 失业保险金 to a firm, and ended measures
    from datetime import date

    from actions import offered
    from retrieval.search import search

    day = date(2026, 12, 7)
    found = search("出去打工 创业 贷款 大学生", region="凌源市", top_k=5, as_of=day).model_dump()
    kept = offered.consultable(
        found, {"applicant_type": "person", "region": "凌源市", "is_college_graduate": False}, day
    )
    assert len(kept["results"]) <= 1
    assert not any("大学生在高新技术领域" in (h.get("highlights") or [""])[0] for h in kept["results"])
    firm = search("小微企业 稳岗返还 失业", region="辽宁省", top_k=5, as_of=day).model_dump()
    said = offered.consultable(firm, {"applicant_type": "enterprise", "region": "辽宁省"}, day)["results"]
    assert said and "稳岗返还" in said[0]["highlights"][0]


def test_an_agent_speaking_of_the_caller_is_not_told_to_ring_the_hotline():
    # before (CB02, CB05, eval85 BB02): "来电人问…", "核对一下聊城那个通知 第5条 原文" heard "请拨打12345…" under each reply
    from actions.hotline_staff import LOOKUP, STAFF

    assert STAFF.search("你好，来电的人问凌源 见习补贴怎么领")
    assert LOOKUP.search("帮我核对一下凌源那个文件 第三条 原文")
    assert not STAFF.search("我想问问失业金能领多久") and not LOOKUP.search("失业金能领多久")
