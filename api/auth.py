"""Staff access: the console and admin endpoints need POLICY_STAFF_TOKEN.

A request is staff when it carries the token as `Authorization: Bearer …` (API clients, tests)
or holds a signed session cookie issued by the console login (api/routers/console.py).
Comparison is constant-time; the token never appears in a log or an error.
"""
from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, HTTPException, Request

from api.settings import Settings, get_settings

SESSION_COOKIE = "policy_staff"


def token_ok(given: str | None, settings: Settings) -> bool:
    return bool(given) and hmac.compare_digest(given.encode(), settings.staff_token.encode())


def _session_ok(request: Request, settings: Settings) -> bool:
    raw = request.cookies.get(SESSION_COOKIE)
    if not raw:
        return False
    from itsdangerous import BadSignature, URLSafeTimedSerializer

    try:
        URLSafeTimedSerializer(settings.session_secret, salt="staff").loads(raw, max_age=12 * 3600)
        return True
    except BadSignature:
        return False


def require_staff(request: Request, settings: Annotated[Settings, Depends(get_settings)]) -> str:
    header = request.headers.get("authorization", "")
    bearer = header[7:].strip() if header.lower().startswith("bearer ") else None
    if token_ok(bearer, settings) or _session_ok(request, settings):
        return "staff"
    raise HTTPException(status_code=401, detail="需要工作人员登录（staff token）",
                        headers={"WWW-Authenticate": "Bearer"})


StaffDep = Annotated[str, Depends(require_staff)]
