"""The next question: the fact that settles the most open benefits (Publicodes' idea: the
questionnaire falls out of the rules' missing facts).

Only measures in force on the evaluation date are asked about. Facts that decide eligibility come first; only when no benefit is open does the engine ask for
facts that complete an amount. Ties go to the fact declared first in the vocabulary, so the same
profile always gets the same question.
"""

from __future__ import annotations

from collections import Counter

from knowledge.eligibility.facts import vocabulary


def _best(counts: Counter) -> str | None:
    if not counts:
        return None
    vocab = vocabulary()
    return min(counts, key=lambda n: (-counts[n], vocab[n].order))


def next_question(benefits: list[dict], skip=()) -> dict | None:
    """`skip`: facts the person has said they do not know — never asked again (the bot's and the
    console's "不清楚"/"跳过")."""
    skip = set(skip)
    # a measure that had ended or not yet started on the evaluation date is not an open possibility
    benefits = [b for b in benefits if b.get("in_force", True)]
    open_counts = Counter(
        m for b in benefits if b["status"] == "needs_info" for m in b["missing_facts"] if m not in skip
    )
    name, reason = _best(open_counts), "eligibility"
    if name is None:
        amount_counts = Counter(
            m
            for b in benefits
            if b["status"] == "eligible"
            for m in b["amount"].get("missing_facts", [])
            if m not in skip
        )
        name, reason = _best(amount_counts), "amount"
        open_counts = amount_counts
    if name is None:
        return None
    fact = vocabulary()[name]
    options, labels = fact.options()
    return {
        "fact": name,
        "prompt": fact.prompt,
        "options": options,
        "option_labels": labels,
        "type": fact.type,
        "meaning": fact.meaning,
        "purpose": reason,
        "settles": open_counts[name],
    }
