"""The answer when the dialogue service is down: a cited search answer with a notice.

Two kinds of message are not questions and are never searched: a request for a person
("转人工" — a search would match 人工智能) is answered with the hotline and recorded as a
hand-off, and a button payload ('/inform{…}') gets a prompt to type the question instead.
"""

from __future__ import annotations

from answers import notices
from answers.clause_answer import search_answer
from answers.phrases import wants_human
from api.chat.models import Handoff
from knowledge.inputs import BadInput
from knowledge.regions import covers, regions_in_text
from retrieval.models import make_request
from retrieval.search import Searcher

TYPE_INSTEAD = "请直接输入您的问题，例如“残疾人开店有房租补贴吗”。"


def named_place(message: str) -> str | None:
    """The one place the message names, the most specific ("我在东阿开个体户" → 东阿县: 聊城's and
    山东's texts, not 辽宁's; 12345 E16's turn 1 was answered here from 辽宁's)."""
    named = regions_in_text(message)
    inner = [r for r in named if not any(o != r and covers(r, o) for o in named)]
    return inner[0] if len(inner) == 1 else None


def fallback_reply(searcher: Searcher, message: str, as_of: str | None) -> tuple[list[dict], Handoff | None]:
    if wants_human(message):
        text = f"{notices.DIALOGUE_DOWN_SHORT}\n{notices.handoff()}"
        return [{"text": text, "buttons": [], "citations": []}], Handoff("user_request", None, [], {})
    if message.startswith("/"):
        return [{"text": f"{notices.DIALOGUE_DOWN_SHORT}{TYPE_INSTEAD}", "buttons": [], "citations": []}], None
    try:
        request = make_request(message[:200], named_place(message), 3, as_of)
    except BadInput:
        return [
            {
                "text": f"{notices.DIALOGUE_DOWN}\n{notices.NOTHING_FOUND}\n{notices.OFFER_HUMAN}",
                "buttons": [],
                "citations": [],
            }
        ], None
    reply = search_answer(searcher.search(request).model_dump(), notice=notices.DIALOGUE_DOWN)
    return [reply.to_message()], None
