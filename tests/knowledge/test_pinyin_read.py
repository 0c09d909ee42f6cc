"""Pinyin typed by people who cannot type characters is read with the texts' own words (eval75 RB05)."""

from __future__ import annotations

import pytest

from knowledge.pinyin_read import hanzi, is_pinyin


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("wo zai lingyuan shiye le, neng ling shenme butie", "我在凌源失业了,能领什么补贴"),
        ("liaocheng chuangye daikuan", "聊城创业贷款"),
        ("dalian gongyixing gangwei duoshao qian", "大连公益性岗位多少钱"),
        # pinyin beside characters (eval79 VB04): the runs read, the characters kept
        ("wo zai lingyuan 下岗了 you shenme butie", "我在凌源下岗了有什么补贴"),
    ],
)
def test_pinyin_is_read_as_the_texts_words(typed, read):
    assert hanzi(typed) == read


@pytest.mark.parametrize("typed", ["hello", "What subsidy can I get?", "ok", "我们是A级企业", "找HR问问", "123"])
def test_english_and_mixed_messages_are_left_as_typed(typed):
    assert not is_pinyin(typed) and hanzi(typed) == typed
