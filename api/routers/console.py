"""The hotline console page: GET /console, its assets, POST /console/login and /console/logout.

Every route answers 401 without a valid staff token or session. GET /console without one answers
401 *with the login form as its body*, so a browser shows the form while a client (or a test)
sees the refusal. The login exchanges POLICY_STAFF_TOKEN for a signed session cookie (HttpOnly,
SameSite=Strict: a cross-site form cannot ride on it), which api.auth.require_staff accepts.
Repeated wrong tokens from one address are refused for a while (api/login_throttle.py).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated
from urllib.parse import parse_qs

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response

from api.auth import SESSION_COOKIE, SESSION_MAX_AGE, StaffDep, require_staff, session_cookie, token_ok
from api.clients import client_address
from api.deps import SettingsDep
from api.security_headers import new_nonce, page_csp
from api.settings import Settings, get_settings

router = APIRouter(tags=["console"], include_in_schema=False)

STATIC = Path(__file__).resolve().parent.parent / "static" / "console"
ASSETS = {"console.css": "text/css", "console.js": "text/javascript", "search.js": "text/javascript",
          "views.js": "text/javascript", "calc.js": "text/javascript", "handoffs.js": "text/javascript"}
NO_STORE = {"Cache-Control": "no-store"}  # staff pages must not linger in a shared browser's cache


def _is_staff(request: Request, settings: Settings) -> bool:
    try:
        require_staff(request, settings)
        return True
    except HTTPException:
        return False


def _page_headers() -> tuple[str, dict]:
    """A fresh nonce and the headers of a console page: never cached, never framed."""
    nonce = new_nonce()
    return nonce, {**NO_STORE, "Content-Security-Policy": page_csp(nonce, "'none'")}


def _login_page(message: str = "", status: int = 401) -> HTMLResponse:
    nonce, headers = _page_headers()
    html = (STATIC / "login.html").read_text(encoding="utf-8").replace("<style>", f'<style nonce="{nonce}">')
    note = f'<p class="error" role="alert">{message}</p>' if message else ""
    return HTMLResponse(html.replace("<!--message-->", note), status_code=status,
                        headers={**headers, "WWW-Authenticate": "Bearer"})


@router.get("/console", response_class=HTMLResponse)
def console_page(request: Request, settings: SettingsDep) -> Response:
    if not _is_staff(request, settings):
        return _login_page()
    return HTMLResponse((STATIC / "console.html").read_text(encoding="utf-8"), headers=_page_headers()[1])


@router.get("/console/assets/{name}")
def console_asset(name: str, _: StaffDep) -> FileResponse:
    if name not in ASSETS:  # a fixed list: no path from the request reaches the file system
        raise HTTPException(status_code=404, detail="没有这个文件")
    return FileResponse(STATIC / name, media_type=ASSETS[name], headers=NO_STORE)


async def _posted_token(request: Request) -> str:
    """The token from a urlencoded form or a JSON body. Parsed here because FastAPI's Form()
    needs python-multipart, which the project does not depend on for one field."""
    body = (await request.body())[:4096]
    if request.headers.get("content-type", "").startswith("application/json"):
        try:
            value = json.loads(body or b"{}").get("token", "")
        except (ValueError, AttributeError):
            return ""
        return value if isinstance(value, str) else ""
    return (parse_qs(body.decode("utf-8", "replace")).get("token") or [""])[0]


@router.post("/console/login")
async def login(request: Request, settings: Annotated[Settings, Depends(get_settings)]) -> Response:
    throttle = request.app.state.login_throttle
    address = client_address(request, settings)
    wait = throttle.retry_after(address)
    if wait:
        page = _login_page(f"尝试次数过多，请{(wait + 59) // 60}分钟后再试。", status=429)
        page.headers["Retry-After"] = str(wait)
        return page
    token = (await _posted_token(request)).strip()
    if not token_ok(token, settings):
        if token:  # an empty form guesses nothing
            throttle.failed(address)
        return _login_page("令牌不正确，请重新输入。")
    throttle.succeeded(address)
    cookie = session_cookie(settings)
    response = RedirectResponse("/console", status_code=303)
    response.set_cookie(SESSION_COOKIE, cookie, max_age=SESSION_MAX_AGE, httponly=True, samesite="strict",
                        secure=request.url.scheme == "https" or settings.env == "production", path="/")
    return response


@router.post("/console/logout")
def logout(_: StaffDep) -> Response:
    response = RedirectResponse("/console", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="strict")
    return response
