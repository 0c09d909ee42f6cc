"""The rule index (knowledge/eligibility/rule_index.py) changes what is evaluated, never what a
person is told: against the full scan, on every rule case and package case, the same benefits in
the same order with the same status, amount, validity, window, missing facts, gate lines and
package; a rule of another place is still listed, not_eligible, with the gate line that says why.
Its short records are shared between results (frozen.py): no result changes another."""

from __future__ import annotations

import copy
import json

import pytest
import yaml

from knowledge.eligibility.cases import load_cases
from knowledge.eligibility.engine import Engine
from knowledge.eligibility.loader import RULES_DIR, default_rule_set

PACKAGE_CASES = yaml.safe_load((RULES_DIR / "package_cases.yaml").read_text(encoding="utf-8"))
PROFILES = [(c.profile, c.as_of) for c in load_cases()] + [(c["profile"], c["as_of"]) for c in PACKAGE_CASES]
# a place without an applicant type, and the reverse: one gate unknown, the other ruling rules out
PROFILES += [({"region": "聊城市"}, "2020-07-15"), ({"region": "大连市"}, "2021-03-01")]
PROFILES += [({"applicant_type": "person"}, "2020-07-15"), ({"applicant_type": "enterprise"}, "2022-01-01")]


@pytest.fixture(scope="module")
def scan(by_id):
    return Engine(default_rule_set(), by_id, scan_all=True)


def outcome(result: dict) -> dict:
    def one(b: dict) -> tuple:
        v, w = b["validity"], b["window"] or {}
        a = b["amount"]
        money = (a.get("value"), a.get("min_value"), a.get("max_value"), a.get("value_is_lower_bound"))
        return (b["benefit_id"], b["status"], money, v["status"], v["start"], v["end"], w.get("status"))

    return {
        "benefits": [one(b) for b in result["benefits"]],
        "missing": {b["benefit_id"]: b["missing_facts"] for b in result["benefits"]},
        # applicant type and place, the first two lines of every benefit's reasons, 待确认 where unknown
        "gates": {b["benefit_id"]: b["reasons"][:2] for b in result["benefits"]},
        "superseded": {b["benefit_id"]: b["superseded_by"] for b in result["benefits"]},
        "overlaps": {b["benefit_id"]: b["overlaps"] for b in result["benefits"]},
        "package": result["package"],
        "next_question": result["next_question"],
        "counts": result["counts"],
    }


def test_the_index_tells_everyone_what_the_full_scan_does(engine, scan):
    assert len(PROFILES) > 300
    differ = [(p, day) for p, day in PROFILES if outcome(engine.evaluate(p, day)) != outcome(scan.evaluate(p, day))]
    assert differ == []


def test_the_index_leaves_out_only_rules_of_other_places_or_applicants(engine):
    profile = {"applicant_type": "enterprise", "region": "大连市"}
    chosen = {r.id for r in engine.index.candidates(profile)}
    assert chosen and all(r.jurisdiction in ("大连市", "辽宁省") for r in engine.rules if r.id in chosen)
    assert all("enterprise" in r.applicant_types for r in engine.rules if r.id in chosen)
    left_out = [r for r in engine.rules if r.id not in chosen]
    assert {r.jurisdiction for r in left_out} >= {"凌源市", "聊城市"}
    assert len(engine.index.candidates({"applicant_type": "enterprise"})) > len(chosen)


def test_a_rule_of_another_place_is_listed_with_why(engine):
    result = engine.evaluate({"applicant_type": "enterprise", "region": "聊城市"}, "2020-07-15")
    b = next(b for b in result["benefits"] if b["benefit_id"] == "dalian-2020-18.absorb-2500")
    assert b["status"] == "not_eligible" and b["amount"]["value"] is None and "2500元/人" in b["amount"]["text"]
    assert "不符合：所在地属于大连市（实际：聊城市）" in b["reasons"]
    assert len(result["benefits"]) == len(engine.rules)


def test_no_result_changes_another(scan):
    """Shared short records, supersession on a copy of one, the package: every result reads the
    same after all the others were computed (and the cached records reused) as when it came first."""
    fresh = Engine(default_rule_set(), scan.records)
    first = [json.dumps(fresh.evaluate(p, day), ensure_ascii=False, default=str) for p, day in PROFILES]
    again = [json.dumps(fresh.evaluate(p, day), ensure_ascii=False, default=str) for p, day in reversed(PROFILES)]
    assert first == again[::-1]


def test_a_shared_record_refuses_changes_and_copies_to_plain_dicts(engine):
    result = engine.evaluate({"applicant_type": "enterprise", "region": "聊城市"}, "2020-07-15")
    b = next(b for b in result["benefits"] if b["benefit_id"] == "dalian-2020-18.absorb-2500")
    with pytest.raises(TypeError):
        b["status"] = "eligible"
    with pytest.raises(TypeError):
        b["reasons"].append("x")
    mine = copy.deepcopy(b)
    mine["reasons"].append("x")
    assert type(mine) is dict and type(mine["reasons"]) is list and mine["reasons"][:-1] == b["reasons"]
    assert json.loads(json.dumps(result, ensure_ascii=False, default=str))["benefits"][-1]["benefit_id"]
