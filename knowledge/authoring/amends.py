"""Propose the amendments a new document makes to documents already in the knowledge base.

A sentence that cites a registered document (《…》（大政发〔2020〕18号）) and a clause of it
("第（九）条") and says "实施期限延长至2021年12月31日" (extend), "停止执行" (suspend) or "按本通知执行"
(replace) is proposed as an entry of rules/amendments.yaml for every rule quoting that clause's
period. The officer confirms it; the build verifies the quote like every other quote.
"""

from __future__ import annotations

import re
from datetime import date

from knowledge.records import ClauseRecord

CITE_RE = re.compile(
    r"[（(]([^（）()]{1,12}〔\d{4}〕\d+号)[）)](?:第?([（(][一二三四五六七八九十]+[）)]|\d+[.．])条?)?"
)
EXTEND_RE = re.compile(r"(?:实施期限|执行期限|有效期)?延长至(\d{4})年(\d{1,2})月(\d{1,2})日")
SUSPEND_RE = re.compile(r"停止执行|不再执行|废止")
REPLACE_RE = re.compile(r"按(?:照)?本(?:通知|意见|办法)(?:规定)?执行")


def _same_label(a: str, b: str) -> bool:
    norm = lambda s: s.replace("(", "（").replace(")", "）").rstrip(".．")  # noqa: E731
    return norm(a) == norm(b)


def _kind(sentence: str, issued: date | None) -> tuple[str, date | None] | None:
    m = EXTEND_RE.search(sentence)
    if m:
        return "extend", date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if SUSPEND_RE.search(sentence):
        return "suspend", issued
    if REPLACE_RE.search(sentence):
        return "replace", issued
    return None


def propose_amendments(
    new: list[ClauseRecord], existing: list[ClauseRecord], rule_set, numbers: dict[str, str]
) -> list[dict]:
    """`numbers`: document number → doc id of the registered documents."""
    out = []
    for rec in (r for r in new if r.kind == "clause"):
        for s in rec.sentences:
            kind = _kind(s.text, rec.issued)
            if kind is None:
                continue
            for m in CITE_RE.finditer(s.text):
                doc_id = numbers.get(m.group(1))
                if doc_id is None:
                    continue
                targets = [
                    r
                    for r in existing
                    if r.doc_id == doc_id
                    and r.kind == "clause"
                    and (m.group(2) is None or _same_label(r.clause_label, m.group(2)))
                ]
                cids = {t.clause_id for t in targets}
                rules = [
                    r
                    for r in rule_set.rules
                    if (r.validity.clause_id or r.citations[0].clause_id) in cids and r.validity.quote
                ]
                if kind[0] == "extend":  # only measures that end before the new end can be extended
                    rules = [r for r in rules if r.validity.end and r.validity.end < kind[1]]
                named = re.search(r"规定的([^，。,]{2,30}?)[，,]", s.text)
                if named:  # "…规定的一次性吸纳就业补贴，…": the measures of that name only
                    rules = [r for r in rules if named.group(1) in r.name + r.amount.standard] or rules
                rules = [r.id for r in rules]
                if not rules:
                    continue
                end = kind[1]
                if kind[0] != "extend" and end is not None:
                    end = date.fromordinal(end.toordinal() - 1)  # stops the day before the new text applies
                out.append(
                    {
                        "id": f"{rec.doc_id}.{kind[0]}-{doc_id}-{'-'.join(sorted(c.split(':')[1] for c in cids))}",
                        "kind": kind[0],
                        "clause_id": rec.clause_id,
                        "quote": s.text,
                        "rules": rules,
                        "end": end,
                        "basis": f"{rec.doc_number or rec.issuer}{rec.clause_label}："
                        f"“{s.text}”（由 policy knowledge add 提出，经政策口径人员确认）",
                    }
                )
    return out
