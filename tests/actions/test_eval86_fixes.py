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


def test_months_to_retirement_said_loosely_are_months_not_years():
    # before (eval87 DA08, 59, born 1967-03): "按60退休还差三个来月" to "距离法定退休年龄还有几年" was recorded 3 years
    # (then "不符合“距离法定退休年龄不足1年”"); "67年3月生的" alone was read as 67 years
    from datetime import date

    from actions.fact_answers import read_answer
    from actions.profile_facts import extract

    day = date(2026, 12, 7)
    said = "我68年5月生的 后年5月就60了 离退休还差五个来月"
    assert read_answer("years_to_retirement", {"text": said, "entities": []}, said, day)[0] < 1
    assert extract("离退休还差两个多月", day).get("years_to_retirement") < 1


def test_a_province_named_before_its_city_is_not_the_city_sharing_its_name():
    # before (eval87 DB09, an agent): "来电人在吉林长春，问长春的创业贷款" was told "吉林省吉林市不在…收录范围"
    from knowledge import places

    assert places.uncovered_place("来电的人在吉林长春 问长春那边的失业金").name == "长春市"
    assert places.uncovered_place("我在吉林市").name == "吉林市"


def test_which_measures_of_the_clause_looked_up_have_ended_stays_on_that_clause(convo):
    # before (eval87 DB05, a quality checker): "这条哪些已经到期" after 18号（九） heard 18号（十三）'s 报到期限
    asked(convo, "核对一下大政发〔2020〕18号 第（九）条", as_of="2026-12-07")
    body = asked(convo, "这条里哪些已经到期", as_of="2026-12-07")
    assert "（九）" in body.split("\n")[0] and "报到期限" not in body and "2020年12月31日" in body


def test_whether_the_clauses_just_cited_still_hold_is_each_ones_validity(convo):
    # before (eval87 DB08, a lawyer): "你说的这几条现在还有效吗？有没有被后来的文件替代" heard 46号's preamble
    asked(convo, "大连 企业招残疾人有没有补贴", as_of="2026-12-07")
    body = asked(convo, "上面这几条现在还有效吗 有没有被新文件取代", as_of="2026-12-07")
    assert body.startswith("按2026年12月7日计，刚才引用的各条：") and "为深入贯彻落实" not in body
    assert "没有写明这些条款被后来的文件替代" in body


def test_the_provinces_sentence_for_another_group_does_not_answer_the_interest_question(convo):
    # before (eval87 DA03, a graduate raising cattle): "利息谁出" on 凌源 四、（七） heard 辽政发（十三）'s "平台就业人员购置生产
    # 经营必需工具的，可申请创业担保贷款及贴息", twice
    asked(convo, "凌源 创业担保贷款最多贷多少", as_of="2026-12-07")
    body = asked(convo, "那贷款的利息谁来出", as_of="2026-12-07")
    assert "本条原文未写利息" in body and "平台就业人员" not in body


def test_dalians_new_area_is_dalian():
    # before (eval88 EA01): "我金普新区的" was no place known, and 聊城's and 凌源's figures followed
    from knowledge import regions

    assert regions.regions_in_text("俺在金普新区 厂子黄了") == ["大连市"]
