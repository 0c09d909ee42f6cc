"""Shared fixtures: the parsed clause records, built once per test session."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")


@pytest.fixture(scope="session")
def records():
    from knowledge.build import parse_all

    return list(parse_all())


@pytest.fixture(scope="session")
def by_id(records):
    return {r.clause_id: r for r in records}


# -- running processes and a browser (end-to-end tests) ---------------------------------------
@pytest.fixture(scope="session")
def api_server(tmp_path_factory):
    """The API alone on a free port, fresh SQLite database, no dialogue service (chat falls back)."""
    from stack import testing

    running = testing.start(tmp_path_factory.mktemp("api_server"), with_dialogue=False)
    yield running
    running.stack.stop()


@pytest.fixture(scope="session")
def live_stack(tmp_path_factory):
    """Rasa + action server + API, as `policy serve` runs them (model trained or reused by hash)."""
    from stack import testing

    running = testing.start(tmp_path_factory.mktemp("live_stack"), with_dialogue=True)
    yield running
    running.stack.stop()
    # every reply the live conversations produced, as a person read it: nothing meant for developers
    from tests.live.reply_check import bot_texts, problems

    assert bot_texts(running.db_url), "the live stack recorded no bot reply"
    found = problems(running.db_url)
    if found:
        pytest.fail("给人看的回复中出现了开发者用语：\n" + "\n".join(found), pytrace=False)


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, headless, driven by Playwright (never a downloaded browser)."""
    from playwright.sync_api import sync_playwright

    from stack import testing

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=testing.CHROMIUM, args=testing.CHROMIUM_ARGS, headless=True)
        yield b
        b.close()
