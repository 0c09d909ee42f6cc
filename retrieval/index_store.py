"""Index files on disk: one directory per (corpus, dictionary, encoder, index kind), with a manifest.

Layout: <POLICY_HOME>/index/<key>/
    manifest.json   version, corpus hash, dictionary hash, encoder, dim, dense kind, counts
    lexical/        one bm25s index per field (bm25s' own files) + passage → clause map
    dense.faiss     faiss index of passage vectors (absent for a lexical-only configuration)
The key is a hash of everything the files depend on, so a changed text, authored question,
dictionary word or encoder yields a new directory: a stale index is never loaded, and a second
build of the same inputs reuses the first. Builds write to a temporary directory and rename it
into place, so a crashed or concurrent build never leaves half an index behind.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from knowledge import paths
from retrieval import tokens
from retrieval.corpus import Corpus
from retrieval.dense import DenseIndex
from retrieval.encoders import Encoder
from retrieval.lexical import BM25_PARAMS, LexicalIndex

INDEX_VERSION = 1


log = logging.getLogger("retrieval.index")


def index_root() -> Path:
    return paths.build_root() / "index"  # a published build's own, else POLICY_HOME's


def dictionary_hash() -> str:
    return hashlib.sha256(tokens.USER_DICT.read_bytes()).hexdigest()[:16]


def expected_manifest(corpus: Corpus, encoder: Encoder | None, dense_kind: str) -> dict:
    return {
        "version": INDEX_VERSION,
        "corpus_hash": corpus.digest,
        "dictionary_hash": dictionary_hash(),
        "bm25": BM25_PARAMS,
        "encoder": encoder.name if encoder else None,
        "dense_kind": dense_kind if encoder else None,
        "n_clauses": len(corpus),
        "n_passages": len(corpus.passages),
    }


def index_key(manifest: dict) -> str:
    blob = json.dumps({k: manifest[k] for k in sorted(manifest)}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(blob.encode()).hexdigest()[:20]


@dataclass
class LoadedIndex:
    path: Path
    manifest: dict
    lexical: LexicalIndex
    dense: DenseIndex | None
    built: bool  # True if this call built it, False if reused from disk


def _matches(found: dict, expected: dict) -> bool:
    return all(found.get(k) == v for k, v in expected.items())


def load_or_build(
    corpus: Corpus, encoder: Encoder | None, dense_kind: str = "flat", root: Path | None = None, force: bool = False
) -> LoadedIndex:
    expected = expected_manifest(corpus, encoder, dense_kind)
    root = root or index_root()
    target = root / index_key(expected)
    mf = target / "manifest.json"
    if not force and mf.exists():
        try:
            found = json.loads(mf.read_text(encoding="utf-8"))
            if _matches(found, expected):
                lexical = LexicalIndex.load(target / "lexical")
                dense = DenseIndex.load(target / "dense.faiss", dense_kind) if encoder else None
                return LoadedIndex(target, found, lexical, dense, built=False)
        except Exception as exc:  # noqa: BLE001 — damaged files (truncated, garbage): never serve them
            log.error("index files at %s are damaged (%s): rebuilding", target.name, type(exc).__name__)
    return _build(corpus, encoder, dense_kind, expected, target)


def _build(corpus: Corpus, encoder: Encoder | None, dense_kind: str, manifest: dict, target: Path) -> LoadedIndex:
    t0 = time.perf_counter()
    lexical = LexicalIndex.build(corpus)
    t_lex = time.perf_counter() - t0
    dense = None
    t_dense = 0.0
    if encoder is not None:
        t1 = time.perf_counter()
        vectors = encoder.encode([p.text for p in corpus.passages])
        dense = DenseIndex.build(vectors, kind=dense_kind)
        manifest = {**manifest, "dim": int(vectors.shape[1])}
        t_dense = time.perf_counter() - t1
    manifest = {**manifest, "build_seconds": {"lexical": round(t_lex, 3), "dense": round(t_dense, 3)}}

    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.parent / f".{target.name}.tmp-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    lexical.save(tmp / "lexical")
    if dense is not None:
        dense.save(tmp / "dense.faiss")
    (tmp / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    if target.exists():  # stale or forced: replace whole
        shutil.rmtree(target, ignore_errors=True)
    try:
        os.replace(tmp, target)
    except OSError:  # another process renamed its build into place first: theirs is equivalent
        shutil.rmtree(tmp, ignore_errors=True)
    return LoadedIndex(target, manifest, lexical, dense, built=True)


def prune(root: Path | None = None, keep: set[str] | None = None) -> list[str]:
    """Remove index directories other than `keep` (names); returns what was removed."""
    root = root or index_root()
    removed = []
    if root.exists():
        for child in sorted(root.iterdir()):
            if child.is_dir() and child.name not in (keep or set()):
                shutil.rmtree(child, ignore_errors=True)
                removed.append(child.name)
    return removed
