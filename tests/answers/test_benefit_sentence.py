""" "有什么补贴" asks what is given: the sentence quoted from a clause is one that grants something,
not one that only mentions the group or the place ("2018年毕业的非大连生源高校毕业生办理报到期限…延长",
seen as the first reply to "大连 高校毕业生 有什么补贴" on 2026-12-02)."""

from __future__ import annotations

from answers import confidence, sentences

GRADUATES = "dalian-2020-18:3.13"


def _quoted(query: str) -> list[str]:
    rec = sentences.record_of(GRADUATES)
    assert rec is not None
    return [q.text for q in sentences.choose(rec, query, [], confidence.content_words(query, []))]


def test_what_subsidies_quotes_a_sentence_that_grants_one():
    quoted = _quoted("大连 高校毕业生 有什么补贴")
    assert any("补贴" in q for q in quoted[:1]), quoted
    assert not any("报到期限" in q for q in quoted)


def test_the_place_named_is_not_a_word_to_match_inside_the_clause():
    # "大连" matched "非大连生源": without the place the report-date sentence has nothing to recommend it
    assert not any("非大连生源" in q for q in _quoted("大连的应届生 有啥补贴"))


def test_a_question_of_another_kind_is_not_steered_to_grants():
    # "什么时候报到" asks about time: the period sentence still answers it
    assert any("报到期限" in q for q in _quoted("大连 高校毕业生 报到期限延长到什么时候"))


def test_where_the_money_comes_from_is_never_the_quote():
    # "上述一次性吸纳就业补贴和补助，所需资金从就业补助资金或工业企业结构调整专项奖补资金列支。" was quoted
    # to "請問大連有什麼創業補貼" and "我想问补贴" (eval5 E13, E18)
    rec = sentences.record_of("dalian-2020-18:2.9")
    assert rec is not None
    for query in ("大连有什么创业补贴", "我想问补贴", "招人有补贴吗"):
        quoted = [q.text for q in sentences.choose(rec, query, [], confidence.content_words(query, []))]
        assert not any("列支" in q for q in quoted), (query, quoted)
    # …unless that is the question
    asked = "吸纳就业补贴的资金从哪出"
    quoted = [q.text for q in sentences.choose(rec, asked, [], confidence.content_words(asked, []))]
    assert any("列支" in q for q in quoted), quoted
