"""The knowledge as the documents and clauses endpoints serve it (read-only views of the records).

Validity is stored on a record as a period; its *status* depends on the as-of date of the request,
so every view here takes `as_of` and describes the period through knowledge.validity.describe —
the same words search results and answers use.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from knowledge.records import ClauseRecord, clause_index, load_clauses
from knowledge.registry import Document, documents
from knowledge.validity import describe

STATUSES = ("active", "expired", "not_started", "unknown")


def records_index() -> dict[str, ClauseRecord]:
    """Clause id → record, from the built records (cached per file version by load_clauses)."""
    return clause_index(load_clauses())


def sentence_out(s, as_of: date) -> dict:
    # A sentence without a period of its own follows its clause: null, never a guessed status.
    return {
        "index": s.index,
        "text": s.text,
        "validity": describe(s.validity, as_of) | {"kind": s.validity.kind} if s.validity else None,
    }


def clause_out(rec: ClauseRecord, as_of: date) -> dict:
    """One clause: the search-result fields plus its part, lead units and per-sentence validity."""
    doc = rec.model_dump(
        mode="json",
        include={
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
        },
    )
    return {
        **doc,
        "as_of": as_of.isoformat(),
        "validity": describe(rec.validity, as_of) | {"kind": rec.validity.kind},
        "sentences": [sentence_out(s, as_of) for s in rec.sentences],
    }


def clause_brief(rec: ClauseRecord, as_of: date) -> dict:
    v = describe(rec.validity, as_of)
    return {
        "clause_id": rec.clause_id,
        "kind": rec.kind,
        "part_label": rec.part_label,
        "part_heading": rec.part_heading,
        "clause_label": rec.clause_label,
        "heading": rec.heading,
        "departments": list(rec.departments),
        "validity": v,
    }


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
