"""Compare one topic across regions (staff only): knowledge/compare_topics.yaml names the clause and
its measures per region as verbatim quotes; departments and validity are read here from the clause
record on the as-of date, never written into the topic file. Each column carries its 答复口径.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

import yaml
from fastapi import APIRouter, HTTPException

from answers.citations import doc_name
from answers.clause_record import record_block
from answers.departments import departments_text
from answers.validity_words import badge
from api.auth import StaffDep
from api.console.clause import _day, raw_rules
from knowledge import paths
from knowledge.records import ClauseRecord, clause_index, load_clauses
from knowledge.validity import describe

router = APIRouter(prefix="/api/v1/console", tags=["console"])

TOPICS_FILE = paths.DATA_DIR / "compare_topics.yaml"


@lru_cache(maxsize=1)
def topics() -> list[dict]:
    return yaml.safe_load(TOPICS_FILE.read_text(encoding="utf-8"))["topics"]


def find_topic(name: str | None, q: str | None) -> dict | None:
    """By name, or the first topic whose name or keyword occurs in a free query."""
    for t in topics():
        if name and t["name"] == name:
            return t
    if q:
        for t in topics():
            if any(k in q for k in [t["name"], *t.get("keywords", [])]):
                return t
    return None


def _sentence_with(rec: ClauseRecord, quote: str | None):
    if not quote:
        return None
    return next((s for s in rec.sentences if quote in s.text), None)


def _measure(rec: ClauseRecord, m: dict, day: date) -> dict:
    """A measure's period: the sentence stating it (or, with none quoted, the sentence holding the
    rate) where that sentence has its own validity; otherwise the clause's, flagged as such."""
    stated = _sentence_with(rec, m.get("period")) or _sentence_with(rec, m.get("rate"))
    own = stated.validity if stated is not None and stated.validity is not None else None
    validity = describe(own or rec.validity, day)
    rule = raw_rules().get(m.get("rule") or "", {})
    return {
        "who": m.get("who"),
        "rate": m.get("rate"),
        "period": m.get("period"),
        "note": m.get("note"),
        "rule_id": m.get("rule"),
        "rule_name": rule.get("name"),
        "validity": validity,
        "badge": badge(validity),
        "validity_of": "measure" if own else "clause",
        "sentence_index": stated.index if stated is not None else None,
    }


def compare(topic: dict, day: date) -> dict:
    records = clause_index(load_clauses())
    columns = []
    for entry in topic["regions"]:
        rec = records[entry["clause_id"]]
        measures = [_measure(rec, m, day) for m in entry["measures"]]
        quoted = [m["sentence_index"] for m in measures if m["sentence_index"] is not None]
        answer, _ = record_block(rec, day, sorted(set(quoted)))
        validity = describe(rec.validity, day)
        columns.append(
            {
                "region": entry["region"],
                "clause_id": rec.clause_id,
                "doc_id": rec.doc_id,
                "doc_number": rec.doc_number,
                "doc_title": rec.doc_title,
                "issuer": rec.issuer,
                "doc_name": doc_name(
                    {
                        "doc_title": rec.doc_title,
                        "doc_number": rec.doc_number,
                        "issuer": rec.issuer,
                        "issued": rec.issued,
                    }
                ),
                "clause_label": rec.clause_label,
                "heading": rec.heading,
                "departments": list(rec.departments),
                "lead_departments": list(rec.lead_departments),
                "departments_text": departments_text(rec.departments, rec.lead_departments, limit=20),
                "validity": validity,
                "badge": badge(validity),
                "measures": measures,
                "answer": answer,
            }
        )
    return {"topic": topic["name"], "as_of": day.isoformat(), "regions": columns}


@router.get("/compare/topics")
def compare_topics(_: StaffDep) -> dict:
    """可对比的主题及其地区。"""
    return {
        "topics": [
            {"name": t["name"], "keywords": t.get("keywords", []), "regions": [r["region"] for r in t["regions"]]}
            for t in topics()
        ]
    }


@router.get("/compare")
def compare_view(_: StaffDep, topic: str | None = None, q: str | None = None, as_of: str | None = None) -> dict:
    """同一主题在各地区的规定并列：标准、对象、期限、责任单位、有效状态。"""
    found = find_topic(topic, q)
    if found is None:
        names = "、".join(t["name"] for t in topics())
        raise HTTPException(status_code=404, detail=f"没有可对比的主题“{topic or q or ''}”（可选：{names}）")
    return compare(found, _day(as_of))
