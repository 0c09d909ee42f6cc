"""The WeChat window counts from a request's arrival: a loop that runs late is seen, and its lag
shortens the passive wait (twice: once for the wait before the handler, once for the way out)."""

from __future__ import annotations

import asyncio
import time

from api.loop_lag import WINDOW_S, LoopLag, passive_wait
from tests.isolated_loop import run_isolated


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_blocked_loop_is_seen_as_lag():
    async def run():
        lag = LoopLag()
        lag.start()
        await asyncio.sleep(0.12)  # a few ticks on time
        time.sleep(0.4)  # the loop is busy: the ticker wakes at least 0.35 s late
        await asyncio.sleep(0.12)
        seen = lag.recent()
        await lag.stop()
        return seen

    assert run_isolated(asyncio.run, run()) >= 0.35


def test_lag_is_forgotten_after_the_window():
    clock = Clock()
    lag = LoopLag(clock=clock)
    lag.note(1.2)
    assert lag.recent() == 1.2
    clock.now += WINDOW_S + 0.1
    lag.note(0.01)
    assert lag.recent() == 0.01


def test_the_wait_shrinks_by_twice_the_lag_and_may_end_at_once():
    assert passive_wait(4.0, 0.5, 0.0) == 3.5
    assert passive_wait(4.0, 0.5, 1.0) == 1.5
    assert passive_wait(4.0, 0.5, 2.0) < 0  # overloaded: "success" now, the answer by customer-service message
