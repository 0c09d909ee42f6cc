"""Engine behaviour beyond single rules: contract shape, determinism, unknowns, questions."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date

from knowledge.eligibility.facts import vocabulary

ENTERPRISE = {
    "applicant_type": "enterprise",
    "region": "大连市",
    "new_hires_graduates": 4,
    "new_hires_long_term_unemployed": 0,
    "contract_one_year_plus": True,
    "social_insurance_paid": True,
}


def test_result_has_the_contract_shape(engine):
    result = engine.evaluate(ENTERPRISE, "2020-07-15")
    assert {"as_of", "profile", "benefits", "next_question"} <= set(result)
    assert result["as_of"] == "2020-07-15"
    for b in result["benefits"]:
        assert {
            "benefit_id",
            "name",
            "status",
            "amount",
            "validity",
            "citations",
            "departments",
            "missing_facts",
            "reasons",
        } <= set(b)
        assert b["status"] in ("eligible", "not_eligible", "needs_info")
        assert {"value", "unit", "text"} <= set(b["amount"]) and b["amount"]["unit"] == "元"
        assert {"status", "start", "end", "basis"} <= set(b["validity"])
        assert b["citations"] and b["departments"] and b["reasons"]
        for c in b["citations"]:
            assert {"doc_number", "doc_title", "issuer", "clause_id", "clause_label", "quote"} <= set(c)
    json.dumps(result, ensure_ascii=False)  # serialisable as it is


def test_output_is_deterministic_whatever_the_key_order(engine):
    first = engine.evaluate(ENTERPRISE, "2020-07-15")
    again = engine.evaluate(dict(reversed(list(ENTERPRISE.items()))), "2020-07-15")
    assert json.dumps(first, ensure_ascii=False) == json.dumps(again, ensure_ascii=False)


def test_benefits_are_ordered_by_status(engine):
    ranks = {"eligible": 0, "needs_info": 1, "not_eligible": 2}
    statuses = [ranks[b["status"]] for b in engine.evaluate(ENTERPRISE, "2020-07-15")["benefits"]]
    assert statuses == sorted(statuses) and statuses[0] == 0


def test_an_empty_profile_is_all_unknown_never_false(engine):
    result = engine.evaluate({}, "2020-07-15")
    assert {b["status"] for b in result["benefits"]} == {"needs_info"}
    assert all({"applicant_type", "region"} <= set(b["missing_facts"]) for b in result["benefits"])
    q = result["next_question"]
    assert q["fact"] == "applicant_type"  # ties with region; declared first in the vocabulary
    assert q["options"] == ["person", "enterprise", "hr_agency", "incubator"]
    assert q["option_labels"] == ["个人", "企业", "人力资源服务机构", "创业孵化载体"]


def test_next_question_is_the_fact_missing_from_most_open_benefits(engine):
    result = engine.evaluate({"applicant_type": "enterprise", "region": "大连市"}, "2020-07-15")
    counts = Counter(m for b in result["benefits"] if b["status"] == "needs_info" for m in b["missing_facts"])
    top = max(counts.values())
    q = result["next_question"]
    assert counts[q["fact"]] == top == q["settles"]
    first = min((n for n, c in counts.items() if c == top), key=lambda n: vocabulary()[n].order)
    assert q["fact"] == first
    assert q["prompt"] == vocabulary()[q["fact"]].prompt


def test_no_question_when_nothing_is_open(engine):
    result = engine.evaluate(
        {
            "applicant_type": "incubator",
            "region": "聊城市",
            "is_demonstration_incubator": True,
            "rent_reduction_total": 100000,
        },
        "2020-04-01",
    )
    assert result["counts"] == {"eligible": 1, "needs_info": 0, "not_eligible": len(result["benefits"]) - 1}
    assert result["next_question"] is None


def test_as_of_defaults_to_today(engine):
    assert engine.evaluate(ENTERPRISE)["as_of"] == date.today().isoformat()


def test_an_expired_benefit_is_evaluated_and_marked_expired(engine):
    result = engine.evaluate(ENTERPRISE, "2026-01-01")
    b = next(b for b in result["benefits"] if b["benefit_id"] == "dalian-2020-18.absorb-2500")
    assert (b["status"], b["validity"]["status"], b["amount"]["value"]) == ("eligible", "expired", 10000)
    assert "2020-12-31" in b["validity"]["basis"]


def test_not_eligible_benefits_show_the_standard_but_no_figure(engine):
    result = engine.evaluate({**ENTERPRISE, "region": "凌源市"}, "2020-07-15")
    b = next(b for b in result["benefits"] if b["benefit_id"] == "dalian-2020-18.absorb-2500")
    assert b["status"] == "not_eligible" and b["amount"]["value"] is None
    assert "2500元/人" in b["amount"]["text"]
    assert any("所在地属于大连市（实际：凌源市）" in r for r in b["reasons"])


def test_the_profile_is_returned_normalised(engine):
    result = engine.evaluate({"region": "大连", "applicant_type": "enterprise"}, "2020-07-15")
    assert result["profile"] == {"applicant_type": "enterprise", "region": "大连市"}


def test_departments_come_from_the_cited_clause(engine, by_id):
    result = engine.evaluate(ENTERPRISE, "2020-07-15")
    b = next(b for b in result["benefits"] if b["benefit_id"] == "dalian-2020-18.absorb-2500")
    assert b["departments"] == by_id["dalian-2020-18:2.9"].departments
    assert b["citations"][0]["clause_label"] == by_id["dalian-2020-18:2.9"].clause_label
