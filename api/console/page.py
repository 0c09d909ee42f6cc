"""The hotline console page: GET /console, its assets, POST /console/login and /console/logout,
and GET /api/v1/console/me (who is logged in, for the page's header and the supervisor's tab).

Every route answers 401 without a valid staff token or session. GET /console without one answers
401 *with the login form as its body*, so a browser shows the form while a client (or a test)
sees the refusal. The login takes an account's username and password (api/store/staff.py), or,
with the username left empty, POLICY_STAFF_TOKEN (the bootstrap admin; a posted `token` field
works too). It opens a server-side session and sets a signed cookie naming it (HttpOnly,
SameSite=Strict: a cross-site form cannot ride on it). Logout revokes the session on the server.
Repeated wrong passwords from one address are refused for a while (api/console/login_throttle.py).
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import parse_qs

from fastapi import APIRouter, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response

from answers.contact import HOTLINE
from api.auth import SESSION_COOKIE, SESSION_MAX_AGE, StaffDep, current_staff, session_cookie, session_id
from api.clients import client_address
from api.deps import DbDep, SettingsDep
from api.security_headers import new_nonce, page_csp
from api.services import staff_login

router = APIRouter(tags=["console"], include_in_schema=False)

STATIC = Path(__file__).resolve().parent / "static"
ASSETS = {
    "console.css": "text/css",
    "console.js": "text/javascript",
    "search.js": "text/javascript",
    "views.js": "text/javascript",
    "calc.js": "text/javascript",
    "handoffs.js": "text/javascript",
    "report.js": "text/javascript",
}
NO_STORE = {"Cache-Control": "no-store"}  # staff pages must not linger in a shared browser's cache


def _read(page: str) -> str:
    """A console page with the hotline's number from the one place it is written (answers/contact.py)."""
    return (STATIC / page).read_text(encoding="utf-8").replace("{{HOTLINE}}", HOTLINE)


def _page_headers() -> tuple[str, dict]:
    """A fresh nonce and the headers of a console page: never cached, never framed."""
    nonce = new_nonce()
    return nonce, {**NO_STORE, "Content-Security-Policy": page_csp(nonce, "'none'")}


def _login_page(message: str = "", status: int = 401) -> HTMLResponse:
    nonce, headers = _page_headers()
    html = _read("login.html").replace("<style>", f'<style nonce="{nonce}">')
    note = f'<p class="error" role="alert">{message}</p>' if message else ""
    return HTMLResponse(
        html.replace("<!--message-->", note), status_code=status, headers={**headers, "WWW-Authenticate": "Bearer"}
    )


@router.get("/console", response_class=HTMLResponse)
def console_page(request: Request, settings: SettingsDep, engine: DbDep) -> Response:
    if current_staff(request, settings, engine) is None:
        return _login_page()
    return HTMLResponse(_read("console.html"), headers=_page_headers()[1])


@router.get("/console/assets/{name}")
def console_asset(name: str, _: StaffDep) -> FileResponse:
    if name not in ASSETS:  # a fixed list: no path from the request reaches the file system
        raise HTTPException(status_code=404, detail="没有这个文件")
    return FileResponse(STATIC / name, media_type=ASSETS[name], headers=NO_STORE)


@router.get("/api/v1/console/me")
def me(who: StaffDep) -> dict:
    return {
        "username": who.username,
        "display_name": who.display_name,
        "role": who.role,
        "role_label": staff_login.ROLE_WORDS.get(who.role, who.role),
        "supervises": who.supervises,
    }


async def _posted(request: Request) -> dict[str, str]:
    """username / password / token from a urlencoded form or a JSON body. Parsed here because
    FastAPI's Form() needs python-multipart, which the project does not depend on for two fields."""
    body = (await request.body())[:4096]
    if request.headers.get("content-type", "").startswith("application/json"):
        try:
            data = json.loads(body or b"{}")
        except ValueError:
            return {}
        return {k: v for k, v in data.items() if isinstance(v, str)} if isinstance(data, dict) else {}
    return {k: v[0] for k, v in parse_qs(body.decode("utf-8", "replace")).items()}


@router.post("/console/login")
async def login(request: Request, settings: SettingsDep, engine: DbDep) -> Response:
    throttle = request.app.state.login_throttle
    address = client_address(request, settings)
    wait = throttle.retry_after(address)
    if wait:
        page = _login_page(f"尝试次数过多，请{(wait + 59) // 60}分钟后再试。", status=429)
        page.headers["Retry-After"] = str(wait)
        return page
    form = await _posted(request)
    username = form.get("username", "").strip()
    secret = (form.get("password") or form.get("token") or "").strip()
    who = await run_in_threadpool(staff_login.who_logs_in, engine, settings, username, secret)
    if who is None:
        if secret:  # an empty form guesses nothing
            throttle.failed(address)
        return _login_page("用户名或密码不正确，请重新输入。" if username else "令牌不正确，请重新输入。")
    throttle.succeeded(address)
    cookie = await run_in_threadpool(session_cookie, settings, engine, *who)
    response = RedirectResponse("/console", status_code=303)
    response.set_cookie(
        SESSION_COOKIE,
        cookie,
        max_age=SESSION_MAX_AGE,
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https" or settings.env == "production",
        path="/",
    )
    return response


@router.post("/console/logout")
def logout(request: Request, _: StaffDep, settings: SettingsDep, engine: DbDep) -> Response:
    sid = session_id(request, settings)
    if sid:  # revoked on the server: a copy of the cookie is worthless from now on
        staff_login.log_out(engine, sid)
    response = RedirectResponse("/console", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="strict")
    return response
