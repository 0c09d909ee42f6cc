"""GET /api/v1/documents and /api/v1/documents/{doc_id}."""

from __future__ import annotations


def test_lists_the_five_documents_with_validity_summary(client):
    body = client.get("/api/v1/documents", params={"as_of": "2020-07-15"}).json()
    assert body["as_of"] == "2020-07-15"
    docs = {d["id"]: d for d in body["documents"]}
    assert set(docs) == {"dalian-2020-18", "dalian-2017-46", "liaoning-2020-9", "lingyuan-2019-14", "liaocheng-2020"}
    d = docs["dalian-2020-18"]
    assert d["doc_number"] == "大政发〔2020〕18号" and d["issuer"] == "大连市人民政府" and d["issued"] == "2020-06-30"
    summary = d["validity_summary"]
    assert summary["as_of"] == "2020-07-15" and summary["clauses"] == sum(summary["by_status"].values()) > 10
    assert summary["by_status"]["active"] > 0  # in mid-2020 much of it was still in force
    # Unknown metadata stays null, never invented.
    assert docs["liaocheng-2020"]["doc_number"] is None and docs["liaocheng-2020"]["title"] is None
    assert "source_file" not in d


def test_validity_summary_follows_as_of(client):
    later = client.get("/api/v1/documents", params={"as_of": "2030-01-01"}).json()
    d = next(x for x in later["documents"] if x["id"] == "dalian-2020-18")
    assert d["validity_summary"]["by_status"]["active"] == 0


def test_one_document_with_its_clause_table(client):
    body = client.get("/api/v1/documents/lingyuan-2019-14").json()
    assert body["doc_number"] == "凌政发〔2019〕14号"
    ids = [c["clause_id"] for c in body["clauses"]]
    assert "lingyuan-2019-14:3.3" in ids and len(ids) == len(set(ids))
    labels = [c["clause_label"] for c in body["clauses"] if c["clause_label"] == "(一)"]
    assert len(labels) >= 2  # labels restart per part; ids do not
    assert all(c["validity"]["status"] in ("active", "expired", "not_started", "unknown") for c in body["clauses"])


def test_unknown_document_is_404_in_chinese(client):
    r = client.get("/api/v1/documents/beijing-2020-1")
    assert r.status_code == 404 and "未收录文件" in r.json()["detail"]


def test_bad_as_of_and_overlong_id_are_422(client):
    r = client.get("/api/v1/documents", params={"as_of": "2020-13-01"})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["query", "as_of"]
    r = client.get("/api/v1/documents/" + "x" * 65)
    assert r.status_code == 422 and r.json()["detail"][0]["loc"][-1] == "doc_id"
