"""GET /api/v1/clauses/{clause_id}: full text, departments, validity on as_of, sentences."""

from __future__ import annotations


def test_clause_in_full(client, by_id):
    body = client.get("/api/v1/clauses/dalian-2020-18:2.9", params={"as_of": "2020-07-15"}).json()
    rec = by_id["dalian-2020-18:2.9"]
    assert body["text"] == rec.text and body["clause_label"] == "（九）" and body["heading"] == "鼓励企业吸纳就业"
    assert body["doc_number"] == "大政发〔2020〕18号" and body["departments"] == rec.departments
    assert body["as_of"] == "2020-07-15"
    assert set(body["validity"]) >= {"status", "start", "end", "basis"}
    assert len(body["sentences"]) == len(rec.sentences) and body["sentences"][0]["text"]


def test_sentences_keep_their_own_periods(client, by_id):
    # 大政发〔2020〕18号（三）holds measures ending 2020-12-31 and 2021-08-31.
    cid = next(c for c, r in by_id.items() if c.startswith("dalian-2020-18:") and r.clause_label == "（三）")
    body = client.get(f"/api/v1/clauses/{cid}", params={"as_of": "2021-03-01"}).json()
    ends = {s["validity"]["end"] for s in body["sentences"] if s["validity"]}
    assert {"2020-12-31", "2021-08-31"} <= ends
    statuses = {s["validity"]["end"]: s["validity"]["status"] for s in body["sentences"] if s["validity"]}
    assert statuses["2020-12-31"] == "expired" and statuses["2021-08-31"] == "active"
    assert body["validity"]["status"] == "active" and body["validity"]["end"] == "2021-08-31"


def test_status_depends_on_as_of(client):
    old = client.get("/api/v1/clauses/dalian-2020-18:2.9", params={"as_of": "2020-07-15"}).json()["validity"]
    now = client.get("/api/v1/clauses/dalian-2020-18:2.9").json()["validity"]
    assert now["status"] in ("expired", "unknown")
    assert old["end"] == now["end"]


def test_unknown_clause_is_404(client):
    r = client.get("/api/v1/clauses/dalian-2020-18:9.99")
    assert r.status_code == 404 and "未找到条款" in r.json()["detail"]


def test_bad_input(client):
    r = client.get("/api/v1/clauses/dalian-2020-18:2.9", params={"as_of": "2020/07/15"})
    assert r.status_code == 422
    assert r.json()["detail"][0]["loc"] == ["query", "as_of"] and "as_of" in r.json()["detail"][0]["msg"]
    assert client.get("/api/v1/clauses/" + "a" * 81).status_code == 422
