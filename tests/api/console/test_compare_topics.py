"""knowledge/compare_topics.yaml holds only quotes: every clause exists, every value occurs in its
clause verbatim, every rule exists and cites that clause, and the region is the clause's own."""

from __future__ import annotations

import pytest
import yaml

from knowledge import paths
from knowledge.eligibility.loader import rule_files

TOPICS = yaml.safe_load((paths.PACKAGE_DIR / "compare_topics.yaml").read_text(encoding="utf-8"))["topics"]
ENTRIES = [(t["name"], e) for t in TOPICS for e in t["regions"]]


def _rules() -> dict[str, dict]:
    out = {}
    for p in rule_files():
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
        out[data["id"]] = data
    return out


RULES = _rules()


def test_topic_names_unique_and_stable_jobs_in_four_regions():
    names = [t["name"] for t in TOPICS]
    assert len(names) == len(set(names))
    stable = next(t for t in TOPICS if t["name"] == "稳岗返还")
    assert [r["region"] for r in stable["regions"]] == ["辽宁省", "大连市", "凌源市", "聊城市"]


@pytest.mark.parametrize("topic,entry", ENTRIES, ids=[f"{t}-{e['region']}" for t, e in ENTRIES])
def test_entry_is_quoted_from_its_clause(by_id, topic, entry):
    rec = by_id.get(entry["clause_id"])
    assert rec is not None, f"{topic}: no clause {entry['clause_id']}"
    assert rec.region == entry["region"], f"{topic}: {entry['clause_id']} is in {rec.region}"
    assert entry["measures"], f"{topic}/{entry['region']}: no measures"
    for m in entry["measures"]:
        for field in ("who", "rate", "period", "note"):
            value = m.get(field)
            if value is not None:
                assert value in rec.text, f"{topic}/{entry['region']}: {field} “{value}” not in {rec.clause_id}"
        assert m.get("rate") and m.get("who"), f"{topic}/{entry['region']}: rate and who are required"
        rule = RULES.get(m["rule"])
        assert rule is not None, f"unknown rule {m['rule']}"
        assert any(c["clause_id"] == rec.clause_id for c in rule["citations"]), (
            f"{m['rule']} does not cite {rec.clause_id}"
        )
        assert rule["jurisdiction"] == entry["region"]


def test_no_department_or_validity_written_in_the_file():
    # They are read from the clause record on the as-of date, never typed in by hand.
    for _, entry in ENTRIES:
        assert not {"departments", "validity", "status"} & set(entry)
        for m in entry["measures"]:
            assert set(m) <= {"rule", "who", "rate", "period", "note"}
