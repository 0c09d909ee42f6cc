"""Load the rules engine, the search indexes and everything a first answer reads (the fact readers'
dictionaries, the lexicon, the clause records, the rules' per-place caches) when the action server
starts, not on the first question: a cold first "我们公司在大连，招了4个应届生，能领什么补贴" took 5 s on a
quiet machine and more than Rasa's 8 s wait on a busy one ("智能对话暂不可用")."""

from __future__ import annotations

import logging
import threading

from settings import get_settings

log = logging.getLogger(__name__)


# a place with a document, read from the knowledge data (no place is written into code)
WARM_QUESTIONS = ("我们公司在{place}，招了4个应届生，能领什么补贴", "我在{place} 失业了 有啥补贴")


def warm() -> None:
    try:
        from datetime import date

        from actions import scope
        from actions.profile import evaluate
        from actions.profile_facts import extract
        from actions.scope import rules_by_clause
        from answers.clause_answer import search_answer
        from retrieval.search import search

        rules_by_clause()
        today = date.today()
        from knowledge import coverage

        place = coverage.short_name(coverage.example_place())
        for text in (
            q.format(place=place) for q in WARM_QUESTIONS
        ):  # a person's and an employer's first question, in a covered place
            profile = extract(text, today)
            scope.for_person(text, profile, today, profile.get("region"))
            evaluate(profile, today)
            search_answer(search(text, top_k=5, as_of=today).model_dump())
    except Exception:  # a failure here shows up again, with its message, on the first real request
        log.exception("warm-up failed")


if get_settings().actions_warmup:
    threading.Thread(target=warm, name="actions-warmup", daemon=True).start()
