"""Which benefits the conversation is about: retrieval over the opening message.

The logic lives in retrieval/rule_scope.py, shared with the hotline console's calculator; this
module keeps the name the actions use, and ranks the chat's candidates for the group the person
described (actions/profile_rank.py: the console's calculator scopes by words alone).
"""

from actions import profile_rank
from retrieval.rule_scope import MIN_CANDIDATES, MIN_SCORE, TOP_CLAUSES, all_candidates, candidates, rules_by_clause  # noqa: F401


def for_person(text: str, profile: dict, as_of, region: str | None = None) -> tuple[list[str], list[str]]:
    """(benefit ids, clause ids) for the question, the person's own group's measures only."""
    place = region or profile.get("region")
    found, clauses = candidates(text, profile.get("applicant_type"), place, as_of)
    return profile_rank.ranked(found, {**profile, "region": place} if place else profile), clauses
