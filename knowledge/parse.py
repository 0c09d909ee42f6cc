"""From cleaned blocks to clause records: parts (一、), clauses (（一）/(一)/1.), preamble, closing.

A clause is identified by part + label, never by label alone: 凌政发〔2019〕14号 restarts "(一)"
in every part. Clause ids are "{doc_id}:{part_no}.{clause_no}", derived from the structure only,
so the same text gets the same id on every rebuild.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Literal

import cn2an

from knowledge.clean import CLAUSE_ARABIC_RE, CLAUSE_CN_RE, PART_RE, Block, clean_blocks
from knowledge.departments import is_departments_bracket, parse_departments, trailing_bracket
from knowledge.records import ClauseRecord, Sentence
from knowledge.registry import Document
from knowledge.validity import clause_validity, read_sentence

SENTENCE_RE = re.compile(r"[^。！？!?\n]*[。！？!?]|[^。！？!?\n]+")


@dataclass
class _Draft:
    kind: Literal["clause", "cover", "preamble", "closing"]
    part_no: int | None = None
    part_label: str | None = None
    part_heading: str | None = None
    clause_no: int | None = None
    clause_label: str = ""
    paragraphs: list[str] = field(default_factory=list)


def _cn_int(s: str) -> int:
    return int(cn2an.cn2an(s, "smart"))


def _label_parts(text: str) -> tuple[str, int, str]:
    """(label as printed, number, rest of the paragraph) of a clause-start paragraph."""
    m = CLAUSE_CN_RE.match(text)
    if m:
        return m.group(1), _cn_int(m.group(2)), m.group(3)
    m = CLAUSE_ARABIC_RE.match(text)
    assert m, text
    return m.group(1), int(m.group(2)), m.group(3)


def _drafts(blocks: list[Block], doc: Document) -> list[_Draft]:
    drafts: list[_Draft] = []
    part: tuple[int, str, str] | None = None
    titles_seen = 0
    current: _Draft | None = None
    for b in blocks:
        if b.kind == "title":
            titles_seen += 1
            current = None  # a second title (凌源: the 办法 inside the 通知) starts a new preamble
            continue
        if b.kind == "part":
            m = PART_RE.match(b.text)
            assert m is not None  # clean_blocks typed this block "part" by this very pattern
            part = (_cn_int(m.group(1)), f"{m.group(1)}、", m.group(2).strip())
            current = None
            continue
        if b.kind == "clause_start":
            label, no, rest = _label_parts(b.text)
            current = _Draft(
                "clause",
                part[0] if part else None,
                part[1] if part else None,
                part[2] if part else None,
                no,
                label,
                [rest] if rest else [],
            )
            drafts.append(current)
            continue
        if b.kind != "paragraph":
            continue
        if current is not None and not (current.kind == "clause" and _has_departments(current)):
            current.paragraphs.append(b.text)
            continue
        # A paragraph outside any open clause: before the parts it introduces the document;
        # after the last clause's departments bracket it closes the document.
        kind: Literal["closing", "cover", "preamble"]
        if any(d.kind == "clause" for d in drafts):
            kind = "closing"
        elif doc.notice_title and titles_seen <= 1:
            kind = "cover"  # 凌源: the 通知 that wraps the 办法
        else:
            kind = "preamble"
        if current is None or current.kind != kind:
            current = _Draft(kind)
            drafts.append(current)
        current.paragraphs.append(b.text)
    return drafts


def _has_departments(d: _Draft) -> bool:
    found = trailing_bracket(d.paragraphs[-1]) if d.paragraphs else None
    return found is not None and is_departments_bracket(found[1])


def _heading(draft: _Draft) -> str | None:
    if draft.kind != "clause" or not draft.paragraphs:
        return None
    first = draft.paragraphs[0]
    if "。" not in first:  # 凌源: the heading stands on its own line
        return first if len(first) <= 40 else None
    head = first.split("。", 1)[0]
    return head if len(head) <= 40 else None


def split_sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE_RE.findall(text) if s.strip()]


def _record(doc: Document, draft: _Draft, lead_first: bool) -> tuple[ClauseRecord, bool]:
    text = "\n".join(draft.paragraphs)
    dept_units: list[str] = []
    leads: list[str] = []
    bracket = basis = None
    body = text
    found = trailing_bracket(text)
    if draft.kind == "clause" and found and is_departments_bracket(found[1]):
        deps = parse_departments(found[1], lead_first)
        dept_units, leads, bracket = deps.units, deps.leads, deps.bracket
        lead_first = lead_first or deps.declares_lead_first
        body = text[: found[0]]
        if "牵头" in bracket:
            basis = "原文以“牵头”标明牵头单位"
        elif leads:
            basis = "依本文件“列第一位者为牵头单位，下同”，列第一位者为牵头单位"
        else:
            basis = "原文未标明牵头单位"
    issue_year = doc.issued.year if doc.issued else None
    sentences = [
        Sentence(index=i, text=s, validity=read_sentence(s, issue_year)) for i, s in enumerate(split_sentences(body))
    ]
    if draft.kind == "clause":
        clause_id = f"{doc.id}:{draft.part_no}.{draft.clause_no}"
    else:
        clause_id = f"{doc.id}:{draft.kind}"
    rec = ClauseRecord(
        clause_id=clause_id,
        doc_id=doc.id,
        doc_number=doc.doc_number,
        doc_title=doc.title,
        issuer=doc.issuer,
        region=doc.region,
        issued=doc.issued,
        kind=draft.kind,
        part_no=draft.part_no,
        part_label=draft.part_label,
        part_heading=draft.part_heading,
        clause_no=draft.clause_no,
        clause_label=draft.clause_label,
        heading=_heading(draft),
        text=text,
        text_hash=hashlib.sha256(text.encode("utf-8")).hexdigest()[:16],
        departments=dept_units,
        lead_departments=leads,
        departments_text=bracket,
        departments_basis=basis,
        validity=clause_validity([s.validity for s in sentences]),
        sentences=sentences,
    )
    return rec, lead_first


def document_blocks(doc: Document) -> list[Block]:
    titles = [doc.title_as_printed, doc.title, doc.notice_title]
    return clean_blocks(doc.source_text(), [t for t in titles if t], doc.issuer)


def parse_document(doc: Document) -> list[ClauseRecord]:
    records: list[ClauseRecord] = []
    lead_first = False
    for draft in _drafts(document_blocks(doc), doc):
        rec, lead_first = _record(doc, draft, lead_first)
        records.append(rec)
    ids = [r.clause_id for r in records]
    if len(ids) != len(set(ids)):
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        raise ValueError(f"{doc.id}: duplicate clause ids {dupes}")
    return records
