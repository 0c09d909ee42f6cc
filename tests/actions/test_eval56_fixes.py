"""Evaluation 56's findings (/work/eval56/ findings-A.md, findings-B.md), answered on the real engine, search and
knowledge base. The messages are written for these tests after the findings, not copied from them."""

from __future__ import annotations

from tests.actions.conftest import asked


def test_a_loan_sum_asked_is_never_a_premium_refunded(convo):
    # before (O02, 聊城): "那企业能贷多少 是20万吗" heard "按您说的（…失业保险费20万元）计算：50% × 200000元 = 10万元"
    asked(convo, "聊城 小厂 稳岗返还能返多少 去年失业保险交了5000", as_of="2020-05-25")
    body = asked(convo, "那厂里能贷多少 30万行不", as_of="2020-05-25")
    assert "× 300000元" not in body and "失业保险费30万元" not in body, body


def test_a_rate_per_head_said_back_is_never_a_premium(convo):
    # before (O04, 大连, 2021): "…你前面说的那个每人2500的还能领不" heard "100% × 2500元 = 2500元" of 稳岗返还
    asked(convo, "大连 公司 稳岗返还能返多少", as_of="2021-05-10")
    body = asked(convo, "还有那个每人2500的吸纳补贴还能领不", as_of="2021-05-10")
    assert "× 2500元" not in body, body


def test_drawing_jobless_pay_is_a_way_not_a_bar():
    # before (O21, 聊城): one just laid off was told "不符合“领取失业保险金”" of the 90% standard
    from answers.summary import failed_lines
    from knowledge.eligibility.engine import evaluate

    profile = {"applicant_type": "person", "region": "聊城市", "employment_status": "unemployed"}
    result = evaluate({**profile, "receiving_unemployment_insurance": False}, "2026-11-20")
    lines = "\n".join(failed_lines(result["benefits"]))
    assert "须领取失业保险金后申请" in lines and "不符合“领取失业保险金”" not in lines, lines


def test_a_graduate_of_years_ago_is_past_the_one_year_subsidy():
    # before (O07, 大连, 2026): a 2017 graduate was shown 46号（十二）'s 离校1年内 subsidy as "须灵活就业后申请"
    from knowledge.eligibility.engine import evaluate

    profile = {"applicant_type": "person", "region": "大连市", "is_college_graduate": True, "graduation_year": 2018}
    result = evaluate({**profile, "employment_status": "flexible"}, "2026-11-20")
    b = next(b for b in result["benefits"] if b["benefit_id"] == "dalian-2017-46.graduate-flexible-social-insurance")
    assert b["status"] == "not_eligible", b["reasons"]
    recent = evaluate({**profile, "graduation_year": 2025, "employment_status": "flexible"}, "2026-11-20")
    b = next(b for b in recent["benefits"] if b["benefit_id"] == "dalian-2017-46.graduate-flexible-social-insurance")
    assert b["status"] != "not_eligible", b["reasons"]


def test_to_whom_a_living_allowance_goes_is_not_a_hiring_answer(convo):
    # before (O14, an agent): "临时生活补助给谁" heard "招人的补贴是给招用的单位的"
    body = asked(convo, "聊城通知第21条", "那个临时生活补助发给谁", as_of="2020-06-10")
    assert "招人的补贴" not in body and "生活困难下岗失业人员" in body, body


def test_who_is_treated_as_hard_to_employ_is_the_reference_sentence(convo):
    # before (O23, an agent): "参照就业困难人员享受政策的是哪几类人" heard "都没有给…下定义"
    body = asked(convo, "参照就业困难人员享受政策的都是哪几类人", as_of="2026-11-20")
    assert "参照就业困难人员享受相关政策" in body and "下定义" not in body, body


def test_a_jobless_single_father_is_not_led_with_a_closed_talent_window(convo):
    # before (O12, 凌源, 2026): "…厂子不干了我也没活了 有啥帮扶没有" heard 人才安家补助 by its "对口帮扶", twice
    body = asked(convo, "凌源的 老婆去世了 自己拉扯俩孩子 厂里不干了我没活了 有啥帮扶", as_of="2026-11-20")
    assert "人才安家" not in body.split("\n其他")[0], body


def test_never_insured_is_no_claimant_of_jobless_pay():
    # before (O22, 凌源): "我小舅子没交过失业保险…他能领点啥" was asked three times about 失业保险金
    from datetime import date

    from actions import profile_facts

    said = profile_facts.extract("我弟压根没交过失业保险 厂子黄了 他能领啥", date(2020, 4, 25))
    assert said.get("meets_unemployment_insurance_conditions") is False, said
    said = profile_facts.extract("老板一直没给我上保险 现在把我辞了", date(2020, 4, 25))
    assert said.get("applicant_type") == "person" and said.get("meets_unemployment_insurance_conditions") is False
