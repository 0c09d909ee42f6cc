"""Console JSON endpoints (in process): filters, 答复口径 from the shared composer, clause view,
compare, calculator."""

from __future__ import annotations

from datetime import date

from answers.citations import doc_name
from answers.clause_answer import clause_block
from answers.clause_record import record_block
from api.services.console_search import GROUPS
from knowledge.build import parse_all


def _search(staff, **params):
    r = staff.get("/api/v1/console/search", params=params)
    assert r.status_code == 200, r.text
    return r.json()


def test_hits_carry_the_composer_answer(staff):
    data = _search(staff, q="稳岗返还", region="大连市", as_of="2020-07-15", top_k=5)
    assert data["results"]
    for h in data["results"]:
        raw = {k: v for k, v in h.items() if k not in ("answer", "badge", "departments_text", "doc_name")}
        assert h["answer"] == clause_block(raw, date(2020, 7, 15), "稳岗返还", data.get("expanded_terms", ()))[0]
        assert h["badge"]
        assert h["doc_name"] == doc_name(raw) and h["doc_name"] in h["answer"]  # one wording


def test_a_document_without_title_or_number_is_named_in_the_composers_words(staff, by_id):
    hits = _search(staff, q="稳岗返还", region="聊城市", top_k=5)["results"]
    liaocheng = [h for h in hits if h["region"] == "聊城市"]
    assert liaocheng
    assert liaocheng[0]["doc_name"] == "聊城市人民政府2020年3月11日印发的通知（原文未载标题、文号）"
    clause = staff.get(f"/api/v1/console/clauses/{liaocheng[0]['clause_id']}").json()
    assert clause["doc_name"] == liaocheng[0]["doc_name"]


def test_region_includes_places_inside_it(staff):
    regions = {h["region"] for h in _search(staff, q="稳岗返还", region="辽宁省", top_k=20)["results"]}
    assert {"辽宁省", "大连市", "凌源市"} <= regions and "聊城市" not in regions


def test_city_region_covers_its_province_not_other_places(staff):
    regions = {h["region"] for h in _search(staff, q="稳岗返还", region="大连市", top_k=20)["results"]}
    assert regions <= {"大连市", "辽宁省"} and "大连市" in regions


def test_status_as_of_date(staff):
    hits = _search(staff, q="稳岗返还", status="active", as_of="2020-07-15", top_k=20)["results"]
    assert hits and all(h["validity"]["status"] == "active" for h in hits)
    assert "liaocheng-2020:2.5" in {h["clause_id"] for h in hits}
    later = _search(staff, q="稳岗返还", status="active", as_of="2026-01-01", top_k=20)["results"]
    assert "liaocheng-2020:2.5" not in {h["clause_id"] for h in later}


def test_document_department_and_group_filters(staff):
    hits = _search(staff, q="补贴", doc="liaocheng-2020", top_k=20)["results"]
    assert hits and {h["doc_id"] for h in hits} == {"liaocheng-2020"}
    hits = _search(staff, q="补贴", department="市扶贫开发办", top_k=20)["results"]
    # one unit however written (knowledge/department_names.yaml: 扶贫办 is 市扶贫开发办)
    assert hits and all({"市扶贫开发办", "扶贫办"} & set(h["departments"]) for h in hits)
    hits = _search(staff, q="补贴", group="退役军人", top_k=20)["results"]
    assert hits and all(any(w in h["text"] for w in GROUPS["退役军人"]) for h in hits)


def test_bad_filters_are_422_naming_the_field(staff):
    for params, field in (
        ({"group": "外星人"}, "group"),
        ({"department": "无此单位"}, "department"),
        ({"region": "北京"}, "region"),
        ({"as_of": "2020-13-01"}, "as_of"),
        ({"status": "valid"}, "status"),
    ):
        r = staff.get("/api/v1/console/search", params={"q": "补贴", **params})
        assert r.status_code == 422, (params, r.text)
        assert field in str(r.json()["detail"])


def test_group_words_occur_in_the_sources():
    text = "".join(r.text for r in parse_all())
    for group, words in GROUPS.items():
        for w in words:
            assert w in text, f"{group}: “{w}” not in any clause"


def test_meta_lists_filters(staff):
    m = staff.get("/api/v1/console/meta").json()
    assert "辽宁省" in m["regions"] and len(m["documents"]) == 5
    assert m["departments"] and m["groups"] == list(GROUPS)
    assert [s["value"] for s in m["statuses"]] == ["active", "expired", "not_started", "unknown"]


def test_clause_view(staff, by_id):
    c = staff.get("/api/v1/console/clauses/dalian-2020-18:1.3", params={"as_of": "2020-07-15"}).json()
    rec = by_id["dalian-2020-18:1.3"]
    assert [s["text"] for s in c["sentences"]] == [s.text for s in rec.sentences]
    own = [s for s in c["sentences"] if s["validity"]]
    assert {s["validity"]["end"] for s in own} >= {"2020-12-31", "2021-08-31"}
    assert c["answer"] == record_block(rec, date(2020, 7, 15))[0]
    assert {r["rule_id"] for r in c["rules"]} >= {"dalian-2020-18.stable-jobs-refund-100"}
    assert "liaoning-2020-9" in {d["doc_id"] for d in c["links"]["implements"]}
    cited = staff.get("/api/v1/console/clauses/liaoning-2020-9:1.1").json()
    assert "dalian-2020-18:1.3" in {
        x["clause_id"] for x in cited["links"]["refined_by"] + cited["links"]["supersedes"]
    } or any(x["clause_id"] == "liaoning-2020-9:1.1" for x in c["links"]["refines"] + c["links"]["supersedes"])


def test_clause_view_quotes_chosen_sentences(staff, by_id):
    c = staff.get("/api/v1/console/clauses/dalian-2020-18:1.3", params={"s": 2, "as_of": "2020-07-15"}).json()
    assert by_id["dalian-2020-18:1.3"].sentences[2].text in c["answer"]
    assert "2020年12月31日" in c["answer"]  # the quoted measure's own period, not the clause's 2021-08-31


def test_clause_and_document_404(staff):
    assert staff.get("/api/v1/console/clauses/nope:1.1").status_code == 404
    assert staff.get("/api/v1/console/documents/nope").status_code == 404
    d = staff.get("/api/v1/console/documents/lingyuan-2019-14").json()
    assert len([c for c in d["clauses"] if c["clause_label"] in ("(一)", "（一）")]) >= 4  # labels restart per part


def test_compare_stable_jobs_four_regions(staff, by_id):
    data = staff.get("/api/v1/console/compare", params={"topic": "稳岗返还", "as_of": "2020-07-15"}).json()
    assert [c["region"] for c in data["regions"]] == ["辽宁省", "大连市", "凌源市", "聊城市"]
    for col in data["regions"]:
        rec = by_id[col["clause_id"]]
        assert col["departments"] == list(rec.departments)
        assert col["answer"].startswith("根据")
        assert col["doc_name"] in col["answer"]
        for m in col["measures"]:
            assert m["rate"] in rec.text and m["validity"]["status"] in ("active", "expired", "unknown", "not_started")
    lingyuan = data["regions"][2]["measures"][0]
    assert lingyuan["validity"]["status"] == "expired" and lingyuan["validity_of"] == "measure"
    by_q = staff.get("/api/v1/console/compare", params={"q": "稳岗补贴能返多少"}).json()
    assert by_q["topic"] == "稳岗返还"
    assert staff.get("/api/v1/console/compare", params={"topic": "不存在"}).status_code == 404


def test_calculator_form_comes_from_the_vocabulary(staff):
    from knowledge.eligibility.facts import vocabulary

    form = staff.get("/api/v1/console/calculator/form").json()
    assert set(form["facts"]) == set(vocabulary())
    assert "大连市" in form["facts"]["region"]["options"]


def test_calculator_asks_only_what_the_engine_needs(staff):
    r = staff.post("/api/v1/console/calculator", json={"profile": {}, "as_of": "2020-07-15"}).json()
    first = r["next_question"]["fact"]
    assert first in ("applicant_type", "region")
    skipped = staff.post("/api/v1/console/calculator", json={"profile": {}, "skip": [first]}).json()
    assert skipped["next_question"]["fact"] != first


def test_calculator_reaches_a_package_total(staff):
    profile = {
        "applicant_type": "enterprise",
        "region": "大连市",
        "new_hires_graduates": 4,
        "contract_one_year_plus": True,
        "social_insurance_paid": True,
    }
    r = staff.post("/api/v1/console/calculator", json={"profile": profile, "as_of": "2020-07-15"}).json()
    assert "dalian-2020-18.absorb-2500" in {b["benefit_id"] for b in r["claim"]}
    card = next(b for b in r["claim"] if b["benefit_id"] == "dalian-2020-18.absorb-2500")
    assert card["citations"] and card["citations"][0]["clause_id"] == "dalian-2020-18:2.9"
    # 4 graduates × 2500元 on 2020-07-15: a package with a known total is certain for this profile
    assert r["has_package"] and "合计" in r["summary"]
    assert r["package"]["total"]["value"] >= 10000


def test_calculator_headline_total_leaves_out_epidemic_bound_measures(staff):
    """The composer lists a measure tied to the epidemic period apart, outside its total; the console's
    headline figure is the composer's, never the engine's package total that still counts it (3000元)."""
    profile = {
        "applicant_type": "enterprise",
        "region": "大连市",
        "contract_one_year_plus": True,
        "is_epidemic_key_enterprise": True,
        "spring_festival_new_hires": 0,
        "epidemic_new_hires": 3,
        "new_hires_graduates": 0,
        "social_insurance_paid": True,
    }
    r = staff.post("/api/v1/console/calculator", json={"profile": profile, "as_of": "2020-07-15"}).json()
    assert r["package"]["total"]["value"] == 3000  # the engine's package, as the contract keeps it
    assert "dalian-2020-18.epidemic-hiring-1000" not in {b["benefit_id"] for b in r["claim"]}
    assert r["total_figure"] == "金额未知"
    assert "未计入合计" in r["summary"]


def test_calculator_bad_profile_is_422(staff):
    r = staff.post("/api/v1/console/calculator", json={"profile": {"region": "北京"}})
    assert r.status_code == 422 and "region" in str(r.json()["detail"])


def test_search_abstains_when_the_knowledge_base_has_nothing(staff):
    r = staff.get("/api/v1/console/search", params={"q": "今天天气怎么样"}).json()
    assert r["withheld"] is True and r["results"] == []
    assert r["relevance"]["message"] == "知识库中没有相关政策" and r["relevance"]["abstain"] is True
    shown = staff.get("/api/v1/console/search", params={"q": "今天天气怎么样", "show_anyway": "true"}).json()
    assert shown["results"] and shown["withheld"] is False
    ok = staff.get("/api/v1/console/search", params={"q": "稳岗返还怎么申请"}).json()
    assert ok["withheld"] is False and ok["results"] and ok["relevance"]["message"] is None


def test_search_flags_a_place_outside_the_covered_provinces(staff):
    r = staff.get("/api/v1/console/search", params={"q": "北京 失业金"}).json()
    assert r["outside_places"] == ["北京市"] and set(r["covered_provinces"]) == {"辽宁省", "山东省"}
    assert staff.get("/api/v1/console/search", params={"q": "大连 失业金"}).json()["outside_places"] == []


def test_department_names_are_one_vocabulary_in_filter_counts_and_answers(staff):
    names = [d["name"] for d in staff.get("/api/v1/console/meta").json()["departments"]]
    assert "市人力资源社会保障局" in names and "市人社局" not in names and "人社局" not in names
    by_full = staff.get(
        "/api/v1/console/search", params={"q": "稳岗返还", "department": "市人力资源社会保障局", "top_k": 50}
    ).json()["results"]
    by_short = staff.get(
        "/api/v1/console/search", params={"q": "稳岗返还", "department": "市人社局", "top_k": 50}
    ).json()["results"]
    assert [h["clause_id"] for h in by_full] == [h["clause_id"] for h in by_short]
    short_written = [h for h in by_full if "市人社局" in h["departments"]]
    assert short_written, "some clause writes 市人社局"
    assert "市人力资源社会保障局（原文作“市人社局”）" in short_written[0]["answer"]
