"""Calibrates search abstention (retrieval/abstain.py) on labelled answerable and unanswerable
questions (benchmarks/data/abstain_labelled.jsonl, written for this purpose and kept apart from
the retrieval evaluation set) and prints precision/recall per threshold.

"Positive" = the search shows results (does not abstain). Precision: share of shown questions
that the knowledge base answers; recall: share of answerable questions shown; abstained: share
of unanswerable questions refused. The set is split in two halves (alternate rows within each
label): the threshold is chosen on `dev` (best F1, ties to the lower threshold) and reported on
`test` as well, so the figure is not only the fit.

    PYTHONPATH=. HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/abstain_eval.py [--out benchmarks/results/abstain_eval.txt]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from retrieval.abstain import THRESHOLD, judge
from retrieval.models import make_request
from retrieval.search import get_searcher

DATA = Path(__file__).with_name("data") / "abstain_labelled.jsonl"
THRESHOLDS = [round(0.30 + 0.025 * i, 3) for i in range(21)]  # 0.300 … 0.800


def load() -> list[dict]:
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    seen = {True: 0, False: 0}
    for r in rows:
        r["split"] = "dev" if seen[r["answerable"]] % 2 == 0 else "test"
        seen[r["answerable"]] += 1
    return rows


def scores(rows: list[dict]) -> None:
    searcher = get_searcher().warm()
    for r in rows:
        resp = searcher.search(make_request(r["q"], top_k=1)).model_dump()
        hits = resp["results"]
        r["rel"] = judge(searcher, r["q"], hits[0] if hits else None, resp["expanded_terms"])


def prf(rows: list[dict], t: float) -> tuple[float, float, float, float]:
    shown = [r for r in rows if r["rel"].score >= t]
    tp = sum(r["answerable"] for r in shown)
    pos = sum(r["answerable"] for r in rows)
    neg = len(rows) - pos
    p = tp / len(shown) if shown else 1.0
    rec = tp / pos if pos else 1.0
    f1 = 2 * p * rec / (p + rec) if p + rec else 0.0
    abstained = sum(1 for r in rows if not r["answerable"] and r["rel"].score < t) / neg if neg else 1.0
    return p, rec, f1, abstained


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args()
    rows = load()
    scores(rows)
    dev = [r for r in rows if r["split"] == "dev"]
    test = [r for r in rows if r["split"] == "test"]
    best = max(THRESHOLDS, key=lambda t: (round(prf(dev, t)[2], 6), -t))
    lines = [
        f"abstention calibration: {len(rows)} questions ({sum(r['answerable'] for r in rows)} answerable, "
        f"{sum(not r['answerable'] for r in rows)} unanswerable); dev {len(dev)}, test {len(test)}",
        "relevance = mean(coverage of the question's content words in the best clause, best dense cosine)",
        "",
        f"{'threshold':>9} | {'dev P':>6} {'dev R':>6} {'dev F1':>6} {'dev abst':>8} | "
        f"{'test P':>6} {'test R':>6} {'test F1':>7} {'test abst':>9} | {'all P':>6} {'all R':>6} {'all abst':>8}",
    ]
    for t in THRESHOLDS:
        d, s, a = prf(dev, t), prf(test, t), prf(rows, t)
        mark = " <- best dev F1" if t == best else (" <- in use" if t == THRESHOLD else "")
        if t == best and t == THRESHOLD:
            mark = " <- best dev F1, in use"
        lines.append(
            f"{t:>9.3f} | {d[0]:6.3f} {d[1]:6.3f} {d[2]:6.3f} {d[3]:8.3f} | "
            f"{s[0]:6.3f} {s[1]:6.3f} {s[2]:7.3f} {s[3]:9.3f} | {a[0]:6.3f} {a[1]:6.3f} {a[3]:8.3f}{mark}"
        )
    lines += [
        "",
        f"in use: THRESHOLD = {THRESHOLD} (retrieval/abstain.py); best on dev: {best}",
        "",
        "errors at the threshold in use (label, relevance, coverage, dense, question):",
    ]
    for r in rows:
        wrong = (r["rel"].score >= THRESHOLD) != r["answerable"]
        if wrong:
            rel = r["rel"]
            lines.append(
                f"  {'answerable, abstained' if r['answerable'] else 'unanswerable, shown':22} "
                f"{rel.score:.3f} {rel.coverage:.2f} {rel.dense if rel.dense is not None else float('nan'):.3f} "
                f"{r['split']:4} {r['q']}"
            )
    text = "\n".join(lines)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
