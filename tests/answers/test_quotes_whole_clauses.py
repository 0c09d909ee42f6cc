"""eval6 (findings-A §5): quotes cut mid-word, at a bracket, or short of the figure. A quote is whole
sentences, or whole clauses of a long one with every cut marked "…", and it carries the figure the
measure's 标准 line names and the condition on who the sentence is for.

The whole-knowledge-base form is tests/answers/test_figure_quotes_whole_kb.py."""

from __future__ import annotations

from datetime import date

import pytest
from quote_cuts import cut_problem

from answers import sentences as S
from answers.figure_quote import figures
from answers.first_answer import measure_lines
from knowledge.eligibility.engine import default_engine


@pytest.fixture(scope="module")
def rules():
    return {b["benefit_id"]: b for b in default_engine().evaluate({}, date(2020, 7, 15))["benefits"]}


def basis(rules, benefit_id: str) -> str:
    lines, _ = measure_lines(rules[benefit_id], 1)
    line = next(x for x in lines if x.strip().startswith("依据："))
    return line.split("：“", 1)[1].rstrip("”")


def sentence(clause_id: str, index: int) -> str:
    return S.record_of(clause_id).sentences[index].text


def test_e16_first_reply_quotes_whole_clauses_with_the_50_percent(rules):
    # before: "…烈士子女高校毕业生的公益性岗…" (60 characters, cut inside 公益性岗位, the 50% off)
    quote = basis(rules, "lingyuan-2019-14.graduate-public-welfare-post-raise")
    assert "岗位补贴标准按不高于当地最低工资标准50%的比例上浮" in quote
    assert "公益性岗…" not in quote
    assert cut_problem(quote, sentence("lingyuan-2019-14:1.1", 1)) is None, quote


def test_e08_first_reply_quotes_the_6000_yuan(rules):
    # before: "…正常运营6个月以上的，按照实际租赁…" (the 6000元 off)
    quote = basis(rules, "dalian-2020-18.disabled-business-premises")
    assert "按照实际租赁期限给予6000元/年的创业场地补贴" in quote and "实际租赁…" not in quote


def test_e15_screening_and_lodging_quote_their_figure_and_keep_the_key_enterprise_condition(rules):
    # before: both 依据 were only "对疫情防控期间开工的我市疫情防控重点保障企业" (cut at the bracket)
    whole = sentence("dalian-2020-18:1.4", 1)
    for rule, figure in (
        ("dalian-2020-18.epidemic-screening", "按每人150元的标准给予补贴"),
        ("dalian-2020-18.quarantine-lodging", "按每人每天不超过100元给予住宿补助"),
    ):
        quote = basis(rules, rule)
        assert figure in quote, quote
        assert quote.startswith("对疫情防控期间开工的我市疫情防控重点保障企业〔指列入国家"), quote
        assert "下同〕、重点项目的建设单位和施工单位" in quote  # the bracket whole, and who else qualifies
        assert cut_problem(quote, whole) is None, quote


def test_e15_the_text_asked_again_keeps_the_condition_before_the_150_yuan():
    # before: "…对按照主管部门规定组织从外地返回复工人员……" (the 重点保障企业 condition dropped)
    rec = S.record_of("dalian-2020-18:1.4")
    quote = S.choose(rec, "核酸检测150那条原文咋说的", words=["核酸检测", "150"])[0].text
    assert quote.startswith("对疫情防控期间开工的我市疫情防控重点保障企业〔指列入国家")
    assert "下同〕、重点项目的建设单位和施工单位…对按照主管部门规定组织从外地返回复工人员" in quote
    assert quote.endswith("按每人150元的标准给予补贴。")
    assert cut_problem(quote, rec.sentences[1].text) is None


def test_e04_tax_deduction_quote_reaches_the_7800_yuan(rules):
    # before: "…予以定额依次扣减……和企业所得税优惠…" (stopped just before "定额标准为每人每年 7800 元")
    rec = S.record_of("dalian-2020-18:1.2")
    asked = "他们4个都有就业创业证，注明了企业吸纳税收政策，没有贫困户"
    quote = S.choose(rec, asked, words=["就业创业证", "企业吸纳税收政策", "贫困户", "建档立卡贫困人口"])[0].text
    assert quote.endswith("定额标准为每人每年 7800 元。"), quote
    assert cut_problem(quote, rec.sentences[3].text) is None
    first = basis(rules, "dalian-2020-18.tax-deduction-7800")
    assert first.endswith("定额标准为每人每年 7800 元。"), first


def test_e01_e08_premises_subsidy_quotes_the_sentence_with_3000_yuan(rules):
    # before: "将符合条件的在我市初次创业（指首次领取工商营业执照）的人员纳入创业补贴范围。" alone; the measure's own
    # sentence is kept, and the sentence with the 3000元 follows it (R18: a measure and its figure's sentence both)
    quote = basis(rules, "dalian-2017-46.business-premises-3000")
    assert quote == (
        "将符合条件的在我市初次创业（指首次领取工商营业执照）的人员纳入创业补贴范围。”“"
        "对租用其它场地初次创业的人员给予3000元/年的创业场地补贴，补贴期限最长不超过2年。"
    )


def test_figures_are_the_standards_own_not_the_engines_working():
    assert figures("可申请最高不超过10万元的创业担保贷款；最高：100000元") == ["10万元"]
    assert figures("定额标准为每人每年7800元，自…3年内（算出具体金额还要知道：人数）") == ["7800元"]


def test_a_cut_keeps_a_later_measures_own_who_without_a_neighbours_condition():
    """ "对X的，给予A；对Y的，给予B": B's run states its own who; X's condition is not put before it."""
    from answers.clause_cuts import quoted_run

    text = "对吸纳登记失业人员的企业，给予甲补贴" + "，按规定执行" * 20 + "；对招用高校毕业生的，给予乙补贴。"
    start = text.index("对招用")
    assert quoted_run(text, start, len(text)) == "…对招用高校毕业生的，给予乙补贴。"


def test_e15_summary_basis_widens_the_rules_fragment_to_whole_clauses(rules):
    # before: "“对疫情防控期间开工的我市疫情防控重点保障企业…”“…对按照主管部门…”" (stopped at the bracket)
    from answers.benefit_answer import benefit_block

    text, _ = benefit_block(rules["dalian-2020-18.epidemic-screening"], date(2020, 7, 15))
    basis = next(x for x in text.split("\n") if x.strip().startswith("依据："))
    assert "重点保障企业…”" not in basis
    assert basis.count(KEY) == 1 and "施工单位…对按照主管部门规定组织" in basis and "150元的标准给予补贴。”" in basis


KEY = "对疫情防控期间开工的我市疫情防控重点保障企业〔指列入国家"
