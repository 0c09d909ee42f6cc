"""The 5-second rule as logic, with a dependency the test makes slow or fast at will (no clock):
an answer ready within the wait is the passive reply; one that is not is answered "success" and
delivered once through the customer-service API when it is done, however many copies arrive."""

from __future__ import annotations

import asyncio

from api.wechat.deadline import PASSIVE_DEADLINE_S, passive_or_late
from api.wechat.dedup import Flights
from tests.isolated_loop import run_isolated


class SlowAnswer:
    """The dialogue as the test controls it: the answer comes when `release()` is called."""

    def __init__(self, text: str):
        self.text, self.released, self.turns = text, asyncio.Event(), 0

    async def __call__(self) -> str:
        self.turns += 1
        await self.released.wait()
        return self.text

    def release(self) -> None:
        self.released.set()


class Deliveries(list):
    async def __call__(self, text: str) -> bool:
        self.append(text)
        return True


def test_the_passive_window_leaves_a_second_of_wechats_five():
    assert PASSIVE_DEADLINE_S <= 4.0


def test_an_answer_ready_in_time_is_the_passive_reply():
    async def run():
        flights, answer, sent = Flights(), SlowAnswer("答复"), Deliveries()
        answer.release()  # ready before the window closes
        flight = flights.join("msg:o1:1", answer)
        reply = await passive_or_late(flights, flight, 1.0, sent)
        await asyncio.gather(*flights.background)
        return reply, sent

    reply, sent = run_isolated(asyncio.run, run())
    assert reply == "答复" and sent == []


def test_an_answer_past_the_window_is_success_then_one_customer_service_message():
    async def run():
        flights, answer, sent = Flights(), SlowAnswer("慢答复"), Deliveries()
        flight = flights.join("msg:o2:2", answer)
        first = await passive_or_late(flights, flight, 0.0, sent)  # the window is over, the answer is not
        assert sent == []  # nothing goes out before the answer exists
        retry = await passive_or_late(flights, flights.join("msg:o2:2", answer), 0.0, sent)  # WeChat's retry
        answer.release()
        await asyncio.gather(*flights.background)
        return first, retry, sent, answer.turns

    first, retry, sent, turns = run_isolated(asyncio.run, run())
    assert first is None and retry is None  # "success" to both copies
    assert sent == ["慢答复"] and turns == 1  # one dialogue turn, one delivery


def test_a_copy_arriving_after_the_late_answer_is_ready_gets_nothing_twice():
    async def run():
        flights, answer, sent = Flights(), SlowAnswer("慢答复"), Deliveries()
        flight = flights.join("msg:o3:3", answer)
        assert await passive_or_late(flights, flight, 0.0, sent) is None
        answer.release()
        await asyncio.gather(*flights.background)
        late_copy = await passive_or_late(flights, flights.join("msg:o3:3", answer), 1.0, sent)
        return late_copy, sent

    late_copy, sent = run_isolated(asyncio.run, run())
    assert late_copy is None and sent == ["慢答复"]
