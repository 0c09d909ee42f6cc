"""GET/POST /wechat: the Official Account callback (contract "WeChat").

Refusals: a wrong signature or msg_signature → 403; a timestamp more than 5 minutes from our
clock → 403 (a replay); a timestamp and nonce already used with another body → 403 (a replay);
plaintext while an EncodingAESKey is set → 403 (safe mode required); a body over 64 KiB → 413; a DTD/entity, malformed XML, or safe mode
without a configured EncodingAESKey → 400. Bodies are short Chinese sentences.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from functools import lru_cache, partial

from fastapi import APIRouter, Request
from fastapi.responses import PlainTextResponse, Response

from answers.notices import TOO_FAST
from api import loop_lag
from api.deps import chat_service
from api.ratelimit import Limiter, StoreLimiter
from api.settings import get_settings
from api.shared_state import get_store
from api.wechat import deadline, protocol
from api.wechat.conversation import WELCOME, Conversation
from api.wechat.customer_service import CustomerService
from api.wechat.dedup import Flights, message_key
from api.wechat.nonces import NonceLog
from api.wechat.protocol import Inbound, Protocol, Refused
from api.wechat.render import NON_TEXT, VOICE_UNHEARD
from api.wechat.state import ReadingState

log = logging.getLogger("api.wechat")
router = APIRouter(tags=["wechat"])

SUBSCRIBE_EVENTS = {"subscribe", "subscribe_scan"}


@dataclass
class WeChat:
    protocol: Protocol
    conversation: Conversation
    flights: Flights
    service: CustomerService
    nonces: NonceLog
    limiter: Limiter  # messages per OpenID


@lru_cache(maxsize=1)
def wechat() -> WeChat:
    """One per process: the dedup table and reading state must be shared by all requests (and, through
    the shared state store, by every API process when POLICY_REDIS_URL is set)."""
    s, store = get_settings(), get_store()
    return WeChat(
        Protocol(s.wechat_token, s.wechat_appid, s.wechat_aes_key, s.wechat_allow_plaintext),
        Conversation(chat_service(), ReadingState(store=store)),
        Flights(store=store),
        CustomerService(s.wechat_api_base, s.wechat_appid, s.wechat_secret),
        NonceLog(store=store),
        StoreLimiter(store, s.wechat_rate_per_minute, 60.0),
    )


def _refused(exc: Refused) -> PlainTextResponse:
    log.warning("wechat: request refused (%d): %s", exc.status, exc.message)
    return PlainTextResponse(exc.message, status_code=exc.status)


@router.get("/wechat", response_class=PlainTextResponse)
async def verify(signature: str = "", timestamp: str = "", nonce: str = "", echostr: str = ""):
    """服务器地址验证：签名正确时原样返回 echostr。"""
    try:
        wechat().protocol.check_signature(signature, timestamp, nonce)
        protocol.check_fresh(timestamp)
    except Refused as exc:
        return _refused(exc)
    return PlainTextResponse(echostr)


@router.post("/wechat")
async def receive(
    request: Request,
    signature: str = "",
    timestamp: str = "",
    nonce: str = "",
    encrypt_type: str = "",
    msg_signature: str = "",
):
    """接收公众号消息（明文或安全模式），被动回复或稍后经客服消息接口回复。"""
    arrived = time.monotonic()
    wx = wechat()
    try:
        wx.protocol.check_signature(signature, timestamp, nonce)
        protocol.check_fresh(timestamp)
        body = await _read_bounded(request, protocol.MAX_BODY_BYTES)
        wx.nonces.check(timestamp, nonce, body)
        inbound = wx.protocol.parse(body, timestamp, nonce, encrypt_type, msg_signature)
    except Refused as exc:
        return _refused(exc)
    text = await _handle(wx, inbound, arrived, loop_lag.of(request.app).recent())
    if text is None:
        return PlainTextResponse("success")
    return Response(wx.protocol.reply(inbound, text, nonce), media_type="application/xml")


async def _handle(wx: WeChat, inbound: Inbound, arrived: float, lag_s: float) -> str | None:
    """The passive reply text, or None for "success"."""
    msg = inbound.message
    # The raw fields, not msg.type: an event wechatpy does not know is an UnknownMessage too.
    kind, event = (inbound.fields.get(k, "").lower() for k in ("MsgType", "Event"))
    if kind == "event" and event not in SUBSCRIBE_EVENTS:
        return None  # unsubscribe (nothing can reach them now), menu clicks, location reports…
    openid = msg.source
    recognised = inbound.fields.get("Recognition", "") if kind == "voice" else ""
    if kind == "text":
        # Counted once per message, inside the flight: WeChat's retries of it are not new messages.
        produce = partial(_answer_within_budget, wx, openid, msg.content)
    elif kind == "voice":  # speech recognition on: answered like typed text and said back; off: a polite notice
        produce = (
            partial(_answer_within_budget, wx, openid, recognised, heard=True)
            if recognised
            else partial(_constant, VOICE_UNHEARD)
        )
    else:  # subscribe → welcome; image, voice, video, location, link, anything new → a notice
        produce = partial(_constant, WELCOME if kind == "event" else NON_TEXT)
    # Every reply goes through a flight so that a repeated copy never gets a second answer.
    flight = wx.flights.join(message_key(inbound.fields), produce)
    # Counted from the request's estimated arrival, not the handler's start: see api/loop_lag.py.
    wait = loop_lag.passive_wait(deadline.PASSIVE_DEADLINE_S, time.monotonic() - arrived, lag_s)
    return await deadline.passive_or_late(wx.flights, flight, wait, lambda text: wx.service.send_text(openid, text))


async def _answer_within_budget(wx: WeChat, openid: str, content: str, heard: bool = False) -> str:
    if wx.limiter.hit(f"wx:{openid}"):
        log.warning("wechat: an OpenID is over its message budget; answered with a notice")
        return TOO_FAST
    return await wx.conversation.answer(openid, content, heard=heard)


async def _constant(text: str) -> str:
    return text


async def _read_bounded(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise Refused(413, "请求体过大")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise Refused(413, "请求体过大")
    return bytes(body)
