"""The answer when the dialogue service is down: a cited search answer with a notice.

Two kinds of message are not questions and are never searched: a request for a person
("转人工" — a search would match 人工智能) is answered with the hotline and recorded as a
hand-off, and a button payload ('/inform{…}') gets a prompt to type the question instead.
"""

from __future__ import annotations

import re

from answers import notices
from answers.clause_answer import search_answer
from api.chat.models import Handoff
from knowledge.inputs import BadInput
from retrieval.models import make_request
from retrieval.search import Searcher

HUMAN = re.compile(r"^/handoff\b|转人工|人工(客服|服务|坐席|接待)|找(个)?(真)?人|真人|接线员")
TYPE_INSTEAD = "请直接输入您的问题，例如“残疾人开店有房租补贴吗”。"


def wants_human(text: str) -> bool:
    return bool(HUMAN.search(text))


def fallback_reply(searcher: Searcher, message: str, as_of: str | None) -> tuple[list[dict], Handoff | None]:
    if wants_human(message):
        text = f"{notices.DIALOGUE_DOWN_SHORT}\n{notices.handoff()}"
        return [{"text": text, "buttons": [], "citations": []}], Handoff("user_request", None, [], {})
    if message.startswith("/"):
        return [{"text": f"{notices.DIALOGUE_DOWN_SHORT}{TYPE_INSTEAD}", "buttons": [], "citations": []}], None
    try:
        request = make_request(message[:200], None, 3, as_of)
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
