"""The answer composer (答复口径): verbatim quotes, document, departments, validity in words."""

from datetime import date

import pytest

from answers import citations, validity_words
from answers.clause_answer import search_answer
from answers.confidence import is_confident
from answers.departments import departments_text
from answers.summary import summary
from knowledge.eligibility.engine import evaluate
from retrieval.search import search


@pytest.fixture(scope="module")
def disabled_rent():
    return search("残疾人开店有房租补贴吗", top_k=5).model_dump()


def test_free_question_answer_quotes_the_clause_verbatim(disabled_rent, by_id):
    reply = search_answer(disabled_rent)
    top = disabled_rent["results"][0]
    assert top["clause_id"] == "dalian-2020-18:2.12"
    assert "6000元/年的创业场地补贴" in reply.text
    # Every quote is verbatim clause text, and the first citation is the top clause.
    for c in reply.citations:
        assert c["quote"] in by_id[c["clause_id"]].text
    assert reply.citations[0]["clause_id"] == top["clause_id"]
    assert "《大连市人民政府关于进一步做好稳就业工作的实施意见》（大政发〔2020〕18号）第（十二）条" in reply.text
    assert "责任单位：" in reply.text


def test_validity_is_the_quoted_sentences_own_not_the_clauses(disabled_rent):
    """（十二） ends 2020-12-31 only for its 灵活就业 extension sentence; the 6000元 sentence states no
    period, so the answer quoting it never calls it expired (nor current)."""
    reply = search_answer(disabled_rent)
    main = reply.text.split("其他地区")[0]
    assert "6000元/年的创业场地补贴" in main
    assert "原文未载明实施期限" in main
    assert "已到期" not in main and "仍在实施期内" not in main


def test_an_expired_sentence_is_said_to_be_expired_never_current():
    from answers.clause_record import record_block
    from knowledge.records import clause_index, load_clauses

    rec = clause_index(load_clauses())["liaoning-2020-9:4.14"]
    index = next(s.index for s in rec.sentences if "全部期限见习补贴" in s.text)
    text, cite = record_block(rec, date(2026, 11, 22), [index])
    assert "实施期限至2020年12月31日，已到期（按2026年11月22日计）" in text
    assert "仍在实施期内" not in text
    assert cite["validity"]["status"] == "expired"


def test_other_rules_follow_the_main_answer_and_are_called_another_place_s_only_when_they_are(disabled_rent):
    reply = search_answer(disabled_rent)
    # both 大连's: no "other place" for a Dalian resident (eval9 G21, G30, G31)
    assert "其他相关规定：" in reply.text and "其他地区或人群" not in reply.text
    assert len(reply.citations) >= 2
    assert reply.citations[1]["clause_id"] != reply.citations[0]["clause_id"]
    results = [disabled_rent["results"][0], *({**h, "region": "聊城市"} for h in disabled_rent["results"][1:])]
    assert "其他地区或人群的相关规定：" in search_answer({**disabled_rent, "results": results}).text


def test_unrelated_question_is_not_presented_as_answered():
    reply = search_answer(search("今天天气怎么样", top_k=3).model_dump())
    assert reply.meta["low_confidence"] is True
    assert "没有找到与您的问题直接对应的条款" in reply.text
    assert any(b["payload"] == "/handoff" for b in reply.buttons)


def test_confidence_needs_a_content_word_in_the_clause():
    hit = {"heading": "加大稳岗返还力度", "text": "确保符合条件企业的稳岗返还资金及时足额返还到位。"}
    assert is_confident("稳岗返还怎么申请", hit)
    assert not is_confident("我想办房贷", hit)


@pytest.mark.parametrize(
    "validity, expected",
    [
        (
            {"status": "expired", "start": None, "end": "2020-12-31"},
            "该项规定实施期限至2020年12月31日，已到期（按2026年11月22日计）。",
        ),
        (
            {"status": "active", "start": None, "end": "2027-01-31"},
            "该项规定实施期限至2027年1月31日，按2026年11月22日计仍在实施期内。",
        ),
        ({"status": "unknown", "start": None, "end": None}, "该项规定原文未载明实施期限，是否仍在执行需经办部门确认。"),
        (
            {"status": "not_started", "start": "2027-01-01", "end": None},
            "该项规定自2027年1月1日起实施，按2026年11月22日计尚未实施。",
        ),
    ],
)
def test_validity_sentences(validity, expected):
    said = validity_words.sentence(validity, date(2026, 11, 22))
    assert said.startswith(expected)
    assert said.endswith("请拨打12345政务服务便民热线，由热线转相关部门。")  # no unit named: 12345 routes the call


def test_a_unit_is_named_as_the_one_to_ask_only_when_the_sentence_names_it():
    from answers.departments import named_unit

    units = ["市税务局", "人社局", "财政局", "各乡镇街"]
    assert named_unit(units, ["学徒每人每年的补贴标准原则上不低于 4000 元。"]) is None
    assert named_unit(units, ["对已发放个人创业担保贷款的借款人患新冠肺炎的，可向贷款银行申请展期还款。"]) == "贷款银行"
    said = validity_words.sentence({"status": "unknown"}, date(2026, 11, 22), "贷款银行")
    assert "可向贷款银行咨询" in said


def test_badge_never_relies_on_colour_alone():
    assert validity_words.badge({"status": "expired", "end": "2020-12-31"}) == "已到期（至2020年12月31日）"
    assert validity_words.badge({"status": "unknown", "end": None}) == "有效期未知"


def test_departments_lead_first_and_marked():
    text = departments_text(["市财政局", "市人社局"], lead=["市人社局"])
    assert text == "市人力资源社会保障局（原文作“市人社局”）（牵头）、市财政局"
    assert departments_text([]) == "原文未列明责任单位"


def test_one_unit_written_two_ways_is_said_once_in_its_canonical_name():
    text = departments_text(["市人力资源社会保障局", "市财政局", "市人社局"])
    assert text == "市人力资源社会保障局（原文作“市人社局”）、市财政局"
    assert departments_text(["市医保局", "市卫生健康委"]) == "市医疗保障局（原文作“市医保局”）、市卫生健康委"


def test_unknown_title_and_number_are_not_invented():
    c = {
        "doc_title": None,
        "doc_number": None,
        "issuer": "聊城市人民政府",
        "issued": "2020-03-11",
        "clause_label": "5.",
        "heading": "加大稳岗返还力度",
    }
    assert citations.doc_name(c) == "聊城市人民政府2020年3月11日印发的通知（原文未载标题、文号）"
    assert citations.where(c).endswith("第5条“加大稳岗返还力度”")


def test_summary_presents_eligible_benefits_with_amount_citation_and_validity():
    profile = {
        "applicant_type": "enterprise",
        "region": "大连市",
        "new_hires_graduates": 4,
        "new_hires_long_term_unemployed": 0,
        "contract_one_year_plus": True,
        "social_insurance_paid": True,
    }
    result = evaluate(profile, "2020-07-15")
    reply = summary(result)
    assert reply.text.startswith("按2020年7月15日的政策判断（企业、大连市）")
    assert "10000元" in reply.text
    assert "大政发〔2020〕18号" in reply.text
    assert "按2020年7月15日计仍在实施期内" in reply.text
    eligible = {b["benefit_id"] for b in result["benefits"] if b["status"] == "eligible"}
    assert set(reply.meta["eligible"]) <= eligible
    # Not-eligible benefits are left out unless asked for.
    assert "不符合条件的" not in reply.text
    assert "不符合条件的" in summary(result, include_not_eligible=True).text


def test_summary_scope_limits_to_the_benefits_discussed():
    result = evaluate({"applicant_type": "enterprise", "region": "大连市"}, "2020-07-15")
    scope = {"dalian-2020-18.absorb-2500"}
    reply = summary(result, scope=scope)
    assert set(reply.meta["needs_info"]) <= scope


def test_amounts_are_never_in_exponent_notation():
    from answers.money import yuan
    from answers.summary import total_figure

    assert yuan(5000000) == "5000000元"
    assert yuan(12500.0) == "12500元"
    assert yuan(1234.5) == "1234.5元"
    assert total_figure({"value": 5000000, "is_lower_bound": True}) == "至少5000000元"
    assert total_figure({"value": None}) == "金额未知"


def test_a_benefit_names_its_document_as_a_search_answer_does():
    """One wording of a document, whichever path cites it (rules or search)."""
    from datetime import date

    from answers.citations import doc_name, from_benefit
    from knowledge.eligibility.engine import default_engine
    from retrieval.search import search

    result = default_engine().evaluate(
        {"applicant_type": "enterprise", "region": "聊城市", "enterprise_size": "small"}, as_of=date(2020, 6, 1)
    )
    benefit = next(b for b in result["benefits"] if b["citations"] and b["jurisdiction"] == "聊城市")
    cited = from_benefit(benefit, benefit["citations"][0])
    hit = search("聊城 社会保险 降低费率", region="聊城市", top_k=1).model_dump()["results"][0]
    assert cited["doc_name"] == doc_name(hit) == "聊城市人民政府2020年3月11日印发的通知（原文未载标题、文号）"
