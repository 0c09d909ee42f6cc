"""Exact clause references: a document by number, short number, title words or issuer, and a clause
number in any printed or spoken form, resolve to exactly that clause; search answers from it."""

from __future__ import annotations

import pytest

from retrieval.evaluation import load_eval
from retrieval.models import make_request
from retrieval.references import find_reference, lookup, number_spans, resolve


@pytest.mark.parametrize(
    "text, clause_id",
    [
        ("大政发〔2020〕18号第九条的补贴标准是多少", "dalian-2020-18:2.9"),
        ("大政发[2020]18号（九）", "dalian-2020-18:2.9"),
        ("大政发2020年18号 九、", "dalian-2020-18:2.9"),
        ("１８号文第９条", "dalian-2020-18:2.9"),
        ("18号文第九条", "dalian-2020-18:2.9"),
        ("十八号文第十五条", "dalian-2020-18:3.15"),
        ("18号第（十七）条说的啥", "dalian-2020-18:4.17"),
        ("大连市政府18号文件第9条", "dalian-2020-18:2.9"),
        ("大连市稳就业实施意见第十二条", "dalian-2020-18:2.12"),  # title words tell 2020 from 2017
        ("大连2017年的意见第六条", "dalian-2017-46:2.6"),  # the year does
        ("大政发〔2017〕46号第六条", "dalian-2017-46:2.6"),
        ("辽宁省稳就业若干意见第十条", "liaoning-2020-9:3.10"),
        ("9号文（十）", "liaoning-2020-9:3.10"),
        ("辽政发〔2020〕9号第十条", "liaoning-2020-9:3.10"),
        ("聊城的通知第6条", "liaocheng-2020:2.6"),
        ("聊城市人民政府的通知 6.", "liaocheng-2020:2.6"),
        ("聊城通知第二十五条", "liaocheng-2020:7.25"),
        ("凌政发〔2019〕14号第二部分第二条", "lingyuan-2019-14:2.2"),
        ("凌政发〔2019〕14号 三、（三）", "lingyuan-2019-14:3.3"),
        ("凌源实施办法第三部分（一）", "lingyuan-2019-14:3.1"),
    ],
)
def test_a_named_clause_resolves_to_exactly_that_clause(records, text, clause_id):
    ref = find_reference(text, records)
    assert ref is not None and ref.clause_ids == (clause_id,), ref
    assert [r.clause_id for r in lookup(text, records)] == [clause_id]


def test_labels_restarting_per_part_need_the_part(records):
    ref = find_reference("凌源的实施办法第三条", records)
    assert ref.doc_ids == ("lingyuan-2019-14",) and not ref.exact
    assert {c.split(":")[1] for c in ref.clause_ids} == {"1.3", "3.3", "4.3", "5.3"}


def test_a_part_and_position_in_a_document_numbered_straight_through(records):
    ref = find_reference("大政发〔2020〕18号 第二部分第三条", records)
    assert ref.clause_ids == ("dalian-2020-18:2.11",) and ref.by_position


def test_a_clause_the_document_lacks_is_missing_not_guessed(records):
    ref = find_reference("大政发〔2020〕18号第三十条", records)
    assert ref.doc_ids == ("dalian-2020-18",) and ref.clause_ids == () and ref.missing_clause


def test_a_number_outside_the_collection_is_reported_as_such(records):
    ref = find_reference("国办发〔2020〕6号第九条", records)
    assert ref.doc_ids == () and ref.unknown_document == "国办发〔2020〕6号" and ref.clause_no == 9


def test_a_clause_without_a_document_is_read_but_not_resolved(records):
    ref = find_reference("第九条是什么意思", records)
    assert ref.clause_no == 9 and ref.doc_ids == () and ref.clause_ids == ()
    assert resolve(records, ["dalian-2020-18"], None, ref.clause_no)[0] == ["dalian-2020-18:2.9"]


@pytest.mark.parametrize(
    "text",
    [
        "3月18号去办的",
        "大连有啥办法帮失业的",
        "我2019年底在大连办的营业执照",
        "住房公积金能缓交不",
        "招了3、4个人",
        "失业金一个月1.5倍吗",
    ],
)
def test_ordinary_questions_name_no_clause(records, text):
    assert find_reference(text, records) is None


def test_no_evaluation_question_is_read_as_a_clause_reference(records):
    assert [i.id for i in load_eval() if (r := find_reference(i.q, records)) and r.clause_ids] == []


def test_a_document_number_is_a_name_not_a_date():
    text = "大政发〔2020〕18号第九条"
    assert number_spans(text) == [(0, 12)]
    assert number_spans("18号文第九条") == [(0, 4)]
    assert number_spans("我2020年3月18号毕业") == []


def test_search_answers_from_the_named_clause_first(hybrid_searcher):
    res = hybrid_searcher.search(make_request("辽宁省稳就业若干意见第十条", top_k=3))
    assert res.results[0].clause_id == "liaoning-2020-9:3.10" and res.results[0].exact_reference
    assert res.reference.clause_ids == ["liaoning-2020-9:3.10"]


def test_a_named_clause_outside_the_users_region_still_comes_first(hybrid_searcher):
    res = hybrid_searcher.search(make_request("聊城通知第6条", region="大连市", top_k=3))
    assert res.results[0].clause_id == "liaocheng-2020:2.6"


@pytest.mark.parametrize("text", ["大政发〔2020〕18号第三十条", "辽宁省稳就业若干意见第十条", "第九条"])
def test_a_clause_reference_is_never_answered_with_a_preamble(hybrid_searcher, text):
    res = hybrid_searcher.search(make_request(text, top_k=10))
    assert res.results and all(
        hybrid_searcher.corpus.records[hybrid_searcher.corpus.position[h.clause_id]].kind == "clause"
        for h in res.results
    )
