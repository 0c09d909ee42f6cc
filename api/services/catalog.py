"""The knowledge as the documents and clauses endpoints serve it (read-only views of the records).

Validity is stored on a record as a period; its *status* depends on the as-of date of the request,
so every view here takes `as_of` and describes the period through knowledge.validity.describe —
the same words search results and answers use.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Annotated

from fastapi import Depends

from answers import clause_json
from knowledge.records import ClauseRecord, clause_index, load_clauses
from knowledge.registry import Document, documents
from knowledge.validity import describe

STATUSES = ("active", "expired", "not_started", "unknown")


def records_index() -> dict[str, ClauseRecord]:
    """Clause id → record, from the built records (cached per file version by load_clauses)."""
    return clause_index(load_clauses())


# The public clause view (GET /api/v1/clauses/{id}): the search-result fields plus its part, lead
# units and per-sentence validity, each period with its kind.
CLAUSE_FIELDS = (
    "clause_id",
    "doc_id",
    "doc_number",
    "doc_title",
    "issuer",
    "region",
    "issued",
    "kind",
    "part_no",
    "part_label",
    "part_heading",
    "clause_no",
    "clause_label",
    "heading",
    "text",
    "departments",
    "lead_departments",
    "departments_text",
)
# A clause in a document's table of contents.
BRIEF_FIELDS = ("clause_id", "kind", "part_label", "part_heading", "clause_label", "heading", "departments")


def clause_out(rec: ClauseRecord, as_of: date) -> dict:
    """One clause: the search-result fields plus its part, lead units and per-sentence validity."""
    return {
        **clause_json.fields(rec, CLAUSE_FIELDS),
        "as_of": as_of.isoformat(),
        "validity": clause_json.period(rec.validity, as_of, kind=True),
        "sentences": clause_json.sentences(rec, as_of, kind=True),
    }


def clause_brief(rec: ClauseRecord, as_of: date) -> dict:
    return {**clause_json.fields(rec, BRIEF_FIELDS), "validity": clause_json.period(rec.validity, as_of)}


RecordsDep = Annotated[dict[str, ClauseRecord], Depends(records_index)]


def validity_summary(recs: list[ClauseRecord], as_of: date) -> dict:
    """How many of a document's clauses are in force on as_of, and the span their periods cover."""
    clauses = [r for r in recs if r.kind == "clause"]
    counts = Counter(describe(r.validity, as_of)["status"] for r in clauses)
    ends = [r.validity.end for r in clauses if r.validity.end]
    starts = [r.validity.start for r in clauses if r.validity.start]
    return {
        "as_of": as_of.isoformat(),
        "clauses": len(clauses),
        "by_status": {s: counts.get(s, 0) for s in STATUSES},
        "earliest_start": min(starts).isoformat() if starts else None,
        "latest_end": max(ends).isoformat() if ends else None,
    }


def document_out(doc: Document, recs: list[ClauseRecord], as_of: date) -> dict:
    meta = doc.model_dump(mode="json", exclude={"source_file"})
    return {**meta, "display_title": doc.display_title, "validity_summary": validity_summary(recs, as_of)}


def by_document(index: dict[str, ClauseRecord]) -> dict[str, list[ClauseRecord]]:
    out: dict[str, list[ClauseRecord]] = {d: [] for d in documents()}
    for rec in index.values():
        out.setdefault(rec.doc_id, []).append(rec)
    return out


def all_documents(records: dict[str, ClauseRecord], as_of: date) -> dict:
    """GET /api/v1/documents: every document with its validity summary on as_of."""
    grouped = by_document(records)
    return {
        "as_of": as_of.isoformat(),
        "documents": [document_out(d, grouped.get(d.id, []), as_of) for d in documents().values()],
    }


def one_document(doc_id: str, records: dict[str, ClauseRecord], as_of: date) -> dict | None:
    """GET /api/v1/documents/{doc_id}: the document and its clauses' table of contents; None if unknown."""
    doc = documents().get(doc_id)
    if doc is None:
        return None
    recs = by_document(records).get(doc_id, [])
    return {
        **document_out(doc, recs, as_of),
        "as_of": as_of.isoformat(),
        "clauses": [clause_brief(r, as_of) for r in recs],
    }


def document_ids() -> list[str]:
    return list(documents())
