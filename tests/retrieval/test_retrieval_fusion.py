"""Score fusion."""

from __future__ import annotations

import numpy as np

from retrieval import fusion


def test_ranks_break_ties_by_position():
    assert fusion.ranks(np.array([0.5, 0.9, 0.5, 0.1])).tolist() == [2, 1, 3, 4]


def test_linear_without_dense_is_scaled_lexical():
    out = fusion.linear(np.array([2.0, 1.0, 0.0]), None, 0.3)
    assert np.allclose(out, [1.0, 0.5, 0.0])


def test_linear_lets_strong_dense_agreement_overtake():
    lex = np.array([1.0, 0.95, 0.2])
    dense = np.array([0.2, 0.9, 0.1])
    out = fusion.linear(lex, dense, 0.35)
    assert int(np.argmax(out)) == 1


def test_rrf_ignores_items_absent_from_a_list():
    lex = np.array([3.0, 0.0, 1.0])
    dense = np.array([0.0, 0.0, 0.8])
    out = fusion.rrf(lex, dense, 0.5)
    assert out[1] == 0.0
    assert out[2] > out[0]  # ranked in both lists beats first in one only
    assert out.max() == 1.0


def test_unknown_fusion_method_is_rejected():
    try:
        fusion.fuse("max", np.ones(2), None, 0.3)
    except ValueError as exc:
        assert "fusion" in str(exc)
    else:
        raise AssertionError("accepted an unknown fusion method")
