"""FastAPI application: main only assembles routers (one router per resource)."""
from contextlib import asynccontextmanager

from fastapi import FastAPI

from api import redact
from api.deps import chat_service
from api.routers import chat, eligibility, handoffs, search
from api.settings import get_settings


@asynccontextmanager
async def lifespan(_app: FastAPI):
    get_settings().check_secrets()  # refuse placeholder secrets outside development
    redact.install()
    yield
    await chat_service().close()


def create_app() -> FastAPI:
    app = FastAPI(title="就业政策智能助手 API", version="0.1.0", lifespan=lifespan)
    # One include per resource router (api/routers/<resource>.py exposes `router`).
    app.include_router(search.router)
    app.include_router(eligibility.router)
    app.include_router(chat.router)
    app.include_router(handoffs.router)
    return app


app = create_app()
