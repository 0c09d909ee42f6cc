"""Retrieval evaluation: the question set, gold clauses, and R@1 / R@5 / MRR.

The question set (benchmarks/data/retrieval_eval.jsonl) gives each question its gold as
(document, verbatim quote); a quote resolves to the clause(s) of that document whose text
contains it, so the gold survives clause renumbering and is checked against the real text.
A question is answered at rank r if any of its gold clauses is at rank r (several clauses can
answer one question, e.g. the same measure in the city's and the province's document).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from knowledge import paths
from retrieval.tokens import normalize

EVAL_FILE = paths.REPO_ROOT / "benchmarks" / "data" / "retrieval_eval.jsonl"
SPLITS = ("dev", "heldout")


@dataclass(frozen=True)
class EvalItem:
    id: str
    q: str
    region: str | None
    split: str
    persona: str
    gold: tuple[tuple[str, str], ...]  # (doc_id, quote)


def load_eval(path: Path = EVAL_FILE) -> list[EvalItem]:
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        items.append(
            EvalItem(
                d["id"],
                d["q"],
                d.get("region"),
                d["split"],
                d.get("persona", ""),
                tuple((g["doc_id"], g["quote"]) for g in d["gold"]),
            )
        )
    return items


def resolve_gold(item: EvalItem, records) -> tuple[set[str], list[str]]:
    """Gold clause ids, and the quotes that matched no clause (an error in the set or the parser)."""
    ids: set[str] = set()
    missing = []
    for doc_id, quote in item.gold:
        hits = [r.clause_id for r in records if r.doc_id == doc_id and quote in r.text]
        if not hits:  # page-break joins may differ in whitespace only; never in characters
            nq = normalize(quote)
            hits = [r.clause_id for r in records if r.doc_id == doc_id and nq in normalize(r.text)]
        if hits:
            ids.update(hits)
        else:
            missing.append(f"{item.id} {doc_id}: {quote}")
    return ids, missing


@dataclass
class Metrics:
    n: int
    r1: float
    r5: float
    mrr: float
    misses: list[str]  # ids answered below rank 5

    def row(self) -> str:
        return f"R@1 {self.r1:.3f}  R@5 {self.r5:.3f}  MRR {self.mrr:.3f}  (n={self.n})"


def evaluate(items: Iterable[EvalItem], records, ranker: Callable[[EvalItem], list[str]]) -> Metrics:
    """`ranker(item)` returns clause ids best first (the searcher's ranking, filters applied)."""
    items = list(items)
    r1 = r5 = rr = 0.0
    misses = []
    for item in items:
        gold, _ = resolve_gold(item, records)
        ranking = ranker(item)
        rank = next((i + 1 for i, cid in enumerate(ranking) if cid in gold), None)
        if rank == 1:
            r1 += 1
        if rank is not None and rank <= 5:
            r5 += 1
        else:
            misses.append(item.id)
        rr += 1.0 / rank if rank else 0.0
    n = max(len(items), 1)
    return Metrics(len(items), r1 / n, r5 / n, rr / n, misses)
