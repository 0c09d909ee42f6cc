"""A turn whose form has nothing to ask (today every hiring measure has ended) goes straight to the
summary through a follow-up action. No rule says what comes after that, and Rasa's core fallback once
ran action_fallback until its circuit breaker tripped: the person read the same answer eight times and
the next turn found the dialogue "unavailable". Asked on today's date, as people ask."""

from __future__ import annotations

import pytest

from answers import notices
from tests.live.replies import text
from tests.live.test_dialogue_ii import Person

pytestmark = pytest.mark.live


def test_a_form_with_nothing_to_ask_answers_once_and_keeps_listening(live_stack):
    person = Person(live_stack)
    first = person.says("我是去年毕业的大学生，在大连找不到工作，有什么补贴？")
    bodies = [m["text"] for m in first["messages"] if m["text"]]
    assert len(bodies) == len(set(bodies)), bodies  # nothing said twice
    assert len(bodies) <= 4, bodies
    second = person.says("那去哪办")  # Person.says fails on the "dialogue unavailable" notice
    assert notices.DIALOGUE_DOWN not in text(second)
    assert len({m["text"] for m in second["messages"]}) == len(second["messages"])
