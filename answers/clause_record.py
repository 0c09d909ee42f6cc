"""答复口径 for a clause record (the console's clause view), not a search hit.

A clause opened by id has no search highlights: the key sentences are the ones a caller asks
about, so the console may name them (`sentence_indexes`); otherwise the sentence the composer
would choose. The wording itself is `clause_answer.clause_block`'s, so the console reads out
exactly what the bot and WeChat say for the same clause, each quote with its own validity.
"""

from __future__ import annotations

from datetime import date

from answers.clause_answer import clause_block
from answers.clause_json import as_hit
from answers.sentences import quote_of
from knowledge.records import ClauseRecord


def record_block(
    rec: ClauseRecord, as_of: date, sentence_indexes: list[int] | None = None, query: str = ""
) -> tuple[str, dict]:
    """(text, citation) for `rec` on `as_of`, quoting the chosen sentences (at most two)."""
    by_index = {s.index: s for s in rec.sentences}
    chosen = [quote_of(by_index[i]) for i in (sentence_indexes or []) if i in by_index][:2]
    return clause_block(as_hit(rec, as_of), as_of, query, quotes=chosen)
