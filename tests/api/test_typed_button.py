"""A button's own title typed is that button (eval10 H12: "三、（一）" typed after 凌政发〔2019〕14号's five "（一）"
were offered got 大政发〔2020〕18号（十三））, as on WeChat. The Rasa peer is a stand-in recording what it was sent;
the transcript store is a real SQLite file."""

from __future__ import annotations

import asyncio

from api.chat import rasa_client, service
from api.store.db import get_engine
from tests.isolated_loop import run_isolated

ASKED_BACK = [
    {
        "recipient_id": "s1",
        "text": "凌政发〔2019〕14号每一部分都从“（一）”重新编号，您说的这一条可能是：…",
        "buttons": [
            {"title": "一、（一）", "payload": "凌政发〔2019〕14号第1部分第1条"},
            {"title": "三、（一）", "payload": "凌政发〔2019〕14号第3部分第1条"},
        ],
    }
]


class NoSearch:
    def search(self, *a, **k):
        raise RuntimeError("no index in this test")


def test_a_typed_button_title_is_sent_as_its_payload_and_other_words_as_typed(tmp_path, monkeypatch):
    sent: list[str] = []

    async def rasa(client, url, sender, message, metadata, timeout_s):
        sent.append(message)
        return ASKED_BACK if len(sent) == 1 else [{"recipient_id": sender, "text": "好的"}]

    monkeypatch.setattr(rasa_client, "send", rasa)
    chat = service.ChatService("http://127.0.0.1:9", NoSearch(), get_engine(f"sqlite:///{tmp_path / 'a.db'}"))
    run_isolated(asyncio.run, chat.reply("s1", "凌政发〔2019〕14号第（一）条"))
    run_isolated(asyncio.run, chat.reply("s1", "三、（一）"))
    assert sent[1] == "凌政发〔2019〕14号第3部分第1条"
    run_isolated(asyncio.run, chat.reply("s1", "三、（一）"))  # the last reply offered no buttons: as typed
    assert sent[2] == "三、（一）"
    run_isolated(asyncio.run, chat.reply("s2", "三、（一）"))  # another conversation's buttons are not this one's
    assert sent[3] == "三、（一）"


def test_a_typed_title_of_an_intent_button_is_left_to_the_dialogue(tmp_path, monkeypatch):
    sent: list[str] = []
    offered = [
        {"recipient_id": "s1", "text": "…", "buttons": [{"title": "按我的情况算一算", "payload": "/check_eligibility"}]}
    ]

    async def rasa(client, url, sender, message, metadata, timeout_s):
        sent.append(message)
        return offered

    monkeypatch.setattr(rasa_client, "send", rasa)
    chat = service.ChatService("http://127.0.0.1:9", NoSearch(), get_engine(f"sqlite:///{tmp_path / 'a.db'}"))
    run_isolated(asyncio.run, chat.reply("s1", "残疾人开店有房租补贴吗"))
    run_isolated(asyncio.run, chat.reply("s1", "按我的情况算一算"))
    assert sent[1] == "按我的情况算一算"  # the actions read the typed title with the question it follows
