"""A rule's own period on an as-of date.

A clause often holds several measures with different periods, so each rule states the period of
its measure (with the words that state it). The status itself is computed by the same function
the clause records use (`knowledge.validity.status_on`): no end date means `unknown`, never
`active`.
"""
from __future__ import annotations

from datetime import date

from knowledge.eligibility.schema import RuleValidity
from knowledge.records import Validity
from knowledge.validity import status_on

WHY = {
    "active": "在{as_of}处于实施期限内",
    "expired": "实施期限已于{end}届满（按{as_of}计）",
    "not_started": "在{as_of}尚未开始（自{start}起）",
    "unknown": "原文未规定确定的截止日期，按{as_of}无法判断是否仍在实施",
}


def validity_result(v: RuleValidity, as_of: date) -> dict:
    status = status_on(Validity(start=v.start, end=v.end, kind=v.kind, basis=v.basis), as_of)
    start = v.start.isoformat() if v.start else None
    end = v.end.isoformat() if v.end else None
    why = WHY[status].format(as_of=as_of.isoformat(), start=start, end=end)
    out = {"status": status, "start": start, "end": end, "basis": f"{why}。{v.basis}", "kind": v.kind}
    if v.quote:
        out["quote"] = v.quote
    return out
