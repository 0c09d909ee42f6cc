"""The answer when the dialogue service is down: a cited search answer with a notice."""
from __future__ import annotations

from answers import notices
from answers.clause_answer import search_answer
from knowledge.inputs import BadInput
from retrieval.search import Searcher


def fallback_messages(searcher: Searcher, message: str, as_of: str | None) -> list[dict]:
    from retrieval.models import make_request

    try:
        request = make_request(message[:200], None, 3, as_of)
    except BadInput:
        return [{"text": f"{notices.DIALOGUE_DOWN}\n{notices.NOTHING_FOUND}\n{notices.OFFER_HUMAN}",
                 "buttons": [], "citations": []}]
    reply = search_answer(searcher.search(request).model_dump(), notice=notices.DIALOGUE_DOWN)
    return [reply.to_message()]
