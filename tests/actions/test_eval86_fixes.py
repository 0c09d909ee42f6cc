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


def test_a_loan_ceiling_asked_of_a_text_writing_none_is_not_answered_by_a_rate_beside_it(convo):
    # before (CB01, an agent): "创业担保贷款额度多少" after 辽政发〔2020〕9号（十二） heard （二）'s 1% 失业保险费率, twice
    asked(convo, "调一下辽政发〔2020〕9号 第（十二）条", as_of="2026-12-07")
    body = asked(convo, "那省里创业担保贷款最多贷多少", as_of="2026-12-07")
    assert "费率" not in body and "没有写明" in body


def test_training_asked_by_a_veteran_is_the_clause_naming_veterans(convo):
    # before (CA05): "那退役的能参加免费培训不" heard 辽政发（十三）'s 灵活就业人员 免费培训 twice, never （十一）'s 退役军人 plan
    from tests.actions.conftest import started

    started(convo, "我在辽宁阜新 前年退伍的 想找工作 退役的有啥政策", as_of="2026-12-07")
    body = asked(convo, "退伍的能不能免费学门技术", as_of="2026-12-07")
    assert "退役军人" in body.split("责任单位")[0] and "将灵活就业人员纳入" not in body.split("责任单位")[0]


def test_travel_money_no_text_pays_is_said_to_be_absent(convo):
    # before (CA11): "听说有路费补帖是真的吗" asked twice heard graduates' measures, never that no text pays it
    body = asked(convo, "我凌源的贫困户 出去打工给报路费不", as_of="2026-12-07")
    assert body.startswith("收录的政策文件里没有“路费”")
