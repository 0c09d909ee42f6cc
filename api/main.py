"""FastAPI application: main only assembles routers (one router per resource)."""
from fastapi import FastAPI

from api.routers import eligibility, search


def create_app() -> FastAPI:
    app = FastAPI(title="就业政策智能助手 API", version="0.1.0")
    # One include per resource router (api/routers/<resource>.py exposes `router`).
    app.include_router(search.router)
    app.include_router(eligibility.router)
    return app


app = create_app()
