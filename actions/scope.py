"""Which benefits the conversation is about: retrieval over the opening message.

The logic lives in retrieval/rule_scope.py, shared with the hotline console's calculator; this
module keeps the name the actions use.
"""

from retrieval.rule_scope import MIN_CANDIDATES, MIN_SCORE, TOP_CLAUSES, all_candidates, candidates, rules_by_clause  # noqa: F401
