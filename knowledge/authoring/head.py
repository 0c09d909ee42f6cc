"""Propose a new document's metadata from its own text: number, titles, issuer, date, citations.

Only what the text prints is proposed; anything it does not print stays None (the officer is
asked, or passes a flag). The head is the part before the addressee line ("各…："); the date
comes from the closing ("…2019年4月1日印发", or a signature followed by a date line).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from knowledge.clean import DATE_LINE_RE, DOC_NUMBER_RE, PAGE_NUMBER_RE, PUBLIC_MARKER_RE, REDHEAD_RE, SERIAL_RE, _strip

TITLE_END = ("意见", "办法", "通知", "措施", "规定", "方案", "细则", "决定", "若干措施", "实施意见")
ISSUED_RE = re.compile(r"^(\S*(?:人民政府|办公室|办公厅))?\s*(\d{4})年(\d{1,2})月(\d{1,2})日印发")
SIGNATURE_RE = re.compile(r"^\S{2,20}(?:人民政府|人力资源和社会保障局|人力资源社会保障局|办公室|办公厅)$")
CITED_RE = re.compile(r"《([^》]{4,80})》[（(]([^（）()]{1,12}〔\d{4}〕\d+号)[）)]")
WRAPPED_RE = re.compile(r"现将《([^》]+)》印发")


@dataclass
class Head:
    doc_number: str | None = None
    title: str | None = None
    title_as_printed: str | None = None
    notice_title: str | None = None
    issuer: str | None = None
    issued: date | None = None
    issued_basis: str | None = None
    public: bool | None = None
    cites: list[dict] = field(default_factory=list)
    implements: list[str] = field(default_factory=list)
    title_line: int | None = None  # 1-based line of the title, for messages

    def missing(self) -> list[str]:
        return [name for name in ("doc_number", "title", "issuer", "issued") if getattr(self, name) is None]


def _lines(text: str) -> list[tuple[int, str]]:
    return [(i, _strip(raw)) for i, raw in enumerate(text.splitlines(), 1) if _strip(raw)]


def _is_title(line: str) -> bool:
    bare = re.sub(r"\s+", "", line)
    return (
        8 <= len(bare) <= 80
        and bare.endswith(TITLE_END)
        and not any(c in bare for c in "。；：，:")
        and not bare.startswith(("各", "为", "根据"))
    )


def _head_lines(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Lines before the addressee ("各…：") or the first sentence of the body."""
    out = []
    for no, line in lines:
        if line.startswith("各") or line.endswith(("：", "。")):
            break
        out.append((no, line))
    return out


def _issuer_from_redhead(line: str) -> str:
    return re.sub(r"文件$", "", line)


def propose(text: str) -> Head:
    lines = _lines(text)
    head = Head()
    for no, line in _head_lines(lines):
        if SERIAL_RE.match(line) or PAGE_NUMBER_RE.match(line):
            continue
        if REDHEAD_RE.match(line):
            head.issuer = _issuer_from_redhead(line)
        elif DOC_NUMBER_RE.match(line):
            head.doc_number = line
        elif _is_title(line) and head.title_as_printed is None:
            head.title_as_printed, head.title_line = line, no
    if head.title_as_printed:
        head.title = re.sub(r"\s+", "", head.title_as_printed)
        _unwrap_notice(head, lines)
    _closing(head, lines)
    if head.issuer is None and head.title:  # "大连市人民政府关于…" names its issuer
        m = re.match(r"^(\S{2,12}?人民政府)(?:办公室|办公厅)?关于", head.title)
        head.issuer = m.group(1) if m else None
    head.public = (
        True if any(PUBLIC_MARKER_RE.match(ln) and "公开发布" in ln and "不公开" not in ln for _, ln in lines) else None
    )
    _citations(head, text)
    return head


def _unwrap_notice(head: Head, lines: list[tuple[int, str]]) -> None:
    """A 通知 that issues a 办法 ("关于印发…的通知", "现将《…》印发给你们") carries two titles: the
    document is the 办法, printed again as its own title line further down."""
    if not head.title or not head.title.startswith("关于印发"):
        return
    joined = "".join(ln for _, ln in lines)
    m = WRAPPED_RE.search(re.sub(r"\s+", "", joined))
    if not m:
        return
    inner = m.group(1)
    for no, line in lines:
        if no > (head.title_line or 0) and re.sub(r"\s+", "", line) == inner:
            head.notice_title = re.sub(r"\s+", "", head.title_as_printed or head.title)
            head.title, head.title_as_printed, head.title_line = inner, line, no
            return


def _closing(head: Head, lines: list[tuple[int, str]]) -> None:
    for no, line in reversed(lines):
        m = ISSUED_RE.match(re.sub(r"共印\d+份$", "", line))
        if m:
            head.issued = date(int(m.group(2)), int(m.group(3)), int(m.group(4)))
            office = m.group(1) or _line_before(lines, no)
            head.issued_basis = (
                f"{office + ' ' if office else ''}{head.issued.year}年{head.issued.month}月{head.issued.day}日印发"
            )
            return
    tail = lines[-8:]
    for k, (_no, line) in enumerate(tail):
        if DATE_LINE_RE.match(line.replace(" ", "")):
            y, mth, d = map(int, re.findall(r"\d+", line))
            head.issued = date(y, mth, d)
            head.issued_basis = f"落款日期 {y}年{mth}月{d}日"
            if head.issuer is None and k > 0 and SIGNATURE_RE.match(tail[k - 1][1]):
                head.issuer = tail[k - 1][1]
            return


def _line_before(lines: list[tuple[int, str]], no: int) -> str | None:
    prev = [ln for n, ln in lines if n < no]
    return prev[-1] if prev and SIGNATURE_RE.match(prev[-1]) else None


def _citations(head: Head, text: str) -> None:
    """Documents cited as 《title》（number）; those cited in the opening sentence ("为贯彻落实…",
    "根据…") are the ones this document implements."""
    flat = re.sub(r"\s+", "", text)
    seen: set[str] = set()
    for m in CITED_RE.finditer(flat):
        title, number = m.group(1), m.group(2)
        if number in seen or number == head.doc_number:
            continue
        seen.add(number)
        head.cites.append({"doc_number": number, "title": title, "doc_id": None})
    opening = re.search(r"(?:为|根据)[^。]*?(?:现提出|现就|制定|结合)[^。]*。", flat)
    if opening:
        head.implements = [n for n in (m.group(2) for m in CITED_RE.finditer(opening.group(0))) if n != head.doc_number]
