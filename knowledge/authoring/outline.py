"""Parse a document that is not registered yet, and say where its structure cannot be read.

The same parser as the build reads the text (so what the officer previews is what the build will
make); before it, a few checks find what would make the records wrong, each with the line of the
source it is about: no clause at all, a clause number skipped or repeated inside a part, a clause
without its departments bracket (a warning: some notices name none).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pydantic import PrivateAttr

from knowledge.clean import CLAUSE_ARABIC_RE, CLAUSE_CN_RE, PART_RE, _strip
from knowledge.parse import parse_document
from knowledge.records import ClauseRecord
from knowledge.registry import Document


class DraftDocument(Document):
    """A registry entry whose text is held in memory (nothing written yet)."""

    _text: str = PrivateAttr(default="")

    def source_text(self) -> str:
        return self._text


def draft_document(fields: dict, text: str) -> DraftDocument:
    # model_construct: a new place is not in regions.yaml until the officer confirms
    doc = DraftDocument.model_construct(**fields)
    doc._text = text
    return doc


@dataclass
class Problem:
    line: int | None
    message: str
    fatal: bool

    def __str__(self) -> str:
        where = f"第{self.line}行" if self.line else "全文"
        return f"{where}：{self.message}"


@dataclass
class Outline:
    records: list[ClauseRecord] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def clauses(self) -> list[ClauseRecord]:
        return [r for r in self.records if r.kind == "clause"]

    @property
    def fatal(self) -> list[Problem]:
        return [p for p in self.problems if p.fatal]


def _label_lines(text: str) -> list[tuple[int, str, str]]:
    """(line, kind part/clause, label) of every line that starts a part or a clause."""
    out = []
    for no, raw in enumerate(text.splitlines(), 1):
        line = _strip(raw)
        part = PART_RE.match(line)
        clause = CLAUSE_CN_RE.match(line) or CLAUSE_ARABIC_RE.match(line)
        if part:
            out.append((no, "part", part.group(1)))
        elif clause:
            out.append((no, "clause", clause.group(1)))
    return out


def line_of(text: str, needle: str) -> int | None:
    """First source line holding the start of `needle` (whitespace aside)."""
    key = re.sub(r"\s+", "", needle)[:12]
    for no, raw in enumerate(text.splitlines(), 1):
        if key and key in re.sub(r"\s+", "", raw):
            return no
    return None


def outline(doc: DraftDocument) -> Outline:
    text = doc.source_text()
    out = Outline()
    if not text.strip():
        out.problems.append(Problem(None, "文件为空，没有可解析的文字", True))
        return out
    try:
        out.records = parse_document(doc)
    except ValueError as exc:  # duplicate clause ids: the same label twice in one part
        out.problems.append(Problem(None, f"条款编号重复，无法区分条款（{exc}）", True))
        return out
    except Exception as exc:  # noqa: BLE001 — the parser's own failure, shown as the line it stopped at
        out.problems.append(Problem(None, f"无法解析文件结构：{exc}", True))
        return out
    if not out.clauses:
        first = next((no for no, raw in enumerate(text.splitlines(), 1) if _strip(raw)), None)
        out.problems.append(
            Problem(
                first,
                "未找到任何条款编号（如“一、”“（一）”“1.”），无法切分条款；请确认文本是否完整，或编号是否被换行拆开",
                True,
            )
        )
        return out
    lines = clause_lines(out.clauses, text)
    _check_numbering(out, lines)
    for rec in out.clauses:
        if not rec.departments:
            out.problems.append(
                Problem(
                    lines.get(rec.clause_id),
                    f"条款{rec.part_label or ''}{rec.clause_label}末尾没有责任单位括号，责任单位将为空",
                    False,
                )
            )
    return out


def clause_lines(clauses: list[ClauseRecord], text: str) -> dict[str, int]:
    """Source line of each clause's label: label lines in order, matched to the clauses in order."""
    labels = [(no, label) for no, kind, label in _label_lines(text) if kind == "clause"]
    out, k = {}, 0
    for rec in clauses:
        while k < len(labels) and labels[k][1] != rec.clause_label:
            k += 1
        if k < len(labels):
            out[rec.clause_id] = labels[k][0]
            k += 1
    return out


def _check_numbering(out: Outline, lines: dict[str, int]) -> None:
    """Clause numbers run 1, 2, 3… (per part where the document restarts them): a gap is a number
    split across lines or a clause swallowed by the one before."""
    expected: dict[int | None, int] = {}
    for rec in out.clauses:
        prev = expected.get(rec.part_no if _restarts(out) else None, 0)
        if rec.clause_no != prev + 1:
            out.problems.append(
                Problem(
                    lines.get(rec.clause_id),
                    f"条款编号不连续：{rec.part_label or ''}{rec.clause_label} 之前应为第{prev + 1}条"
                    "（编号可能被换行拆开，或上一条与本条连在一起）",
                    True,
                )
            )
        expected[rec.part_no if _restarts(out) else None] = rec.clause_no or prev


def _restarts(out: Outline) -> bool:
    """凌源-style numbering starts again at 1 in every part."""
    firsts = [r for r in out.clauses if r.clause_no == 1]
    return len(firsts) > 1
