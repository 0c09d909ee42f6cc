"""The console as a workplace, in Debian's Chromium at 1366×768: two agents and a supervisor with
their own accounts; a ticket from a widget hand-off taken, noted and closed (已办结); the copy
audit; the supervisor's view with the 👎 and its CSV export opened; a copied cookie dying at logout.
Screenshots: tests/artifacts/console-ii-*.png."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from api.store import staff

ROOT = Path(__file__).resolve().parents[3]
ARTIFACTS = ROOT / "tests" / "artifacts"
VIEW = {"width": 1366, "height": 768}
sys.path.insert(0, str(ROOT / "tests" / "browser"))
from widget_page import Widget  # noqa: E402


@pytest.fixture(scope="module")
def people(api_server):
    """Agent 张丽 made with `policy staff create` (as an admin would), the others directly."""
    import os

    env = {**os.environ, "PYTHONPATH": str(ROOT), "POLICY_DATABASE_URL": api_server.db_url}
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "cli.main",
            "staff",
            "create",
            "zhangli",
            "--role",
            "agent",
            "--name",
            "张丽",
            "--password-stdin",
        ],
        input="zhangli-pass-1\n",
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    engine = create_engine(api_server.db_url)
    staff.create_user(engine, "wangqiang", "wangqiang-pass-1", "agent", "王强")
    staff.create_user(engine, "chenban", "chenban-pass-1", "supervisor", "陈班长")
    return {"zhangli": "zhangli-pass-1", "wangqiang": "wangqiang-pass-1", "chenban": "chenban-pass-1"}


def context(browser, api_server):
    # Playwright's string predicates (wait_for_function) run through eval, which the console's CSP
    # refuses; the CSP itself is checked without bypass in tests/browser/test_security_headers.py.
    ctx = browser.new_context(
        bypass_csp=True, base_url=api_server.url, viewport=VIEW, locale="zh-CN", accept_downloads=True
    )
    ctx.grant_permissions(["clipboard-read", "clipboard-write"], origin=api_server.url)
    ctx.set_default_timeout(20000)
    return ctx


def login(ctx, username, password):
    page = ctx.new_page()
    page.goto("/console")
    page.fill("#username", username)
    page.fill("#password", password)
    page.click("button[type=submit]")
    page.wait_for_selector("body[data-ready=true]")
    page.wait_for_function("document.querySelector('#who').textContent.length > 0")
    return page


def shot(page, name):
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"console-ii-{name}.png"))


def test_two_agents_and_a_supervisor(browser, api_server, people):
    # A citizen in the widget: a question, a 👎 with a reason, then a hand-off with a phone number.
    wctx = browser.new_context(bypass_csp=True, viewport={"width": 420, "height": 800}, locale="zh-CN")
    wpage = wctx.new_page()
    w = Widget(wpage, api_server.url).open()
    answer = w.ask("大连稳岗返还怎么申请")
    answer.get_by_role("button", name="没帮助").click()
    answer.get_by_label("哪里不满意？可以告诉我们（选填）").fill("没说去哪里办")
    answer.get_by_role("button", name="提交意见").click()
    reply = w.ask("转人工，我电话13812345678")
    told = reply.inner_text()
    ref = re.search(r"转接编号 (A-\d{8}-\d{4})，请拨打12345时告知坐席", told)
    assert ref, told
    ref = ref.group(1)
    wpage.screenshot(path=str(ARTIFACTS / "console-ii-widget-reference.png"))
    wctx.close()

    # Agent 张丽 takes the call: the caller quotes the number.
    a = context(browser, api_server)
    pa = login(a, "zhangli", people["zhangli"])
    assert pa.locator("#who").inner_text() == "张丽（坐席）"
    assert pa.locator("nav [data-view=report]").is_hidden()  # agents have no supervisor's tab
    pa.keyboard.press("Alt+4")
    pa.fill("#ticket-q", ref)
    pa.keyboard.press("Enter")
    pa.wait_for_selector("#ticket-take")
    assert pa.evaluate("document.activeElement.id") == "ticket-take"  # focus on the next action
    assert ref in pa.locator("#handoff-detail h2").inner_text()
    assert "尾号5678" in pa.locator("#handoff-detail .transcript").inner_text()
    assert "13812345678" not in pa.locator("#handoff-detail").inner_text()
    pa.keyboard.press("Enter")  # 由我处理
    pa.wait_for_function("document.activeElement.id === 'ticket-notes'")
    assert "处理中" in pa.locator("#handoff-detail h2").inner_text()
    pa.keyboard.type("来电人问稳岗返还的办理地点")
    pa.fill("#ticket-outcome", "已告知向市人社局失业保险经办机构申请")
    shot(pa, "ticket-taken")
    pa.click("#ticket-close")
    pa.wait_for_function(
        f"[...document.querySelectorAll('#handoffs li')].some(li => li.innerText.includes('{ref}') && li.innerText.includes('已办结'))"
    )

    # Agent 王强 finds the same ticket by the phone's last four digits: closed, 张丽's.
    b = context(browser, api_server)
    pb = login(b, "wangqiang", people["wangqiang"])
    pb.keyboard.press("Alt+4")
    pb.fill("#ticket-q", "5678")
    pb.wait_for_function(f"document.querySelector('#handoffs').innerText.includes('{ref}')")
    row = pb.locator("#handoffs li", has_text=ref)
    assert "已办结" in row.inner_text() and "zhangli" in row.inner_text()
    row.click()
    pb.wait_for_selector("#ticket-reopen")
    detail = pb.locator("#handoff-detail").inner_text()
    assert "已告知向市人社局失业保险经办机构申请" in pb.locator("#ticket-outcome").input_value()
    assert "zhangli 于" in detail
    shot(pb, "ticket-closed")

    # 张丽 answers a caller from search: Enter opens, "c" copies (not typed into the box).
    pa.keyboard.press("Alt+1")
    pa.fill("#q", "稳岗返还")
    pa.wait_for_selector("#results li[role=option]")
    pa.keyboard.press("Enter")
    pa.wait_for_selector("#clause-answer")
    pa.keyboard.press("c")
    assert pa.input_value("#q") == "稳岗返还"
    copied = pa.evaluate("navigator.clipboard.readText()")
    assert copied == pa.locator("#clause-answer").inner_text() and copied.startswith("根据")
    shot(pa, "search")

    # The supervisor: the 👎 with its comment, the answer and its clause; the copy; the export.
    s = context(browser, api_server)
    ps = login(s, "chenban", people["chenban"])
    assert ps.locator("#who").inner_text() == "陈班长（班长）"
    ps.keyboard.press("Alt+5")
    ps.wait_for_selector("#report table")
    down = ps.locator("#report tr.down", has_text="没说去哪里办")
    assert down.count() == 1 and "稳岗" in down.inner_text()
    copies = ps.locator("#report tr", has_text="zhangli")
    assert copies.count() >= 1 and copied[:30] in copies.first.inner_text()
    shot(ps, "supervisor")
    with ps.expect_download() as dl:
        ps.click("a.export[data-section=feedback]")
    data = Path(dl.value.path()).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and "没说去哪里办" in data.decode("utf-8-sig")
    clause = down.locator("a[data-clause]").first
    clause_id = clause.get_attribute("data-clause")
    clause.click()
    ps.wait_for_selector("#clause-answer")
    assert ps.locator("nav [data-view=search]").get_attribute("aria-selected") == "true"
    assert clause_id.split(":")[0] and ps.locator("#detail h2").inner_text()

    # 张丽 logs out: a copy of her cookie stops working on the server.
    cookie = [c for c in a.cookies() if c["name"] == "policy_staff"][0]
    thief = browser.new_context(bypass_csp=True, base_url=api_server.url)
    thief.add_cookies([cookie])
    tp = thief.new_page()
    assert tp.goto("/console").status == 200
    pa.click("text=退出登录")
    pa.wait_for_selector("#password")
    assert tp.goto("/console").status == 401
    for ctx in (a, b, s, thief):
        ctx.close()
