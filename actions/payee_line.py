"""Whom the measure quoted pays, said to a person when the text pays the unit: "听说公司能拿全部期限见习补贴？那我自己
能拿啥" (eval44 D24, a former trainee, read the 见习单位's subsidy as hers and gave up). The rules say who applies
(`applicant_types`); the unit's own name comes from the quoted sentence."""

import re

from retrieval.rule_scope import rules_by_clause
from retrieval.tokens import normalize

# "给予见习单位全部期限见习补贴", "对…的单位，按规定提高…": the unit the sentence names as paid
UNIT = re.compile(r"给予(见习单位|用人单位|招用单位|孵化载体|企业|单位)|(见习单位|用人单位|企业)(?:可)?(?:申请|享受)")


def unit_only(hit: dict, profile: dict) -> str | None:
    """The line for a person when every rule quoting the hit's sentence is a firm's, else None."""
    if profile.get("applicant_type") != "person":
        return None
    said = normalize("".join(hit.get("highlights") or [])[:400])
    rules = [
        r
        for r in rules_by_clause().get(hit.get("clause_id") or "", [])
        if any(c.quote and normalize(c.quote) in said for c in r.citations)
    ]
    if not said or not rules or any("person" in r.applicant_types for r in rules):
        return None
    m = UNIT.search(said)
    unit = next((g for g in m.groups() if g), "单位") if m else "单位"
    return f"按原文，这一项是给{unit}的，不是发给个人的；您个人能享受哪些，要看您自己的情况。"


def placed(text: str, line: str) -> str:
    """The line under the quote's own lines, before the other clauses listed."""
    head, sep, rest = text.partition("\n其他相关规定")
    return f"{head}\n{line}{sep}{rest}"
