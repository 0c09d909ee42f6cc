"""Contract chat messages → the plain text a WeChat user reads, in pages of ≤ 2048 UTF-8 bytes.

WeChat shows text only: buttons become numbered options ("回复 1 高校毕业生"), remembered so a
reply "1" sends the first payload; citations become the shared compact line
(answers.citations.line), so a WeChat reader sees the same source wording as the widget's card.
"""

from __future__ import annotations

import re

from answers.citations import line
from answers.notices import MORE, NO_MORE, NON_TEXT, SORRY, VOICE_UNHEARD  # noqa: F401  the words live in answers/

LIMIT_BYTES = 2048  # WeChat's limit for a passive text reply and a customer-service text message
# Punctuation after which a long line may be cut, so a page rarely ends mid-sentence.
_BREAKS = "。；！？\n，、"


def render(messages: list[dict]) -> tuple[str, list[dict]]:
    """The whole answer as text, and the options (buttons in order) the numbers refer to."""
    blocks: list[str] = []
    options: list[dict] = []
    cites: list[str] = []
    seen: set[str] = set()
    for m in messages:
        lines = [m["text"].strip()] if (m.get("text") or "").strip() else []
        for b in m.get("buttons") or []:
            options.append(b)
            lines.append(f"回复 {len(options)} {b.get('title') or b.get('payload')}")
        if lines:
            blocks.append("\n".join(lines))
        for c in m.get("citations") or []:
            if not isinstance(c, dict):
                continue
            text = line(c)
            if c.get("clause_id", text) not in seen:
                seen.add(c.get("clause_id", text))
                cites.append(f"· {text}")
    if cites:
        blocks.append("出处：\n" + "\n".join(cites))
    return "\n\n".join(blocks), options


def _footer(page: int, total: int) -> str:
    return f"\n（第{page}/{total}页）{MORE}" if page < total else f"\n（第{page}/{total}页，完）"


def paginate(text: str, limit: int = LIMIT_BYTES) -> list[str]:
    """Pages of ≤ `limit` bytes each; every page but the last ends with the "更多" hint.

    Cuts fall at line ends where possible, else after punctuation; no character is lost or
    repeated (the chunks before their footers concatenate to `text`, newlines at cuts aside)."""
    if len(text.encode()) <= limit:
        return [text]
    budget = limit - len(_footer(998, 999).encode())  # room for the widest footer we will print
    chunks = _chunks(text, budget)
    return [c.strip("\n") + _footer(i + 1, len(chunks)) for i, c in enumerate(chunks)]


def _chunks(text: str, budget: int) -> list[str]:
    chunks: list[str] = []
    current = ""
    for piece in _pieces(text, budget):
        if current and len((current + piece).encode()) > budget:
            chunks.append(current)
            current = ""
        current += piece
    if current:
        chunks.append(current)
    return chunks


def _pieces(text: str, budget: int):
    """Paragraphs (blank-line separated) whole where they fit, so a heading such as "出处：" stays
    with its lines; else their lines; a line longer than the budget is cut after punctuation."""
    parts = re.split(r"(\n\n+)", text)
    for para in ("".join(parts[i : i + 2]) for i in range(0, len(parts), 2)):
        if len(para.encode()) <= budget:
            yield para
            continue
        for ln in para.splitlines(keepends=True):
            while len(ln.encode()) > budget:
                cut = _fit(ln, budget)
                yield ln[:cut]
                ln = ln[cut:]
            if ln:
                yield ln


def _fit(s: str, budget: int) -> int:
    """The longest prefix of `s` within `budget` bytes, shortened to end after punctuation if
    that keeps at least half of it."""
    n, size = 0, 0
    for ch in s:
        size += len(ch.encode())
        if size > budget:
            break
        n += 1
    for i in range(n, n // 2, -1):
        if s[i - 1] in _BREAKS:
            return i
    return max(n, 1)
