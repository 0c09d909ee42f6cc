"""Request metrics (REQUESTS, LATENCY) as a pure ASGI middleware.

The route label is the matched route's template ("/api/v1/clauses/{clause_id}"), never the raw
path: one label value per endpoint, so a scanner probing random URLs cannot grow the registry.
"""

from __future__ import annotations

import time

from api.metrics import LATENCY, REQUESTS

UNMATCHED = "<unmatched>"


class MetricsMiddleware:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status = {"code": 500}  # an exception before the response starts is a 500

        async def send_wrapper(message):
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            # Starlette's router writes the matched route into the (shared) scope.
            route = getattr(scope.get("route"), "path", None) or UNMATCHED
            REQUESTS.labels(method=scope.get("method", ""), route=route, status=str(status["code"])).inc()
            LATENCY.labels(route=route).observe(time.perf_counter() - start)
