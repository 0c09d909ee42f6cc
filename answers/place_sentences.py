"""The sentences of the texts in force where a person is that match a pattern ("可在…办理失业登记", "发放失业补助金"),
each cited with its own validity, for the answers that quote what the texts say of a topic no rule carries."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from answers import citations, clause_json, measures, validity_words
from knowledge import regions
from knowledge.records import ClauseRecord, Sentence, load_clauses, not_yet_issued


def find(pattern: re.Pattern, region: str | None, as_of: date) -> list[dict]:
    """Citations of the matching sentences of clauses covering `region` and issued by `as_of` (a text not yet
    issued says nothing); a sentence said word for word by a wider text is kept once, the nearest text's."""
    found: dict[str, dict] = {}
    for rec, s in pairs(region, as_of):
        if pattern.search(s.text) and s.text not in found:
            found[s.text] = cite(rec, s, as_of)
    return list(found.values())


def cite(rec: ClauseRecord, s: Sentence, as_of: date) -> dict:
    """The sentence cited whole, with the sentence's own period, not its clause's; or that of the sentence stating its
    measure's period."""
    c = citations.from_hit(clause_json.as_hit(rec, as_of, [s.text]), s.text)
    c["validity"] = validity_words.own(rec, measures.period_partner(rec, s) or s, as_of)
    return c


def pairs(region: str | None, as_of: date) -> Iterator[tuple[ClauseRecord, Sentence]]:
    """(record, sentence) of every clause covering `region` (any, when None) issued by `as_of`, the place's own
    text first: the one walk over the texts that the answers quoting "what the texts say of X" share."""
    for rec in sorted(load_clauses(), key=lambda r: r.region != region):
        if region and not regions.covers(rec.region, region):
            continue
        if not_yet_issued(rec, as_of):
            continue
        for s in rec.sentences:
            yield rec, s


def line(c: dict) -> str:
    """ "· 凌政发〔2019〕14号一、（五）（有效期未知（…））：“…”" """
    badge = validity_words.badge(c.get("validity") or {})
    return f"· {c.get('doc_number') or c.get('doc_name')}{citations.label_words(c)}（{badge}）：“{c['quote']}”"


def cited(hit: dict, fragment: str, as_of: date) -> dict | None:
    """The whole sentence of a search hit holding `fragment`, cited with its own validity."""
    from answers.sentences import record_of, sentence_of

    rec = record_of(hit["clause_id"])
    s = sentence_of(rec, fragment) if rec is not None else None
    if rec is None or s is None:
        return None
    c = citations.from_hit(clause_json.as_hit(rec, as_of, [s.text]), s.text)
    c["validity"] = validity_words.own(rec, s, as_of)
    return c
