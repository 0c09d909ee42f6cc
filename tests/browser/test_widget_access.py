"""Accessibility: keyboard only, 大字 at 360 px, high contrast, touch targets, axe-core (WCAG 2.1 AA)."""

from __future__ import annotations

import json

from playwright.sync_api import expect
from widget_page import Widget

FOCUS_STYLE = "getComputedStyle(document.activeElement).outlineStyle + ' ' + getComputedStyle(document.activeElement).outlineWidth"


def _tab_to(page, predicate_js: str, limit: int = 60) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(predicate_js):
            return
    raise AssertionError(f"keyboard focus never reached: {predicate_js}")


def test_keyboard_only(api_server, new_page, artifacts):
    page = new_page()
    page.goto(api_server.url + "/")
    _tab_to(page, "document.activeElement.classList.contains('zcw-launcher')")
    assert page.evaluate(FOCUS_STYLE).startswith("solid"), "focus must be visible on the launcher"
    page.keyboard.press("Enter")
    w = Widget(page, api_server.url)
    expect(w.input).to_be_focused()  # opening moves focus to where one types

    before = w.bot_messages().count()
    page.keyboard.type("高校毕业生有什么就业补贴")
    page.keyboard.press("Enter")
    reply = w.wait_reply(before)
    expect(reply.locator(".zcw-card").first).to_be_visible()

    # Reach a source card's button by Tab and open the clause with the keyboard.
    _tab_to(page, "document.activeElement.matches('.zcw-card > button')")
    assert page.evaluate(FOCUS_STYLE).startswith("solid")
    page.keyboard.press("Enter")
    expect(page.locator(".zcw-card > button[aria-expanded='true']")).to_have_count(1)
    expect(page.locator(".zcw-clause[data-loaded]")).to_have_count(1, timeout=15_000)

    # Rate the answer with the keyboard (Space on a focused button).
    _tab_to(page, "document.activeElement.getAttribute('data-rating') === 'up'")
    page.keyboard.press("Space")
    expect(reply.get_by_role("button", name="有帮助")).to_have_attribute("aria-pressed", "true")
    w.shot(artifacts, "widget-06-keyboard.png")

    # Escape closes the panel and gives focus back to the launcher.
    w.input.focus()
    page.keyboard.press("Escape")
    expect(w.panel).to_be_hidden()
    expect(w.launcher).to_be_focused()
    assert page.js_errors == []


def test_large_font_at_360px(api_server, new_page, artifacts):
    page = new_page(360, 740)
    w = Widget(page, api_server.url).open()
    size = lambda: page.evaluate("parseFloat(getComputedStyle(document.querySelector('.zcw-msg')).fontSize)")  # noqa: E731
    normal = size()
    w.tool("大字").click()
    expect(w.tool("大字")).to_have_attribute("aria-pressed", "true")
    assert size() >= 1.5 * normal, (normal, size())
    w.ask("公司招了4个应届生能领多少钱")
    # The panel fills the phone screen without sideways scrolling, at 1.5x text.
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    box = w.panel.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 360
    overflow = page.evaluate("""Array.from(document.querySelectorAll('#zcw-panel *')).filter(e => {
        const r = e.getBoundingClientRect(); return r.width > 0 && (r.right > 361 || r.left < -1); }).length""")
    assert overflow == 0
    # Touch targets: every visible button and link of the widget at least 44x44 CSS px.
    small = page.evaluate("""Array.from(document.querySelectorAll('.zcw button, .zcw a')).filter(e => e.offsetParent)
        .map(e => [e.textContent.trim(), e.getBoundingClientRect().width, e.getBoundingClientRect().height])
        .filter(([, wd, ht]) => wd < 44 || ht < 44)""")
    assert small == [], small
    w.shot(artifacts, "widget-07-large-font-360.png")
    page.locator(".zcw-log").evaluate("e => e.scrollTop = 0")
    w.shot(artifacts, "widget-08-large-font-360-top.png")
    # The preference is remembered.
    page.reload()
    expect(page.locator(".zcw.zcw-large")).to_have_count(1)


def test_high_contrast(api_server, new_page, artifacts):
    page = new_page(390, 800)
    w = Widget(page, api_server.url).open()
    w.tool("高对比").click()
    w.ask("稳岗返还")
    bg = page.evaluate("getComputedStyle(document.querySelector('.zcw-log')).backgroundColor")
    fg = page.evaluate("getComputedStyle(document.querySelector('.zcw-bot .zcw-line')).color")
    assert bg == "rgb(0, 0, 0)" and fg == "rgb(255, 255, 255)"
    # Validity is never told by colour alone: the badge carries words and a symbol.
    badge = page.locator(".zcw-badge").first.inner_text()
    assert any(word in badge for word in ("现行", "已到期", "未开始", "有效期未知"))
    w.shot(artifacts, "widget-09-high-contrast.png")


def _axe(page) -> dict:
    return page.evaluate("""() => axe.run(document, {runOnly: {type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}, resultTypes: ['violations']})""")


def test_axe_no_serious_or_critical_violations(api_server, new_page, artifacts, axe_source):
    page = new_page()
    w = Widget(page, api_server.url).open()
    reply = w.ask("残疾人开店有房租补贴吗")
    reply.locator(".zcw-card > button").first.click()
    expect(page.locator(".zcw-clause[data-loaded]")).to_have_count(1, timeout=15_000)
    reply.get_by_role("button", name="没帮助").click()
    expect(reply.locator("textarea")).to_be_visible()
    # From node_modules: the page never loads anything remote. Evaluated by the driver, not as an
    # inline <script>, which the page's Content-Security-Policy (rightly) refuses.
    page.evaluate(axe_source)
    report = {"default": _axe(page)}
    w.tool("高对比").click()
    w.tool("大字").click()
    report["contrast+large"] = _axe(page)
    summary = {
        mode: [
            {
                "id": v["id"],
                "impact": v["impact"],
                "nodes": len(v["nodes"]),
                "targets": [n["target"] for n in v["nodes"]][:5],
            }
            for v in r["violations"]
        ]
        for mode, r in report.items()
    }
    (artifacts / "axe-widget.json").write_text(json.dumps(summary, ensure_ascii=False, indent=2), encoding="utf-8")
    bad = {mode: [v for v in vs if v["impact"] in ("serious", "critical")] for mode, vs in summary.items()}
    assert bad == {"default": [], "contrast+large": []}, bad
