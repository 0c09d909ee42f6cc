"""Index files: manifest, reuse, staleness, determinism across rebuilds; faiss index kinds."""

from __future__ import annotations

import json

import numpy as np
import pytest

from retrieval import index_store
from retrieval.config import SearchConfig
from retrieval.corpus import Authored, Corpus
from retrieval.dense import DenseIndex
from retrieval.encoders import E5Encoder
from retrieval.evaluation import load_eval
from retrieval.search import Searcher, search


def test_manifest_records_what_the_index_depends_on(hybrid_searcher):
    m = json.loads((hybrid_searcher.index.path / "manifest.json").read_text(encoding="utf-8"))
    assert m["version"] == index_store.INDEX_VERSION
    assert m["encoder"] == "e5-small-q4" and m["dim"] == 384 and m["dense_kind"] == "flat"
    assert m["corpus_hash"] == hybrid_searcher.corpus.digest
    assert m["n_passages"] == len(hybrid_searcher.corpus.passages)


def test_second_load_reuses_the_files(corpus, tmp_path):
    first = index_store.load_or_build(corpus, None, root=tmp_path)
    second = index_store.load_or_build(corpus, None, root=tmp_path)
    assert first.built and not second.built
    assert first.path == second.path


def test_changed_knowledge_builds_a_new_index(corpus, tmp_path):
    first = index_store.load_or_build(corpus, None, root=tmp_path)
    authored = dict(corpus.authored)
    cid = corpus.records[1].clause_id
    authored[cid] = Authored(authored.get(cid, Authored()).questions + ("新增的一个问法？",), ())
    changed = Corpus(corpus.records, authored)
    assert changed.digest != corpus.digest
    second = index_store.load_or_build(changed, None, root=tmp_path)
    assert second.built and second.path != first.path


def test_a_tampered_manifest_is_treated_as_stale(corpus, tmp_path):
    first = index_store.load_or_build(corpus, None, root=tmp_path)
    mf = first.path / "manifest.json"
    data = json.loads(mf.read_text(encoding="utf-8"))
    data["corpus_hash"] = "0" * 16
    mf.write_text(json.dumps(data), encoding="utf-8")
    assert index_store.load_or_build(corpus, None, root=tmp_path).built


def test_results_identical_across_rebuilds_and_runs(corpus, hybrid_searcher, tmp_path):
    """A fresh build in another directory, with a fresh encoder, answers byte for byte the same."""
    rebuilt = Searcher(corpus, SearchConfig(), encoder=E5Encoder(), index_root=tmp_path)
    assert rebuilt.index.built
    for item in load_eval()[:40]:
        a = search(item.q, region=item.region, top_k=5, as_of="2021-01-01", searcher=hybrid_searcher)
        b = search(item.q, region=item.region, top_k=5, as_of="2021-01-01", searcher=rebuilt)
        again = search(item.q, region=item.region, top_k=5, as_of="2021-01-01", searcher=hybrid_searcher)
        assert a.model_dump_json() == b.model_dump_json() == again.model_dump_json(), item.id


def test_prune_keeps_only_the_named_index(corpus, tmp_path):
    keep = index_store.load_or_build(corpus, None, root=tmp_path)
    (tmp_path / "old-index").mkdir()
    assert index_store.prune(tmp_path, keep={keep.path.name}) == ["old-index"]
    assert keep.path.exists()


@pytest.fixture(scope="module")
def vectors():
    rng = np.random.default_rng(7)
    v = rng.normal(size=(2000, 64)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_flat_and_hnsw_agree_on_nearest_neighbours(vectors):
    flat = DenseIndex.build(vectors, "flat")
    hnsw = DenseIndex.build(vectors, "hnsw")
    agree = 0
    for i in range(0, 2000, 40):
        q = vectors[i] + 0.01
        q = q / np.linalg.norm(q)
        fs, fi = flat.search(q, 5)
        hs, hi = hnsw.search(q, 5)
        assert fi[0] == i and np.isclose(fs[0], float(vectors[i] @ q), atol=1e-5)
        agree += int(hi[0] == fi[0])
    assert agree >= 48  # approximate, but at most a miss or two on 50 queries


def test_dense_index_roundtrip(vectors, tmp_path):
    for kind in ("flat", "hnsw"):
        idx = DenseIndex.build(vectors, kind)
        idx.save(tmp_path / f"{kind}.faiss")
        back = DenseIndex.load(tmp_path / f"{kind}.faiss", kind)
        assert back.size == 2000 and back.dim == 64
        assert back.search(vectors[3], 3)[1].tolist() == idx.search(vectors[3], 3)[1].tolist()


def test_unknown_index_kind_rejected(vectors):
    with pytest.raises(ValueError, match="dense index"):
        DenseIndex.build(vectors, "ivf")
