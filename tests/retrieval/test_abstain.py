"""Search abstention: a question the knowledge base does not answer is told apart from one it
does (retrieval/abstain.py), and places outside the covered provinces are named."""

from __future__ import annotations

import pytest

from retrieval.abstain import THRESHOLD, coverage, judge, topic_words
from retrieval.models import make_request
from retrieval.outside_places import outside_places
from retrieval.search import get_searcher


@pytest.fixture(scope="module")
def searcher():
    return get_searcher().warm()


def relevance(searcher, q):
    resp = searcher.search(make_request(q, top_k=1)).model_dump()
    return judge(searcher, q, resp["results"][0] if resp["results"] else None, resp["expanded_terms"])


def test_words_count_once_in_their_longest_form():
    words = topic_words("公积金怎么提取")
    assert set(words) == {"公积金", "提取"}
    assert coverage("公积金怎么提取", "减轻残保金、住房公积金负担") == 0.5
    assert coverage("结婚登记需要带什么", "办理失业登记") == 0.0  # a two-character piece is not the word


@pytest.mark.parametrize("q", ["今天天气怎么样", "买房契税优惠", "驾照到期怎么换证", "以工代训补贴"])
def test_unanswered_questions_abstain(searcher, q):
    rel = relevance(searcher, q)
    assert rel.abstain and rel.to_dict()["message"] == "知识库中没有相关政策"


@pytest.mark.parametrize(
    "q", ["稳岗返还怎么申请", "失业了能领失业保险金吗", "残疾人开店有房租补贴吗", "企业住房公积金可以缓缴吗"]
)
def test_answered_questions_do_not(searcher, q):
    rel = relevance(searcher, q)
    assert not rel.abstain and rel.score >= THRESHOLD


def test_places_outside_the_covered_provinces():
    assert outside_places("北京 失业金") == ["北京市"]
    assert outside_places("深圳和杭州哪个补贴多") == ["广东省", "浙江省"]
    assert outside_places("沈阳的稳岗返还") == [] and outside_places("青岛失业金") == []  # 辽宁, 山东 covered


def test_a_short_policy_word_is_not_abstained_on(searcher):
    assert not relevance(searcher, "稳岗").abstain
