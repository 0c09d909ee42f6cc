"""Responsible departments in words, lead unit first and marked."""
from __future__ import annotations


def departments_text(departments: list[str], lead: list[str] | None = None, limit: int = 4) -> str:
    if not departments:
        return "原文未列明责任单位"
    lead = [d for d in (lead or []) if d in departments]
    ordered = lead + [d for d in departments if d not in lead]
    shown = [f"{d}（牵头）" if d in lead else d for d in ordered[:limit]]
    more = f"等{len(ordered)}个单位" if len(ordered) > limit else ""
    return "、".join(shown) + more
