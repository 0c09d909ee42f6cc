"""Per-address limits on chat and search: 429, Retry-After and a Chinese message past the budget;
other addresses unaffected; the defaults are on and far above a person's pace."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.rate_limits import RateLimits
from api.ratelimit import InMemoryLimiter
from api.settings import Settings


@pytest.fixture()
def tight(app):
    saved = app.state.rate_limits
    app.state.rate_limits = RateLimits(InMemoryLimiter(3, 60), InMemoryLimiter(3, 60))
    yield app
    app.state.rate_limits = saved


def test_search_past_the_budget_is_429_with_retry_after(tight):
    with TestClient(tight, client=("198.51.100.1", 4000)) as c:
        assert [c.get("/api/v1/search", params={"q": "稳岗返还"}).status_code for _ in range(3)] == [200] * 3
        r = c.get("/api/v1/search", params={"q": "稳岗返还"})
        assert r.status_code == 429 and 0 < int(r.headers["retry-after"]) <= 60
        assert "请求过于频繁" in r.json()["detail"]
    with TestClient(tight, client=("198.51.100.2", 4000)) as other:
        assert other.get("/api/v1/search", params={"q": "稳岗返还"}).status_code == 200


def test_chat_past_the_budget_is_429(tight):
    with TestClient(tight, client=("198.51.100.3", 4000)) as c:
        assert [c.post("/api/v1/chat", json={"message": "你好"}).status_code for _ in range(3)] == [200] * 3
        r = c.post("/api/v1/chat", json={"message": "你好"})
        assert r.status_code == 429 and r.headers["retry-after"] and "秒后再试" in r.json()["detail"]


def test_on_by_default_at_a_level_no_person_reaches():
    s = Settings()
    assert 60 <= s.chat_rate_per_minute <= 600 and 60 <= s.search_rate_per_minute <= 600
    limits = RateLimits.from_settings(s)
    # A very fast person: one question every second for a minute.
    assert all(limits.chat.hit("chat:a") == 0 for _ in range(60))
    assert all(limits.search.hit("search:a") == 0 for _ in range(60))
