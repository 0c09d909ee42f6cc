"""One clause record as JSON, built one way for every view that shows it.

The public clause endpoint, the console's clause view and compare columns, and the search-hit shape the
composer reads (answers/clause_record.py) all take their fields from here: the record's own fields as
stored (dates as ISO text, lists as lists), validity described on the as-of date by
knowledge.validity.describe, and each sentence with its own period (null where the sentence follows its
clause, never a guessed status). Views differ only in which fields they name and whether they add
the period's kind or the badge a person reads; they never rebuild a field.

It lives in answers/ (not api/) because the composer below the API needs the search-hit shape too.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from answers.citations import doc_name
from answers.departments import departments_text
from answers.validity_words import badge
from knowledge.records import ClauseRecord, Validity
from knowledge.validity import describe
from retrieval.filters import validity_out

# The contract's search-hit fields a clause record can fill (spec/contract.md "Search").
HIT_FIELDS = (
    "clause_id",
    "doc_id",
    "doc_number",
    "doc_title",
    "issuer",
    "region",
    "issued",
    "clause_label",
    "heading",
    "text",
    "departments",
    "lead_departments",
)


def fields(rec: ClauseRecord, names: Iterable[str]) -> dict:
    """The named record fields as JSON, in the order named."""
    names = tuple(names)
    dumped = rec.model_dump(mode="json", include=set(names))
    return {n: dumped[n] for n in names}


def period(validity: Validity, as_of: date, kind: bool = False) -> dict:
    """A period's status on as_of; `kind` adds how the period was stated (public API)."""
    described = describe(validity, as_of)
    return described | {"kind": validity.kind} if kind else described


def sentences(rec: ClauseRecord, as_of: date, kind: bool = False, badges: bool = False) -> list[dict]:
    """Each sentence with its own period, or null where it follows the clause's."""
    out = []
    for s in rec.sentences:
        v = period(s.validity, as_of, kind) if s.validity else None
        item = {"index": s.index, "text": s.text, "validity": v}
        if badges:
            item["badge"] = badge(describe(s.validity, as_of)) if s.validity else None
        out.append(item)
    return out


def as_hit(rec: ClauseRecord, as_of: date, quotes: list[str] | None = None) -> dict:
    """The contract's search-hit shape for a record (what answers.clause_answer.clause_block reads)."""
    return {
        **fields(rec, HIT_FIELDS),
        # before its document was issued a clause is not started, whatever its measures' dates say (eval33 W08: on
        # 2019-10-10 辽政发〔2020〕9号（十六）, issued 2020-04-02, was quoted with "有效期未知")
        "validity": _validity(rec, as_of, quotes),
        "highlights": list(quotes or []),
        # as a search hit carries them: the console's 答复口径 names a later text's change as the bot does
        "amended_by": list(rec.amended_by),
    }


def _validity(rec: ClauseRecord, as_of: date, quotes: list[str] | None) -> dict:
    """The clause's validity; for one sentence quoted, that sentence's own (or its measure's period sentence's): a
    card under "平台就业人员…可申请创业担保贷款及贴息" read "expired 2020-01-01至2020-12-31", the date of the clause's
    "延长1年" sentence (eval50 Q05, Q07)."""
    if not quotes or len(quotes) != 1:
        return validity_out(rec, as_of)
    from answers import measures, validity_words  # measures reads answers.sentences, which reads this module
    from answers.sentences import compact

    said = compact(quotes[0])
    s = next((x for x in rec.sentences if said and (said in compact(x.text) or compact(x.text) in said)), None)
    if s is None:
        return validity_out(rec, as_of)
    return validity_words.own(rec, measures.period_partner(rec, s) or s, as_of)


def record_doc_name(rec: ClauseRecord) -> str:
    return doc_name(
        {"doc_title": rec.doc_title, "doc_number": rec.doc_number, "issuer": rec.issuer, "issued": rec.issued}
    )


def departments(rec: ClauseRecord) -> dict:
    """The departments as an agent reads them out: every unit, lead units first, at most 20 named."""
    return {
        **fields(rec, ("departments", "lead_departments")),
        "departments_text": departments_text(rec.departments, rec.lead_departments, limit=20),
    }


def status(rec: ClauseRecord, day: date) -> dict:
    validity = validity_out(rec, day)
    return {"validity": validity, "badge": badge(validity)}
