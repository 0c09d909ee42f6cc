"""The four kinds of traffic the load tool sends, and what it records of each request.

- search:      GET /api/v1/search with a colloquial question (benchmarks/data/retrieval_eval.jsonl);
- eligibility: POST /api/v1/eligibility with a profile from the rules' YAML cases;
- chat:        a new web conversation (the first turn without sender_id, later turns with the id
               the server issued) asking `turns` free questions, one after another;
- wechat:      a new follower (OpenID) sending `turns` text messages as signed plaintext XML to
               /wechat; after a "success" the next message waits for the customer-service message,
               as a person waits for the answer (benchmarks/load_wechat.py keeps the ledger).
Each worker is a closed loop: it picks a kind by weight, plays one session, and repeats until the
step ends (a session under way finishes its current request, never starts a new one).
"""

from __future__ import annotations

import asyncio
import json
import random
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from benchmarks.load_wechat import WeChatLedger, signed_text_message
from knowledge.eligibility.cases import load_cases

DATA = Path(__file__).resolve().parent / "data" / "retrieval_eval.jsonl"
DEGRADED_MARK = "智能对话暂不可用"  # answers/notices.py: the search fallback's notice (Rasa too slow or down)
KINDS = ("chat", "wechat", "search", "eligibility")


@dataclass
class Sample:
    kind: str
    started: float
    latency_s: float
    ok: bool
    degraded: bool = False  # a chat turn answered by the search fallback (the dialogue timed out)


@dataclass
class Traffic:
    """Everything the workers need: one HTTP client, the inputs, and where samples go."""

    client: httpx.AsyncClient
    ledger: WeChatLedger
    turns: int = 3
    samples: list[Sample] = field(default_factory=list)
    questions: list[dict] = field(default_factory=list)
    profiles: list[tuple[dict, str]] = field(default_factory=list)
    deadline: float = float("inf")  # the step's end: sessions under way stop before their next turn

    def __post_init__(self) -> None:
        lines = DATA.read_text(encoding="utf-8").splitlines()
        self.questions = [json.loads(line) for line in lines if line.strip()]
        # YAML reads dates as date objects: the request body carries them as ISO text
        self.profiles = [(json.loads(json.dumps(c.profile, default=str)), str(c.as_of)) for c in load_cases()]

    def _record(self, kind: str, t0: float, ok: bool, degraded: bool = False) -> None:
        self.samples.append(Sample(kind, t0, time.perf_counter() - t0, ok, degraded))

    async def _timed(self, kind: str, request) -> httpx.Response | None:
        t0 = time.perf_counter()
        try:
            r = await request
        except httpx.HTTPError:
            self._record(kind, t0, False)
            return None
        self._record(kind, t0, r.status_code == 200)
        return r if r.status_code == 200 else None

    async def search(self, rng: random.Random) -> None:
        q = rng.choice(self.questions)
        params = {"q": q["q"], "top_k": 5, **({"region": q["region"]} if q.get("region") else {})}
        await self._timed("search", self.client.get("/api/v1/search", params=params))

    async def eligibility(self, rng: random.Random) -> None:
        profile, as_of = rng.choice(self.profiles)
        body = {"profile": profile, "as_of": as_of}
        await self._timed("eligibility", self.client.post("/api/v1/eligibility", json=body))

    async def chat(self, rng: random.Random) -> None:
        sender_id = None
        for turn in range(self.turns):
            if turn and time.perf_counter() >= self.deadline:
                return
            body = {"message": rng.choice(self.questions)["q"], **({"sender_id": sender_id} if sender_id else {})}
            t0 = time.perf_counter()
            try:
                r = await self.client.post("/api/v1/chat", json=body)
                reply = r.json() if r.status_code == 200 else None
            except (httpx.HTTPError, ValueError):
                reply = None
            if reply is None:
                self._record("chat", t0, False)
                return  # a conversation whose turn failed is not continued (its id may be unknown)
            degraded = any(DEGRADED_MARK in m.get("text", "") for m in reply.get("messages", []))
            self._record("chat", t0, bool(reply.get("messages")), degraded)
            sender_id = reply["sender_id"]

    async def wechat(self, rng: random.Random) -> None:
        openid = self.ledger.new_openid(rng)
        for turn in range(self.turns):
            if turn and time.perf_counter() >= self.deadline:
                return
            msg_id = self.ledger.next_msg_id()
            params, body = signed_text_message(self.ledger.token, openid, rng.choice(self.questions)["q"], msg_id)
            self.ledger.sent(openid)
            t0 = time.perf_counter()
            try:
                r = await self.client.post("/wechat", params=params, content=body.encode("utf-8"))
            except httpx.HTTPError:
                self._record("wechat", t0, False)
                return
            latency = time.perf_counter() - t0
            passive = self.ledger.replied(openid, r.status_code, r.text, latency)
            self._record("wechat", t0, r.status_code == 200)
            if r.status_code != 200:
                return
            if not passive and not await self.ledger.wait_late(openid):
                return  # lost (counted by the ledger): this follower gives up

    async def session(self, kind: str, rng: random.Random) -> None:
        await getattr(self, kind)(rng)


async def run_step(
    traffic: Traffic, concurrency: int, seconds: float, weights: dict[str, float], seed: int
) -> tuple[float, float]:
    """`concurrency` closed-loop workers for `seconds`; returns the step's window (start, end)."""
    kinds = [k for k in KINDS if weights.get(k)]
    shares = [weights[k] for k in kinds]
    t0 = time.perf_counter()
    end = traffic.deadline = t0 + seconds

    async def worker(i: int) -> None:
        rng = random.Random(seed * 1000 + i)
        while time.perf_counter() < end:
            await traffic.session(rng.choices(kinds, shares)[0], rng)

    await asyncio.gather(*(worker(i) for i in range(concurrency)))
    return t0, end
