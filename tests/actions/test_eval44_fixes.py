"""Evaluation 44's findings (/work/eval44/ findings-A.md, findings-B.md), answered on the real engine, search and
knowledge base. The messages are written for these tests after the findings, not copied from them."""

from __future__ import annotations

from datetime import date

from actions.profile_facts import extract
from answers import validity_words
from knowledge.records import load_clauses
from tests.actions.conftest import asked, started


def test_a_firm_asking_for_a_refund_by_name_is_asked_about_refunds_only(convo):
    # before (D18): "稳岗返还我们能不能申请" listed 9 measures and asked about the contracts of new hires
    body = started(convo, "我们是大连一家商场 员工两百多 稳岗返还能申请不", as_of="2020-08-10")
    listed = [line for line in body.split("\n") if line[:3] in ("1. ", "2. ", "3. ", "4. ")]
    # the refunds, and their clause's neighbour (the rate cut of 18号（三）); no hiring subsidy
    assert listed and "稳岗返还" in listed[0] and not any("吸纳" in line for line in listed), body
    # one the facts rule out still leads with 不能 (tests/actions/test_eval39_fixes.py)
    assert set(convo.slots["candidates"]) <= {
        "dalian-2020-18.stable-jobs-difficulty-6-months",
        "dalian-2020-18.stable-jobs-refund-100",
        "liaoning-2020-9.stable-jobs-refund-difficulty",
        "liaoning-2020-9.stable-jobs-refund-sme",
        "dalian-2020-18.unemployment-insurance-rate-cut",  # 18号（三）'s neighbour, no question of its own
        "liaoning-2020-9.unemployment-insurance-rate-cut",
    }, convo.slots["candidates"]


def test_a_former_trainee_is_a_person_and_hears_the_subsidy_is_the_units(convo):
    # before (D24, rated 1): read as a firm and asked "贵企业新招用了多少名…"
    found = extract("我之前在大连一家公司见习 后来公司留我了 听说单位能拿见习补贴 我本人能拿啥", date(2021, 3, 1))
    assert found.get("applicant_type") == "person", found
    assert extract("我们公司招了3个见习生", date(2021, 3, 1))["applicant_type"] == "enterprise"
    body = started(
        convo, "我前年在大连一家公司见习 没满期就签了合同 公司能拿全部期限见习补贴？我自己能拿啥", as_of="2021-03-01"
    )
    assert "以个人身份" in body, body
    assert "这一项是给见习单位的，不是发给个人的" in body, body


def test_a_pension_of_ones_own_is_said_to_be_outside_the_texts(convo):
    # before (D10, rated 1): "养老钱…补交能领不" heard 不能 of the 失业保险金 clause
    body = asked(convo, "俺在聊城 那养老金呢 现在补缴还能领不", as_of="2026-12-01")
    assert "没有养老保险补缴、养老金领取条件和标准的规定" in body and "不能。" not in body, body
    # "没有退休金" describes; it asks nothing about a pension
    body = started(convo, "俺今年57了 聊城的 也没有退休金 俺能领点啥不", as_of="2026-12-01")
    assert "养老保险补缴" not in body, body


def test_graduates_measures_do_not_lead_for_a_woman_of_58_who_never_said_she_studied(convo):
    # before (D10): 离校2年内高校毕业生社保补贴 was one of three first measures at 58
    body = started(convo, "我58岁 在聊城 没啥正经工作 有啥能领的", as_of="2026-12-01")
    assert "高校毕业生" not in body, body


def test_a_guarantor_question_hears_the_provinces_guarantee_free_sentence(convo):
    # before (D12): "本条原文未写担保人" on 凌源 四、（七）, and nothing of 辽政发〔2020〕9号（二）
    asked(convo, "我在凌源 回乡想养羊 创业担保贷款能贷多少", as_of="2026-12-01")
    body = asked(convo, "贷款得有担保人吧 我找不到人担保", as_of="2026-12-01")
    assert "本条原文未写担保人；辽宁省的文件在凌源市适用" in body and "免担保机制" in body, body


def test_a_question_right_after_a_list_stays_on_the_clause_it_quoted(convo):
    # before (D02): "缓缴能缓几个月" after a list quoting 社会保险费 缓缴 heard the 住房公积金 clause
    started(convo, "我在莘县开加工厂 20个人都交社保 去年交失业保险1万多 想问稳岗返还", as_of="2020-06-15")
    body = asked(convo, "那缓缴能缓几个月 免征到啥时候", as_of="2020-06-15")
    assert "缓缴社会保险费" in body and "住房公积金" not in body.split("\n")[1], body


def test_a_clause_asked_for_by_number_is_read_whole(convo):
    # before (D13): 7 of 大政发〔2020〕18号（十七）'s 10 sentences, "回复“全文”查看全部"
    body = asked(convo, "大政发〔2020〕18号 第十七条", as_of="2026-12-01")
    assert "6个月内不计算劳动收入" in body and "回复“全文”" not in body, body


def test_a_start_no_text_states_is_said_to_be_the_issue_date():
    # before (D13): "自2020年6月30日起实施" of a text that states no start (its issue date)
    rec = next(r for r in load_clauses() if r.clause_id == "dalian-2020-18:4.17")
    v = validity_words.own(rec, rec.sentences[-1], date(2026, 12, 1))
    assert validity_words.status_words(v, date(2026, 12, 1)).startswith(
        "出自2020年6月30日印发的文件（未写施行日期），原文未载明实施期限"
    ), v


def test_a_windowed_measure_says_the_claiming_period_its_clause_states():
    # before (D19): "原文未载明申请期限" beside "申请日期原则上为疫情解除后3个月内…" in the same clause
    rec = next(r for r in load_clauses() if r.clause_id == "dalian-2020-18:2.9")
    said = [
        validity_words.status_words(v, date(2026, 12, 1))
        for s in rec.sentences
        if (v := validity_words.own(rec, s, date(2026, 12, 1))).get("window")
    ]
    assert said and all("原文写明“申请日期原则上为疫情解除后3个月内" in w for w in said), said
    assert all("原文未载明申请期限" not in w for w in said), said


def test_a_worker_hears_the_measure_of_one_at_work_first(convo):
    # before (D07): a factory worker of 45 heard the flexible workers' and graduates' measures
    body = started(convo, "我在大连 46了 在厂里上班 交了好多年社保 我能享受啥", as_of="2026-12-01")
    first = body.split("\n1. ", 1)[1].split("\n", 1)[0] if "\n1. " in body else ""
    assert first.startswith("参保职工技能提升补贴"), body


def test_money_asked_beside_where_is_answered_by_the_sentence_stating_it(convo):
    # before (D01): "公益岗去哪报名 给多少钱" heard the province's 公益性岗位 clause and "原文没有写明具体金额"
    asked(convo, "我在大连 56了 失业了 公益性岗位有没有", as_of="2026-12-01")
    body = asked(convo, "公益岗在哪报名 一个月给多少钱", as_of="2026-12-01")
    assert "补贴标准为当地最低工资标准" in body.split("\n责任单位")[0], body


def test_a_question_naming_only_a_place_lists_nothing_and_asks_who_is_asking(convo):
    # found trying the stack before eval45: "你好 大连有啥补贴" in 2026 listed first two 2020 epidemic hiring
    # subsidies for 防疫 firms (the search's nearest to "补贴")
    from actions.bare_question import is_bare

    assert is_bare("聊城现在有哪些补贴") and not is_bare("我在聊城失业了 有哪些补贴") and not is_bare("有哪些补贴")
    body = started(convo, "您好 凌源有什么扶持政策", as_of="2026-12-01")
    assert "凌源市的扶持政策分个人和单位两类" in body and "\n1. " not in body, body
    assert len(convo.slots["candidates"]) > 5, convo.slots["candidates"]


def test_a_comparison_of_hiring_subsidies_lists_every_tier_with_its_own_period(convo):
    # before (D19, an agent): 大连 2500元 only; the 2000元/1000元 tiers and 辽宁's 防疫物资 1000元 came when she named them
    body = asked(convo, "辽宁 大连 聊城 一次性吸纳就业补贴各是多少", as_of="2026-12-01")
    assert "给予每人2000元一次性吸纳就业补助" in body and "不超过1000元标准的一次性吸纳就业补贴" in body, body
    other = next(line for line in body.split("\n") if "其它疫情防控期间" in line)
    # one sentence with the 春节 part: its window is that part's, never the other tier's
    assert "2020年2月9日结束" not in other and "与疫情防控期间挂钩" in other, other


def test_who_a_clause_spares_is_no_procedure_question_and_names_no_group(convo):
    # before (D14): "…的是哪些人" heard "原文没有列出申请材料和办理时限" and "本条没有对除求人另定标准"
    asked(convo, "辽政发〔2020〕9号第二条", as_of="2020-09-01")
    body = asked(convo, "免除反担保的是哪些人", as_of="2020-09-01")
    assert "另定标准" not in body and "申请材料" not in body, body
