"""What a person does with the widget, as Playwright steps (a small page object)."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Locator, Page, expect

FIRST_REPLY_TIMEOUT_MS = 90_000  # the first search in a fresh API process loads the index and encoder
DOC_NUMBER = re.compile(r"〔\d{4}〕\d+号")


class Widget:
    def __init__(self, page: Page, base_url: str):
        self.page = page
        self.base_url = base_url

    # -- locators ----------------------------------------------------------------------------
    @property
    def launcher(self) -> Locator:
        return self.page.locator(".zcw-launcher")

    @property
    def panel(self) -> Locator:
        return self.page.locator("#zcw-panel")

    @property
    def log(self) -> Locator:
        return self.page.get_by_role("log")

    @property
    def input(self) -> Locator:
        return self.page.get_by_role("textbox", name="输入您的问题")

    def bot_messages(self) -> Locator:
        return self.page.locator(".zcw-log .zcw-bot:not([data-id='welcome'])")

    def user_messages(self) -> Locator:
        return self.page.locator(".zcw-log .zcw-user")

    def last_bot(self) -> Locator:
        return self.bot_messages().last

    def tool(self, name: str) -> Locator:
        return self.page.get_by_role("toolbar").get_by_role("button", name=name)

    # -- actions -----------------------------------------------------------------------------
    def open(self) -> "Widget":
        self.page.goto(self.base_url + "/")
        self.launcher.click()
        expect(self.panel).to_be_visible()
        return self

    def wait_reply(self, before: int, timeout: int = FIRST_REPLY_TIMEOUT_MS) -> Locator:
        """Wait until the bot has answered (more bot messages than `before`, typing indicator gone)."""
        expect(self.bot_messages()).not_to_have_count(before, timeout=timeout)
        expect(self.page.locator(".zcw-typing")).to_be_hidden(timeout=timeout)
        return self.last_bot()

    def ask(self, text: str) -> Locator:
        before = self.bot_messages().count()
        self.input.fill(text)
        self.input.press("Enter")
        return self.wait_reply(before)

    def click_task(self, title: str) -> Locator:
        before = self.bot_messages().count()
        self.page.locator("[data-id='welcome'] .zcw-quick").get_by_role("button", name=title, exact=True).click()
        return self.wait_reply(before)

    def quick_replies(self) -> list[str]:
        return self.page.locator(".zcw-log .zcw-bot:not([data-id='welcome']) .zcw-quick button").all_inner_texts()

    def click_reply(self, title: str) -> Locator:
        before = self.bot_messages().count()
        self.page.locator(".zcw-log .zcw-bot:not([data-id='welcome']) .zcw-quick").get_by_role(
            "button", name=title, exact=True
        ).first.click()
        return self.wait_reply(before)

    def shot(self, artifacts: Path, name: str) -> Path:
        path = artifacts / name
        self.page.screenshot(path=str(path))
        return path
