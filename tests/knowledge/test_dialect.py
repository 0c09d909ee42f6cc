"""Cantonese question words are read as Mandarin (eval8 F33), and Mandarin text is left alone."""

from __future__ import annotations

import pytest

from knowledge.dialect import mandarin


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("失业补助金系咩", "失业补助金是什么"),
        ("咁我而家仲可以领吗", "那我现在还可以领吗"),
        ("我系朝阳市嘅，唔系凌源", "我是朝阳市的，不是凌源"),
        ("佢哋冇工开，几多钱", "他们没有工开，多少钱"),
        ("去边度办", "去哪里办"),
        ("中不中 能领几年", "行不行 能领几年"),  # eval10 H18: "没听明白"
        ("俺家那口子 下刚了 有啥补帖没", "俺家那口子 下岗了 有啥补贴没"),  # eval45 C21: pinyin-input slips
        ("失业今能领几个月", "失业金能领几个月"),
    ],
)
def test_cantonese_words_are_read_as_mandarin(typed, read):
    assert mandarin(typed) == read


@pytest.mark.parametrize(
    "text",
    [
        "唔，好的",
        "劳动关系体系",
        "单位系统里查不到",
        "大连的高校毕业生有什么补贴",
        "刚下岗的补贴",
        "上下刚好",
        "等一下刚才说的",
        "",
    ],
)
def test_mandarin_is_unchanged(text):
    assert mandarin(text) == text
