"""Two API processes, two Rasa servers, one action server, PostgreSQL and Redis (tests/live/multi_process.py).

In order (one cluster for the module; each step leaves it as the next expects):
1. one conversation alternates between the API processes and so between both Rasa servers: the
   form carries on, no question asked twice, no fact lost;
2. three deliveries of one WeChat MsgId to different API processes: one turn, one answer;
3. one Rasa server killed mid-conversation: the other carries the conversation on;
4. the action server down: a clear Chinese message, no stack trace, the turn recorded;
5. Redis down: WeChat still answers, nothing crashes; Redis back: shared again;
6. PostgreSQL down mid-run: /readyz names the database, chat answers from search.
The transcript goes to the test's output (-s) for docs/notes/scale.md.
"""

from __future__ import annotations

import secrets
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from answers.notices import DIALOGUE_DOWN
from api.chat.rasa_pool import order_for
from stack.testing import Conversation
from tests.api.wechat.conftest import FakeApi, Peer
from tests.live import multi_process
from tests.live.form_words import assert_form_restored

pytestmark = [pytest.mark.slow, pytest.mark.live]
OPENING = "我们公司在大连，招了4个应届生，能领什么补贴"


def text(reply: dict) -> str:
    return "\n".join(m["text"] for m in reply["messages"])


def payloads(reply: dict) -> list[str]:
    return [b["payload"] for m in reply["messages"] for b in m["buttons"]]


def show(who: str, said: str, reply: dict | str | None) -> None:
    body = text(reply) if isinstance(reply, dict) else str(reply)
    print(f"\n[{who}] 用户：{said}\n[{who}] 助手：{body[:300]}")


@pytest.fixture(scope="module")
def fake_api():
    server = FakeApi()
    yield server
    server.shutdown()


@pytest.fixture(scope="module")
def cluster(tmp_path_factory, fake_api):
    running = multi_process.start(tmp_path_factory.mktemp("cluster"), {"POLICY_WECHAT_API_BASE": fake_api.url})
    yield running
    running.stop()


class Alternating:
    """One person whose turns go to API-1, API-2, API-1, … (the id issued by one, honoured by both)."""

    def __init__(self, cluster):
        self.clients = [httpx.Client(base_url=u, timeout=120) for u in cluster.api_urls]
        self.conversation = Conversation(self.clients[0])
        self.turn = 0

    def say(self, message: str) -> dict:
        which = self.turn % len(self.clients)
        self.conversation.client = self.clients[which]
        reply = self.conversation.say(message)
        self.turn += 1
        show(f"API-{which + 1}", message, reply)
        return reply


@pytest.fixture(scope="module")
def person(cluster):
    return Alternating(cluster)


def test_one_conversation_alternates_processes_and_rasa_servers(cluster, person):
    opening = person.say(OPENING)
    assert DIALOGUE_DOWN not in text(opening) and payloads(opening), text(opening)
    served = {
        order_for(cluster.rasa_urls, person.conversation.sender_id)[0],
        order_for(cluster.rasa_urls[::-1], person.conversation.sender_id)[0],
    }
    assert served == set(cluster.rasa_urls)  # API-1 and API-2 send this conversation to different servers
    why = person.say("为什么问这个")  # answerable only from the form state the other server saved
    assert DIALOGUE_DOWN not in text(why)
    assert_form_restored(text(opening), text(why))
    asked = [text(opening).split("\n")[-1]]
    reply = why
    for _ in range(3):  # the form goes on across both servers: each question is new
        reply = person.say("不清楚")
        assert DIALOGUE_DOWN not in text(reply)
        if "/more_benefits" in payloads(reply):
            break
        question = text(reply).split("\n")[-1]
        assert question not in asked, f"asked again (a fact was lost): {question}"
        asked.append(question)
    assert "大连" in text(reply) or "/more_benefits" not in payloads(reply)
    user_turns = cluster.count(
        "SELECT COUNT(*) FROM messages WHERE sender_id = :s AND direction = 'user'", s=person.conversation.sender_id
    )
    assert user_turns == person.turn  # every turn, from both processes, in the one transcript


def test_three_deliveries_of_one_msgid_to_different_processes_give_one_answer(cluster, fake_api):
    peers = [Peer(u) for u in cluster.api_urls]
    openid, msg_id = f"oMulti{secrets.token_hex(6)}", secrets.randbits(62)
    body = Peer.xml(openid, "text", msg_id, Content="稳岗返还怎么申请")
    query = peers[0].params()  # WeChat's retries repeat the message; they may reach any process
    with ThreadPoolExecutor(3) as pool:
        responses = list(pool.map(lambda p: p.post(body, **query), [peers[0], peers[1], peers[0]]))
    passive = [r.text for r in responses if r.text != "success"]
    if not passive:  # slower than WeChat's window: "success" to all three, then one late delivery
        fake_api.wait_for(openid, 1, timeout=90)
    time.sleep(2)  # a second late delivery, if there were one, would have arrived by now
    late = fake_api.texts_to(openid)
    print(f"\n[WeChat] 三次投递 → 被动回复 {len(passive)} 条，客服消息 {len(late)} 条")
    assert len(passive) + len(late) == 1, (passive, late)
    turns = cluster.count("SELECT COUNT(*) FROM messages WHERE sender_id = :s AND direction = 'user'", s=f"wx:{openid}")
    assert turns == 1  # one dialogue turn, not three


def test_killing_one_rasa_mid_conversation_loses_nothing(cluster):
    person = Alternating(cluster)  # its own conversation: nothing read from an earlier test's
    opening = person.say(OPENING)
    assert payloads(opening), text(opening)
    victim = cluster.rasas[0]
    victim.stop()
    print(f"\n[停止 {victim.name}]")
    for _ in range(2):  # through both API processes: whichever server they prefer, the other answers
        reply = person.say("为什么问这个")
        assert DIALOGUE_DOWN not in text(reply)
        assert_form_restored(text(opening), text(reply))


def test_action_server_down_gives_a_clear_message_and_records_the_turn(cluster):
    cluster.action.stop()
    try:
        someone = Alternating(cluster)
        reply = someone.say(OPENING)
        body = text(reply)
        assert body and "Traceback" not in body and "Error" not in body
        assert body.startswith(DIALOGUE_DOWN) and reply["messages"][0]["citations"]  # cited search answer
        recorded = cluster.count("SELECT COUNT(*) FROM messages WHERE sender_id = :s", s=someone.conversation.sender_id)
        assert recorded >= 2  # what they said and what they were told
    finally:
        cluster.action.start()
        cluster.action.wait_healthy(120)


def test_redis_down_wechat_still_answers(cluster, fake_api):
    cluster.redis.stop()
    try:
        peer = Peer(cluster.api_urls[1])
        openid = f"oNoRedis{secrets.token_hex(4)}"
        answer = peer.say(openid, "稳岗返还怎么申请") or "".join(fake_api.wait_for(openid, 1, timeout=90))
        show("WeChat, Redis 停止", "稳岗返还怎么申请", answer)
        assert answer and "Traceback" not in answer
        ready = httpx.get(f"{cluster.api_urls[1]}/readyz", timeout=60).json()["checks"]["redis"]
        assert not ready["ok"] and "Redis" in ready["detail"]
    finally:
        cluster.redis.restart()
    ready = httpx.get(f"{cluster.api_urls[1]}/readyz", timeout=60).json()["checks"]["redis"]
    assert ready["ok"]


def test_postgresql_down_mid_run(cluster):
    cluster.pg.stop()
    someone = Alternating(cluster)
    reply = someone.say("稳岗返还怎么申请")
    assert reply["messages"] and reply["messages"][0]["citations"]  # answered from search
    checks = httpx.get(f"{cluster.api_urls[0]}/readyz", timeout=60).json()["checks"]
    print(f"\n[PostgreSQL 停止] /readyz database: {checks['database']['detail']}")
    assert not checks["database"]["ok"] and "数据库" in checks["database"]["detail"]
