"""Responsible departments in words, lead unit first and marked.

Units are named by one vocabulary (knowledge/department_names.yaml): "市人社局" is said as
市人力资源社会保障局, with the text's own wording kept in quotes (（原文作“市人社局”）), and a unit
written twice in one clause is said once.
"""
from __future__ import annotations

from knowledge.department_names import canonical, unify, written_as


def _named(canon: str, departments: list[str]) -> str:
    own = written_as(canon, departments)
    return canon + (f"（原文作{'、'.join(f'“{w}”' for w in own)}）" if own else "")


def departments_text(departments: list[str], lead: list[str] | None = None, limit: int = 4) -> str:
    if not departments:
        return "原文未列明责任单位"
    units = unify(departments)
    lead = [d for d in unify(lead or []) if d in units]
    ordered = lead + [d for d in units if d not in lead]
    shown = [_named(d, departments) + ("（牵头）" if d in lead else "") for d in ordered[:limit]]
    more = f"等{len(ordered)}个单位" if len(ordered) > limit else ""
    return "、".join(shown) + more
