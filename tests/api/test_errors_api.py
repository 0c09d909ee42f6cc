"""422s are in Chinese, name the field, and keep FastAPI's list shape detail[{loc, msg, type}]."""
from __future__ import annotations


def test_overlong_chat_message(client):
    r = client.post("/api/v1/chat", json={"message": "稳" * 501})
    assert r.status_code == 422
    body = r.json()
    assert body["detail"] == [{"loc": ["body", "message"], "msg": "message: 消息过长（最多500字）", "type": "string_too_long"}]
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
