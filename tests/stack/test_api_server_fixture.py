"""The API-only stack: chat answers from search with the notice when the dialogue service is down."""

import httpx


def test_chat_falls_back_to_a_cited_answer_when_rasa_is_down(api_server):
    reply = api_server.chat(None, "残疾人开店有房租补贴吗")
    msg = reply["messages"][0]
    assert msg["text"].startswith("智能对话暂不可用")
    assert "6000元/年" in msg["text"]
    assert msg["citations"][0]["doc_number"] == "大政发〔2020〕18号"
    # the quoted 6000元/年 sentence states no period of its own: said so, never "in force"
    assert "原文未载明实施期限" in msg["text"] and "仍在实施期内" not in msg["text"]


def test_handoffs_need_the_staff_token(api_server):
    assert httpx.get(f"{api_server.url}/api/v1/handoffs", timeout=10).status_code == 401
    assert api_server.staff_get("/api/v1/handoffs").status_code == 200


def test_a_request_for_a_person_is_not_searched_and_is_recorded_while_rasa_is_down(api_server):
    reply = api_server.chat(None, "转人工")
    text = reply["messages"][0]["text"]
    assert "12345" in text and "人工智能" not in text
    assert reply["messages"][0]["citations"] == []
    listed = api_server.staff_get("/api/v1/handoffs").json()["handoffs"]
    mine = [h for h in listed if h["sender_id"] == reply["sender_id"]]
    assert mine and mine[0]["reason"] == "user_request" and mine[0]["channel"] == "web"
    detail = api_server.staff_get(f"/api/v1/handoffs/{mine[0]['id']}").json()
    assert [t["text"] for t in detail["transcript"]][0] == "转人工"


def test_a_button_payload_is_not_searched_while_rasa_is_down(api_server):
    reply = api_server.chat(None, '/inform{"applicant_type":"enterprise"}')
    assert reply["messages"][0]["citations"] == []
    assert "请直接输入您的问题" in reply["messages"][0]["text"]
