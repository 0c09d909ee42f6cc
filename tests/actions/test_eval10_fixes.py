"""Evaluation 10's findings answered at the turn (/work/eval10/findings-A.md, findings-B.md), on the real engine,
search and knowledge base. The messages are written for these tests, not the evaluation's (those are live tests)."""

from __future__ import annotations

from datetime import date

from actions.context import date_in_text

TODAY = date(2026, 12, 3)


def test_a_year_naming_which_policies_or_documents_is_not_the_day_asked():
    # before (eval10 H10, H16, H34): "按2020年12月31日的政策判断", the opposite of what was asked
    for said in (
        "那些2020年的补贴 现在都2026年了还能领不",
        "2020年那个社保免征 现在还有吗",
        "这条被2019年的文件替代了没有",
    ):
        assert date_in_text(said, TODAY) is None and date_in_text(said, TODAY, loose=True) is None, said
    # a year said as the time asked about still is
    assert date_in_text("按2020年的政策能领吗", TODAY) == date(2020, 12, 31)
    assert date_in_text("现在按2020年7月1日算能领多少", TODAY) == date(2020, 7, 1)


def test_a_local_figure_the_person_states_is_put_into_the_measure_s_formula():
    from actions import local_figures
    from knowledge.eligibility.loader import default_rule_set

    rule = next(r for r in default_rule_set().rules if r.id == "liaocheng-2020.hard-to-employ-post-subsidy")
    # before (eval10 H26): the 50% sentence, and no sum, though every figure was given
    said = "聊城的厂 新招了6个就业困难人员 这边最低工资是1800 岗位补贴每年多少"
    line = local_figures.line(rule, said, date(2020, 6, 1))
    assert line.startswith(
        "按您说的（当地最低工资标准1800元）计算：50% × 1800元 × 6人 = 5400元/月，一年（12个月）64800元"
    )
    assert "补贴期限3年" in line and "以经办部门认定为准" in line
    # a ceiling is not the figure: "基本生活费（以当地最低工资标准为补贴上限）" takes no 1800
    capped = [r for r in default_rule_set().rules if "以当地最低工资标准为补贴上限" in r.amount.model_dump_json()]
    assert capped and all("1800元）计算：1800元" not in local_figures.line(r, said, date(2020, 6, 1)) for r in capped)


def test_a_premium_said_after_the_disabled_flexible_subsidy_is_worked_by_it_not_by_a_tax_clause(convo):
    from actions.cited_replies import ActionAnswerQuestion
    from actions.eligibility import ActionStartEligibility
    from tests.actions.conftest import answer_texts

    meta = {"as_of": "2020-10-10"}
    convo.say(
        "我是大连的残疾人 已经认定为就业困难人员 现在灵活就业自己交社保 有补贴吗", "check_eligibility", metadata=meta
    )
    convo.run(ActionStartEligibility())
    convo.say("按最低缴费基数我每个月应缴社保900 一年能补多少", "ask_policy", metadata=meta)
    body = "\n".join(answer_texts(convo.run(ActionAnswerQuestion())[0]))
    # before (eval10 H28): "按您说的（2020年第一季度应缴纳的房产税和城镇土地使用税1000元）计算"
    assert "房产税" not in body
    assert "60% × 900元 = 540元/月，一年（12个月）6480元" in body


def _agent(convo, *said):
    from actions.cited_replies import ActionAnswerQuestion
    from tests.actions.conftest import answer_texts

    body = ""
    for message in said:
        convo.say(message, "ask_policy")
        body = "\n".join(answer_texts(convo.run(ActionAnswerQuestion())[0]))
    return body


def test_the_nth_sentence_of_the_clause_just_shown_is_that_sentence_with_its_own_validity(convo):
    # before (eval10 H12): the document's closing sentences ("各地区、各部门要严格执行…")
    body = _agent(convo, "大政发2020年18号文件第九条", "全文", "那第6句现在还有效吗")
    assert "按2500元/人标准给予一次性吸纳就业补贴，实施期限至2020年12月31日" in body
    assert "各地区、各部门要严格执行" not in body and "已到期" in body


def test_a_clause_named_again_with_a_sum_leads_with_the_sentence_stating_that_sum(convo):
    # before (eval10 H12): the clause's first two sentences (2000元, 1000元) again, the 2500元 one never shown
    body = _agent(convo, "大政发2020年18号文件第九条", "第九条那个每人2500的 现在还能申请吗")
    quoted = [line for line in body.split("\n") if line.startswith("“")]
    assert "按2500元/人标准给予一次性吸纳就业补贴" in quoted[0]


def test_of_two_measures_only_one_can_be_had_the_larger_known_part_is_said_not_dropped_silently():
    from knowledge.eligibility.engine import default_engine

    profile = {
        "applicant_type": "enterprise",
        "region": "大连市",
        "new_hires_graduates": 3,
        "contract_one_year_plus": True,
        "social_insurance_paid": True,
        "si_paid_for_graduate_hires": 1000,
    }
    package = default_engine().evaluate(profile, date(2020, 9, 15))["package"]
    reason = package["alternatives"][0]["reason"]
    # before (eval10 H06): "选金额已知的一项（7500元…）" after 3 × 1000元 × 12 = 36000元 had been shown
    assert "按已知情况最高36000元，多于这项的7500元" in reason and "选哪一项以经办部门认定为准" in reason
    assert package["total"]["value"] == 7500  # the total promises no more than the known minimum


def test_a_cover_letter_never_answers_a_question_when_a_clause_was_found():
    from answers.clause_answer import search_answer
    from retrieval.search import search

    response = search(
        "俺从外地回到凌源了 想搞养殖 有钱补不", region="凌源市", top_k=5, as_of=date(2019, 6, 1)
    ).model_dump()
    body = search_answer(response).text
    # before (eval10 H29): "经市政府同意，现将《凌源市…实施办法》印发给你们，请结合实际，认真组织实施。"
    assert "印发给你们" not in body and "凌政发〔2019〕14号）" in body


def test_another_place_named_with_the_topic_is_that_place_s_not_the_clause_just_cited(convo):
    # before (eval10 H31): "大连的见习补贴呢" after 凌源's 见习 clause got 凌源's clause again
    body = _agent(convo, "凌源那边就业见习补贴是怎么规定的", "那大连的见习补贴呢")
    assert "凌政发" not in body.split("\n")[0] and "大政发" in body.split("\n")[0]
