"""422s are in Chinese, name the field, and keep FastAPI's list shape detail[{loc, msg, type}]."""

from __future__ import annotations


def test_overlong_chat_message(client):
    r = client.post("/api/v1/chat", json={"message": "稳" * 501})
    assert r.status_code == 422
    body = r.json()
    assert body["detail"] == [
        {"loc": ["body", "message"], "msg": "message: 消息过长（最多500字）", "type": "string_too_long"}
    ]
    assert body["message"] == "message: 消息过长（最多500字）"


def test_missing_and_empty_fields(client):
    body = client.post("/api/v1/chat", json={"message": ""}).json()
    msgs = {d["loc"][-1]: d["msg"] for d in body["detail"]}
    # sender_id may be left out (a new conversation starts); an empty message may not.
    assert msgs == {"message": "message: 消息不能为空"}


def test_nested_field_path_and_our_own_chinese_validators(client):
    r = client.post("/api/v1/chat", json={"message": "你好", "metadata": {"as_of": "2020/1/1"}})
    d = r.json()["detail"][0]
    assert d["loc"] == ["body", "metadata", "as_of"]
    assert d["msg"].startswith("metadata.as_of: 应为 YYYY-MM-DD")


def test_malformed_json(client):
    r = client.post("/api/v1/chat", content=b"{not json", headers={"Content-Type": "application/json"})
    assert r.status_code == 422 and "JSON" in r.json()["message"]


def test_the_input_is_not_echoed_back(client):
    r = client.post("/api/v1/chat", json={"message": "电话13812345678" * 40})
    assert "13812345678" not in r.text


def test_a_huge_value_is_not_echoed_back_whole(client):
    """Messages quote what was received (a typo is easier to see); a 1 MB value comes back cut."""
    big = "9" * 1_000_000
    for r in (
        client.post("/api/v1/chat", json={"message": "你好", "metadata": {"as_of": big}}),
        client.post("/api/v1/eligibility", json={"profile": {"region": big}}),
        client.post("/api/v1/eligibility", json={"profile": {}, "as_of": big}),
        client.post("/api/v1/eligibility", json={"profile": {big[:100_000]: 1}}),
        client.get("/api/v1/search", params={"q": "稳岗", "region": big[:20_000]}),
    ):
        assert r.status_code == 422 and len(r.content) < 2000, (r.request.url.path, len(r.content))
        assert "9" * 41 not in r.text
