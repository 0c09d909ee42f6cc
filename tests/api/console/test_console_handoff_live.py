"""A hand-off asked for in the widget ("转人工" through POST /api/v1/chat, real Rasa and actions)
appears at the top of the console's hand-off list with its transcript."""

from __future__ import annotations

from pathlib import Path

import httpx

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"


def test_widget_handoff_appears_in_console(live_stack, browser):
    person = live_stack.conversation()
    person.say("我们公司在大连，想问稳岗返还")
    reply = person.say("转人工")
    assert reply["messages"], reply
    items = httpx.get(
        f"{live_stack.api_url}/api/v1/handoffs",
        timeout=30,
        headers={"Authorization": f"Bearer {live_stack.staff_token}"},
    ).json()["handoffs"]
    mine = [h for h in items if h["sender_id"] == person.sender_id]
    assert mine, f"no hand-off recorded for {person.sender_id}: {reply}"
    hid = mine[0]["id"]

    # Playwright's string predicates (wait_for_function) run through eval, which the console's CSP
    # refuses; the CSP itself is checked without bypass in tests/browser/test_security_headers.py.
    context = browser.new_context(bypass_csp=True, base_url=live_stack.api_url, viewport={"width": 1440, "height": 900})
    page = context.new_page()
    try:
        page.goto("/console")
        page.fill("#password", live_stack.staff_token)  # username left empty: the token's admin
        page.click("button[type=submit]")
        page.wait_for_selector("body[data-ready=true]")
        page.keyboard.press("Alt+4")
        item = page.locator(f"#handoffs li[data-id='{hid}']")
        item.wait_for(timeout=15000)
        assert page.locator("#handoffs li[data-id]").first.get_attribute("data-id") == str(hid)
        item.click()
        page.wait_for_selector("#handoff-detail .transcript li")
        assert "转人工" in page.locator("#handoff-detail").inner_text()
        page.screenshot(path=str(ARTIFACTS / "console-handoff-live.png"))
    finally:
        context.close()
