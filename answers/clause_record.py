"""答复口径 for a clause record (the console's clause view), not a search hit.

A clause opened by id has no search highlights: the key sentences are the ones a caller asks
about, so the console may name them (`sentence_indexes`); otherwise the clause's first sentence.
The wording itself is `clause_answer.clause_block`'s, so the console reads out exactly what the
bot and WeChat say for the same clause.
"""
from __future__ import annotations

from datetime import date

from answers.clause_answer import clause_block
from knowledge.records import ClauseRecord
from knowledge.validity import describe


def record_as_hit(rec: ClauseRecord, as_of: date, quotes: list[str] | None = None) -> dict:
    """The contract's search-hit shape for a record (what clause_block reads)."""
    return {"clause_id": rec.clause_id, "doc_id": rec.doc_id, "doc_number": rec.doc_number,
            "doc_title": rec.doc_title, "issuer": rec.issuer, "region": rec.region,
            "issued": rec.issued.isoformat() if rec.issued else None, "clause_label": rec.clause_label,
            "heading": rec.heading, "text": rec.text, "departments": list(rec.departments),
            "lead_departments": list(rec.lead_departments), "validity": describe(rec.validity, as_of),
            "highlights": list(quotes or [])}


def record_block(rec: ClauseRecord, as_of: date, sentence_indexes: list[int] | None = None) -> tuple[str, dict]:
    """(text, citation) for `rec` on `as_of`, quoting the chosen sentences (at most two)."""
    by_index = {s.index: s for s in rec.sentences}
    chosen = [by_index[i] for i in (sentence_indexes or []) if i in by_index][:2]
    if not chosen:
        # The first sentence is often only the heading ("支持企业稳定岗位。"): quote the first
        # sentence that says more than the heading does.
        chosen = [s for s in rec.sentences if s.text.strip("。 ") != (rec.heading or "")][:1]
    hit = record_as_hit(rec, as_of, [s.text for s in chosen])
    own = [s.validity for s in chosen if s.validity is not None]
    if own:
        # A quoted measure with its own period is answered with that period, not the clause's
        # (大政发〔2020〕18号（三） holds measures ending 2020-12-31 and 2021-08-31).
        hit["validity"] = describe(own[0], as_of)
    return clause_block(hit, as_of)
