"""FastAPI application: main only assembles routers (one router per resource)."""
from fastapi import FastAPI


def create_app() -> FastAPI:
    app = FastAPI(title="就业政策智能助手 API", version="0.1.0")
    # One include per resource router (api/routers/<resource>.py exposes `router`).
    return app


app = create_app()
