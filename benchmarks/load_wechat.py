"""WeChat under load: real signed plaintext XML in, and a ledger of what came back.

Every message must be answered exactly once: passively (XML with the answer, within WeChat's
window — we require 4.5 s measured at the client) or with "success" followed by one
customer-service message to that OpenID. The customer-service API is the fake one the WeChat
tests use (tests/api/wechat/conftest.py: token endpoint + custom/send on loopback, recording every
call). Per OpenID: answers = passive replies + customer-service messages; fewer than messages sent
is a loss, more is a message answered twice.
"""

from __future__ import annotations

import asyncio
import random
import secrets
import time
from xml.sax.saxutils import escape

from defusedxml.ElementTree import fromstring
from wechatpy.utils import WeChatSigner

from tests.api.wechat.conftest import ACCOUNT, APPID, SECRET, TOKEN, FakeApi

PASSIVE_LIMIT_S = 4.5  # the bound for a passive reply (WeChat itself gives up at 5 s)
LATE_WAIT_S = 30.0  # how long a follower (and the final tally) waits for a customer-service message


def signed_text_message(token: str, openid: str, content: str, msg_id: int) -> tuple[dict, str]:
    """The query parameters and XML body WeChat posts for one text message (plaintext mode)."""
    timestamp, nonce = str(int(time.time())), secrets.token_hex(6)
    signer = WeChatSigner()
    signer.add_data(token, timestamp, nonce)
    body = (
        f"<xml><ToUserName><![CDATA[{ACCOUNT}]]></ToUserName><FromUserName><![CDATA[{openid}]]></FromUserName>"
        f"<CreateTime>{timestamp}</CreateTime><MsgType><![CDATA[text]]></MsgType>"
        f"<Content>{escape(content)}</Content><MsgId>{msg_id}</MsgId></xml>"
    )
    return {"signature": signer.signature, "timestamp": timestamp, "nonce": nonce}, body


class WeChatLedger:
    def __init__(self) -> None:
        self.token = TOKEN
        self.api = FakeApi()  # serves in a daemon thread until the load tool exits
        self.sent_n: dict[str, int] = {}
        self.passive_n: dict[str, int] = {}
        self.success_n: dict[str, int] = {}
        self.slow_passive = 0  # passive replies later than PASSIVE_LIMIT_S
        self.slow_success = 0  # "success" later than PASSIVE_LIMIT_S (WeChat would have retried)
        self.bad = 0  # non-200 or an unreadable body
        self._msg_id = int(time.time()) * 1000

    @property
    def server_env(self) -> dict[str, str]:
        """What the API under load must be started with to talk to this ledger's fake API."""
        return {
            "POLICY_WECHAT_TOKEN": TOKEN,
            "POLICY_WECHAT_APPID": APPID,
            "POLICY_WECHAT_SECRET": SECRET,
            "POLICY_WECHAT_API_BASE": self.api.url,
        }

    def new_openid(self, rng: random.Random) -> str:
        openid = f"oLOAD{rng.getrandbits(64):016x}"
        self.sent_n[openid] = 0
        return openid

    def next_msg_id(self) -> int:
        self._msg_id += 1
        return self._msg_id

    def sent(self, openid: str) -> None:
        self.sent_n[openid] += 1

    def replied(self, openid: str, status: int, body: str, latency_s: float) -> bool:
        """Record one HTTP reply; True when it carried the answer (passive)."""
        if status != 200:
            self.bad += 1
            return False
        if body.strip() == "success":
            self.success_n[openid] = self.success_n.get(openid, 0) + 1
            self.slow_success += latency_s > PASSIVE_LIMIT_S
            return False
        try:
            content = fromstring(body).findtext("Content") or ""
        except Exception:  # noqa: BLE001 — anything unreadable is a bad reply, counted
            content = ""
        if not content:
            self.bad += 1
            return False
        self.passive_n[openid] = self.passive_n.get(openid, 0) + 1
        self.slow_passive += latency_s > PASSIVE_LIMIT_S
        return True

    def _cs(self, openid: str) -> int:
        return len(self.api.texts_to(openid))

    async def wait_late(self, openid: str, timeout_s: float = LATE_WAIT_S) -> bool:
        """Wait for this OpenID's customer-service messages to catch up with its "success" replies."""
        end = time.monotonic() + timeout_s
        while time.monotonic() < end:
            if self._cs(openid) >= self.success_n.get(openid, 0):
                return True
            await asyncio.sleep(0.1)
        return False

    async def tally(self) -> dict:
        """The final counts, after waiting (bounded) for late answers still under way."""
        end = time.monotonic() + LATE_WAIT_S
        while time.monotonic() < end and any(self._cs(o) < n for o, n in self.success_n.items()):
            await asyncio.sleep(0.2)
        lost = twice = cs_total = 0
        for openid, sent in self.sent_n.items():
            cs = self._cs(openid)
            cs_total += cs
            answers = self.passive_n.get(openid, 0) + cs
            lost += max(0, sent - answers)
            twice += max(0, answers - sent)
        return {
            "messages": sum(self.sent_n.values()),
            "passive": sum(self.passive_n.values()),
            "passive_over_4_5s": self.slow_passive,
            "success_then_customer_service": sum(self.success_n.values()),
            "success_over_4_5s": self.slow_success,
            "customer_service_messages": cs_total,
            "bad_replies": self.bad,
            "lost": lost,
            "answered_twice": twice,
        }
