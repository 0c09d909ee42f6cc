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


AMENDED = {
    "extend": "延长至{end}",
    "suspend": "停止执行（执行至{end}）",
    "replace": "改按新规定执行（原规定执行至{end}）",
}


def validity_result(v: RuleValidity, as_of: date, issued: date | None = None, amendment: dict | None = None) -> dict:
    """The rule's period on as_of. A measure starts on the date its text states, else on its
    document's issue date (大政发〔2020〕18号 gives nothing on 2019-10-01); a later text may move
    its end (rules/amendments.yaml), and the basis then names that text."""
    start_day = v.start or issued
    end_day = amendment["end"] if amendment else v.end
    if issued is not None and as_of < issued and start_day is not None and start_day < issued:
        # a measure running from a day before its text was issued ("自2020年1月1日至…" in a notice of 2020-03-11) is
        # not there to claim before that text exists (eval35 S22 was told on 2020-02-20 it "可以申请")
        start_day = issued
    kind = "dated" if end_day else (v.kind or "none")  # RuleValidity derives its kind when loaded
    status = status_on(Validity(start=start_day, end=end_day, kind=kind, basis=v.basis), as_of)
    start = start_day.isoformat() if start_day else None
    end = end_day.isoformat() if end_day else None
    why = WHY[status].format(as_of=as_of.isoformat(), start=start, end=end)
    basis = f"{why}。{v.basis}"
    if v.start is None and issued is not None:
        basis += f"起始日期按文件印发日期{issued.isoformat()}计。"
    elif issued is not None and start_day == issued and v.start != issued:
        basis += (
            f"文件{issued.isoformat()}印发，此前无从申请（印发后自{v.start.isoformat() if v.start else ''}起执行）。"
        )
    if amendment:
        verb = AMENDED.get(amendment.get("kind", "extend"), AMENDED["extend"]).format(end=end)
        basis += (
            f"原定{v.end.isoformat() + '届满' if v.end else '期限见原文'}，"
            f"经{amendment['by']}{verb}：“{amendment['quote']}”"
        )
    out = {"status": status, "start": start, "end": end, "basis": basis, "kind": kind}
    if issued is not None and start_day == issued:
        out["start_is_issue_date"] = True
    if amendment:
        out["amended_by"] = {
            "clause_id": amendment["clause_id"],
            "quote": amendment["quote"],
            "end": end,
            "kind": amendment.get("kind", "extend"),
        }
        out["quote"] = amendment["quote"]
    elif v.quote:
        out["quote"] = v.quote
    return out
