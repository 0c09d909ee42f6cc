"""Which benefits the conversation is about: retrieval over the opening message.

The top clauses for the message are found by the same search as free questions; the candidate
benefits are the rules citing those clauses, for the applicant type and the place (when known).
"公司招了4个应届生能领什么" so asks about hiring benefits, not all 79. Where retrieval finds no rule,
every rule for the applicant type is a candidate ("还有别的" widens to that too).

Here, below actions/ and api/, so the chat (actions.scope) and the console's calculator
(api/calculator_scope.py) scope by one function.
"""

from __future__ import annotations

from datetime import date

from knowledge import regions
from knowledge.builds import per_build
from knowledge.eligibility.engine import default_engine
from retrieval.search import search

TOP_CLAUSES = 5
MIN_SCORE = 0.6  # scores are scaled to the best hit (1.0): below this a clause is a stray
MIN_CANDIDATES = 3


@per_build()
def rules_by_clause() -> dict[str, list]:
    out: dict[str, list] = {}
    for rule in default_engine().rules:
        for c in rule.citations:
            rules = out.setdefault(c.clause_id, [])
            if rule not in rules:  # a rule quoting two sentences of one clause is listed once
                rules.append(rule)
    return out


def _fits(rule, applicant: str | None, region: str | None) -> bool:
    if applicant and applicant not in rule.applicant_types:
        return False
    if region:
        try:
            return regions.covers(rule.jurisdiction, region)
        except regions.UnknownRegion:
            return True
    return True


def all_candidates(applicant: str | None, region: str | None) -> list[str]:
    return [r.id for r in default_engine().rules if _fits(r, applicant, region)]


def candidates(
    text: str, applicant: str | None = None, region: str | None = None, as_of: date | None = None
) -> tuple[list[str], list[str]]:
    """(benefit ids, clause ids that scoped them), in rank order."""
    by_clause = rules_by_clause()
    chosen: list[str] = []
    clauses: list[str] = []
    if text.strip():
        response = search(text[:200], region=region, top_k=TOP_CLAUSES * 2, as_of=as_of)
        for hit in response.results:
            if len(clauses) >= TOP_CLAUSES or (hit.score < MIN_SCORE and len(chosen) >= MIN_CANDIDATES):
                break
            rules = [r for r in by_clause.get(hit.clause_id, []) if _fits(r, applicant, region)]
            if not rules:
                continue
            clauses.append(hit.clause_id)
            chosen += [r.id for r in rules if r.id not in chosen]
    if not chosen:
        chosen = all_candidates(applicant, region)
    return chosen, clauses
