"""WeChat's 5-second window: answer passively when the answer is ready in time, else later.

WeChat drops a callback it gets no reply for within 5 s and sends it again. We wait for the
answer up to PASSIVE_DEADLINE_S after the request arrived (a second of margin for the network
and WeChat's own clock; arrival is estimated with the event loop's lag, api/loop_lag.py); if it is not ready, the request is answered "success" (WeChat then
shows nothing and stops retrying) and the answer goes out through the customer-service message
API when it is done. The flight's claim makes the two paths exclusive.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from api.wechat.dedup import Flight, Flights

log = logging.getLogger("api.wechat")

PASSIVE_DEADLINE_S = 4.0


async def passive_or_late(
    flights: Flights, flight: Flight, wait_s: float, deliver_late: Callable[[str], Awaitable[bool]]
) -> str | None:
    """The text to reply passively now, or None (reply "success": late, or already delivered).

    The answer task never raises (the conversation turns failures into an apology text); it
    gives "" when another process took the turn and never published an answer."""
    repeat = flight.passive_text  # copies that arrive after a passive reply get it again
    try:
        # shield: a request giving up (deadline, client gone) must not cancel the shared answer.
        text = await asyncio.wait_for(asyncio.shield(flight.task), timeout=max(wait_s, 0.0))
    except asyncio.TimeoutError:
        _arrange_late(flights, flight, deliver_late)
        return None
    if not text:
        return None
    if flight.claim():
        flight.passive_text = text
        return text
    # A repeat of a passive reply WeChat did not get; None for copies in flight together (only
    # one of them is WeChat's current attempt) and after a late delivery.
    return repeat


def _arrange_late(flights: Flights, flight: Flight, deliver_late: Callable[[str], Awaitable[bool]]) -> None:
    if not flight.arrange_late_once():
        return  # an earlier copy of the message (here or at another process) already arranged it

    async def deliver() -> None:
        text = await asyncio.shield(flight.task)
        if not text or not flight.claim():
            return  # a retry that arrived after the answer was ready took it passively
        if not await deliver_late(text):
            log.error("wechat: a late answer could not be delivered (customer-service API failed)")

    flights.spawn(deliver())
