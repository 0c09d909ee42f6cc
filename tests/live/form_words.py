"""What proves a form survived a restart: the bot's answer to "为什么问这个" names the very fact it
asked before (its own words, answers/questions.py `why_ask`), which it can only know from the
restored form state; a lost form answers "目前没有需要您回答的问题" instead."""

from __future__ import annotations

from knowledge.eligibility.facts import vocabulary


def asked_fact(question_text: str) -> str:
    """The fact whose question (facts.yaml prompt) ends the bot's reply."""
    last = question_text.strip().splitlines()[-1]
    found = [f.name for f in vocabulary().values() if (f.prompt or f"请问{f.title}？") == last]
    assert len(found) == 1, f"not one fact asks {last!r}: {found}"
    return found[0]


def why_words(fact_name: str) -> str:
    """The opening of the why-answer for this pending question."""
    return f"问这个（{vocabulary()[fact_name].title}）是因为"


def assert_form_restored(question_text: str, why_text: str) -> None:
    assert why_words(asked_fact(question_text)) in why_text, (question_text, why_text)
