"""faiss index over L2-normalised passage vectors (inner product = cosine).

`flat` (IndexFlatIP) is exact and the default: at a few thousand passages it is faster than any
approximate index. `hnsw` (IndexHNSWFlat, inner product) is selectable for large corpora, where
exhaustive search would grow linearly. faiss runs single-threaded here: a query is one small
matrix product, and on a 2-core machine OpenMP threads cost more than they save, and a fixed
thread count keeps float sums — hence scores and rankings — identical run to run.
"""

from __future__ import annotations

from pathlib import Path

import faiss
import numpy as np

faiss.omp_set_num_threads(1)

INDEX_KINDS = ("flat", "hnsw")


class DenseIndex:
    def __init__(self, index: "faiss.Index", kind: str):
        self.index = index
        self.kind = kind

    @property
    def dim(self) -> int:
        return int(self.index.d)

    @property
    def size(self) -> int:
        return int(self.index.ntotal)

    @classmethod
    def build(
        cls, vectors: np.ndarray, kind: str = "flat", hnsw_m: int = 32, ef_construction: int = 80, ef_search: int = 128
    ) -> "DenseIndex":
        if kind not in INDEX_KINDS:
            raise ValueError(f"dense index: 未知类型 {kind}（可用：{', '.join(INDEX_KINDS)}）")
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        dim = vectors.shape[1]
        index: faiss.Index
        if kind == "flat":
            index = faiss.IndexFlatIP(dim)
        else:
            hnsw = faiss.IndexHNSWFlat(dim, hnsw_m, faiss.METRIC_INNER_PRODUCT)
            hnsw.hnsw.efConstruction = ef_construction
            hnsw.hnsw.efSearch = ef_search
            index = hnsw
        index.add(vectors)
        return cls(index, kind)

    def search(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Top-k (scores, passage ids) for one query vector; ids of -1 (HNSW underfill) dropped."""
        k = max(1, min(k, self.size))
        # OpenMP's thread count is per calling thread: the call at import set only the importing
        # thread's. The API searches from worker threads (run_in_threadpool), where faiss started one
        # OpenMP thread per core for every query and their spin-waits cost more CPU than the search
        # (at ten times today's passages: 21 → 5 ms of API CPU per search, benchmarks/growth.py).
        faiss.omp_set_num_threads(1)
        scores, ids = self.index.search(np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32), k)
        keep = ids[0] >= 0
        return scores[0][keep], ids[0][keep]

    def save(self, path: Path) -> None:
        faiss.write_index(self.index, str(path))

    @classmethod
    def load(cls, path: Path, kind: str, ef_search: int = 128) -> "DenseIndex":
        index = faiss.read_index(str(path))
        if kind == "hnsw":
            assert isinstance(index, faiss.IndexHNSW), f"{path}: not an HNSW index"  # read_index downcasts
            index.hnsw.efSearch = ef_search
        return cls(index, kind)
