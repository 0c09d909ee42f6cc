"""The snapshot's validity words name one unit to ask (answers.validity_words.ask refuses a list:
the report had stopped with a TypeError after that change)."""

from __future__ import annotations

from datetime import date

from impact.snapshot import validity_words


def test_every_clause_gets_its_validity_sentence_naming_one_unit(records):
    words = validity_words(records, date(2021, 6, 1))
    clauses = [r for r in records if r.kind == "clause"]
    assert len(words) == len(clauses) > 100
    assert all(w.startswith("该项规定") and "[" not in w for w in words.values())
    first = next(r for r in clauses if r.lead_departments)
    assert f"具体可向{first.lead_departments[0]}咨询" in words[first.clause_id]
