"""Combining the lexical and dense rankings of clauses.

Two methods, chosen by measurement (benchmarks/retrieval_eval.py):
- `linear`: each score divided by its maximum for this query, then a weighted sum. Keeps the size
  of the gaps, so a clause far ahead lexically stays ahead unless the dense side strongly disagrees.
- `rrf`: reciprocal rank fusion, Σ w / (k + rank). Ignores score scale entirely.
Both return one float32 score per clause; ties are broken by the caller on corpus position.
"""

from __future__ import annotations

import numpy as np


def scale_by_max(x: np.ndarray) -> np.ndarray:
    m = float(x.max()) if x.size else 0.0
    if m <= 0:
        return np.zeros_like(x, dtype=np.float32)
    return (x / m).astype(np.float32)


def ranks(scores: np.ndarray) -> np.ndarray:
    """1-based rank of every item, best first; equal scores ranked by position (stable)."""
    order = np.lexsort((np.arange(scores.size), -scores))
    out = np.empty(scores.size, dtype=np.int64)
    out[order] = np.arange(1, scores.size + 1)
    return out


def linear(lexical: np.ndarray, dense: np.ndarray | None, dense_weight: float) -> np.ndarray:
    lex = scale_by_max(lexical)
    if dense is None or dense_weight <= 0:
        return lex
    return ((1.0 - dense_weight) * lex + dense_weight * scale_by_max(dense)).astype(np.float32)


def rrf(lexical: np.ndarray, dense: np.ndarray | None, dense_weight: float, k: int = 60) -> np.ndarray:
    """Reciprocal rank fusion; items with a zero score in a list take no share from it."""
    out = np.zeros(lexical.size, dtype=np.float64)
    for scores, w in ((lexical, 1.0 - dense_weight), (dense, dense_weight)):
        if scores is None or w <= 0:
            continue
        contrib = w / (k + ranks(scores))
        out += np.where(scores > 0, contrib, 0.0)
    # Scaled to the best item so the reported score reads like the linear one (0..1).
    return scale_by_max(out.astype(np.float32))


def fuse(method: str, lexical: np.ndarray, dense: np.ndarray | None, dense_weight: float, k: int = 60) -> np.ndarray:
    if method == "linear":
        return linear(lexical, dense, dense_weight)
    if method == "rrf":
        return rrf(lexical, dense, dense_weight, k)
    raise ValueError(f"fusion: 未知方法 {method}（可用：linear、rrf）")
