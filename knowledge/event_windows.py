"""Event windows on the clauses: a sentence whose dates say when the qualifying event must happen
("对2020年3月10日前复工，并在2020年2月10日起一个月内新吸纳就业…", "2021年12月31日前，对企业招用…")
is not a measure that ends on those dates. A firm that reopened on 2020-03-05 and hired on 02-15
claims after 03-10; the text sets no claiming deadline.

The sentence reader (knowledge/validity.py) cannot tell a condition from a period, so the rule that
reads the sentence says it: a rule whose `window` carries `said` gives its quoted sentence a
validity with no end, the rule's basis, and those words (`Validity.window`), which every answer
quoting the sentence says instead of an end date ("原文未载明申请期限，以经办部门认定为准").
"""

from __future__ import annotations

from knowledge.records import ClauseRecord, Validity
from knowledge.validity import clause_validity


def _norm(s: str) -> str:
    return "".join(s.split())


def apply_windows(records: list[ClauseRecord], rule_set) -> list[ClauseRecord]:
    todo: dict[str, list] = {}  # clause_id -> rules whose window is said as a condition
    for rule in rule_set.rules:
        if rule.window and rule.window.said:
            cid = rule.window.clause_id or rule.citations[0].clause_id
            todo.setdefault(cid, []).append(rule)
    return [_apply(rec, todo[rec.clause_id]) if rec.clause_id in todo else rec for rec in records]


def _apply(rec: ClauseRecord, rules: list) -> ClauseRecord:
    sentences = list(rec.sentences)
    for rule in rules:
        for i, s in enumerate(sentences):
            if _norm(rule.window.quote) in _norm(s.text):
                v = Validity(
                    start=rule.validity.start,
                    kind=rule.validity.kind if rule.validity.kind != "dated" else "none",
                    basis=f"本句所载日期是享受条件，不是实施期限：{rule.window.basis}。{rule.validity.basis}",
                    window=rule.window.said,
                    window_end=rule.window.end,
                    window_badge=rule.window.badge,
                )
                sentences[i] = s.model_copy(update={"validity": v})
    return rec.model_copy(update={"sentences": sentences, "validity": clause_validity([s.validity for s in sentences])})
