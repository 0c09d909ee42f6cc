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


class CountingEncoder:
    """The searcher's own encoder, counting the texts it is asked to embed."""

    def __init__(self, inner):
        self.inner, self.name, self.texts = inner, inner.name, []

    @property
    def dim(self) -> int:
        return self.inner.dim

    def encode(self, texts, *, is_query=False):
        self.texts += list(texts)
        return self.inner.encode(texts, is_query=is_query)


def test_a_clause_text_looked_up_again_is_not_pushed_out_by_peoples_questions(hybrid_searcher):
    from retrieval.models import make_request
    from retrieval.search import Searcher

    counting = CountingEncoder(hybrid_searcher.encoder)
    searcher = Searcher(corpus=hybrid_searcher.corpus, encoder=counting, index=hybrid_searcher.index)
    quote = "对不裁员或少裁员的参保企业，可返还其上年度实际缴纳失业保险费的50%"
    lookup = make_request(quote, top_k=50, doc_ids=("lingyuan-2019-14",))
    first = searcher.search(lookup, of_text=True)
    for n in range(300):  # more people's questions than the question memo keeps
        searcher.search(make_request(f"第{n}个人问：失业了怎么办"))
    again = searcher.search(lookup, of_text=True)
    assert counting.texts.count(quote) == 1
    assert again.model_dump() == first.model_dump()
    # the same words asked as a question: the same results, from the questions' own memo
    assert searcher.search(lookup).model_dump() == first.model_dump()
    assert counting.texts.count(quote) == 2
