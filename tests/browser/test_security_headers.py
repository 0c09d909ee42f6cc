"""Security headers on every page, and a Content-Security-Policy the widget and the console actually
satisfy: Debian's Chromium reports no violation while a person uses them."""

from __future__ import annotations

import httpx
import pytest
from playwright.sync_api import expect
from widget_page import Widget

WATCH = """window.__csp = [];
document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"""


def watch(page) -> list[str]:
    """Violations as the console reports them (and as the page's own event sees them, below)."""
    seen: list[str] = []
    page.on("console", lambda m: seen.append(m.text) if "Content Security Policy" in m.text else None)
    page.add_init_script(WATCH)
    return seen


@pytest.mark.parametrize(
    "path", ["/", "/widget.js", "/console", "/api/v1/search?q=稳岗返还", "/healthz", "/api/v1/clauses/none:1", "/docs"]
)
def test_every_response_carries_the_headers(api_server, path):
    r = httpx.get(api_server.url + path, timeout=60)
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["referrer-policy"] == "same-origin"
    assert "frame-ancestors" in r.headers["content-security-policy"]


def test_pages_policies_frame_and_script_rules(api_server):
    console = httpx.get(api_server.url + "/console", timeout=30).headers
    assert "frame-ancestors 'none'" in console["content-security-policy"] and console["x-frame-options"] == "DENY"
    demo = httpx.get(api_server.url + "/", timeout=30)
    csp = demo.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'self'" in csp
    nonce = csp.split("'nonce-")[1].split("'")[0]
    assert f'<style nonce="{nonce}">' in demo.text  # fresh per response:
    assert nonce not in httpx.get(api_server.url + "/", timeout=30).headers["content-security-policy"]
    api = httpx.get(api_server.url + "/healthz", timeout=30).headers["content-security-policy"]
    assert api.startswith("default-src 'none'")


def test_the_widget_runs_under_the_demo_pages_policy(api_server, new_page):
    page = new_page()
    seen = watch(page)
    w = Widget(page, api_server.url).open()
    expect(w.launcher).to_be_hidden()
    # The injected stylesheet applied (it carries the page's nonce): the panel is positioned.
    assert page.evaluate("getComputedStyle(document.querySelector('#zcw-panel')).position") == "fixed"
    reply = w.ask("残疾人开店有房租补贴吗")
    reply.get_by_role("button", name="没帮助").click()
    expect(reply.get_by_label("哪里不满意？可以告诉我们（选填）")).to_be_visible()
    assert page.evaluate("getComputedStyle(document.querySelector('.zcw-comment')).width") != "auto"
    expect(page.locator(".zcw-privacy")).to_contain_text("天后删除")
    assert page.evaluate("window.__csp") == [] and seen == []
    assert not page.js_errors
    # The watch itself works: a stylesheet without the nonce is refused and reported.
    page.evaluate("document.head.appendChild(Object.assign(document.createElement('style'), {textContent: 'p{}'}))")
    page.wait_for_function("window.__csp.length > 0")
    assert "style-src" in page.evaluate("window.__csp[0]")


def test_the_console_runs_under_its_policy(api_server, browser):
    context = browser.new_context(base_url=api_server.url, viewport={"width": 1440, "height": 900}, locale="zh-CN")
    page = context.new_page()
    page.set_default_timeout(15000)
    seen = watch(page)
    try:
        page.goto("/console")
        assert page.evaluate("getComputedStyle(document.querySelector('form')).backgroundColor") == "rgb(255, 255, 255)"
        page.fill("#password", api_server.staff_token)  # no username: the staff token as the admin
        page.click("button[type=submit]")
        page.wait_for_selector("body[data-ready=true]")
        page.keyboard.press("/")
        page.keyboard.type("稳岗返还", delay=20)
        page.wait_for_selector("#results li[role=option]")
        for key in ("Alt+2", "Alt+3", "Alt+4"):
            page.keyboard.press(key)
            page.wait_for_timeout(300)
        page.click("text=退出登录")  # a same-origin form POST: passes the cross-site check
        page.wait_for_selector("#password")
        assert page.evaluate("window.__csp") == [] and seen == []
    finally:
        context.close()
