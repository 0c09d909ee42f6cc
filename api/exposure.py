"""/docs (with /openapi.json) and /metrics: open, behind the staff login, or off.

In development both are open. In production the default is the staff token (Bearer, or the
console's session cookie — /docs then works in the same browser after a console login); set
POLICY_DOCS_ACCESS / POLICY_METRICS_ACCESS to "open" (e.g. Prometheus on a private network
without a token), "staff" or "off" (404, as if there were nothing).
"""

from __future__ import annotations

from fastapi import HTTPException, Request
from fastapi.responses import JSONResponse

from api.auth import require_staff
from api.deps import db_engine
from api.settings import get_settings

DOCS_PATHS = ("/docs", "/redoc", "/openapi.json", "/static-offline-docs")
METRICS_PATHS = ("/metrics",)


class ExposureMiddleware:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            refusal = _refusal(scope)
            if refusal is not None:
                await refusal(scope, receive, send)
                return
        await self.app(scope, receive, send)


def _refusal(scope) -> JSONResponse | None:
    path = scope.get("path", "")
    if path.startswith(DOCS_PATHS):
        mode = get_settings().docs_mode()
    elif path.startswith(METRICS_PATHS):
        mode = get_settings().metrics_mode()
    else:
        return None
    if mode == "off":
        return JSONResponse({"detail": "Not Found"}, status_code=404)
    if mode == "staff":
        try:
            require_staff(Request(scope), get_settings(), db_engine())
        except HTTPException as exc:
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
    return None
