"""答复口径 for a clause record (the console's clause view), not a search hit.

A clause opened by id has no search highlights: the key sentences are the ones a caller asks
about, so the console may name them (`sentence_indexes`); otherwise the sentence the composer
would choose. The wording itself is `clause_answer.clause_block`'s, so the console reads out
exactly what the bot and WeChat say for the same clause, each quote with its own validity.
"""

from __future__ import annotations

from datetime import date

from answers.clause_answer import clause_block
from answers.sentences import quote_of
from knowledge.records import ClauseRecord
from knowledge.validity import describe


def record_as_hit(rec: ClauseRecord, as_of: date, quotes: list[str] | None = None) -> dict:
    """The contract's search-hit shape for a record (what clause_block reads)."""
    return {
        "clause_id": rec.clause_id,
        "doc_id": rec.doc_id,
        "doc_number": rec.doc_number,
        "doc_title": rec.doc_title,
        "issuer": rec.issuer,
        "region": rec.region,
        "issued": rec.issued.isoformat() if rec.issued else None,
        "clause_label": rec.clause_label,
        "heading": rec.heading,
        "text": rec.text,
        "departments": list(rec.departments),
        "lead_departments": list(rec.lead_departments),
        "validity": describe(rec.validity, as_of),
        "highlights": list(quotes or []),
    }


def record_block(
    rec: ClauseRecord, as_of: date, sentence_indexes: list[int] | None = None, query: str = ""
) -> tuple[str, dict]:
    """(text, citation) for `rec` on `as_of`, quoting the chosen sentences (at most two)."""
    by_index = {s.index: s for s in rec.sentences}
    chosen = [quote_of(by_index[i]) for i in (sentence_indexes or []) if i in by_index][:2]
    return clause_block(record_as_hit(rec, as_of), as_of, query, quotes=chosen)
