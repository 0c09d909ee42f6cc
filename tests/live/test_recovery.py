"""Rasa down → cited search answers with a notice; Rasa back → the dialogue resumes by itself,
with the conversation restored from the SQL tracker store (RASA-NOTES: test persistence across a
restart). It stops the shared Rasa server and starts it again in `finally`, waiting until it is
healthy, so the tests after it (in any order) find the stack as it was.
"""

import sqlite3

from answers.notices import DIALOGUE_DOWN
from tests.live.form_words import assert_form_restored


def _texts(reply: dict) -> str:
    return "\n".join(m["text"] for m in reply["messages"])


def test_rasa_down_then_back(live_stack):
    person = live_stack.conversation()
    opening = person.say("我们公司在大连，招了4个应届生，能领什么补贴")
    assert DIALOGUE_DOWN not in _texts(opening)
    assert any(m["buttons"] for m in opening["messages"]), "the bot should be asking a question with buttons"

    rasa = live_stack.stack.service("Rasa")
    rasa.stop()
    try:
        down = person.say("稳岗返还怎么申请")
        text = _texts(down)
        assert text.startswith(DIALOGUE_DOWN)
        assert down["messages"][0]["citations"], "the fallback still cites the clause"
        assert "〔2020〕" in text or "聊城市人民政府" in text
    finally:
        rasa.start()
        rasa.wait_healthy(240)

    # The tracker survived the restart: the sender's events are in the SQLite tracker store …
    db = live_stack.stack.workdir / "tracker.db"
    with sqlite3.connect(db) as conn:
        n = conn.execute("SELECT COUNT(*) FROM events WHERE sender_id = ?", (person.sender_id,)).fetchone()[0]
    assert n > 0
    # … and the dialogue picks up where it was: asked why, it names the question it asked before
    # the restart (only possible with the form state restored).
    why = person.say("为什么问这个")
    assert DIALOGUE_DOWN not in _texts(why)
    assert_form_restored(_texts(opening), _texts(why))
