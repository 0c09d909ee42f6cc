"""What the rules say about a clause, for the console: the rules that cite it and the links between
texts. Links come from data, never from guesses: the registry's `implements` / `cites` /
`supersession`, and the rules' `refines` / `supersedes` (a city's rule refining a provincial one).

Rules are read as plain YAML here (not through the eligibility engine's schema) so the console's
view stays up while the rule schema evolves.
"""

from __future__ import annotations

import yaml

from knowledge.builds import per_build
from knowledge.eligibility.loader import rule_files
from knowledge.records import ClauseRecord, clause_index, load_clauses
from knowledge.registry import Document, documents


@per_build()
def raw_rules() -> dict[str, dict]:
    """rule id → the rule file as data (id, name, applicant_types, citations, refines, supersedes)."""
    out = {}
    for path in rule_files():
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and data.get("id"):
            out[data["id"]] = data
    return out


def rule_name(rule_id: str | None) -> str | None:
    return raw_rules().get(rule_id or "", {}).get("name")


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


def doc_link(number: str | None, title: str | None = None, doc_id: str | None = None) -> dict:
    doc = documents().get(doc_id) if doc_id else (_doc_by_number(number) if number else None)
    return {
        "doc_number": number,
        "title": title or (doc.display_title if doc else None),
        "doc_id": doc.id if doc else None,
    }


def implemented(doc: Document) -> list[dict]:
    """The documents `doc` implements, each with its title as `doc` cites it."""
    titles = {c.doc_number: c.title for c in doc.cites}
    return [doc_link(n, titles.get(n)) for n in doc.implements]


def supersession(doc: Document) -> list[dict]:
    return [{"statement": s.statement, "scope": s.scope} for s in doc.supersession]


def _rule_edges(citing: set[str]) -> tuple[list[dict], list[dict], list[dict]]:
    """(refines, refined_by, supersedes) between the rules citing a clause and the others."""
    refines, refined_by, supersedes = [], [], []
    for rid, r in raw_rules().items():
        for target in r.get("refines") or []:
            if rid in citing:
                refines.append(
                    {
                        "rule_id": rid,
                        "target_rule": target,
                        "clause_id": _rule_clause(target),
                        "name": rule_name(target),
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
    return refines, refined_by, supersedes


def clause_links(rec: ClauseRecord) -> dict:
    doc = documents()[rec.doc_id]
    refines, refined_by, supersedes = _rule_edges({r["rule_id"] for r in rules_citing(rec.clause_id)})
    records = clause_index(load_clauses())
    for item in refines + refined_by + supersedes:
        target = records.get(item["clause_id"] or "")
        item["doc_id"] = target.doc_id if target else None
        item["label"] = (
            f"{target.doc_number or target.doc_title or target.issuer}{target.clause_label}" if target else None
        )
    return {
        "implements": implemented(doc),
        "refines": refines,
        "refined_by": refined_by,
        "supersedes": supersedes,
        "document_supersession": supersession(doc),
    }
