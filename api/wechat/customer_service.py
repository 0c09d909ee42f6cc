"""Late answers through the customer-service message API (客服消息), asynchronously.

wechatpy's WeChatClient is synchronous (requests) and fetches its token from a fixed
api.weixin.qq.com URL, so this is a small httpx client over the same two calls, keeping
wechatpy's token rules: cache the token, refresh it 60 s before it expires, and fetch a new one
when the API says the token is invalid or expired (40001, 40014, 42001). Other failures are
logged and retried a bounded number of times; an error that retrying cannot fix (the user has
been silent for 48 h, a bad OpenID) stops at once.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time

import httpx
from wechatpy.constants import WeChatErrorCode as E

log = logging.getLogger("api.wechat")

ATTEMPTS = 3
BACKOFF_S = (0.5, 1.5)  # waits between attempts
TIMEOUT_S = 5.0
REFRESH_MARGIN_S = 60
TOKEN_ERRORS = {E.INVALID_CREDENTIAL.value, E.INVALID_ACCESS_TOKEN.value, E.EXPIRED_ACCESS_TOKEN.value}
FINAL_ERRORS = {E.INVALID_OPENID.value, E.OUT_OF_RESPONSE_TIME_LIMIT.value, E.OUT_OF_RESPONSE_COUNT_LIMIT.value}


class _SecretsInUrls(logging.Filter):
    """httpx logs request URLs at INFO; the token call carries the app secret in its query."""

    _pattern = re.compile(r"((?:secret|access_token)=)[^&\s\"']+")

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = self._pattern.sub(r"\1***", message)
        if masked != message:
            record.msg, record.args = masked, None
        return True


logging.getLogger("httpx").addFilter(_SecretsInUrls())


class ApiError(Exception):
    def __init__(self, errcode: int | None, detail: str):
        super().__init__(detail)
        self.errcode = errcode


class CustomerService:
    def __init__(self, base_url: str, appid: str, secret: str):
        self.base = base_url.rstrip("/")
        self.appid, self.secret = appid, secret
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = asyncio.Lock()  # concurrent late answers share one token fetch

    async def send_text(self, openid: str, content: str) -> bool:
        """Send one text message; True when WeChat accepted it."""
        who = f"{openid[:6]}…"  # enough to find the user in the platform, not the whole id
        async with httpx.AsyncClient(timeout=TIMEOUT_S) as client:
            for attempt in range(1, ATTEMPTS + 1):
                try:
                    token = await self._access_token(client)
                    await self._post_text(client, token, openid, content)
                    log.info("wechat: late answer delivered to %s (attempt %d)", who, attempt)
                    return True
                except ApiError as exc:
                    log.warning(
                        "wechat: customer-service send to %s failed (attempt %d/%d): %s", who, attempt, ATTEMPTS, exc
                    )
                    if exc.errcode in TOKEN_ERRORS:
                        self._token = None
                    elif exc.errcode in FINAL_ERRORS:
                        return False
                if attempt < ATTEMPTS:
                    await asyncio.sleep(BACKOFF_S[min(attempt - 1, len(BACKOFF_S) - 1)])
        return False

    async def _access_token(self, client: httpx.AsyncClient) -> str:
        async with self._lock:
            if self._token and time.monotonic() < self._expires_at - REFRESH_MARGIN_S:
                return self._token
            data = await self._call(
                client,
                "GET",
                "/cgi-bin/token",
                params={"grant_type": "client_credential", "appid": self.appid, "secret": self.secret},
            )
            if not data.get("access_token"):
                raise ApiError(None, "token reply without access_token")
            self._token = str(data["access_token"])
            self._expires_at = time.monotonic() + int(data.get("expires_in") or 7200)
            return self._token

    async def _post_text(self, client: httpx.AsyncClient, token: str, openid: str, content: str) -> None:
        body = {"touser": openid, "msgtype": "text", "text": {"content": content}}
        # ensure_ascii=False as wechatpy does: the API shows \\uXXXX escapes literally.
        await self._call(
            client,
            "POST",
            "/cgi-bin/message/custom/send",
            params={"access_token": token},
            content=json.dumps(body, ensure_ascii=False).encode("utf-8"),
            headers={"Content-Type": "application/json; charset=utf-8"},
        )

    async def _call(self, client: httpx.AsyncClient, method: str, path: str, **kwargs) -> dict:
        try:
            r = await client.request(method, self.base + path, **kwargs)
        except httpx.HTTPError as exc:
            raise ApiError(None, type(exc).__name__) from None
        if r.status_code != 200:
            raise ApiError(None, f"HTTP {r.status_code}")
        try:
            data = r.json()
        except ValueError:
            raise ApiError(None, "reply is not JSON") from None
        if not isinstance(data, dict):
            raise ApiError(None, "reply is not a JSON object")
        errcode = int(data.get("errcode") or 0) if str(data.get("errcode") or 0).lstrip("-").isdigit() else -1
        if errcode != 0:
            raise ApiError(errcode, f"errcode {errcode}: {str(data.get('errmsg', ''))[:80]}")
        return data
