"""The shared-state store, memory and Redis alike: add-once, values with a time to live, the
sliding window; two Redis clients (two API processes) see one state; Redis going away degrades
to this process's memory without raising, and Redis coming back is used again."""

from __future__ import annotations

import time
import uuid

import pytest

from api.console.login_throttle import LoginThrottle
from api.shared_state import MemoryStore, store_for
from api.shared_state.redis_store import FallbackStore, RedisStore
from api.wechat.nonces import NonceLog
from api.wechat.protocol import Refused
from api.wechat.state import ReadingState
from stack.ports import start_on_free_port
from stack.redis_server import TempRedis


@pytest.fixture(params=["memory", pytest.param("redis", marks=pytest.mark.live)])
def store(request):
    if request.param == "memory":
        return MemoryStore()
    return RedisStore(request.getfixturevalue("redis_server").url)


def key() -> str:
    return f"t:{uuid.uuid4().hex}"


def test_add_succeeds_once_and_values_expire(store):
    k = key()
    assert store.add(k, "a", 60) is True
    assert store.add(k, "b", 60) is False
    assert store.get(k) == "a"
    assert 50 < store.ttl(k) <= 60
    store.delete(k)
    assert store.get(k) is None and store.ttl(k) == 0
    short = key()
    store.put(short, "x", 0.2)
    time.sleep(0.3)
    assert store.get(short) is None


def test_sliding_window_counts_then_says_how_long(store):
    k = key()
    assert [store.hit(k, 3, 60) for _ in range(3)] == [0, 0, 0]
    wait = store.hit(k, 3, 60)
    assert 1 <= wait <= 60
    assert store.hit(key(), 3, 60) == 0  # another key has its own budget


def test_two_redis_clients_share_one_state(redis_server):
    a, b = RedisStore(redis_server.url), RedisStore(redis_server.url)
    k = key()
    assert a.add(k, "1", 60) and not b.add(k, "1", 60)
    throttle_a, throttle_b = LoginThrottle(max_failures=3, store=a), LoginThrottle(max_failures=3, store=b)
    addr = f"198.51.100.{uuid.uuid4().int % 250}-{k}"
    throttle_a.failed(addr), throttle_b.failed(addr), throttle_a.failed(addr)
    assert throttle_b.retry_after(addr) > 0  # guesses spread over processes still lock
    NonceLog(store=a).check("1700000000", k, b"<xml>one</xml>")
    with pytest.raises(Refused):
        NonceLog(store=b).check("1700000000", k, b"<xml>another</xml>")
    ReadingState(store=a).remember(k, [{"title": "高校毕业生", "payload": "/x"}], ["第二页", "第三页"])
    reader = ReadingState(store=b)
    assert reader.option(k, 1)["title"] == "高校毕业生"
    assert reader.next_page(k) == "第二页" and ReadingState(store=a).next_page(k) == "第三页"
    assert reader.next_page(k) is None


@pytest.mark.live  # starts (and stops) a redis-server of its own
def test_redis_down_degrades_to_memory_and_recovers():
    server = start_on_free_port(TempRedis.start)
    try:
        store = store_for(server.url)
        assert isinstance(store, FallbackStore)
        k = key()
        assert store.add(k, "1", 60) and store.get(k) == "1"
        server.stop()
        assert store.add(key(), "1", 60) is True  # no exception: this process's memory answers
        assert store.hit(key(), 1, 60) == 0
        assert store.degraded and store.ping() is False
        server.restart()
        assert store.ping() is True and not store.degraded
        assert store.add(k, "1", 60) is True  # a fresh Redis: the old key is gone, the new one is shared
        assert RedisStore(server.url).get(k) == "1"
    finally:
        server.stop()
