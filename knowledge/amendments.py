"""Amendments on the clauses themselves: the sentence a later text extends, suspends or replaces
gets the amended period, and the clause says which text changed it.

rules/amendments.yaml names the amended rules; each rule's `validity.quote` is the sentence of its
clause that states the period, so that sentence (and only it: a clause holds several measures)
gets the amended end as a change from the amending text's issue date (`Validity.changes`; its own
period stays: a text changes nothing before it was issued, eval6 E11), the clause's period is
derived again from its sentences, and the record lists the amendment (`amended_by`, with `since`)
for every answer that shows the clause on or after that date. The engine applies the same
amendments to the rules on the day asked.
"""

from __future__ import annotations

from knowledge.records import ClauseRecord, PeriodChange
from knowledge.validity import clause_validity

VERB = {"extend": "延长至", "suspend": "停止执行，执行至", "replace": "改按新规定执行，原规定执行至"}


def _norm(s: str) -> str:
    return "".join(s.split())


def apply_amendments(records: list[ClauseRecord], rule_set) -> list[ClauseRecord]:
    by_id = {r.clause_id: r for r in records}
    rules = {r.id: r for r in rule_set.rules}
    changes: dict[str, list[tuple[str, object]]] = {}  # clause_id -> [(sentence quote, amendment)]
    for a in getattr(rule_set, "amendments", ()):
        for rid in a.rules:
            rule = rules.get(rid)
            if rule is None or not rule.validity.quote:
                continue  # verify reports an unknown rule; a rule without a period quote has no sentence to move
            cid = rule.validity.clause_id or rule.citations[0].clause_id
            changes.setdefault(cid, []).append((rule.validity.quote, a))
    out = []
    for rec in records:
        todo = changes.get(rec.clause_id)
        out.append(_amend(rec, todo, by_id) if todo else rec)
    return out


def _amend(rec: ClauseRecord, todo: list, by_id: dict[str, ClauseRecord]) -> ClauseRecord:
    sentences = list(rec.sentences)
    notes = []
    for quote, a in todo:
        src = by_id.get(a.clause_id)
        who = (
            (src.doc_number or src.doc_title or src.issuer) + (src.part_label or "") + (src.clause_label or "")
            if src
            else a.clause_id
        )
        since = src.issued if src and src.issued else None
        if since is None:
            continue  # an amending text of unknown date is never applied to a day it may not have existed
        for i, s in enumerate(sentences):
            if _norm(quote) in _norm(s.text) and s.validity is not None:
                change = PeriodChange(
                    since=since, end=a.end, basis=f"经{who}{VERB[a.kind]}{a.end.isoformat()}：“{a.quote}”"
                )
                v = s.validity.model_copy(update={"changes": (*s.validity.changes, change)})
                sentences[i] = s.model_copy(update={"validity": v})
        note = {
            "by_clause_id": a.clause_id,
            "by": who,
            "kind": a.kind,
            "end": a.end.isoformat(),
            "quote": a.quote,
            "since": since.isoformat(),
        }
        if note not in notes:
            notes.append(note)
    validity = clause_validity([s.validity for s in sentences])
    return rec.model_copy(update={"sentences": sentences, "validity": validity, "amended_by": notes})
