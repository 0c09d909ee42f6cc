"""Staff access: personal accounts (agent, supervisor) and the bootstrap token.

A request is staff when it carries POLICY_STAFF_TOKEN as `Authorization: Bearer …` (API clients,
admin scripts, tests: role "admin") or a session cookie issued by the console login
(api/console/page.py). The cookie is signed and holds a random session id; the session itself
lives in the database (api/store/staff.py), so logging out, disabling an account or resetting its
password ends it on the server and a copied cookie stops working.

Placeholder secrets never grant access, in any environment: a deployment that forgot
POLICY_ENV=production must not be open to anyone who read this code. The cookie also carries a
fingerprint of the current token, so changing the token ends every session.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlalchemy import Engine

from api.clients import client_address
from api.deps import db_engine
from api.settings import PLACEHOLDER, Settings, get_settings
from api.store import staff as accounts

SESSION_COOKIE = "policy_staff"
SESSION_MAX_AGE = 12 * 3600
SUPERVISING = {"supervisor", accounts.ADMIN}


@dataclass(frozen=True)
class Staff:
    username: str
    role: str  # agent | supervisor | admin (the token)
    display_name: str

    @property
    def supervises(self) -> bool:
        return self.role in SUPERVISING


ADMIN_STAFF = Staff(accounts.ADMIN, accounts.ADMIN, "管理员")


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
    key = (
        settings.session_secret
        if _configured(settings.session_secret)
        else hashlib.sha256(f"session-key|{settings.staff_token}".encode()).hexdigest()
    )
    return URLSafeTimedSerializer(key, salt="staff")


def session_cookie(settings: Settings, engine: Engine, username: str, role: str) -> str:
    """Open a server-side session and return the signed cookie value that names it."""
    sid = accounts.create_session(engine, username, role, SESSION_MAX_AGE)
    return session_serializer(settings).dumps({"sid": sid, "t": _fingerprint(settings)})


def session_id(request: Request, settings: Settings) -> str | None:
    """The session id in a validly signed cookie made under the current token, else None."""
    raw = request.cookies.get(SESSION_COOKIE)
    if not raw or not _configured(settings.staff_token):
        return None
    try:
        data = session_serializer(settings).loads(raw, max_age=SESSION_MAX_AGE)
    except BadSignature:
        return None
    if not (
        isinstance(data, dict)
        and isinstance(data.get("sid"), str)
        and hmac.compare_digest(str(data.get("t", "")), _fingerprint(settings))
    ):
        return None
    return data["sid"]


def current_staff(request: Request, settings: Settings, engine: Engine) -> Staff | None:
    header = request.headers.get("authorization", "")
    bearer = header[7:].strip() if header.lower().startswith("bearer ") else None
    if token_ok(bearer, settings):
        return ADMIN_STAFF
    sid = session_id(request, settings)
    user = accounts.session_user(engine, sid) if sid else None
    return Staff(user["username"], user["role"], user["display_name"]) if user else None


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
        raise HTTPException(
            status_code=429, detail=f"尝试次数过多，请{(wait + 59) // 60}分钟后再试", headers={"Retry-After": str(wait)}
        )
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


def require_staff(
    request: Request,
    settings: Annotated[Settings, Depends(get_settings)],
    engine: Annotated[Engine, Depends(db_engine)],
) -> Staff:
    header = request.headers.get("authorization", "")
    bearer = header[7:].strip() if header.lower().startswith("bearer ") else None
    wrong_bearer = _bearer_throttled(request, bearer, settings)
    if bearer and not wrong_bearer:
        return ADMIN_STAFF
    sid = session_id(request, settings)
    user = accounts.session_user(engine, sid) if sid else None
    if user:
        # The cookie rides along on any request the browser makes: a change must come from our pages.
        if request.method not in SAFE_METHODS and not same_origin(request, settings):
            raise HTTPException(status_code=403, detail="拒绝跨站请求：请在坐席台页面内操作")
        return Staff(user["username"], user["role"], user["display_name"])
    raise HTTPException(
        status_code=401, detail="需要工作人员登录（账号或 staff token）", headers={"WWW-Authenticate": "Bearer"}
    )


def require_supervisor(who: Annotated[Staff, Depends(require_staff)]) -> Staff:
    if not who.supervises:
        raise HTTPException(status_code=403, detail="仅班长（supervisor）可查看")
    return who


StaffDep = Annotated[Staff, Depends(require_staff)]
SupervisorDep = Annotated[Staff, Depends(require_supervisor)]
