"""Rules with the same content evaluated once per profile.

Rules copied from one template (a province's measure implemented word for word by each city, or
the growth benchmark's copies of today's documents under other places) differ in id, place and
citation, not in their conditions or amount formula. Within one evaluation the outcome of a
condition or formula depends on its content and the profile alone (derived facts are cached on
the evaluation's Context, so evaluating it once or twice leaves the same state), so rules with the
same content share one evaluation. Nothing is shared between evaluations here.
"""

from __future__ import annotations

from collections.abc import Mapping

from pydantic import BaseModel


def content_keys(items: Mapping[str, BaseModel | None]) -> dict[str, int]:
    """id -> a number shared by the ids whose item has the same content (None: one number too)."""
    seen: dict[str, int] = {}
    return {k: seen.setdefault(v.model_dump_json() if v is not None else "", len(seen)) for k, v in items.items()}
