"""The sliding-window limiter behind every per-caller budget (api/ratelimit.py)."""

from api.ratelimit import InMemoryLimiter


def test_allows_the_budget_then_says_how_long_to_wait_then_allows_again():
    now = [0.0]
    limiter = InMemoryLimiter(3, 60, clock=lambda: now[0])
    assert [limiter.hit("1.2.3.4") for _ in range(3)] == [0, 0, 0]
    now[0] = 20.0
    assert limiter.hit("1.2.3.4") == 40  # the oldest of the three leaves the window at 60 s
    assert limiter.hit("5.6.7.8") == 0  # other callers have their own budget
    now[0] = 60.0
    assert limiter.hit("1.2.3.4") == 0


def test_zero_turns_it_off_and_the_table_is_bounded():
    assert all(InMemoryLimiter(0, 60).hit("x") == 0 for _ in range(1000))
    limiter = InMemoryLimiter(1, 60, max_keys=100)
    for i in range(1000):
        limiter.hit(f"10.0.{i // 256}.{i % 256}")
    assert len(limiter._hits) == 100
