"""The console calculator scoped to what the caller asked about, as chat scopes a conversation.

A question ("公司招了应届毕业生有补贴吗") scopes by the same retrieval chat uses
(retrieval.rule_scope.candidates, which actions.scope uses: the rules citing the top clauses, for the applicant type and place
known so far); a chosen measure scopes to itself. The engine still evaluates every rule (the
rules are data and cheap); the answer, its next question and the claimable package are then
taken over the scoped benefits only, the package rebuilt by the engine's own package builder, so
its total never sums a measure outside the scope, nor one not in force on the day asked
(`package.not_in_force`).
"""

from __future__ import annotations

from datetime import date

from knowledge.eligibility import questions
from knowledge.eligibility.facts import normalize_profile
from knowledge.eligibility.package import People, build_package
from knowledge.inputs import BadInput

MAX_QUESTION_CHARS = 200


def measures(engine) -> list[dict]:
    return [
        {"benefit_id": r.id, "name": r.name, "jurisdiction": r.jurisdiction, "applicant_types": list(r.applicant_types)}
        for r in engine.rules
    ]


def scope_ids(
    engine, question: str | None, chosen: list[str], profile: dict, as_of: date
) -> tuple[list[str], list[str]] | None:
    """(benefit ids, clause ids that scoped them), or None for the whole rulebook."""
    if chosen:
        known = {r.id for r in engine.rules}
        unknown = [c for c in chosen if c not in known]
        if unknown:
            raise BadInput("measures", f"未知补贴“{unknown[0]}”")
        return list(chosen), []
    if question and question.strip():
        if len(question) > MAX_QUESTION_CHARS:
            raise BadInput("question", f"问题过长（{len(question)} 字），最多 {MAX_QUESTION_CHARS} 字")
        from retrieval.rule_scope import candidates  # chat's own scoping: one behaviour for both

        return candidates(question, profile.get("applicant_type"), profile.get("region"), as_of)
    return None


def scoped(engine, result: dict, ids: list[str], skip: set[str]) -> dict:
    """The result over the scoped benefits: their package (rebuilt), their next question."""
    keep = set(ids)
    benefits = [b for b in result["benefits"] if b["benefit_id"] in keep]
    clean = normalize_profile(result["profile"])
    package = build_package(benefits, engine.ranks, engine.bases, People(engine.people_pairs, engine.heads, clean))
    return {
        **result,
        "benefits": benefits,
        "package": package,
        "next_question": questions.next_question(benefits, skip),
        "counts": {s: sum(1 for b in benefits if b["status"] == s) for s in result.get("counts", {})},
    }
