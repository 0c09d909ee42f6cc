"""The load tool (benchmarks/load.py) against a stack it starts itself: one tiny step of every
traffic kind, and the JSON and PNG it writes. Nothing here is timed: the figures are the tool's
business; the test checks that it runs, that its output is well formed, and that WeChat's ledger
balanced (no message lost or answered twice at one client)."""

from __future__ import annotations

import json

import pytest

from benchmarks import load
from tests.isolated_loop import run_isolated

pytestmark = [pytest.mark.slow, pytest.mark.live]


def test_one_tiny_step_writes_json_and_plot(tmp_path):
    out = tmp_path / "load"
    run_isolated(
        load.main,
        [
            "--concurrency", "1",
            "--step-seconds", "4",
            "--warmup-seconds", "1",
            "--turns", "2",
            "--mix", "chat=1,wechat=1,search=1,eligibility=1",
            "--out", str(out),
        ]
    )  # fmt: skip
    result = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    (run,) = result["runs"]
    (step,) = run["steps"]
    assert step["concurrency"] == 1
    assert step["kinds"], "no request completed in the step"
    for kind, stats in step["kinds"].items():
        assert kind in load.KINDS
        assert stats["errors"] == 0, (kind, stats)
        assert stats["n"] >= 1 and stats["p50_ms"] <= stats["p95_ms"] <= stats["p99_ms"]
    ledger = run["wechat"]
    assert ledger["lost"] == 0 and ledger["answered_twice"] == 0 and ledger["bad_replies"] == 0
    assert ledger["passive"] + ledger["customer_service_messages"] == ledger["messages"]
    assert out.with_suffix(".png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
