"""Build-time verification: quotes verbatim in their clause, clauses exist, facts declared."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from knowledge.eligibility.loader import RULES_DIR
from knowledge.eligibility.verify import verify_rules

RULE = RULES_DIR / "dalian-2020-18" / "absorb-2500.yaml"


def _with_rule(tmp_path: Path, mutate) -> Path:
    """A copy of the rules tree with one rule changed by `mutate(data)`."""
    root = tmp_path / "rules"
    shutil.copytree(RULES_DIR, root, ignore=shutil.ignore_patterns("cases"))
    target = root / RULE.parent.name / RULE.name
    data = yaml.safe_load(target.read_text(encoding="utf-8"))
    mutate(data)
    target.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return root


def test_all_rules_verify(records):
    assert verify_rules(records) == []


def test_a_quote_not_in_the_clause_fails(records, tmp_path):
    def change(d):
        d["citations"][0]["quote"] = d["citations"][0]["quote"].replace("2500元", "3500元")

    errors = verify_rules(records, _with_rule(tmp_path, change))
    assert len(errors) == 1 and "quote not found verbatim in dalian-2020-18:2.9" in errors[0]


def test_whitespace_does_not_matter_but_words_do(records, tmp_path):
    def change(d):
        d["citations"][0]["quote"] = " ".join(d["citations"][0]["quote"])  # spaces between every character

    assert verify_rules(records, _with_rule(tmp_path, change)) == []


def test_a_quote_from_another_clause_fails(records, tmp_path):
    def change(d):
        d["citations"][0]["clause_id"] = "dalian-2020-18:2.10"

    errors = verify_rules(records, _with_rule(tmp_path, change))
    assert any("not found verbatim in dalian-2020-18:2.10" in e for e in errors)


def test_a_missing_clause_fails(records, tmp_path):
    def change(d):
        d["validity"]["clause_id"] = "dalian-2020-18:9.99"

    errors = verify_rules(records, _with_rule(tmp_path, change))
    assert errors == ["dalian-2020-18.absorb-2500: validity.quote: clause dalian-2020-18:9.99 does not exist"]


def test_an_undeclared_fact_fails(records, tmp_path):
    def change(d):
        d["conditions"]["all"].append({"fact": "has_a_dog", "eq": True})

    errors = verify_rules(records, _with_rule(tmp_path, change))
    assert any("'has_a_dog' is not declared" in e for e in errors)


def test_a_value_outside_the_value_set_fails(records, tmp_path):
    def change(d):
        d["conditions"]["all"].append({"fact": "enterprise_size", "in": ["small", "tiny"]})

    errors = verify_rules(records, _with_rule(tmp_path, change))
    assert any("'tiny' is not a valid enum value" in e for e in errors)


def test_a_schema_error_names_the_file(records, tmp_path):
    def change(d):
        d["conditions"]["all"][1] = {"fact": "contract_one_year_plus", "eq": True, "ne": False}

    errors = verify_rules(records, _with_rule(tmp_path, change))
    assert len(errors) == 1 and errors[0].startswith("rules/dalian-2020-18/absorb-2500.yaml:")


def test_jurisdiction_must_match_the_cited_document(records, tmp_path):
    def change(d):
        d["jurisdiction"] = "聊城市"

    errors = verify_rules(records, _with_rule(tmp_path, change))
    assert any("differs from the region 大连市" in e for e in errors)


def test_supersedes_must_point_to_a_containing_region(records, tmp_path):
    def change(d):
        d["supersedes"][0]["rule"] = "liaocheng-2020.absorb-1000"

    errors = verify_rules(records, _with_rule(tmp_path, change))
    assert any("does not contain 大连市" in e for e in errors)


def test_a_pays_for_quote_not_in_the_clause_fails(records, tmp_path):
    def change(d):
        d["pays_for"][0]["quote"] = "对吸纳所有人员"

    errors = verify_rules(records, _with_rule(tmp_path, change))
    assert errors == [
        "dalian-2020-18.absorb-2500: pays_for hire.epidemic-spring: quote not found verbatim "
        "in dalian-2020-18:2.9: 对吸纳所有人员…"
    ]


def test_an_undeclared_base_fails(records, tmp_path):
    def change(d):
        d["pays_for"][0]["base"] = "hire.nowhere"

    errors = verify_rules(records, _with_rule(tmp_path, change))
    assert any("base 'hire.nowhere' is not declared" in e for e in errors)


def test_supersedes_needs_a_shared_base(records, tmp_path):
    def change(d):
        d["pays_for"] = [{"base": "premises-rent", "quote": "按2500元/人标准给予一次性吸纳就业补贴"}]

    errors = verify_rules(records, _with_rule(tmp_path, change))
    assert any("pays for none of the bases" in e for e in errors)


def test_a_supersedes_quote_is_verified(records, tmp_path):
    def change(d):
        d["supersedes"][0]["quote"] = "具体标准由大连市政府确定"

    errors = verify_rules(records, _with_rule(tmp_path, change))
    assert any(
        "supersedes liaoning-2020-9.absorb-3-6-months: quote not found verbatim in liaoning-2020-9:3.10" in e
        for e in errors
    )


def test_a_validity_end_must_be_the_end_its_quote_states(records, tmp_path):
    """A measure that ends with the period its text names: the end is read from the quoted words."""

    def change(d):
        d["validity"] = {"end": "2020-12-31", "quote": "春节期间（截至2020年2月9日）", "basis": "以春节期间为期"}

    errors = verify_rules(records, _with_rule(tmp_path, change))
    assert errors == [
        "dalian-2020-18.absorb-2500: validity.end 2020-12-31 differs from the end 2020-02-09 its quote states"
    ]
