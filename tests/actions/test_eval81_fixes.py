"""Evaluation 81's findings (/work/eval81/ findings-A.md): answered on the real engine. The messages are written for
these tests after the findings, not copied from them."""

from __future__ import annotations


def test_none_of_what_a_count_counts_is_zero_not_another_number_of_the_message():
    # before (XA07, rated 1): "学徒啥的我们没有。我就问…7800那个" to the apprentices' count was read as 7800 apprentices and
    # the firm told "4000元/人·年 × 7800人 = 31200000元"
    from actions.fact_answers import read_answer

    said = {"intent": {"name": "inform", "confidence": 0.9}}
    assert read_answer("apprentices", said, "学徒我们厂没有 我问的是每人每年7800的那个税", None) == (0, False)
    assert read_answer("apprentices", said, "学徒有6个", None) == (6, False)
