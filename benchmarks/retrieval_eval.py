"""Retrieval quality: R@1, R@5, MRR on the dev and held-out splits, per configuration.

    HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/retrieval_eval.py            # all configurations
    .venv/bin/python benchmarks/retrieval_eval.py --only hybrid --misses      # dev misses, for tuning

Configurations (each isolates one component's worth):
  baseline        plain jieba (default dictionary) + BM25 over naive clause texts; no lexicon
  bm25            our lexical side alone: domain dictionary, fields, lexicon, authored questions
  dense           the dense encoder alone (passages: sentences + authored questions)
  hybrid          bm25 + dense fused (the shipped default configuration)
  hybrid-nolex    hybrid without the colloquial lexicon
  hybrid-noauth   hybrid without the authored per-clause questions and keywords
  hybrid-rrf      hybrid with reciprocal rank fusion instead of linear fusion
  bm25-nolex      bm25 without the lexicon
Questions with a region are searched with that region (a filter), as the widget would.
--misses prints dev-split misses only: the held-out split is never looked at for tuning.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import bm25s  # noqa: E402
import jieba  # noqa: E402

from retrieval import tokens  # noqa: E402  (quietens jieba's logger)
from retrieval.config import SearchConfig  # noqa: E402
from retrieval.evaluation import SPLITS, evaluate, load_eval, resolve_gold  # noqa: E402
from retrieval.filters import Labels, region_mask  # noqa: E402
from retrieval.search import Searcher  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results"


def baseline_ranker(records):
    """Plain BM25 + jieba's default dictionary over the clause texts as printed."""
    tk = jieba.Tokenizer()
    tk.initialize()

    def cut(text):
        return [t for t in tk.cut_for_search(text) if t.strip() and t not in tokens.STOPWORDS]

    bm25 = bm25s.BM25()
    bm25.index([cut(r.text) for r in records], show_progress=False)
    ids = [r.clause_id for r in records]
    regions = Labels([r.region for r in records])

    def rank(item):
        q = cut(item.q)
        scores = bm25.get_scores(q) if q else [0.0] * len(ids)
        allowed = region_mask(regions, item.region) if item.region else [True] * len(ids)
        order = sorted(range(len(ids)), key=lambda i: (-round(float(scores[i]), 6), i))
        return [ids[i] for i in order if allowed[i] and scores[i] > 0]

    return rank


def searcher_ranker(searcher: Searcher):
    ids = [r.clause_id for r in searcher.corpus.records]

    def rank(item):
        r = searcher.rank(item.q, region=item.region)
        return [ids[i] for i in r.order]

    return rank


def configurations(base: Searcher) -> dict[str, Searcher]:
    cfg = base.config
    lexical_only = SearchConfig(encoder="none")
    return {
        "bm25": Searcher(base.corpus, lexical_only, lexicon=base.lexicon),
        "bm25-nolex": Searcher(base.corpus, lexical_only.with_(use_lexicon=False), lexicon=base.lexicon),
        # dense alone ranks by raw cosine: the floor only rescales it for fusion
        "dense": base.with_config(cfg.with_(use_lexical=False, dense_floor=False)),
        "hybrid": base,
        "hybrid-nolex": base.with_config(cfg.with_(use_lexicon=False)),
        "hybrid-noauth": base.with_config(cfg.with_(use_authored=False)),
        "hybrid-rrf": base.with_config(cfg.with_(fusion="rrf", dense_weight=0.35)),
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", nargs="*", help="configurations to run (default: all)")
    ap.add_argument("--misses", action="store_true", help="print dev-split misses (never held-out ones)")
    ap.add_argument("--encoder", default=None, help="encoder spec for the dense side (default: configuration)")
    ap.add_argument(
        "--split", choices=SPLITS, action="append", help="evaluate only this split (repeatable); tune with --split dev"
    )
    ap.add_argument("--write", action="store_true", help="write benchmarks/results/retrieval_eval.{txt,json}")
    args = ap.parse_args(argv)

    items = load_eval()
    base_cfg = SearchConfig.from_env()
    if args.encoder:
        base_cfg = base_cfg.for_encoder(args.encoder)
    base = Searcher(config=base_cfg)
    records = base.corpus.records
    bad = [m for it in items for m in resolve_gold(it, records)[1]]
    if bad:
        print("gold quotes not found in any clause:\n  " + "\n  ".join(bad), file=sys.stderr)
        return 1

    runs = {"baseline": baseline_ranker(records)}
    runs.update({name: searcher_ranker(s) for name, s in configurations(base).items()})
    wanted = args.only or list(runs)
    lines = [
        f"retrieval evaluation — {len(items)} questions "
        f"({sum(i.split == 'dev' for i in items)} dev / {sum(i.split == 'heldout' for i in items)} held-out), "
        f"{len(records)} clauses, encoder {base_cfg.encoder}"
    ]
    report = {}
    for name in wanted:
        t0 = time.perf_counter()
        splits = args.split or list(SPLITS)
        per_split = {split: evaluate([i for i in items if i.split == split], records, runs[name]) for split in splits}
        secs = time.perf_counter() - t0
        n_run = sum(m.n for m in per_split.values())
        report[name] = {s: {"r1": m.r1, "r5": m.r5, "mrr": m.mrr, "n": m.n} for s, m in per_split.items()}
        for i, (split, m) in enumerate(per_split.items()):
            label = name if i == 0 else ""
            lines.append(f"{label:14s} {split:8s} {m.row()}")
        lines[-1] += f"   [{1000 * secs / max(n_run, 1):.1f} ms/q]"
        if args.misses and "dev" in per_split:
            lines.append(f"{'':14s} dev misses (not in top 5): {' '.join(per_split['dev'].misses) or '-'}")
    text = "\n".join(lines)
    print(text)
    if args.write:
        RESULTS.mkdir(parents=True, exist_ok=True)
        (RESULTS / "retrieval_eval.txt").write_text(text + "\n", encoding="utf-8")
        (RESULTS / "retrieval_eval.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
