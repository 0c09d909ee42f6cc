"""A place name inside a longer word is not a place (eval4: "示范县" was read as 河南省范县, and the
person was told no document applies there). Checked over a list of policy words holding a place name,
over every word of the domain dictionary and over every clause of the knowledge base: the only places
found are those the texts really name."""

from __future__ import annotations

import pytest

from knowledge import places
from knowledge.records import load_clauses
from retrieval import tokens

# words of policies and of people that hold a gazetteer name (范县, 合作市, 中山市, 和县, 东区 …)
POLICY_WORDS = [
    "示范县",
    "就业创业示范县",
    "国家级转移就业监测示范县",
    "创业示范区",
    "合作社",
    "农民专业合作社",
    "入股、合作、租赁",
    "校企合作",
    "中山大学",
    "长治久安",
    "各市和县",
    "市和县两级",
    "经济开发区",
    "高新技术开发区",
    "城区",
    "东区",
    "新区",
    "平安县",
    "东方红",
    "大同小异",
]
# places the five documents name (大连、沈阳、抚顺跨境电子商务…, 湖北高校, 东北亚（营口）…)
NAMED_BY_TEXTS = {"大连", "大连市", "聊城", "聊城市", "辽宁", "辽宁省", "沈阳", "抚顺", "营口", "湖北"}
NAMED_BY_TEXTS |= {"朝阳市", "凌源", "凌源市", "山东省"}


@pytest.mark.parametrize("word", POLICY_WORDS)
def test_a_place_inside_a_policy_word_is_no_place(word: str) -> None:
    assert places.places_in_text(word) == []
    assert places.outside_place(f"我们县是{word}，有什么补贴") is None


@pytest.mark.parametrize(
    ("said", "name"),
    [("我在河南范县", "范县"), ("我是沈阳人", "沈阳市"), ("在大连市工作", "大连市"), ("我在安徽和县", "和县")],
)
def test_a_place_said_as_a_place_is_still_found(said: str, name: str) -> None:
    assert name in [p.name for p in places.places_in_text(said)]


def test_no_word_of_the_domain_dictionary_is_read_as_a_place_it_does_not_name() -> None:
    wrong = {}
    for term in tokens.dictionary_terms():
        found = [p.said for p in places.places_in_text(term) if p.said not in NAMED_BY_TEXTS]
        if found and not any(w in term for w in ("北京", "上海", "天津", "重庆")):
            wrong[term] = found
    assert wrong == {}


def test_every_place_found_in_the_knowledge_base_is_one_the_texts_name() -> None:
    found = {p.said for rec in load_clauses() for p in places.places_in_text(rec.text)}
    assert found <= NAMED_BY_TEXTS, found - NAMED_BY_TEXTS
