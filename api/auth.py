"""Staff access: the console and admin endpoints need POLICY_STAFF_TOKEN.

A request is staff when it carries the token as `Authorization: Bearer …` (API clients, tests)
or holds a signed session cookie issued by the console login (api/routers/console.py).
Comparison is constant-time; the token never appears in a log or an error.

Placeholder secrets never grant access, in any environment: a deployment that forgot
POLICY_ENV=production must not be open to anyone who read this code. The session cookie carries a
fingerprint of the current token, so changing the token ends every session.
"""
from __future__ import annotations

import hashlib
import hmac
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from itsdangerous import BadSignature, URLSafeTimedSerializer

from api.clients import client_address
from api.settings import PLACEHOLDER, Settings, get_settings

SESSION_COOKIE = "policy_staff"
SESSION_MAX_AGE = 12 * 3600


def _configured(value: str | None) -> bool:
    return bool(value) and value != PLACEHOLDER


def token_ok(given: str | None, settings: Settings) -> bool:
    if not (given and _configured(settings.staff_token)):
        return False
    return hmac.compare_digest(given.encode(), settings.staff_token.encode())


def _fingerprint(settings: Settings) -> str:
    return hashlib.sha256(f"staff-session|{settings.staff_token}".encode()).hexdigest()[:16]


def session_serializer(settings: Settings) -> URLSafeTimedSerializer:
    # Without a session secret of its own, the key is derived from the staff token: never from
    # the public placeholder.
    key = settings.session_secret if _configured(settings.session_secret) else \
        hashlib.sha256(f"session-key|{settings.staff_token}".encode()).hexdigest()
    return URLSafeTimedSerializer(key, salt="staff")


def session_cookie(settings: Settings) -> str:
    return session_serializer(settings).dumps({"staff": True, "t": _fingerprint(settings)})


def _session_ok(request: Request, settings: Settings) -> bool:
    raw = request.cookies.get(SESSION_COOKIE)
    if not raw or not _configured(settings.staff_token):
        return False
    try:
        data = session_serializer(settings).loads(raw, max_age=SESSION_MAX_AGE)
    except BadSignature:
        return False
    return isinstance(data, dict) and hmac.compare_digest(str(data.get("t", "")), _fingerprint(settings))


def _bearer_throttled(request: Request, bearer: str | None, settings: Settings) -> bool:
    """Wrong Bearer tokens count against the address like wrong console logins (the same
    throttle): a script cannot guess the token over the API faster than through the form. While
    locked out even the right token is refused, so a guess never learns it was right."""
    throttle = getattr(request.app.state, "login_throttle", None)
    if not bearer or throttle is None:
        return False
    address = client_address(request, settings)
    wait = throttle.retry_after(address)
    if wait:
        raise HTTPException(status_code=429, detail=f"尝试次数过多，请{(wait + 59) // 60}分钟后再试",
                            headers={"Retry-After": str(wait)})
    if token_ok(bearer, settings):
        return False
    throttle.failed(address)
    return True


SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


def same_origin(request: Request, settings: Settings) -> bool:
    """A browser's state-changing request came from our own pages. Browsers say where a request
    comes from (Sec-Fetch-Site; Origin on every POST); a client that sends neither is not a
    browser carrying someone's cookie without them knowing, and is let through."""
    site = request.headers.get("sec-fetch-site")
    if site is not None:
        return site in ("same-origin", "none")
    origin = request.headers.get("origin")
    if origin is None:
        return True
    allowed = {f"{request.url.scheme}://{request.headers.get('host', '')}"}
    if settings.public_base_url:
        allowed.add(settings.public_origin())
    return origin in allowed


def require_staff(request: Request, settings: Annotated[Settings, Depends(get_settings)]) -> str:
    header = request.headers.get("authorization", "")
    bearer = header[7:].strip() if header.lower().startswith("bearer ") else None
    wrong_bearer = _bearer_throttled(request, bearer, settings)
    if bearer and not wrong_bearer:
        return "staff"
    if _session_ok(request, settings):
        # The cookie rides along on any request the browser makes: a change must come from our pages.
        if request.method not in SAFE_METHODS and not same_origin(request, settings):
            raise HTTPException(status_code=403, detail="拒绝跨站请求：请在坐席台页面内操作")
        return "staff"
    raise HTTPException(status_code=401, detail="需要工作人员登录（staff token）",
                        headers={"WWW-Authenticate": "Bearer"})


StaffDep = Annotated[str, Depends(require_staff)]
