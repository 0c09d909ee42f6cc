"""A date typed into the form is an answer, end to end (evaluation 2026-12-02 N35: answering
"您是哪一天离校（毕业）的" with "2025年7月1日" or "2024-07-01" gave "智能对话暂不可用": the action
server could not send a date object back to Rasa). `Person.says` fails on that notice."""

from __future__ import annotations

from tests.live.replies import text
from tests.live.test_dialogue_ii import Person, asks, warm  # noqa: F401  (warm: the module's warm-up fixture)

DATE_QUESTIONS = ("哪一天离校", "哪一天开始灵活就业")


def test_dates_typed_either_way_are_taken_and_not_asked_again(live_stack):
    p = Person(live_stack)
    reply = p.says("大连 我是2024年毕业的残疾大学生 现在跑滴滴 按灵活就业交社保 能补多少")
    answers = iter(["2024年7月1日", "2024-09-01"])
    asked: list[str] = []
    for _ in range(8):  # bounded: the form asks at most a handful of questions
        if not asks(reply):
            break
        question = text(reply)
        kind = next((q for q in DATE_QUESTIONS if q in question), None)
        if kind is None:
            reply = p.says("不清楚")
            continue
        assert kind not in asked, f"asked again after a date was given: {question}"
        asked.append(kind)
        reply = p.says(next(answers))
        assert "没听明白" not in text(reply)
    assert asked  # a date question came (each one taken at once, above)
