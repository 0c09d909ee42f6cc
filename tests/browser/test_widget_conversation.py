"""The widget against the API with the dialogue service absent (api_server): every answer comes
from the cited-search fallback, so what a person sees is deterministic."""

from __future__ import annotations

import re

import httpx
from playwright.sync_api import expect
from sqlalchemy import create_engine, text
from widget_page import DOC_NUMBER, Widget

from answers.notices import DIALOGUE_DOWN

BADGES = ("现行", "已到期", "未开始", "有效期未知")


def test_welcome_button_to_cited_answer_and_opened_clause(api_server, new_page, artifacts):
    page = new_page()
    w = Widget(page, api_server.url).open()
    expect(w.log).to_have_attribute("aria-live", "polite")
    expect(page.locator("[data-id='welcome']")).to_contain_text("就业政策智能助手")
    for task in ("查补贴", "企业招人补贴", "稳岗返还", "创业扶持", "转人工"):
        expect(page.locator("[data-id='welcome']").get_by_role("button", name=task, exact=True)).to_be_visible()
    w.shot(artifacts, "widget-01-welcome.png")

    reply = w.click_task("稳岗返还")
    expect(w.user_messages().last).to_contain_text("稳岗返还")
    # The Rasa-down fallback: the notice, then a cited answer.
    expect(reply).to_contain_text(DIALOGUE_DOWN)
    card = reply.locator(".zcw-card").first
    expect(card).to_be_visible()
    card_text = card.inner_text()
    # A document number, or the plain statement that the copy prints none (聊城's notice): never invented.
    docno = card.locator(".zcw-docno").inner_text()
    assert DOC_NUMBER.search(docno) or docno == "（原文未载文号）", docno
    assert "责任单位：" in card_text and "条" in card_text and card.locator(".zcw-card-title").inner_text()
    badge = card.locator(".zcw-badge")
    badge_text = badge.inner_text()
    assert any(b in badge_text for b in BADGES), badge_text
    if "现行" in badge_text or "已到期" in badge_text:
        assert re.search(r"至\d{4}年\d{1,2}月\d{1,2}日", badge_text), badge_text
    w.shot(artifacts, "widget-02-cited-answer.png")

    toggle = card.locator("button[aria-controls]")
    expect(toggle).to_have_text("查看条款原文")
    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(toggle).to_have_text("收起条款原文")
    clause = card.locator(".zcw-clause")
    expect(clause).to_contain_text("条款全文", timeout=15_000)
    expect(clause).to_contain_text("依据：")
    assert len(clause.inner_text()) > 80
    clause.scroll_into_view_if_needed()
    w.shot(artifacts, "widget-03-clause-opened.png")
    assert page.js_errors == []


def test_low_confidence_offers_the_hotline_and_a_handoff_button(api_server, new_page):
    w = Widget(new_page(), api_server.url).open()
    reply = w.ask("今天天气怎么样")
    expect(reply).to_contain_text("12345")
    expect(reply.get_by_role("link", name="拨打12345热线")).to_have_attribute("href", "tel:12345")
    assert "转人工" in w.quick_replies()


def test_reload_keeps_history_and_sender_then_clear(api_server, new_page, artifacts):
    page = new_page()
    w = Widget(page, api_server.url).open()
    w.ask("残疾人开店有房租补贴吗")
    sender = page.evaluate("JSON.parse(localStorage.getItem('zcw:v1:sender'))")
    assert sender.startswith("web-"), sender  # issued by the server on the first turn
    before = w.log.inner_text()
    page.reload()
    expect(w.panel).to_be_visible()  # it was open: it reopens with the conversation
    expect(w.user_messages()).to_have_count(1)
    expect(w.user_messages().first).to_contain_text("残疾人开店有房租补贴吗")
    expect(w.bot_messages()).to_have_count(1)
    expect(w.bot_messages().first.locator(".zcw-card").first).to_be_visible()
    assert w.log.inner_text() == before
    assert page.evaluate("JSON.parse(localStorage.getItem('zcw:v1:sender'))") == sender
    w.shot(artifacts, "widget-04-after-reload.png")

    w.tool("清空对话").click()
    expect(w.user_messages()).to_have_count(0)
    expect(w.bot_messages()).to_have_count(0)
    assert page.evaluate("JSON.parse(localStorage.getItem('zcw:v1:sender'))") != sender
    page.reload()
    expect(w.user_messages()).to_have_count(0)


def test_a_stored_id_the_server_refuses_starts_a_new_conversation(api_server, new_page):
    """An id from an older widget (made up in the browser) or signed with a rotated key gets a 403:
    the widget says the earlier conversation is gone, starts a new one and answers the question."""
    page = new_page()
    page.add_init_script("localStorage.setItem('zcw:v1:sender', JSON.stringify('web-made-in-the-browser'))")
    w = Widget(page, api_server.url).open()
    reply = w.ask("残疾人开店有房租补贴吗")
    expect(reply.locator(".zcw-card").first).to_be_visible()
    expect(w.bot_messages().first).to_contain_text("之前的对话已失效")
    sender = page.evaluate("JSON.parse(localStorage.getItem('zcw:v1:sender'))")
    assert sender.startswith("web-") and sender != "web-made-in-the-browser"
    assert not page.js_errors


def test_feedback_is_stored(api_server, new_page):
    page = new_page()
    w = Widget(page, api_server.url).open()
    reply = w.ask("失业了能领失业保险金吗")
    sender = page.evaluate("JSON.parse(localStorage.getItem('zcw:v1:sender'))")
    reply.get_by_role("button", name="没帮助").click()
    expect(reply.get_by_role("button", name="没帮助")).to_have_attribute("aria-pressed", "true")
    expect(reply.locator(".zcw-fb-note")).to_have_text("已收到您的评价，谢谢！")
    reply.get_by_label("哪里不满意？可以告诉我们（选填）").fill("希望说明申请材料")
    reply.get_by_role("button", name="提交意见").click()
    expect(reply).to_contain_text("意见已提交，谢谢！")

    items = api_server.staff_get("/api/v1/feedback").json()["items"]
    mine = [i for i in items if i["sender_id"] == sender]
    assert len(mine) == 1 and mine[0]["rating"] == "down" and mine[0]["comment"] == "希望说明申请材料"
    assert mine[0]["channel"] == "web" and mine[0]["clause_ids"]
    with create_engine(api_server.db_url).connect() as conn:
        rating = conn.execute(text("SELECT rating FROM feedback WHERE sender_id = :s"), {"s": sender}).scalar_one()
    assert rating == -1
    metrics = httpx.get(api_server.url + "/metrics", timeout=10).text
    assert 'policy_feedback_total{rating="down"}' in metrics
    # The choice survives a reload (kept with the message in the history).
    page.reload()
    expect(w.bot_messages().last.get_by_role("button", name="没帮助")).to_have_attribute("aria-pressed", "true")


def test_network_error_offers_retry(api_server, new_page, artifacts):
    page = new_page()
    w = Widget(page, api_server.url).open()
    page.route("**/api/v1/chat", lambda route: route.abort("internetdisconnected"))
    w.input.fill("稳岗返还怎么申请")
    w.input.press("Enter")
    alert = page.locator(".zcw-error")
    expect(alert).to_contain_text("网络连接异常")
    expect(alert).to_have_attribute("role", "alert")
    retry = alert.get_by_role("button", name="重试")
    expect(retry).to_be_focused()
    expect(w.input).to_be_editable()  # the panel is never frozen
    w.shot(artifacts, "widget-05-network-error.png")
    page.unroute("**/api/v1/chat")
    before = w.bot_messages().count()
    retry.click()
    reply = w.wait_reply(before)
    expect(reply.locator(".zcw-card").first).to_be_visible()
    expect(page.locator(".zcw-error")).to_have_count(0)


def test_slow_network_times_out_into_retry(api_server, new_page):
    page = new_page()
    Widget(page, api_server.url).open()
    page.route("**/api/v1/chat", lambda route: None)  # never answered: a dead network
    page.clock.install()  # fake timers: the 6 s "slow" notice and the 25 s timeout without waiting
    page.get_by_role("textbox", name="输入您的问题").fill("创业担保贷款")
    page.get_by_role("textbox", name="输入您的问题").press("Enter")
    expect(page.locator(".zcw-typing")).to_be_visible()
    page.clock.run_for(7_000)
    expect(page.locator(".zcw-typing")).to_contain_text("网络较慢")
    page.clock.run_for(20_000)
    expect(page.locator(".zcw-error")).to_contain_text("等待超时")
    expect(page.locator(".zcw-typing")).to_be_hidden()


def test_a_lingyuan_clause_card_names_its_part(api_server, new_page):
    """凌政发〔2019〕14号 numbers its clauses afresh in every part: the card says "三、（一）", not "第（一）条"
    (eval3 B10)."""
    w = Widget(new_page(), api_server.url).open()
    reply = w.ask("凌政发〔2019〕14号第三部分第一条")
    clause = reply.locator(".zcw-card-clause").first
    expect(clause).to_contain_text("三、（一）")
    assert not clause.inner_text().startswith("第（一）条")
