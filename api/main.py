"""FastAPI application: main only assembles the rooms' routers (api/web, api/console, api/wechat),
the middleware and the shared state."""

from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.concurrency import run_in_threadpool
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.trustedhost import TrustedHostMiddleware
from fastapi_offline import FastAPIOffline

from api import admin_builds, errors, health, metrics, redact
from api.console import audit, calc, clause, compare, handoffs, page, report
from api.console import search as console_search
from api.console.login_throttle import LoginThrottle
from api.deps import chat_service, db_engine
from api.exposure import ExposureMiddleware
from api.loop_lag import LoopLag
from api.middleware import MetricsMiddleware
from api.rate_limits import RateLimits
from api.security_headers import SecurityHeadersMiddleware
from api.settings import get_settings
from api.shared_state import store_for
from api.web import chat, clauses, documents, eligibility, feedback, pages, search
from api.wechat import router as wechat_router


@asynccontextmanager
async def lifespan(app: FastAPI):
    get_settings().check_secrets()  # refuse placeholder secrets outside development
    redact.install()
    admin_builds.start()  # the published knowledge build; SIGHUP switches to a newer one
    # The schema is upgraded here, before the first request is served (never by a request); if the
    # database is down now, /readyz says so, chat answers without it and the upgrade is retried.
    await run_in_threadpool(db_engine)
    # WeChat's 5-second window is counted from a request's arrival, the loop's lag included; one per
    # app (each app, e.g. each test client, runs on a loop of its own)
    app.state.loop_lag = LoopLag()
    app.state.loop_lag.start()
    yield
    await app.state.loop_lag.stop()
    await chat_service().close()


def create_app() -> FastAPI:
    # FastAPIOffline serves /docs assets from the package: no CDN (government intranets, this machine).
    app = FastAPIOffline(title="就业政策智能助手 API", version="0.1.0", lifespan=lifespan)
    # No "/console/" → "http://<Host>/console" redirects: their absolute URL is built from the Host header.
    app.router.redirect_slashes = False
    # The three rooms (web: the public API and the widget; console: the hotline's staff pages;
    # wechat: the Official Account callback) and the process's own health and metrics. The order
    # is the one /openapi.json has always listed.
    for module in (
        search,
        eligibility,
        chat,
        handoffs,
        documents,
        clauses,
        feedback,
        health,
        metrics,
        pages,
        wechat_router,
        page,
        console_search,
        clause,
        compare,
        calc,
        audit,
        report,
        admin_builds,  # POST /api/v1/admin/reload
    ):
        app.include_router(module.router)
    # Per app: console logins guessed per address, chat and search per address. In this process's
    # memory, or in Redis (POLICY_REDIS_URL) so that every API process counts together.
    store = store_for(get_settings().redis_url)
    app.state.login_throttle = LoginThrottle(store=store)
    app.state.rate_limits = RateLimits.from_settings(get_settings(), store)
    errors.install(app)  # 422s in Chinese, naming the field
    # Sites that embed the widget (settings allow-list); the demo page is same-origin.
    app.add_middleware(
        CORSMiddleware,
        allow_origins=get_settings().cors_list(),
        allow_methods=["GET", "POST"],
        allow_headers=["Content-Type"],
        max_age=600,
    )
    app.add_middleware(admin_builds.BuildPerRequest)  # each request on the build newest when it arrived
    app.add_middleware(ExposureMiddleware)  # /docs and /metrics: open, staff-only or off
    app.add_middleware(MetricsMiddleware)
    settings = get_settings()
    app.add_middleware(SecurityHeadersMiddleware, hsts=(settings.public_base_url or "").startswith("https://"))
    if get_settings().allowed_host_list() != ["*"]:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=get_settings().allowed_host_list())
    return app


app = create_app()
