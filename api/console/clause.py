"""Clause and document views for the console (staff only).

A clause: the whole text, each sentence with its own validity on as_of, the 答复口径 (shared
composer), the rules that cite it, and links to the documents it implements, refines or
supersedes. Links come from data, never from guesses: the registry's `implements` / `cites` /
`supersession`, and the rules' `refines` / `supersedes` (a city's rule refining a provincial one).
Rules are read as plain YAML here so the view stays up while the rule schema evolves.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Annotated

import yaml
from fastapi import APIRouter, HTTPException, Query

from answers.citations import doc_name
from answers.clause_record import record_block
from answers.departments import departments_text
from answers.validity_words import badge
from api.auth import StaffDep
from knowledge.eligibility.loader import rule_files
from knowledge.inputs import BadInput, as_of_date
from knowledge.records import ClauseRecord, clause_index, load_clauses
from knowledge.registry import Document, documents
from knowledge.validity import describe

router = APIRouter(prefix="/api/v1/console", tags=["console"])


def _day(as_of: str | None) -> date:
    try:
        return as_of_date(as_of)
    except BadInput as exc:
        raise HTTPException(
            status_code=422, detail=[{"loc": ["query", "as_of"], "msg": exc.message, "type": "value_error"}]
        ) from None


@lru_cache(maxsize=1)
def raw_rules() -> dict[str, dict]:
    """rule id → the rule file as data (id, name, applicant_types, citations, refines, supersedes)."""
    out = {}
    for path in rule_files():
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and data.get("id"):
            out[data["id"]] = data
    return out


def rules_citing(clause_id: str) -> list[dict]:
    out = []
    for rid, r in raw_rules().items():
        quotes = [c.get("quote", "") for c in r.get("citations", []) if c.get("clause_id") == clause_id]
        if quotes:
            out.append(
                {
                    "rule_id": rid,
                    "name": r.get("name", rid),
                    "kind": r.get("kind", "benefit"),
                    "applicant_types": r.get("applicant_types", []),
                    "jurisdiction": r.get("jurisdiction"),
                    "quote": quotes[0],
                }
            )
    return out


def _rule_clause(rule_id: str) -> str | None:
    cites = raw_rules().get(rule_id, {}).get("citations") or []
    return cites[0].get("clause_id") if cites else None


def _doc_by_number(number: str) -> Document | None:
    return next((d for d in documents().values() if d.doc_number == number), None)


def _doc_link(number: str | None, title: str | None = None, doc_id: str | None = None) -> dict:
    doc = documents().get(doc_id) if doc_id else (_doc_by_number(number) if number else None)
    return {
        "doc_number": number,
        "title": title or (doc.display_title if doc else None),
        "doc_id": doc.id if doc else None,
    }


def clause_links(rec: ClauseRecord) -> dict:
    doc = documents()[rec.doc_id]
    titles = {c.doc_number: c.title for c in doc.cites}
    implements = [_doc_link(n, titles.get(n)) for n in doc.implements]
    refines, refined_by, supersedes = [], [], []
    citing = {r["rule_id"] for r in rules_citing(rec.clause_id)}
    for rid, r in raw_rules().items():
        for target in r.get("refines") or []:
            if rid in citing:
                refines.append(
                    {
                        "rule_id": rid,
                        "target_rule": target,
                        "clause_id": _rule_clause(target),
                        "name": raw_rules().get(target, {}).get("name"),
                    }
                )
            elif target in citing:
                refined_by.append(
                    {"rule_id": rid, "target_rule": target, "clause_id": _rule_clause(rid), "name": r.get("name")}
                )
        for s in r.get("supersedes") or []:
            if rid in citing and isinstance(s, dict):
                supersedes.append(
                    {
                        "rule_id": rid,
                        "target_rule": s.get("rule"),
                        "reason": s.get("reason"),
                        "quote": s.get("quote"),
                        "clause_id": _rule_clause(s.get("rule", "")),
                    }
                )
    records = clause_index(load_clauses())
    for item in refines + refined_by + supersedes:
        target = records.get(item["clause_id"] or "")
        item["doc_id"] = target.doc_id if target else None
        item["label"] = (
            f"{target.doc_number or target.doc_title or target.issuer}{target.clause_label}" if target else None
        )
    return {
        "implements": implements,
        "refines": refines,
        "refined_by": refined_by,
        "supersedes": supersedes,
        "document_supersession": [{"statement": s.statement, "scope": s.scope} for s in doc.supersession],
    }


@router.get("/clauses/{clause_id}")
def clause_view(
    clause_id: str,
    _: StaffDep,
    as_of: str | None = None,
    s: Annotated[list[int] | None, Query(description="答复口径引用的句子序号")] = None,
) -> dict:
    """条款：全文、逐句有效期、引用它的规则、所实施/细化/替代的文件，以及答复口径。"""
    rec = clause_index(load_clauses()).get(clause_id)
    if rec is None:
        raise HTTPException(status_code=404, detail=f"没有条款 {clause_id}")
    day = _day(as_of)
    answer, citation = record_block(rec, day, s)
    validity = describe(rec.validity, day)
    sentences = [
        {
            "index": x.index,
            "text": x.text,
            "validity": describe(x.validity, day) if x.validity else None,
            "badge": badge(describe(x.validity, day)) if x.validity else None,
        }
        for x in rec.sentences
    ]
    return {
        "clause_id": rec.clause_id,
        "doc_id": rec.doc_id,
        "doc_number": rec.doc_number,
        "doc_title": rec.doc_title,
        "issuer": rec.issuer,
        "region": rec.region,
        "issued": rec.issued.isoformat() if rec.issued else None,
        "part_label": rec.part_label,
        "part_heading": rec.part_heading,
        "clause_label": rec.clause_label,
        "heading": rec.heading,
        "text": rec.text,
        "departments": list(rec.departments),
        "lead_departments": list(rec.lead_departments),
        "departments_text": departments_text(rec.departments, rec.lead_departments, limit=20),
        "departments_basis": rec.departments_basis,
        "validity": validity,
        "badge": badge(validity),
        "sentences": sentences,
        "as_of": day.isoformat(),
        "answer": answer,
        "citation": citation,
        "doc_name": doc_name(
            {"doc_title": rec.doc_title, "doc_number": rec.doc_number, "issuer": rec.issuer, "issued": rec.issued}
        ),
        "rules": rules_citing(rec.clause_id),
        "links": clause_links(rec),
    }


@router.get("/documents/{doc_id}")
def document_view(doc_id: str, _: StaffDep, as_of: str | None = None) -> dict:
    """文件：元数据（文号、发文单位、所实施的文件、替代声明）和条款列表（含有效状态）。"""
    doc = documents().get(doc_id)
    if doc is None:
        raise HTTPException(status_code=404, detail=f"没有文件 {doc_id}")
    day = _day(as_of)
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
        "implements": [
            _doc_link(n, next((c.title for c in doc.cites if c.doc_number == n), None)) for n in doc.implements
        ],
        "supersession": [{"statement": s.statement, "scope": s.scope} for s in doc.supersession],
        "notes": list(doc.notes),
        "clauses": clauses,
        "as_of": day.isoformat(),
    }
