"""The 5-second window: slow answers go out through the customer-service API, exactly once.

The fake Rasa takes SLOW_S (6 s) for "慢" messages, past the passive window: what is asserted is
what WeChat and the person get, never how long it took (benchmarks/wechat_timing.py measures that;
test_deadline_logic.py tests the window itself with a dependency the test releases)."""

from __future__ import annotations

import secrets
import threading
import time

import pytest

MODES = [pytest.param(False, id="plaintext"), pytest.param(True, id="safe-mode")]


@pytest.fixture
def fail_next(fake_api):
    """Failures the fake customer-service API injects into its next sends; none left for the
    next test, whatever happens in this one."""
    try:
        yield fake_api.fail_next
    finally:
        with fake_api.lock:
            fake_api.fail_next[:] = []


def rasa_calls(fake_rasa, openid: str) -> list[str]:
    with fake_rasa.lock:
        return [c["message"] for c in fake_rasa.calls if c["sender"] == f"wx:{openid}"]


@pytest.mark.parametrize("safe", MODES)
def test_a_slow_answer_is_delivered_through_the_customer_service_api(peer, openid, fake_api, script, safe):
    response = peer.post(peer.xml(openid, "text", secrets.randbits(62), Content="慢慢说"), safe)
    assert peer.read(response, safe) is None  # "success": WeChat shows nothing and stops retrying
    assert fake_api.texts_to(openid) == []  # the passive reply left before the answer existed
    delivered = fake_api.wait_for(openid, timeout=script["SLOW_S"] + 10)
    assert delivered == ["慢答复：慢慢说"]
    assert fake_api.token_requests and fake_api.token_requests[-1]["grant_type"] == "client_credential"


def test_three_retries_of_a_slow_message_give_one_delivery(peer, openid, fake_api, fake_rasa, script):
    xml = peer.xml(openid, "text", secrets.randbits(62), Content="慢：重试")
    replies: list[str] = []

    def send():
        replies.append(peer.post(xml).text)

    # The first copy, then retries while it is still being answered (WeChat's copies overlap
    # when its connection gives up); the last retry comes after the answer went out.
    threads = [threading.Thread(target=send) for _ in range(3)]
    for t in threads:
        t.start()
        time.sleep(1.0)
    for t in threads:
        t.join(timeout=15)
    assert fake_api.wait_for(openid, timeout=script["SLOW_S"] + 10) == ["慢答复：慢：重试"]
    send()
    time.sleep(1.0)  # room for a (wrong) second delivery to show up
    assert replies == ["success"] * 4
    assert fake_api.texts_to(openid) == ["慢答复：慢：重试"]
    assert rasa_calls(fake_rasa, openid) == ["慢：重试"]  # one dialogue turn, not four


def test_an_expired_token_is_refreshed_and_the_send_retried(peer, openid, fake_api, fail_next, script):
    fail_next[:] = [42001]  # the API says the cached token expired
    tokens_before = len(fake_api.token_requests)
    assert peer.say(openid, "慢，令牌") is None
    assert fake_api.wait_for(openid, timeout=script["SLOW_S"] + 10) == ["慢答复：慢，令牌"]
    assert len(fake_api.token_requests) == tokens_before + (1 if tokens_before else 2)


def test_a_transient_failure_is_retried_a_bounded_number_of_times(peer, openid, fake_api, fail_next, script):
    fail_next[:] = [-1, -1, -1, -1]  # "system busy" more often than we retry
    attempts_before = len(fake_api.send_attempts)
    assert peer.say(openid, "慢，繁忙") is None
    time.sleep(script["SLOW_S"] + 4)
    assert fake_api.texts_to(openid) == []
    assert len(fake_api.send_attempts) - attempts_before == 3


def test_logs_carry_no_phone_number(peer, openid, wechat_app):
    peer.say(openid, "我的电话13912345678，想问创业补贴")
    assert "13912345678" not in wechat_app[1].read_text(errors="replace")


@pytest.mark.parametrize("safe", MODES)
def test_a_copy_after_a_passive_reply_gets_the_same_reply_not_a_second_turn(peer, openid, fake_rasa, safe):
    """WeChat sends a message again only when our passive reply never reached it (lost, or past
    its 5 s): that copy gets the same text again — one dialogue turn, one answer shown."""
    msg_id = secrets.randbits(62)
    first = peer.read(peer.post(peer.xml(openid, "text", msg_id, Content="选项"), safe), safe)
    assert first and "请问您属于哪类人员" in first
    again = peer.read(peer.post(peer.xml(openid, "text", msg_id, Content="选项"), safe), safe)
    assert again == first
    assert rasa_calls(fake_rasa, openid) == ["选项"]
