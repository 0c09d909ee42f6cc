"""Clean PDF-extracted text into typed blocks without changing the policy text itself.

The extracted texts break lines anywhere: inside words ("免征房\\n\\n产税"), inside department
names ("市人力资源社会保障\\n\\n局"), and Lingyuan wraps every line at a fixed width. A line break
is therefore only a paragraph break where the text says so: the line ends a sentence, or the next
line starts a structural unit. Everything else is joined with no separator, so not one character
of the text is added or dropped. Artefacts of the copy (copy serial, page numbers, 抄送/印发/共印
lines) are recognised as whole lines and removed; they never belong to the policy text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Literal

from knowledge.departments import is_departments_bracket, trailing_bracket

BlockKind = Literal[
    "redhead",
    "doc_number",
    "title",
    "addressee",
    "part",
    "clause_start",
    "paragraph",
    "marker",
    "signature",
    "date",
    "artefact",
]

CN_NUM = "一二三四五六七八九十"
PART_RE = re.compile(rf"^([{CN_NUM}]+)、\s*(.*)$")
CLAUSE_CN_RE = re.compile(rf"^([（(]([{CN_NUM}]+)[）)])\s*(.*)$")
CLAUSE_ARABIC_RE = re.compile(r"^((\d{1,2})[.．])(?!\d)\s*(.*)$")

# Lines that are never policy text.
SERIAL_RE = re.compile(r"^\d{6}$")  # copy serial printed on the red-head copy, e.g. 000327
PAGE_NUMBER_RE = re.compile(r"^(?:[-—–－]\s*\d{1,3}\s*[-—–－]|\d{1,3}|第\s*\d{1,3}\s*页(?:\s*共\s*\d+\s*页)?)$")
ENDMATTER_RE = re.compile(r"^(?:抄送[：:].*|.*\d{4}年\d{1,2}月\d{1,2}日印发(?:共印\d+份)?|共印\d+份)$")
PUBLIC_MARKER_RE = re.compile(r"^[（(]此件(?:公开|不公开)发布[）)]$")
REDHEAD_RE = re.compile(r"^\S+人民政府(?:办公室|办公厅)?文件$")
DOC_NUMBER_RE = re.compile(r"^\S{1,8}〔\d{4}〕\d+号$")
DATE_LINE_RE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")
ISSUING_OFFICE_RE = re.compile(r"^\S+人民政府(?:办公室|办公厅)$")

SENTENCE_END = "。；：！？;:!?"


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    text: str


def _strip(line: str) -> str:
    # Lingyuan/Liaoning indent with U+3000 and pad with trailing spaces: layout, not text.
    return line.strip(" \t\u3000\r\n\ufeff")


def _is_dept_bracket_end(text: str) -> bool:
    """A paragraph that closes with the departments bracket ends the clause's last paragraph."""
    found = trailing_bracket(text)
    return found is not None and is_departments_bracket(found[1])


def _starts_structure(line: str) -> bool:
    return bool(PART_RE.match(line) or CLAUSE_CN_RE.match(line) or CLAUSE_ARABIC_RE.match(line))


def _standalone_kind(line: str, titles: set[str], issuer: str) -> BlockKind | None:
    """Lines that form a block of their own whatever their neighbours are."""
    if SERIAL_RE.match(line) or PAGE_NUMBER_RE.match(line):
        return "artefact"
    if PUBLIC_MARKER_RE.match(line):
        return "marker"
    if REDHEAD_RE.match(line):
        return "redhead"
    if DOC_NUMBER_RE.match(line):
        return "doc_number"
    if re.sub(r"\s+", "", line) in titles:
        return "title"
    if line == issuer:
        return "signature"
    if DATE_LINE_RE.match(line):
        return "date"
    return None


def _is_heading_line(line: str) -> bool:
    """A label line with no sentence end is a heading on its own line (Lingyuan's clauses, parts)."""
    if PART_RE.match(line):
        return True
    m = CLAUSE_CN_RE.match(line) or CLAUSE_ARABIC_RE.match(line)
    return bool(m) and not any(ch in line for ch in "。；")


def _ends_paragraph(text: str) -> bool:
    return text[-1] in SENTENCE_END or _is_dept_bracket_end(text) or _is_heading_line(text)


def clean_blocks(raw: str, titles: Iterable[str], issuer: str) -> list[Block]:
    """Split a raw extracted document into typed blocks (paragraph-level), artefacts marked."""
    titles = {re.sub(r"\s+", "", t) for t in titles if t}
    blocks: list[Block] = []
    pending: list[str] = []  # lines of the paragraph being joined

    def flush() -> None:
        if pending:
            text = "".join(pending)
            blocks.append(Block(_classify_paragraph(text, blocks), text))
            pending.clear()

    for raw_line in raw.splitlines():
        line = _strip(raw_line)
        if not line:
            continue  # blank lines are page/paragraph layout; the content decides below
        kind = _standalone_kind(line, titles, issuer)
        if kind == "artefact":
            continue  # dropped without ending the paragraph: page numbers fall mid-word
        if kind is not None:
            flush()
            blocks.append(Block(kind, line))
            continue
        if _starts_structure(line):
            flush()
        pending.append(line)
        if _ends_paragraph("".join(pending)):
            flush()
    flush()
    return blocks


def _classify_paragraph(text: str, before: list[Block]) -> BlockKind:
    if ENDMATTER_RE.match(text) or ISSUING_OFFICE_RE.match(text):
        return "artefact"
    if PART_RE.match(text):
        return "part"
    if CLAUSE_CN_RE.match(text) or CLAUSE_ARABIC_RE.match(text):
        return "clause_start"
    body_started = any(b.kind in ("addressee", "paragraph", "part", "clause_start") for b in before)
    if not body_started and text.startswith("各") and text.endswith(("：", ":")):
        return "addressee"
    return "paragraph"


def policy_blocks(blocks: list[Block]) -> list[Block]:
    """The blocks that carry text of the document (everything but copy artefacts)."""
    return [b for b in blocks if b.kind != "artefact"]


def cleaned_text(blocks: list[Block]) -> str:
    return "\n".join(b.text for b in policy_blocks(blocks))
