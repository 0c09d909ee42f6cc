"""WeChat's clock, measured (the tests assert what WeChat and the person get, not how long it took).

    HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/wechat_timing.py [--rounds 10]

Starts the API under uvicorn with the WeChat settings, a fake Rasa that is down for ordinary
questions (the real cited search fallback answers) and slow (6 s) for "慢" messages, and a fake
customer-service API — the fixtures of tests/api/wechat/conftest.py — then prints, per kind:
  - passive:  a cited search answer replied passively (WeChat waits 5 s; our window is 4 s);
  - slow:     a message the dialogue answers in 6 s: time to the "success" reply (≈ the 4 s window)
              and to the customer-service message;
  - entities: an XXE and a billion-laughs body, refused with 400 (nothing expanded).
Writes benchmarks/results/wechat_timing.json.
"""

from __future__ import annotations

import argparse
import json
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.api.wechat.conftest import FakeApi, Peer, RasaHandler, _Fake, serve_wechat_app  # noqa: E402
from tests.api.wechat.test_wechat_protocol import LAUGHS, XXE  # noqa: E402


def timed(fn) -> tuple[float, object]:
    start = time.monotonic()
    out = fn()
    return time.monotonic() - start, out


def summary(values: list[float]) -> dict:
    ordered = sorted(values)
    return {
        "n": len(values),
        "p50_s": round(statistics.median(ordered), 3),
        "p95_s": round(ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))], 3),
        "max_s": round(ordered[-1], 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    rasa, api = _Fake(RasaHandler), FakeApi()
    out: dict = {}
    try:
        with tempfile.TemporaryDirectory() as work, serve_wechat_app(Path(work), rasa.url, api.url) as (url, _):
            peer = Peer(url)
            passive = []
            for i in range(args.rounds):
                openid = f"obench{i:04d}{secrets.token_hex(4)}"
                seconds, reply = timed(lambda openid=openid: peer.say(openid, "企业招用失业人员有什么补贴"))
                assert reply, "no passive reply"
                passive.append(seconds)
            out["passive"] = summary(passive)
            success, delivered = [], []
            for i in range(max(2, args.rounds // 4)):
                openid = f"oslow{i:04d}{secrets.token_hex(4)}"
                start = time.monotonic()
                reply = peer.say(openid, "慢慢说")
                success.append(time.monotonic() - start)
                assert reply is None and api.wait_for(openid, timeout=30), "the slow answer was not delivered"
                delivered.append(time.monotonic() - start)
            out["slow_success_reply"] = summary(success)
            out["slow_customer_service_message"] = summary(delivered)
            refused = []
            for payload in [XXE, LAUGHS] * max(1, args.rounds // 2):
                seconds, r = timed(lambda payload=payload: peer.post(payload))
                assert r.status_code == 400
                refused.append(seconds)
            out["entity_payload_refused"] = summary(refused)
    finally:
        rasa.shutdown()
        api.shutdown()
    for kind, figures in out.items():
        print(
            f"{kind:32s} n={figures['n']:3d}  p50 {figures['p50_s']:.3f} s  p95 {figures['p95_s']:.3f} s  max {figures['max_s']:.3f} s"
        )
    print("WeChat drops a reply after 5 s: passive answers and the slow path's success reply must stay under it.")
    (ROOT / "benchmarks" / "results" / "wechat_timing.json").write_text(json.dumps(out, indent=2) + "\n")


if __name__ == "__main__":
    main()
