"""Search cost: latency (in-process and HTTP on loopback), index build time, memory; and at scale.

    HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/search_latency.py              # real corpus + HTTP
    .venv/bin/python benchmarks/search_latency.py --scale 100000 --kinds flat hnsw   # synthetic corpus
    add --write to save benchmarks/results/search_latency*.txt

Queries are the evaluation questions (with their regions), repeated --passes times after a warm-up.
The synthetic corpus multiplies the real clauses, perturbed (sentence order shuffled, numbers and
characters changed, sentences swapped between clauses), until it holds at least --scale passages
(sentences + authored questions); it shows how cost grows, not quality. Its index is cached under
<POLICY_HOME>/bench-index (hash-keyed like the real one); --rebuild measures a fresh build.
The HTTP server is bound to 127.0.0.1 on a free port, sent a bounded number of requests, and stopped.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import time
from functools import partial
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from benchmarks.api_process import api_client  # noqa: E402
from knowledge import paths  # noqa: E402
from knowledge.records import Sentence  # noqa: E402
from retrieval import index_store  # noqa: E402
from retrieval.config import SearchConfig  # noqa: E402
from retrieval.corpus import Authored, Corpus, load_corpus  # noqa: E402
from retrieval.evaluation import load_eval  # noqa: E402
from retrieval.search import Searcher, search  # noqa: E402


def _search_with(searcher: Searcher, q: str, r: str | None) -> list:
    return search(q, region=r, top_k=5, searcher=searcher)


RESULTS = Path(__file__).resolve().parent / "results"


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def pct(values, q) -> float:
    return float(np.percentile(np.asarray(values) * 1000, q))


def timed_queries(fn, queries, passes: int) -> list[float]:
    for q, region in queries[:20]:  # warm-up: caches, BLAS, lazy loads
        fn(q, region)
    out = []
    for _ in range(passes):
        for q, region in queries:
            t0 = time.perf_counter()
            fn(q, region)
            out.append(time.perf_counter() - t0)
    return out


def line(label: str, times: list[float]) -> str:
    return f"{label:34s} p50 {pct(times, 50):7.2f} ms   p95 {pct(times, 95):7.2f} ms   max {pct(times, 100):7.2f} ms   (n={len(times)})"


# ---------------------------------------------------------------- real corpus
def bench_real(queries, passes: int, config: SearchConfig) -> tuple[list[str], Searcher]:
    out = []
    mem0 = rss_mb()
    corpus = load_corpus()
    build_root = paths.home() / "bench-index" / "real-fresh"
    t0 = time.perf_counter()
    fresh = index_store.load_or_build(
        corpus, Searcher(corpus, config).encoder, config.dense_kind, root=build_root, force=True
    )
    build = time.perf_counter() - t0
    out.append(
        f"real corpus: {len(corpus)} clauses, {len(corpus.passages)} passages; encoder {config.encoder}, "
        f"dense index {config.dense_kind}"
    )
    out.append(
        f"index build (fresh, incl. model load): {build:.2f} s  "
        f"[lexical {fresh.manifest['build_seconds']['lexical']} s, dense {fresh.manifest['build_seconds']['dense']} s]"
    )
    searcher = Searcher(corpus, config, index_root=build_root)
    t0 = time.perf_counter()
    searcher.warm()
    out.append(f"index load from disk + warm-up: {time.perf_counter() - t0:.2f} s")
    out.append(f"memory (RSS): {rss_mb():.0f} MB in process ({rss_mb() - mem0:+.0f} MB for corpus, index, models)")
    times = timed_queries(lambda q, r, s=searcher: search(q, region=r, top_k=5, searcher=s), queries, passes)
    out.append(line("search() in-process, top 5", times))
    return out, searcher


def bench_http(queries, passes: int, searcher: Searcher) -> list[str]:
    # The server builds/loads its own index under POLICY_HOME (the same as `policy index build`).
    env = dict(os.environ, POLICY_HOME=str(paths.home()))
    with api_client(env, wait_s=120) as client:

        def call(q, region):
            params = {"q": q, "top_k": 5}
            if region:
                params["region"] = region
            client.get("/api/v1/search", params=params).raise_for_status()

        times = timed_queries(call, queries, passes)
    return [line("GET /api/v1/search, loopback", times)]


# ---------------------------------------------------------------- synthetic corpus
_NUM = re.compile(r"\d+")


def perturb(text: str, rng: random.Random) -> str:
    text = _NUM.sub(lambda m: str(rng.randint(1, 9999)), text)
    chars = list(text)
    for _ in range(max(1, len(chars) // 40)):  # ~2.5% characters replaced by others of the text
        i = rng.randrange(len(chars))
        chars[i] = chars[rng.randrange(len(chars))]
    return "".join(chars)


def synthetic_corpus(real: Corpus, min_passages: int, seed: int = 13) -> Corpus:
    rng = random.Random(seed)
    pool = [s.text for r in real.records for s in r.sentences]
    records, authored, n_passages, copy = [], {}, 0, 0
    while n_passages < min_passages:
        copy += 1
        for rec in real.records:
            sents = [perturb(s.text, rng) for s in rec.sentences]
            rng.shuffle(sents)
            if sents and rng.random() < 0.5:
                sents[rng.randrange(len(sents))] = perturb(rng.choice(pool), rng)
            cid = f"syn{copy}-{rec.clause_id}"
            text = "".join(sents)
            records.append(
                rec.model_copy(
                    update={
                        "clause_id": cid,
                        "text": text,
                        "departments_text": None,
                        "sentences": [Sentence(index=i, text=t) for i, t in enumerate(sents)],
                    }
                )
            )
            a = real.authored.get(rec.clause_id, Authored())
            authored[cid] = Authored(tuple(perturb(q, rng) for q in a.questions), a.keywords)
            n_passages += len(sents) + len(a.questions)
    return Corpus(records, authored)


def bench_scale(queries, passes: int, scale: int, kinds: list[str], rebuild: bool, encoder: str) -> list[str]:
    out = []
    t0 = time.perf_counter()
    corpus = synthetic_corpus(load_corpus(), scale)
    out.append(
        f"synthetic corpus: {len(corpus)} clauses, {len(corpus.passages)} passages "
        f"(generated in {time.perf_counter() - t0:.1f} s)"
    )
    root = paths.home() / "bench-index" / "synthetic"
    for kind in kinds:
        config = SearchConfig(encoder=encoder, dense_kind=kind)
        mem0 = rss_mb()
        t0 = time.perf_counter()
        searcher = Searcher(corpus, config, index_root=root)
        loaded = index_store.load_or_build(corpus, searcher.encoder, kind, root=root, force=rebuild)
        secs = time.perf_counter() - t0
        bs = loaded.manifest["build_seconds"]
        how = "built now" if loaded.built else "reused; build time from its manifest"
        out.append(
            f"[{encoder}/{kind}] index {how}: lexical {bs['lexical']} s, dense {bs['dense']} s; this run {secs:.1f} s"
        )
        searcher._index = loaded
        searcher.warm()
        out.append(f"[{encoder}/{kind}] memory (RSS) {rss_mb():.0f} MB ({rss_mb() - mem0:+.0f} MB for this index)")
        times = timed_queries(partial(_search_with, searcher), queries, passes)
        out.append(line(f"[{encoder}/{kind}] search() in-process", times))
        del searcher, loaded
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--passes", type=int, default=3, help="passes over the question set")
    ap.add_argument("--no-http", action="store_true")
    ap.add_argument("--scale", type=int, default=0, help="run the synthetic corpus with at least N passages")
    ap.add_argument("--kinds", nargs="+", default=["flat", "hnsw"], help="dense index kinds at scale")
    ap.add_argument("--encoder", default=None, help="encoder spec (default: configuration)")
    ap.add_argument("--rebuild", action="store_true", help="rebuild the synthetic index (measures build time)")
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args(argv)

    config = SearchConfig.from_env()
    if args.encoder:
        config = config.with_(encoder=args.encoder)
    queries = [(i.q, i.region) for i in load_eval()]
    lines = [f"machine: {os.cpu_count()} cores; {len(queries)} questions × {args.passes} passes"]
    if args.scale:
        lines += bench_scale(queries, args.passes, args.scale, args.kinds, args.rebuild, config.encoder)
        name = "search_latency_scale"
    else:
        real_lines, searcher = bench_real(queries, args.passes, config)
        lines += real_lines
        if not args.no_http:
            lines += bench_http(queries, args.passes, searcher)
        name = "search_latency"
    text = "\n".join(lines)
    print(text)
    if args.write:
        RESULTS.mkdir(parents=True, exist_ok=True)
        (RESULTS / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
