"""One turn's message is embedded once: the second search of the same words reuses the vector,
and the results are the same as with a fresh searcher."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.query_memo import RecentVectors


def test_the_same_text_is_encoded_once_and_the_oldest_is_dropped():
    calls: list[str] = []

    def encode(text: str) -> np.ndarray:
        calls.append(text)
        return np.full(3, float(len(calls)), dtype=np.float32)

    memo = RecentVectors(size=2)
    first = memo.get("大连 见习补贴", encode)
    assert memo.get("大连 见习补贴", encode) is first
    memo.get("聊城 稳岗返还", encode)
    memo.get("凌源 创业担保贷款", encode)  # the first text is now the oldest of three: dropped
    memo.get("大连 见习补贴", encode)
    assert calls == ["大连 见习补贴", "聊城 稳岗返还", "凌源 创业担保贷款", "大连 见习补贴"]


def test_a_shared_vector_cannot_be_changed_by_a_caller():
    vector = RecentVectors().get("失业保险", lambda text: np.ones(4, dtype=np.float32))
    with pytest.raises(ValueError):
        vector[0] = 2.0
