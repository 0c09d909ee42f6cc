"""GET /api/v1/search (in-process ASGI client; no socket is opened)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api import deps
from api.main import create_app


@pytest.fixture(scope="module")
def client(hybrid_searcher):
    app = create_app()
    app.dependency_overrides[deps.searcher] = lambda: hybrid_searcher
    with TestClient(app) as c:
        yield c


def test_search_returns_the_cli_shape(client, hybrid_searcher):
    from retrieval.search import search

    r = client.get(
        "/api/v1/search", params={"q": "残保金能缓交吗", "region": "聊城", "top_k": 2, "as_of": "2021-01-01"}
    )
    assert r.status_code == 200
    body = r.json()
    expected = search("残保金能缓交吗", region="聊城", top_k=2, as_of="2021-01-01", searcher=hybrid_searcher)
    assert body == expected.model_dump(mode="json")
    assert body["results"][0]["clause_id"].startswith("liaocheng-2020:")


@pytest.mark.parametrize(
    "params, field",
    [
        ({"q": "稳岗", "region": "北京"}, "region"),
        ({"q": "稳岗", "top_k": "0"}, "top_k"),
        ({"q": "稳岗", "top_k": "x"}, "top_k"),
        ({"q": "稳岗", "as_of": "2020/01/01"}, "as_of"),
        ({}, "q"),
        ({"q": "稳" * 201}, "q"),
    ],
)
def test_bad_input_is_422_naming_the_field(client, params, field):
    r = client.get("/api/v1/search", params=params)
    assert r.status_code == 422
    assert r.json()["detail"][0]["loc"][-1] == field


def test_default_top_k_and_as_of(client):
    body = client.get("/api/v1/search", params={"q": "失业保险金"}).json()
    assert len(body["results"]) == 5 and len(body["as_of"]) == 10
