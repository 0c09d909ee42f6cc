"""The hand-off queue cannot be flooded: one open hand-off per conversation, a budget of new ones
per address, and the staff list is paged (not "the newest 100")."""

from stack.testing import Conversation


def _mine(client, staff, sender_id):
    listed = client.get("/api/v1/handoffs?limit=200", headers=staff).json()["handoffs"]
    return [h for h in listed if h["sender_id"] == sender_id]


def test_asking_again_in_one_conversation_keeps_one_open_hand_off(client, staff):
    person = Conversation(client)
    for _ in range(3):
        assert "12345" in person.say("转人工")["messages"][0]["text"]
    first = _mine(client, staff, person.sender_id)
    assert len(first) == 1
    # Once staff handled it, a new request is a new hand-off.
    assert client.post(f"/api/v1/handoffs/{first[0]['id']}/handled", headers=staff).status_code == 200
    person.say("转人工")
    assert len(_mine(client, staff, person.sender_id)) == 2


def test_one_address_starting_conversations_is_held_to_its_budget(client, staff, settings):
    before = client.get("/api/v1/handoffs?limit=200", headers=staff).json()["handoffs"]
    texts = [
        Conversation(client).say("转人工")["messages"][0]["text"] for _ in range(settings.handoff_limit_per_hour + 3)
    ]
    after = client.get("/api/v1/handoffs?limit=200", headers=staff).json()["handoffs"]
    assert all("12345" in t for t in texts)  # every person is still told the hotline
    # This module's address already used its budget in the test above (2 records); the rest is refused.
    assert len(after) == settings.handoff_limit_per_hour and len(after) > len(before)


def test_the_list_is_paged_newest_first(client, staff):
    page1 = client.get("/api/v1/handoffs?limit=2", headers=staff).json()
    assert len(page1["handoffs"]) == 2 and page1["next_before_id"] == page1["handoffs"][-1]["id"]
    assert page1["open_total"] >= 1
    page2 = client.get(f"/api/v1/handoffs?limit=2&before_id={page1['next_before_id']}", headers=staff).json()
    ids = [h["id"] for h in page1["handoffs"] + page2["handoffs"]]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == len(ids)
    last = client.get(f"/api/v1/handoffs?limit=200&before_id={ids[-1]}", headers=staff).json()
    assert last["next_before_id"] is None


def test_path_ids_are_bounded(client, staff):
    """A 23-digit id was a 500 (SQLite integer overflow); it is a 422 naming the field."""
    huge = "12345678901234567890123"
    assert client.get(f"/api/v1/handoffs/{huge}", headers=staff).status_code == 422
    assert client.post(f"/api/v1/handoffs/{huge}/handled", headers=staff).status_code == 422
    r = client.post(f"/api/v1/feedback/{huge}/comment", json={"sender_id": "web-x", "comment": "x"})
    assert r.status_code == 422 and "评价编号" in r.json()["message"]
