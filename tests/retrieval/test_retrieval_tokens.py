"""Tokenisation and query expansion."""

from __future__ import annotations

from retrieval.lexicon import Group, Lexicon, load_lexicon
from retrieval.tokens import bigrams, normalize, words


def test_domain_terms_stay_whole():
    toks = words("对吸纳登记失业半年以上人员的企业给予一次性吸纳就业补贴，落实稳岗返还和创业担保贷款")
    for term in ("一次性吸纳就业补贴", "稳岗返还", "创业担保贷款", "登记失业"):
        assert term in toks, (term, toks)
    assert "补贴" in toks  # search mode also emits the parts a person may say alone


def test_stopwords_and_punctuation_dropped():
    toks = words("请问我能不能领失业保险金？")
    assert "失业保险金" in toks
    assert not {"请问", "我", "能不能", "？", "?"} & set(toks)


def test_normalize_removes_print_spacing_and_full_width():
    assert normalize("定额标准为每人每年 7800 元") == "定额标准为每人每年7800元"
    assert normalize("Ａ级　２０２０年") == "a级2020年"
    assert words("2020 年")[:1] == words("2020年")[:1]


def test_bigrams_survive_typos():
    assert "稳岗" in bigrams("稳岗反还")
    assert bigrams("补") == ["补"]
    assert "7800" in bigrams("每人7800元")


def test_expansion_maps_colloquial_to_policy_wording():
    lex = load_lexicon()
    exp = lex.expand("我是做猎头的，推荐成功了有补助吗")
    assert "人力资源服务机构" in exp.terms
    assert "残保金" in lex.expand("残疾人保障金能缓交吗").terms
    assert "失业" in lex.expand("老公下岗了").terms


def test_expansion_skips_terms_already_in_the_query():
    lex = Lexicon([Group(("失业保险金",), ("失业金",), False)])
    assert lex.expand("失业金和失业保险金").terms == ()


def test_longest_phrase_wins_and_phrases_do_not_overlap():
    lex = Lexicon([Group(("失业补助金",), ("失业金领完",), False), Group(("失业保险金",), ("失业金",), False)])
    exp = lex.expand("失业金领完了怎么办")
    assert exp.matched == ("失业金领完",)
    assert exp.terms == ("失业补助金",)


def test_gap_pattern_allows_inserted_words_up_to_the_limit():
    lex = Lexicon([Group(("返乡创业",), ("回…创业",), False)])
    assert lex.expand("想回聊城创业").terms == ("返乡创业",)
    assert lex.expand("想回老家那边去创业").terms == ("返乡创业",)
    assert lex.expand("回到了很远很远很远的地方以后再创业").terms == ()


def test_both_ways_groups_expand_each_name_to_the_others():
    lex = Lexicon([Group(("稳岗返还", "稳岗补贴"), (), True)])
    assert lex.expand("稳岗补贴").terms == ("稳岗返还",)
    assert lex.expand("稳岗返还").terms == ("稳岗补贴",)
