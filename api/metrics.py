"""Prometheus metrics of the API process, and GET /metrics that exposes them (requests, latency
histograms, chat fallbacks, feedback)."""

from fastapi import APIRouter, Response
from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, Counter, Histogram, generate_latest

router = APIRouter(tags=["metrics"])

REQUESTS = Counter("policy_http_requests_total", "HTTP requests", ["method", "route", "status"])
LATENCY = Histogram(
    "policy_http_request_seconds",
    "HTTP request latency",
    ["route"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
CHAT_FALLBACKS = Counter(
    "policy_chat_fallbacks_total", "Chat turns answered from search because the dialogue service was down"
)
FEEDBACK = Counter("policy_feedback_total", "Feedback on answers", ["rating"])


@router.get("/metrics", include_in_schema=False)
def metrics() -> Response:
    return Response(generate_latest(REGISTRY), media_type=CONTENT_TYPE_LATEST)
