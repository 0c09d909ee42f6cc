"""Test helper: is a quote made of whole clauses of its sentence, every cut marked "…"? Worked out
from the sentence's characters here (bracket depth, clause marks), not with the composer's splitter."""

from __future__ import annotations

import re

MARKS = "；;，,"
OPEN, CLOSE = "（(〔《“〈", "）)〕》”〉"


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def clause_bounds(sentence: str) -> tuple[set[int], set[int]]:
    """(where a clause may start, where one may end) in the flat sentence: at marks outside brackets."""
    text = flat(sentence)
    starts, ends, depth = {0}, {len(text), len(text.rstrip("。"))}, 0
    for k, ch in enumerate(text):
        depth += ch in OPEN
        depth -= ch in CLOSE and depth > 0
        if ch in MARKS and depth == 0:
            starts.add(k + 1)
            ends.update({k, k + 1})
    return starts, ends


def cut_problem(quote: str, sentence: str) -> str | None:
    """None when every part of `quote` between "…" is a run of whole clauses of `sentence`, in order,
    and every place it leaves the sentence is marked; else what is wrong."""
    whole = flat(sentence)
    starts, ends = clause_bounds(sentence)
    parts = quote.split("…")
    pos = 0
    for k, raw in enumerate(parts):
        part = flat(raw)
        if not part:
            continue
        at = whole.find(part, pos)
        if at < 0:
            return f"不是原句的文字：{raw[:30]}"
        if at not in starts or at + len(part) not in ends:
            return f"截在词中或括号中：{raw[:30]}…{raw[-10:]}"
        if at > 0 and pos == 0 and k == 0:
            return f"开头被截断却未标“…”：{raw[:30]}"
        pos = at + len(part)
    if pos < len(whole.rstrip("。；")) and not quote.endswith("…"):
        return f"结尾被截断却未标“…”：{quote[-30:]}"
    return None
