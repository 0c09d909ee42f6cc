"""How late this process's event loop runs: the time a request waits before its handler starts.

WeChat counts its 5 seconds from when it sent the message, but a handler can only read the clock
when the loop gets round to it. Under overload the loop lags (measured: past 1 s at 32 WeChat
clients on 2 cores), so a deadline counted from the handler's start let replies leave after 4.5 s.
A ticker that asks to wake every TICK_S and notes how late it woke measures that lag; the WeChat
route counts its window from the handler's start minus the recent lag (the request's likely
arrival) and keeps the same lag again as margin for the reply's own way out through the loop.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque

TICK_S = 0.05
WINDOW_S = 3.0  # the lag of the last few seconds: overload comes in bursts, a single tick is noise


class LoopLag:
    def __init__(self, clock=time.monotonic):
        self._clock = clock
        self._samples: deque[tuple[float, float]] = deque()  # (when, how late), newest last
        self._task: asyncio.Task | None = None

    def note(self, late_s: float) -> None:
        now = self._clock()
        self._samples.append((now, max(late_s, 0.0)))
        while self._samples and self._samples[0][0] < now - WINDOW_S:
            self._samples.popleft()

    def recent(self) -> float:
        """The largest lag seen in the last WINDOW_S (0 when the loop keeps time or no ticker runs)."""
        horizon = self._clock() - WINDOW_S
        return max((late for when, late in self._samples if when >= horizon), default=0.0)

    async def _tick(self) -> None:
        while True:
            asked = self._clock() + TICK_S
            await asyncio.sleep(TICK_S)
            self.note(self._clock() - asked)

    def start(self) -> None:
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._tick(), name="loop-lag")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
            self._task = None


def passive_wait(deadline_s: float, since_handler_start_s: float, lag_s: float) -> float:
    """Seconds still left to wait for a passive answer: the deadline counted from the estimated
    arrival (handler start − lag), less the lag again for the reply to get out through the loop."""
    return deadline_s - since_handler_start_s - 2 * lag_s


def of(app) -> LoopLag:
    """The app's monitor (made and started by its lifespan; an app without one reads no lag)."""
    return getattr(app.state, "loop_lag", None) or LoopLag()
