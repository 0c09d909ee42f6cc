"""Prometheus metrics of the API process (exposed at /metrics)."""

from prometheus_client import Counter, Histogram

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
