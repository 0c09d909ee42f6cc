""" "就是说能返3万？6万的一半" from a firm of 80 that laid off 5 (eval55 I18, 聊城, heard "50% × 60000元 = 30000元" twice
beside "裁员超过标准"): a sum is never worked for a measure whose condition the person's own figures fail.

The engine keeps such a measure "needs_info" when another branch of its condition is still open (30人（含）以下 firms
may lay off up to 20%, and the count of insured staff was not said), so "按您说的情况计算" would promise what the
text gives only under a case the person did not state. The condition the figures fail is said instead, with what
is still open, and the office decides.
"""

from __future__ import annotations

import re
from datetime import date

from rasa_sdk import Tracker

from actions.earlier_facts import said_earlier
from actions.own_figures import premium_based
from actions.profile import profile_from_slots
from knowledge.eligibility.engine import evaluate
from retrieval.rule_scope import rules_by_clause

# a condition directly under the measure's open group (two spaces): a deeper one may be a branch's selector ("现有职工超过
# 100人" under "超过100人的企业…", eval57 A02, 14 staff, was told that as the failed condition of a loan)
FAILED = re.compile(r"^  不符合：(.+?)（实际：(.+?)）$")


def failed_measures(tracker: Tracker, as_of: date, clause_id: str) -> list[tuple[str, list[str]]]:
    """(measure name, the failed conditions with what was said) for the clause's measures not met outright whose
    stated figures fail a condition."""
    profile = profile_from_slots({**tracker.slots, **said_earlier(tracker, as_of)})
    # a refund of premiums paid (稳岗返还) only: a measure of alternatives whose other branch the person meets (the
    # 7800元 deduction: 贫困人口 or 持证的登记失业人员) is worked by its own path
    ids = {r.id for r in rules_by_clause().get(clause_id, []) if premium_based(r)}
    out = []
    for b in evaluate(profile, as_of)["benefits"]:
        if b["benefit_id"] not in ids or b["status"] == "eligible":
            continue
        failed = [f"{m.group(1)}（按您说的：{m.group(2)}）" for r in b.get("reasons", []) if (m := FAILED.match(r))]
        if failed and b["status"] == "needs_info":
            out.append((b["name"], failed))
    return out


def line(tracker: Tracker, as_of: date, clause_id: str, shown: str = "") -> str:
    """The line said in place of a worked sum, or ""; of the measures failed, the one whose sentence `shown` quotes."""
    found = failed_measures(tracker, as_of, clause_id)
    if not found:
        return ""
    quoted = {r.name: any(c.quote and c.quote[:20] in shown for c in r.citations) for r in rules_by_clause()[clause_id]}
    name, failed = sorted(found, key=lambda f: not quoted.get(f[0]))[0]
    return (
        f"按您说的情况，“{name}”的条件不满足：" + "；".join(failed[:2]) + "。"
        "只有符合原文其他情形（见上面的原文）才可能享受，因此不按您说的金额计算；能否享受、享受多少以经办部门认定为准。"
    )
