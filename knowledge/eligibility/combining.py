"""Whether two measures can be had together, as the rules' data says (rules/bases.yaml `pays_for`).

"对同一个人，2500和那1000能一起拿吗" (12345 evaluation 6, A3) asks what the package already decides when
both are met: two rules paying for the same base (the same hire, the same rent) are not added, and where the
text rules on it (`combine`: 大政发〔2020〕18号（九）"对同一类人员的补助或补贴不可同时享受") that sentence is
the answer, quoted. This is the same pairing the package uses (overlap_pairs), read for one pair.
"""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.eligibility.engine import default_engine
from knowledge.eligibility.schema import present


@dataclass(frozen=True)
class Combining:
    base: str  # what both pay for, in words
    ruling: str  # "原文：“…”" where the text rules on it, else package.SILENT
    per_person: bool  # per-head measures: the same person only, others may be counted under each
    citation: dict | None  # the sentence ruling on it, as a citation card (None: the text is silent)


def combining(a: str, b: str) -> Combining | None:
    """How rule `a` and rule `b` combine: None when they pay for different things (nothing in the
    data keeps them apart; whether both are granted is still the office's decision)."""
    engine = default_engine()
    base = engine.pairs.get(a, {}).get(b) or engine.people_pairs.get(a, {}).get(b)
    if not base or a not in engine.by_id or b not in engine.by_id:
        return None
    ruling = engine.bases.rule_text(base, engine.by_id[a].jurisdiction, engine.by_id[b].jurisdiction)
    declared = engine.bases.bases[base]
    cite = None
    if declared.combine is not None and ruling.startswith("原文"):
        cite = engine.citation(present(declared.combine.clause_id), declared.combine.quote)
    return Combining(engine.bases.name(base), ruling, bool(declared.per_person), cite)
