"""Several Rasa servers: each conversation sticks to one (every API process agrees), the
conversations spread over all of them, and the order to try starts with the conversation's own."""

from api.chat.rasa_pool import order_for, parse_urls

URLS = parse_urls("http://127.0.0.1:5005, http://127.0.0.1:5006/ ,")


def test_parse_urls_splits_and_trims():
    assert URLS == ["http://127.0.0.1:5005", "http://127.0.0.1:5006"]
    assert parse_urls("") == ["http://127.0.0.1:5005"]


def test_sticky_and_spread():
    ids = [f"conv-{i}" for i in range(200)]
    firsts = [order_for(URLS, i)[0] for i in ids]
    assert firsts == [order_for(list(URLS), i)[0] for i in ids]  # the same answer every time
    assert 60 < firsts.count(URLS[0]) < 140  # both servers get a fair share
    assert all(sorted(order_for(URLS, i)) == sorted(URLS) for i in ids)  # the other is the fallback
