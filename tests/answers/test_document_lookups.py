"""Documents answered as a whole, terms the documents lack, and standard sentences' periods (eval5 §1,
E25, E03), over the whole knowledge base; the live conversations are tests/live/test_lookups_ii.py."""

from __future__ import annotations

from datetime import date

import pytest

from answers import absent_terms, document_overview, validity_words
from knowledge.records import load_clauses

TODAY = date(2026, 12, 2)


def test_every_standard_sentence_takes_the_period_of_the_measure_before_it():
    found = 0
    for rec in load_clauses():
        for s in rec.sentences:
            if s.validity is None and validity_words.STANDARD_OF_PREVIOUS.match(s.text.strip()):
                before = next(p for p in rec.sentences if p.index == s.index - 1)
                for day in (date(2020, 3, 1), TODAY):
                    assert validity_words.own(rec, s, day) == validity_words.own(rec, before, day), s.text
                found += 1
    assert found >= 1  # 大政发〔2020〕18号（九）"补助标准为：累计推荐成功上岗人数20人…"


@pytest.mark.parametrize("doc_id", sorted({r.doc_id for r in load_clauses()}))
def test_every_document_is_described_from_its_own_records(doc_id):
    recs = document_overview.records_of(doc_id)
    overview = document_overview.overview(doc_id, TODAY)
    measures = [r for r in recs if r.kind == "clause"]
    assert f"全文共{len(measures)}条措施" in overview.text
    assert all(r.heading in overview.text for r in measures if r.heading)
    assert overview.citations[0]["doc_id"] == doc_id and overview.meta["document"] == doc_id
    said = document_overview.validity(doc_id, TODAY).text
    assert "没有规定全文统一的有效期" in said and "以经办部门认定为准" in said
    dated = [s for r in recs for s in r.sentences if s.validity is not None and s.validity.end is not None]
    for s in dated:  # every dated measure named with its own end, never "现行" after it
        assert f"{s.validity.end.year}年{s.validity.end.month}月{s.validity.end.day}日" in said


@pytest.mark.parametrize(
    "asked", ["稳岗补贴是啥", "以工代赈是什么", "创业担保贷款是啥", "什么是灵活就业", "两后生是啥意思", "公益岗是啥"]
)
def test_a_term_the_documents_or_the_lexicon_carry_is_not_called_absent(asked):
    assert absent_terms.absent_term(asked) is None


def test_a_term_in_no_document_is_said_absent():
    assert absent_terms.absent_term("以工代训是啥") == "以工代训"
    assert "没有“以工代训”" in absent_terms.reply("以工代训是啥").text
