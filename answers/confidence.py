"""Is the top clause really about the question?

Search scores are scaled so the best hit is always 1.0 ("今天天气怎么样" still gets a top hit), so
confidence is judged from words instead: a question is answered only when some content word it
says (or a policy term the lexicon maps it to) appears in the clause. Otherwise the answer says
what was found and offers a person, never presenting an unrelated clause as the answer. The word
lists live with the search's abstention (retrieval/abstain.py), one vocabulary for both.
"""

from __future__ import annotations

from retrieval.abstain import GENERIC, content_words, matched_words

__all__ = ["GENERIC", "content_words", "matched_words", "is_confident"]


def is_confident(query: str, hit: dict, expanded=()) -> bool:
    # a clause of the day lifted for the later text that says the same (answers/in_force_first.py) is as sure as it
    body = " ".join([hit.get("heading") or "", hit.get("text") or "", hit.get("stands_for") or ""])
    return bool(matched_words(query, body, expanded))
