"""Search behaviour: filters, validity, result shape, highlights, input bounds."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from knowledge.regions import ancestors
from retrieval.models import MAX_QUERY_CHARS, BadInput, make_request
from retrieval.search import search

CONTRACT_FIELDS = {
    "rank",
    "score",
    "clause_id",
    "doc_id",
    "doc_number",
    "doc_title",
    "issuer",
    "region",
    "issued",
    "clause_label",
    "heading",
    "text",
    "departments",
    "validity",
    "highlights",
}


def run(searcher, q, **kw):
    return search(q, searcher=searcher, **kw)


def test_result_has_every_contract_field(hybrid_searcher):
    resp = run(hybrid_searcher, "公司招了失业半年的人有补贴吗", top_k=3, as_of="2020-07-01").model_dump(mode="json")
    assert set(resp) >= {"query", "as_of", "results"}
    assert resp["as_of"] == "2020-07-01"
    assert len(resp["results"]) == 3
    for i, hit in enumerate(resp["results"], start=1):
        assert CONTRACT_FIELDS <= set(hit)
        assert hit["rank"] == i
        assert set(hit["validity"]) >= {"status", "start", "end", "basis"}
        assert hit["validity"]["status"] in {"active", "expired", "not_started", "unknown"}
    scores = [h["score"] for h in resp["results"]]
    assert scores == sorted(scores, reverse=True)


def test_as_of_defaults_to_today(lexical_searcher):
    assert run(lexical_searcher, "稳岗返还").as_of == date.today().isoformat()


@pytest.mark.parametrize("place", ["大连市", "凌源市", "聊城市", "辽宁省"])
def test_region_filter_keeps_only_covering_policies(lexical_searcher, place):
    allowed = set(ancestors(place))
    resp = run(lexical_searcher, "失业了能领什么补贴", region=place, top_k=20)
    assert resp.results
    assert {h.region for h in resp.results} <= allowed


def test_dalian_user_sees_city_and_province(lexical_searcher):
    regions = {h.region for h in run(lexical_searcher, "稳岗返还", region="大连", top_k=10).results}
    assert regions == {"大连市", "辽宁省"}


def test_place_named_in_question_boosts_that_place(lexical_searcher):
    plain = run(lexical_searcher, "稳岗返还裁员率放宽", top_k=5)
    named = run(lexical_searcher, "聊城稳岗返还", top_k=5)
    assert named.regions_in_query == ["聊城市"]
    assert named.results[0].region == "聊城市"
    assert plain.regions_in_query == []


def dated_clause(records):
    return next(
        r
        for r in records
        if r.kind == "clause" and r.validity.end and (r.validity.start is None or r.validity.start <= r.validity.end)
    )


def test_expired_clause_is_found_and_says_expired(lexical_searcher, records):
    rec = dated_clause(records)
    query = rec.heading
    after = rec.validity.end + timedelta(days=1)
    hits = {h.clause_id: h for h in run(lexical_searcher, query, top_k=10, as_of=after).results}
    assert rec.clause_id in hits, "an expired clause must stay findable"
    assert hits[rec.clause_id].validity.status == "expired"
    on_end = {h.clause_id: h for h in run(lexical_searcher, query, top_k=10, as_of=rec.validity.end).results}
    assert on_end[rec.clause_id].validity.status == "active"


def test_status_filter(lexical_searcher, records):
    rec = dated_clause(records)
    after = rec.validity.end + timedelta(days=1)
    active = run(lexical_searcher, rec.heading, top_k=50, as_of=after, status="active").results
    assert rec.clause_id not in {h.clause_id for h in active}
    assert all(h.validity.status == "active" for h in active)


def test_a_clause_is_not_started_before_its_document_was_issued(lexical_searcher, records):
    # before: 大政发〔2020〕18号（十三） (issued 2020-06-30) was "active" on 2020-06-01 from its measures' end dates
    rec = next(r for r in records if r.clause_id == "dalian-2020-18:3.13")
    before, after = rec.issued - timedelta(days=29), rec.issued + timedelta(days=1)
    hit = lambda day, **kw: next(  # noqa: E731
        (
            h
            for h in run(lexical_searcher, rec.heading, top_k=50, as_of=day, **kw).results
            if h.clause_id == rec.clause_id
        ),
        None,
    )
    early = hit(before)
    assert early.validity.status == "not_started" and early.validity.start == rec.issued.isoformat()
    assert hit(before, status="active") is None and hit(before, status="not_started") is not None
    assert hit(after).validity.status == "active"


def test_doc_filter(lexical_searcher):
    hits = run(lexical_searcher, "创业担保贷款", doc_ids=("lingyuan-2019-14",), top_k=10).results
    assert hits and {h.doc_id for h in hits} == {"lingyuan-2019-14"}


def test_highlights_are_verbatim_sentences_of_the_clause(hybrid_searcher, corpus):
    for q in ("残疾人租场地开店有补贴吗", "见习生的意外险谁出", "农民工工资保证金"):
        for hit in run(hybrid_searcher, q, top_k=3).results:
            assert hit.highlights
            for hl in hit.highlights:
                assert hl.strip("…") in hit.text, (q, hit.clause_id, hl)


def test_nothing_matching_gives_no_results(lexical_searcher):
    assert run(lexical_searcher, "zzqqxx").results == []


def test_typo_still_finds_the_measure(lexical_searcher):
    top = run(lexical_searcher, "稳岗反还", top_k=3).results
    assert any("稳岗" in h.text for h in top)


@pytest.mark.parametrize(
    "kwargs, field",
    [
        ({"query": "  "}, "q"),
        ({"query": "稳" * (MAX_QUERY_CHARS + 1)}, "q"),
        ({"query": "稳岗", "region": "北京市"}, "region"),
        ({"query": "稳岗", "top_k": 0}, "top_k"),
        ({"query": "稳岗", "top_k": 51}, "top_k"),
        ({"query": "稳岗", "top_k": "五"}, "top_k"),
        ({"query": "稳岗", "top_k": 2.5}, "top_k"),
        ({"query": "稳岗", "as_of": "2020-02-30"}, "as_of"),
        ({"query": "稳岗", "status": "valid"}, "status"),
        ({"query": "稳岗", "doc_ids": ("nowhere",)}, "doc"),
    ],
)
def test_bad_input_names_the_field(kwargs, field):
    with pytest.raises(BadInput) as err:
        make_request(**kwargs)
    assert err.value.field == field
    assert str(err.value).startswith(f"{field}: ")


def test_region_aliases_are_normalised():
    assert make_request("稳岗", region="大连").region == "大连市"


def test_a_named_place_boosts_itself_and_its_ancestors_never_siblings(corpus):
    from retrieval import filters

    labels = filters.Labels([r.region for r in corpus.records])
    boost = filters.mention_boosts(labels, ["凌源市"], 1.0)
    by_region = {r.region: float(b) for r, b in zip(corpus.records, boost, strict=False)}
    assert by_region["凌源市"] == 1.0 and by_region["辽宁省"] == pytest.approx(0.7)
    assert by_region["大连市"] == 0.0 and by_region["聊城市"] == 0.0  # a sibling and another province
    province = {
        r.region: float(b)
        for r, b in zip(corpus.records, filters.mention_boosts(labels, ["辽宁省"], 1.0), strict=False)
    }
    assert province["辽宁省"] == 1.0 and province["大连市"] == 0.0 and province["凌源市"] == 0.0


@pytest.mark.parametrize(
    "query, region",
    [
        ("聊城稳岗返还能返多少", "聊城市"),
        ("凌源的创业担保贷款能贷多少", "凌源市"),
        ("大连的一次性吸纳就业补贴", "大连市"),
    ],
)
def test_a_place_named_in_the_question_steers_the_search(hybrid_searcher, query, region):
    hits = hybrid_searcher.search(make_request(query, top_k=3)).results
    # a boost, not a filter: the best answer comes from the place or a region containing it
    assert hits[0].region in ancestors(region) and hits[0].region_match == "named_in_query", [
        (h.clause_id, h.region) for h in hits
    ]
    assert region in {h.region for h in hits}


def test_housing_fund_deferral_reaches_the_liaocheng_clause(hybrid_searcher):
    top = hybrid_searcher.search(make_request("住房公积金能缓交不", top_k=1)).results[0]
    assert top.clause_id == "liaocheng-2020:2.6"
