"""POST /api/v1/eligibility: same result as the CLI; 422 naming the field on bad input."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.main import create_app


@pytest.fixture(scope="module")
def client():
    return TestClient(create_app())


def test_eligibility(client):
    body = {
        "profile": {
            "applicant_type": "enterprise",
            "region": "聊城市",
            "insured_employees": 30,
            "layoff_rate": 20,
            "layoffs": "few",
            "insured": True,
            "last_year_unemployment_insurance_paid": 8000,
        },
        "as_of": "2020-07-01",
    }
    response = client.post("/api/v1/eligibility", json=body)
    assert response.status_code == 200
    doc = response.json()
    b = next(b for b in doc["benefits"] if b["benefit_id"] == "liaocheng-2020.stable-jobs-refund-50")
    assert (b["status"], b["amount"]["value"]) == ("eligible", 4000)
    assert doc["as_of"] == "2020-07-01" and doc["profile"]["region"] == "聊城市"
    # the difficulty refund of 聊城 5. is a higher standard of the same refund, not a second one
    assert b["superseded_by"] == [] and [o["benefit_id"] for o in b["overlaps"]] == [
        "liaocheng-2020.stable-jobs-difficulty"
    ]
    assert {"benefit_ids", "total", "alternatives"} <= set(doc["package"])
    assert "liaocheng-2020.stable-jobs-refund-50" in doc["package"]["benefit_ids"]
    assert doc["package"]["total"]["value"] == 4000


def test_same_result_as_the_engine(client, engine):
    body = {"profile": {"applicant_type": "person", "region": "凌源市"}, "as_of": "2020-01-01"}
    assert client.post("/api/v1/eligibility", json=body).json() == engine.evaluate(body["profile"], body["as_of"])


@pytest.mark.parametrize(
    "body, loc",
    [
        ({"profile": {"region": "北京市"}}, ["body", "profile", "region"]),
        ({"profile": {"employees": -1}}, ["body", "profile", "employees"]),
        ({"profile": {"layoffs": "some"}}, ["body", "profile", "layoffs"]),
        ({"profile": {"nonsense": 1}}, ["body", "profile", "nonsense"]),
        ({"profile": "大连"}, ["body", "profile"]),
        ({"as_of": "2020-01-01"}, ["body", "profile"]),
        ({"profile": {}, "as_of": "yesterday"}, ["body", "as_of"]),
    ],
)
def test_bad_input_is_422_naming_the_field(client, body, loc):
    response = client.post("/api/v1/eligibility", json=body)
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == loc
