"""Eligibility engine benchmark: time to evaluate ALL rules for one profile (target < 5 ms),
and whether repeated runs give byte-identical output.

    .venv/bin/python benchmarks/eligibility_bench.py [--repeat N]

Profiles are the ones the YAML cases use (every rule's real inputs) plus an empty profile.
Prints figures; it asserts nothing about speed (machines differ), only exits 1 when two runs of
the same profile differ, since determinism is a property, not a measurement.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from knowledge.eligibility.cases import load_cases  # noqa: E402
from knowledge.eligibility.engine import default_engine  # noqa: E402


def _digest(result: dict) -> str:
    return hashlib.sha256(json.dumps(result, ensure_ascii=False, sort_keys=False).encode()).hexdigest()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="evaluations per profile (default 20)")
    args = parser.parse_args()

    t0 = time.perf_counter()
    engine = default_engine()
    load_ms = (time.perf_counter() - t0) * 1000
    inputs = [({}, "2020-07-15")] + [(c.profile, c.as_of) for c in load_cases()]
    for profile, as_of in inputs[:20]:  # warm caches (vocabulary, regions) before timing
        engine.evaluate(profile, as_of)

    timings: list[float] = []
    unstable = 0
    for profile, as_of in inputs:
        first = _digest(engine.evaluate(profile, as_of))
        for _ in range(args.repeat):
            start = time.perf_counter()
            result = engine.evaluate(profile, as_of)
            timings.append((time.perf_counter() - start) * 1000)
        unstable += _digest(result) != first

    timings.sort()
    p = lambda q: timings[min(len(timings) - 1, int(q * len(timings)))]  # noqa: E731
    print(f"rules: {len(engine.rules)}  profiles: {len(inputs)}  evaluations: {len(timings)}")
    print(f"engine load (rules + records + verification): {load_ms:.0f} ms")
    print(
        f"per profile, all rules: mean {statistics.fmean(timings):.2f} ms  p50 {p(0.5):.2f} ms  "
        f"p95 {p(0.95):.2f} ms  max {timings[-1]:.2f} ms  (target < 5 ms)"
    )
    print(f"deterministic: {'yes' if not unstable else f'NO ({unstable} profiles differ between runs)'}")
    return 1 if unstable else 0


if __name__ == "__main__":
    raise SystemExit(main())
