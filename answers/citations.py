"""Citations: the contract's citation shape plus what a source card needs to render.

Contract fields: doc_number, doc_title, issuer, clause_id, clause_label, quote. Added: doc_id,
heading, region, departments (lead first), lead_departments, validity, and doc_name (the
document in words, from doc_name below) — so a widget card, a WeChat line and a console row show
the same facts in the same words without a second lookup or a wording of their own.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from functools import lru_cache

from answers.dates import cn_date
from answers.departments import departments_text
from answers.validity_words import badge
from knowledge.records import load_clauses


@lru_cache(maxsize=1)
def _part_refs() -> dict[str, str]:
    """clause id -> "三、（二）" for documents whose clause labels restart in every part (凌政发〔2019〕14号:
    "（一）" is in every part, so the part must be said); the engine says benefit citations the same way."""
    records = [r for r in load_clauses() if r.kind == "clause"]
    repeated = Counter((r.doc_id, r.clause_label) for r in records)
    restart = {doc for (doc, _), n in repeated.items() if n > 1}
    return {r.clause_id: f"{r.part_label}{r.clause_label}" for r in records if r.doc_id in restart and r.part_label}


HALF_WIDTH = re.compile(r"\(([一二三四五六七八九十]+)\)")


def clause_label(c: dict) -> str:
    """The clause as a reader finds it in the document: "三、（二）" where the part is needed, else the label.
    大政发〔2020〕18号 prints "(十五)" beside "（九）": one reply says both in full-width brackets (eval8)."""
    label = c.get("clause_ref") or _part_refs().get(c.get("clause_id") or "") or (c.get("clause_label") or "")
    return HALF_WIDTH.sub(r"（\1）", label)


def label_words(c: dict) -> str:
    """The clause label beside a document number: "（九）", "三、（二）", and 聊城's "5." as "第5条"."""
    label = clause_label(c).rstrip(".．")
    return f"第{label}条" if label.isdigit() else label


def doc_name(c: dict) -> str:
    """《title》（number）; a document printed without title or number says so instead of inventing one."""
    title, number = c.get("doc_title"), c.get("doc_number")
    if title and number:
        return f"《{title}》（{number}）"
    if title:
        return f"《{title}》（原文未载文号）"
    issued = f"{cn_date(c['issued'])}" if c.get("issued") else ""
    return f"{c.get('issuer', '')}{issued}印发的通知（原文未载标题、文号）"


def where(c: dict) -> str:
    """Document and clause: 《…》（大政发〔2020〕18号）第（九）条“鼓励企业吸纳就业”."""
    label = clause_label(c).rstrip(".．")  # 聊城 numbers "5." → 第5条
    head = f"“{c['heading']}”" if c.get("heading") else ""
    if "、" in label:  # "三、（二）": the part and the clause, as printed
        return f"{doc_name(c)}{label}{head}"
    return f"{doc_name(c)}{f'第{label}条' if label else ''}{head}"


def from_hit(hit: dict, quote: str) -> dict:
    """A citation from a search hit (contract "Search result" shape)."""
    return {
        "doc_number": hit.get("doc_number"),
        "doc_title": hit.get("doc_title"),
        "issuer": hit.get("issuer"),
        "clause_id": hit["clause_id"],
        "clause_label": hit.get("clause_label"),
        # "三、（一）" where the document's labels restart in every part (凌政发〔2019〕14号), as the
        # eligibility engine's citations say it: a card showing "第（一）条" alone names three clauses
        "clause_ref": clause_label(hit) or None,
        "quote": quote,
        "doc_id": hit.get("doc_id"),
        "heading": hit.get("heading"),
        "region": hit.get("region"),
        "issued": hit.get("issued"),
        "departments": _lead_first(hit.get("departments", []), hit.get("lead_departments")),
        "lead_departments": list(hit.get("lead_departments") or []),
        "validity": hit.get("validity"),
        "doc_name": doc_name(hit),
    }


def from_benefit(benefit: dict, c: dict, region: str | None = None) -> dict:
    """A citation of an eligibility benefit: the rule's quote, with the benefit's validity and departments.

    The validity is the benefit's own (a measure's period), not the whole clause's."""
    return {
        **c,
        "doc_name": doc_name(c),
        "departments": list(benefit.get("departments", [])),
        "validity": benefit.get("validity"),
        "region": region or benefit.get("jurisdiction"),
        "benefit_id": benefit.get("benefit_id"),
    }


def line(c: dict, as_of: date | None = None) -> str:
    """A compact one-line citation: 《title》number clause · validity · departments ("市人社局等6个单位":
    the first of a long list is not "the" department)."""
    dept = departments_text(list(c.get("departments") or []), c.get("lead_departments"), limit=1)
    v = badge(c["validity"]) if c.get("validity") else ""
    return f"{doc_name(c)}{label_words(c)} · {v} · {dept}"


def _lead_first(departments: list[str], lead: list[str] | None) -> list[str]:
    lead = [d for d in (lead or []) if d in departments]
    return lead + [d for d in departments if d not in lead]
