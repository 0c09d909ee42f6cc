"""A new measure asked of a document just described as a whole ("大政发〔2017〕46号现在还有效吗", then "那创业
担保贷款最多能贷多少"): that document's clause on it, never its opening sentence (eval8 F32)."""

from __future__ import annotations

from datetime import date

from answers.clause_answer import search_answer
from answers.models import Reply
from retrieval.search import search


def answer(text: str, cite: dict, as_of: date) -> Reply | None:
    """A new measure asked of the document just described as a whole: that document's clause on it,
    never its opening sentence; the conversation's topic becomes the question ("凌源的呢" asks it there)."""
    doc_id = cite.get("doc_id") or cite["clause_id"].split(":")[0]
    response = search(text[:200], top_k=5, as_of=as_of, doc_ids=(doc_id,)).model_dump()
    if not response["results"]:
        return None
    reply = search_answer(response)
    reply.meta["new_question"] = not reply.meta.get("low_confidence")
    return reply
