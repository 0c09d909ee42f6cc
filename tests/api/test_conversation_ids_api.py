"""Conversation ids are the server's (contract "Chat"): issued on the first turn, refused when made up."""

from sqlalchemy import text

from api.chat import conversation_ids
from api.settings import Settings
from stack.testing import Conversation, start_conversation


def test_a_turn_without_sender_id_starts_a_conversation_and_returns_its_id(client):
    person = Conversation(client)
    first = person.say("稳岗返还怎么申请")
    assert first["sender_id"].startswith("web-") and first["messages"]
    again = person.say("转人工")
    assert again["sender_id"] == first["sender_id"]
    assert start_conversation(client) != first["sender_id"]  # each start is a new conversation


def test_made_up_and_wechat_ids_are_refused_with_403_in_chinese(client):
    for made_up in ("web-1", "conv-1-2", "wx:oABCDEFG", "web-AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA"):
        r = client.post("/api/v1/chat", json={"sender_id": made_up, "message": "我的信息"})
        assert r.status_code == 403, made_up
        assert "会话标识" in r.json()["detail"]


def test_an_id_signed_with_another_secret_is_refused(client):
    elsewhere = conversation_ids.issue(Settings(conversation_secret="some-other-deployment"))
    assert client.post("/api/v1/chat", json={"sender_id": elsewhere, "message": "你好"}).status_code == 403


def test_the_route_sets_the_channel_not_the_client(client, engine):
    sender = start_conversation(client, "稳岗返还", metadata={"channel": "wechat"})
    with engine.connect() as conn:
        channels = {
            c for (c,) in conn.execute(text("SELECT channel FROM messages WHERE sender_id = :s"), {"s": sender})
        }
    assert channels == {"web"}


def test_feedback_needs_an_issued_id(client):
    r = client.post("/api/v1/feedback", json={"sender_id": "web-someone-else", "rating": "down"})
    assert r.status_code == 403 and "会话标识" in r.json()["detail"]


def test_processes_sharing_the_secret_agree_and_placeholders_never_sign():
    a, b = Settings(conversation_secret="shared-secret"), Settings(conversation_secret="shared-secret")
    assert conversation_ids.is_issued(conversation_ids.issue(a), b)
    # Derived from the session secret when no conversation secret is set (production needs nothing new).
    s = Settings(session_secret="a-session-secret")
    assert conversation_ids.is_issued(conversation_ids.issue(s), Settings(session_secret="a-session-secret"))
    assert not conversation_ids.is_issued(conversation_ids.issue(s), Settings(session_secret="another"))
    # With placeholders only, the key is this process's own: nobody who read the code can sign.
    assert conversation_ids.key_for(Settings()) not in (conversation_ids.key_for(a), conversation_ids.key_for(s))
