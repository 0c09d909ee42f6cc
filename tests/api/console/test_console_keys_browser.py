"""Small things agents hit, in Chromium at 1366×768: "c" after Enter copies instead of typing,
"/" works from a filter, PageDown scrolls the clause pane, a newly opened clause starts at its
top, and more than two result cards fit on the screen."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"


@pytest.fixture()
def page(browser, api_server):
    # Playwright's string predicates (wait_for_function) run through eval, which the console's CSP
    # refuses; the CSP itself is checked without bypass in tests/browser/test_security_headers.py.
    ctx = browser.new_context(
        bypass_csp=True, base_url=api_server.url, viewport={"width": 1366, "height": 768}, locale="zh-CN"
    )
    ctx.grant_permissions(["clipboard-read", "clipboard-write"], origin=api_server.url)
    p = ctx.new_page()
    p.set_default_timeout(20000)
    p.goto("/console")
    p.fill("#password", api_server.staff_token)
    p.click("button[type=submit]")
    p.wait_for_selector("body[data-ready=true]")
    p.wait_for_function("document.querySelector('#f-region').options.length > 1", timeout=90000)  # index load
    yield p
    ctx.close()


def search(page, q):
    page.fill("#q", q)
    page.wait_for_function(
        "(q) => document.querySelector('#results li[role=option]') && document.querySelector('#q').value === q", arg=q
    )
    page.wait_for_timeout(200)  # the debounced search for the last keystroke has landed


def test_c_after_enter_copies_and_is_not_typed(page):
    search(page, "创业担保贷款")
    page.keyboard.press("Enter")
    page.wait_for_selector("#clause-answer")
    page.keyboard.press("c")
    assert page.input_value("#q") == "创业担保贷款"
    assert page.evaluate("navigator.clipboard.readText()") == page.locator("#clause-answer").inner_text()


def test_slash_from_a_filter_focuses_the_search_box(page):
    page.focus("#f-status")
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "q"
    assert page.input_value("#q") == ""


def test_pagedown_scrolls_the_clause_pane_and_a_new_clause_starts_at_top(page):
    search(page, "稳岗返还")
    page.keyboard.press("Enter")
    page.wait_for_selector("#clause-answer")
    assert page.evaluate(
        "document.querySelector('#detail').scrollHeight > document.querySelector('#detail').clientHeight"
    )
    page.keyboard.press("PageDown")
    page.wait_for_function("document.querySelector('#detail').scrollTop > 100")
    assert page.evaluate("window.scrollY") == 0  # the page itself did not move
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelector('#detail').scrollTop === 0")
    page.keyboard.press("PageUp")
    assert page.evaluate("document.querySelector('#detail').scrollTop") == 0


def test_more_result_cards_fit_at_1366x768(page):
    search(page, "稳岗返还")
    fully_visible = page.evaluate("""() => [...document.querySelectorAll('#results li[role=option]')]
        .filter(li => { const r = li.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }).length""")
    print(f"result cards fully visible at 1366x768: {fully_visible}")
    page.screenshot(path=str(ARTIFACTS / "console-ii-results-1366.png"))
    assert fully_visible >= 3
    # one header line: the tabs, the date, who and logout side by side
    assert page.evaluate("document.querySelector('header.top').getBoundingClientRect().height") < 60


def test_calculator_starts_from_the_callers_question(page):
    page.fill("#as-of", "2020-07-15")
    page.dispatch_event("#as-of", "change")
    page.keyboard.press("Alt+3")
    page.wait_for_selector("#calc-question .prompt")
    assert "全部补贴规则" in page.locator("#calc-scope-note").inner_text()
    page.fill("#calc-topic", "公司招了应届毕业生有补贴吗")
    page.press("#calc-topic", "Enter")
    page.wait_for_function("document.querySelector('#calc-scope-note').textContent.includes('只看与')")
    for label in ("企业", "大连市"):
        page.locator("#calc-question .opts button", has_text=label).first.click()
        page.wait_for_timeout(300)
    page.screenshot(path=str(ARTIFACTS / "console-ii-calculator-scoped.png"))
    page.select_option("#calc-measure", "dalian-2020-18.absorb-2500")
    page.wait_for_function("document.querySelector('#calc-scope-note').textContent.includes('所选补贴')")
