"""The console's clause and document views (staff only).

A clause: the whole text, each sentence with its own validity on as_of, the 答复口径 (the shared
composer, so the console reads out exactly what the bot and WeChat say), the rules that cite it, and
its links to other texts (knowledge/rule_links.py). A document: its metadata and its clauses with
their status. Fields come from the one clause serialiser (answers/clause_json.py).
"""

from __future__ import annotations

from datetime import date

from answers import clause_json
from answers.clause_json import departments, record_doc_name, status
from answers.clause_record import record_block
from answers.validity_words import badge
from knowledge import rule_links
from knowledge.records import clause_index, load_clauses
from knowledge.registry import documents
from knowledge.validity import describe

SOURCE_FIELDS = ("clause_id", "doc_id", "doc_number", "doc_title", "issuer")
PLACE_FIELDS = ("region", "issued", "part_label", "part_heading")
BODY_FIELDS = ("clause_label", "heading")


def clause_view(clause_id: str, day: date, sentence_indexes: list[int] | None) -> dict | None:
    """A clause as the console shows it; None if there is no such clause."""
    rec = clause_index(load_clauses()).get(clause_id)
    if rec is None:
        return None
    answer, citation = record_block(rec, day, sentence_indexes)
    return {
        **clause_json.fields(rec, SOURCE_FIELDS + PLACE_FIELDS + BODY_FIELDS + ("text",)),
        **departments(rec),
        "departments_basis": rec.departments_basis,
        **status(rec, day),
        "sentences": clause_json.sentences(rec, day, badges=True),
        "as_of": day.isoformat(),
        "answer": answer,
        "citation": citation,
        "doc_name": record_doc_name(rec),
        "rules": rule_links.rules_citing(rec.clause_id),
        "links": rule_links.clause_links(rec),
    }


def document_view(doc_id: str, day: date) -> dict | None:
    """A document's metadata and its clauses with their status on `day`; None if unknown."""
    doc = documents().get(doc_id)
    if doc is None:
        return None
    clauses = [
        {
            "clause_id": r.clause_id,
            "clause_label": r.clause_label,
            "heading": r.heading,
            "part_label": r.part_label,
            "badge": badge(describe(r.validity, day)),
            "status": describe(r.validity, day)["status"],
        }
        for r in load_clauses()
        if r.doc_id == doc_id and r.kind == "clause"
    ]
    return {
        "doc_id": doc.id,
        "title": doc.display_title,
        "doc_number": doc.doc_number,
        "doc_number_source": doc.doc_number_source,
        "issuer": doc.issuer,
        "region": doc.region,
        "issued": doc.issued.isoformat() if doc.issued else None,
        "implements": rule_links.implemented(doc),
        "supersession": rule_links.supersession(doc),
        "notes": list(doc.notes),
        "clauses": clauses,
        "as_of": day.isoformat(),
    }
