"""A long sentence cut by its own clauses: where the clauses are, and how a run of them is quoted.

A cut falls only at a clause mark (；, ，) outside brackets, so "〔指列入国家、省及我市《…》…〕" is never
broken, and every place the quote leaves the sentence is marked "…". A sentence opening with the
condition on who it is for ("对疫情防控期间开工的我市疫情防控重点保障企业〔…〕、重点项目的建设单位和施工单位，")
governs every clause after it: a run of later clauses keeps that opening, or a 普通饭店 reads the
150元 of "…对按照主管部门规定组织从外地返回复工人员…" as its own.
"""

from __future__ import annotations

import re

OPEN = "（(〔《“"
CLOSE = "）)〕》”"
CLAUSE_MARKS = "；;，,"
# "对…，" opening a sentence: whom the whole sentence is for
WHO_OPENING = re.compile(r"^\s*对")
# a clause naming whom it is for: "对…的", "对…企业", "对…人员"
OWN_WHO = re.compile(r"^对.*(?:的|企业|单位|人员|人口|个人|机构|家庭|者|毕业生|对象)$")


def split_top(text: str, seps: str) -> list[str]:
    """`text` cut after each separator outside brackets; the pieces join back to `text`."""
    pieces, buf, depth = [], "", 0
    for ch in text:
        buf += ch
        if ch in OPEN:
            depth += 1
        elif ch in CLOSE:
            depth = max(0, depth - 1)
        elif ch in seps and depth == 0:
            pieces.append(buf)
            buf = ""
    if buf:
        pieces.append(buf)
    return pieces


def opening_condition(text: str) -> str | None:
    """The sentence's first clause when it says whom the sentence is for ("对…企业，"), else None."""
    first = split_top(text.strip(), CLAUSE_MARKS)[0]
    return first if WHO_OPENING.match(first) and first != text.strip() else None


def quoted_run(text: str, start: int, end: int, keep_condition: bool = True, cap: int = 10_000) -> str:
    """text[start:end] (whole clauses) as quoted: "…" where it leaves the sentence, and the sentence's
    opening condition kept in front of a run that starts after it (within `cap` characters)."""
    text = text.strip()
    body = text[start:end].strip()
    rest = text[end:].strip()
    if rest:
        body = body.rstrip(CLAUSE_MARKS) + "…"
    if start == 0:
        return body
    lead = opening_condition(text) if keep_condition else None
    # a run opening with its own who ("对招用高校毕业生的，") is another measure: the lead is not its condition;
    # "对按照主管部门规定组织…筛查支出的费用，" names what is paid for, and the lead's firms are still the who
    first = split_top(body, CLAUSE_MARKS)[0].strip().rstrip(CLAUSE_MARKS)
    if lead is None or OWN_WHO.match(first) or start < len(lead) or len(lead) + len(body) + 1 > cap:
        return "…" + body
    if start == len(lead):
        return lead + body
    return lead.rstrip(CLAUSE_MARKS) + "…" + body


def whole_clauses(text: str, start: int, end: int) -> str:
    """text[start:end] widened to the whole clauses it touches, quoted as `quoted_run` says."""
    text = text.strip()
    bounds, at = [0], 0
    for piece in split_top(text, CLAUSE_MARKS):
        at += len(piece)
        bounds.append(at)
    first = max(b for b in bounds if b <= start)
    last = min((b for b in bounds if b >= end), default=len(text))
    return quoted_run(text, first, last, True, 10_000)
