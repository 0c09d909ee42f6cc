"""The check the live session runs on every bot reply (tests/live/reply_check.py) fails on what it is
for, over a real SQLite transcript written the way the API writes it."""

from __future__ import annotations

from sqlalchemy import create_engine

from api.store import repo
from api.store import tables as t
from tests.live.reply_check import bot_texts, problems


def _db(tmp_path, rows: list[tuple[str, str, str, dict | None]]) -> str:
    url = f"sqlite:///{tmp_path / 'app.db'}"
    engine = create_engine(url)
    t.metadata.create_all(engine)
    for sender, direction, text, payload in rows:
        repo.log_message(engine, sender, "web", direction, text, payload)
    engine.dispose()
    return url


def test_a_reply_with_developer_text_fails_and_says_where(tmp_path):
    url = _db(
        tmp_path,
        [
            ("a", "user", "大连见习补贴怎么给", None),
            ("a", "bot", "依据：None4. 需要：is_hard_to_employ", {"buttons": [], "citations": []}),
            ("b", "user", "残疾人开店有补贴吗", None),
            ("b", "bot", "请问{fact}？", {"buttons": [{"title": "是", "payload": "/affirm"}], "citations": []}),
            ("c", "user", "失业了能领什么", None),
            ("c", "bot", "可以申请的补贴（1项）", {"buttons": [{"title": "as_of", "payload": "/x"}], "citations": []}),
        ],
    )
    found = "\n".join(problems(url, allowed=set()))
    assert "拉丁字母“None”" in found and "拉丁字母“is_hard_to_employ”" in found
    assert "占位符“{fact}”" in found
    assert "拉丁字母“as_of”：1处，如 live web reply to “失业了能领什么” button" in found


def test_clean_replies_pass_and_an_english_question_may_be_answered_in_english(tmp_path):
    url = _db(
        tmp_path,
        [
            ("a", "user", "稳岗返还多久到账", None),
            ("a", "bot", "根据《大连市…》第（三）条：“…”", {"buttons": [{"title": "转人工", "payload": "/handoff"}]}),
            ("e", "user", "hello, any subsidy?", None),
            ("e", "bot", "Please ask in Chinese, or call the 12345 hotline.", {"buttons": []}),
        ],
    )
    assert len(bot_texts(url)) == 2  # the Chinese reply and its button; the English notice is skipped
    assert problems(url, allowed=set()) == []
