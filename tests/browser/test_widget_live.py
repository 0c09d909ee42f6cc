"""The widget against the whole stack (Rasa + action server + API): what a person sees in a real
conversation. The bot chooses its questions; the test answers them as a person would, by the
buttons the widget shows, and asserts only on what ends up on the screen."""

from __future__ import annotations

import re

from playwright.sync_api import expect
from widget_page import DOC_NUMBER, Widget

from answers.notices import DIALOGUE_DOWN

AVOID = ("不清楚", "转人工", "重新开始", "算了", "为什么问这个", "不知道")
PREFER = ("是", "有", "企业", "大连市", "已签订", "已缴纳", "签了", "交了")
AMOUNT = re.compile(r"\d[\d,，.]*\s*元")
DEPARTMENT = re.compile(r"(市|省)[\u4e00-\u9fff]{1,14}?(局|厅|委|办)")


def _answer_until(w: Widget, done, rounds: int = 8) -> None:
    """Answer the bot's questions by its buttons (as a person would) until `done()` holds."""
    for _ in range(rounds):
        if done():
            return
        options = [o for o in w.quick_replies() if o not in AVOID]
        if not options:
            # A count question offers only "不清楚": a person types the number.
            assert w.quick_replies(), (
                "the bot stopped without a question before the end:\n" + w.log.inner_text()[-1500:]
            )
            w.ask("2")
            continue
        choice = next((o for o in options if o in PREFER), options[0])
        w.click_reply(choice)
    assert done(), "no result after %d answers:\n%s" % (rounds, w.log.inner_text()[-2000:])


def test_live_welcome_button_to_cited_answer(live_stack, new_page, artifacts):
    page = new_page()
    w = Widget(page, live_stack.api_url).open()
    w.click_task("稳岗返还")
    _answer_until(w, lambda: w.bot_messages().locator(".zcw-card").count() > 0)
    text = w.log.inner_text()
    assert DIALOGUE_DOWN not in text  # the dialogue answered, not the fallback
    card = w.bot_messages().locator(".zcw-card").first
    badge = card.locator(".zcw-badge").inner_text()
    assert any(b in badge for b in ("现行", "已到期", "未开始", "有效期未知")), badge
    card.locator("button[aria-controls]").click()
    expect(card.locator(".zcw-clause")).to_contain_text("条款全文", timeout=15_000)
    w.shot(artifacts, "widget-10-live-cited-answer.png")

    # 转人工: the hotline and the department responsible for what was being discussed.
    before = w.bot_messages().count()
    w.page.locator("[data-id='welcome'] .zcw-quick").get_by_role("button", name="转人工", exact=True).click()
    reply = w.wait_reply(before)
    handoff = "\n".join(w.bot_messages().nth(i).inner_text() for i in range(before, w.bot_messages().count()))
    assert "12345" in handoff and DEPARTMENT.search(handoff), handoff
    expect(reply.get_by_role("link", name="拨打12345热线")).to_be_visible()
    w.shot(artifacts, "widget-11-live-handoff.png")
    sender = page.evaluate("JSON.parse(localStorage.getItem('zcw:v1:sender'))")
    handoffs = live_stack.staff_get("/api/v1/handoffs").json()["handoffs"]
    assert any(h["sender_id"] == sender and h["channel"] == "web" for h in handoffs)


def test_live_eligibility_conversation_ends_in_a_summary(live_stack, new_page, artifacts):
    page = new_page(390, 844)
    w = Widget(page, live_stack.api_url).open()
    w.click_task("企业招人补贴")
    w.ask("我们公司在大连，招了4个应届高校毕业生，都签了一年以上劳动合同，也交了社保")

    def summary_shown() -> bool:
        last = w.last_bot().inner_text()
        return bool(AMOUNT.search(last) and DOC_NUMBER.search(last) and re.search(r"补贴|补助", last))

    _answer_until(w, summary_shown)
    last = w.last_bot()
    text = last.inner_text()
    assert DIALOGUE_DOWN not in w.log.inner_text()
    assert re.search(r"[\u4e00-\u9fff]{2,}(补贴|补助)", text), text  # names a benefit
    assert AMOUNT.search(text), text  # an amount in 元
    assert DOC_NUMBER.search(text), text  # a document number
    assert last.locator(".zcw-card").count() > 0  # and its source cards
    assert w.page.locator(".zcw-user").count() >= 2  # it was a conversation
    w.shot(artifacts, "widget-12-live-eligibility-summary.png")
