"""Quality floor on the dev split (the held-out split is only ever read by the benchmark script).

Thresholds sit a little below what the shipped configuration measures (see
benchmarks/results/retrieval_eval.txt), so a knowledge edit or code change that loses ground
fails here instead of being found in production.
"""
from __future__ import annotations

import pytest

from retrieval.config import SearchConfig
from retrieval.evaluation import evaluate, load_eval
from retrieval.search import Searcher


@pytest.fixture(scope="module")
def dev():
    return [i for i in load_eval() if i.split == "dev"]


def metrics(searcher, items):
    ids = [r.clause_id for r in searcher.corpus.records]
    return evaluate(items, searcher.corpus.records,
                    lambda it: [ids[i] for i in searcher.rank(it.q, region=it.region).order])


def test_hybrid_meets_the_floor_on_dev(hybrid_searcher, dev):
    m = metrics(hybrid_searcher, dev)
    assert m.r1 >= 0.88 and m.r5 >= 0.97 and m.mrr >= 0.92, m.row()


def test_lexicon_and_authored_questions_each_pull_their_weight(corpus, lexical_searcher, dev):
    full = metrics(lexical_searcher, dev)
    no_lexicon = metrics(Searcher(corpus, SearchConfig(encoder="none", use_lexicon=False),
                                  index=lexical_searcher.index), dev)
    no_authored = metrics(Searcher(corpus, SearchConfig(encoder="none", use_authored=False),
                                   index=lexical_searcher.index), dev)
    assert full.mrr > no_lexicon.mrr + 0.03, (full.row(), no_lexicon.row())
    assert full.mrr > no_authored.mrr + 0.03, (full.row(), no_authored.row())


def test_dense_side_adds_to_lexical(hybrid_searcher, lexical_searcher, dev):
    assert metrics(hybrid_searcher, dev).mrr > metrics(lexical_searcher, dev).mrr
