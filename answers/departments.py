"""Responsible departments in words, as the text lists them: lead unit first and marked "牵头"
only where the text says so; and the one unit to ask, only where a quoted sentence names it."""
from __future__ import annotations

import re

# Units a sentence names as the one that acts ("经人力资源和社会保障部门审核", "可向贷款银行申请展期"):
# the caller may ask them. "人力资源社会保障等部门介绍的…工作" names no single unit.
ACTOR = re.compile(r"(?:人力资源(?:和)?社会保障|人社|税务|财政|医保|市场监管|民政|退役军人事务|残联)(?:部门|机构)"
                   r"|公共就业(?:人才)?服务机构|失业保险经办机构|社会保险经办机构|经办机构|贷款银行")


def departments_text(departments: list[str], lead: list[str] | None = None, limit: int = 4) -> str:
    if not departments:
        return "原文未列明责任单位"
    lead = [d for d in (lead or []) if d in departments]
    ordered = lead + [d for d in departments if d not in lead]
    shown = [f"{d}（牵头）" if d in lead else d for d in ordered[:limit]]
    more = f"等{len(ordered)}个单位" if len(ordered) > limit else ""
    return "、".join(shown) + more


def named_unit(units: list[str], texts: list[str]) -> str | None:
    """The unit a quoted sentence itself names (one of the clause's units, or an acting office)."""
    for text in texts:
        flat = re.sub(r"\s+", "", text)
        for unit in units:
            if len(unit) >= 3 and unit in flat:
                return unit
        m = ACTOR.search(flat)
        if m:
            return m.group(0)
    return None
