"""Security headers on every response, as a pure ASGI middleware.

Every response: `X-Content-Type-Options: nosniff`, `Referrer-Policy: same-origin` (a page's
address — a search question in it — does not travel to other sites) and a Content-Security-Policy.
API answers (JSON) get the strictest policy there is; the HTML pages set their own, with a fresh
nonce for their inline <style> (api/web/pages.py, console.py), which the widget passes on to
the <style> it injects. `frame-ancestors`: the console never framed; the demo page only by itself.
The Swagger page (/docs) runs inline script of its own: it gets no script policy, only the framing
rule — and it can be closed or put behind the staff login (api/exposure.py).
"""

from __future__ import annotations

import secrets

API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
DOCS_PREFIXES = ("/docs", "/redoc", "/static-offline-docs")


def new_nonce() -> str:
    return secrets.token_urlsafe(16)


def page_csp(nonce: str, frame_ancestors: str) -> str:
    """For our HTML pages: scripts only from us (no inline script at all), styles from us or
    carrying this response's nonce, API calls only to us."""
    return (
        "default-src 'self'; script-src 'self'; "
        f"style-src 'self' 'nonce-{nonce}'; img-src 'self' data:; connect-src 'self'; "
        f"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors {frame_ancestors}"
    )


class SecurityHeadersMiddleware:
    def __init__(self, app, hsts: bool = False):
        self.app, self.hsts = app, hsts

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                have = {k.lower() for k, _ in headers}
                extra = {b"x-content-type-options": b"nosniff", b"referrer-policy": b"same-origin"}
                if path.startswith(DOCS_PREFIXES):
                    extra[b"content-security-policy"] = b"frame-ancestors 'none'"
                else:
                    extra[b"content-security-policy"] = API_CSP.encode()
                extra[b"x-frame-options"] = b"SAMEORIGIN" if path == "/" else b"DENY"
                if self.hsts:
                    extra[b"strict-transport-security"] = b"max-age=31536000"
                headers += [(k, v) for k, v in extra.items() if k not in have]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)
