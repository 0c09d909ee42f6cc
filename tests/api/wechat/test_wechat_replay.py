"""Security review findings on /wechat: plaintext while an AES key is set, a signed query string
reused with another body, and WeChat's query strings in the access log."""

from __future__ import annotations

import secrets
import time

import httpx
import pytest

from api.wechat.nonces import NonceLog
from api.wechat.protocol import Protocol, Refused

TOKEN, APPID = "wx-test-token", "wx0123456789abcdef"
KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"
PLAIN = (
    "<xml><ToUserName>gh_0123456789ab</ToUserName><FromUserName>oUser</FromUserName>"
    "<CreateTime>1</CreateTime><MsgType>text</MsgType><Content>你好</Content><MsgId>7</MsgId></xml>"
)


def test_with_an_aes_key_plaintext_is_refused_unless_allowed():
    with pytest.raises(Refused) as refused:
        Protocol(TOKEN, APPID, KEY).parse(PLAIN.encode(), "1", "n", "", "")
    assert refused.value.status == 403 and "安全模式" in refused.value.message
    assert (
        Protocol(TOKEN, APPID, KEY, allow_plaintext=True).parse(PLAIN.encode(), "1", "n", "", "").message.content
        == "你好"
    )
    assert Protocol(TOKEN, APPID, None).parse(PLAIN.encode(), "1", "n", "raw", "").message.content == "你好"


def test_a_nonce_is_remembered_with_its_body_and_forgotten_after_the_window():
    now = [0.0]
    log = NonceLog(clock=lambda: now[0])
    log.check("100", "abc", b"<xml>one</xml>")
    log.check("100", "abc", b"<xml>one</xml>")  # WeChat resending the same message: let through
    with pytest.raises(Refused) as refused:
        log.check("100", "abc", b"<xml>two</xml>")
    assert refused.value.status == 403
    now[0] = 601.0
    log.check("100", "abc", b"<xml>two</xml>")  # long expired (the timestamp check refuses it anyway)


def test_a_signed_query_string_replayed_with_another_body_is_refused(peer, openid):
    params = peer.params()
    first = peer.xml(openid, "text", secrets.randbits(62), Content="你好")
    forged = peer.xml(openid, "text", secrets.randbits(62), Content="转人工")
    post = lambda body: httpx.post(f"{peer.url}/wechat", params=params, content=body, timeout=15)  # noqa: E731
    assert post(first).status_code == 200
    assert post(first).status_code == 200  # a resend of the same message is not a replay
    r = post(forged)
    assert r.status_code == 403 and "重放" in r.text


def test_wechat_query_strings_stay_out_of_the_access_log(peer, openid, wechat_app):
    peer.say(openid, "稳岗返还")
    httpx.get(f"{peer.url}/api/v1/search", params={"q": "电话%13912345678"}, timeout=60)
    time.sleep(0.5)  # uvicorn writes the access line after the response
    log = wechat_app[1].read_text(errors="replace")
    assert '"POST /wechat HTTP/1.1" 200' in log
    assert "signature=" not in log and "nonce=" not in log and "13912345678" not in log


def test_one_openid_past_its_budget_gets_a_polite_text_and_others_are_answered(peer, openid, fake_rasa):
    budget = 12  # POLICY_WECHAT_RATE_PER_MINUTE in conftest
    answers = [peer.say(openid, f"你好{i}") for i in range(budget)]
    assert not any("太频繁" in (a or "") for a in answers)
    over = peer.say(openid, "你好，还在吗")
    assert "太频繁" in over and "12345" in over
    assert not [c for c in fake_rasa.calls if c["message"] == "你好，还在吗"]  # never reached the dialogue
    assert "太频繁" not in peer.say("o" + openid[1:][::-1], "你好")
