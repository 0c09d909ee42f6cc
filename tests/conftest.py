"""Shared fixtures: the parsed clause records, built once per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

TESTS = Path(__file__).resolve().parent

# Marks by what a test starts, so that the fast subset
#   pytest -m "not live and not browser and not slow"
# runs in under a minute of CPU (README "Tests and measurements"). A test is
#   live    when it starts a server process on loopback (API, Rasa, action server, PostgreSQL, Redis):
#           through one of these fixtures, or by living in tests/live/;
#   browser when it drives Debian's Chromium (the `browser` fixture, or tests/browser/);
#   slow    when it takes more than a few seconds on its own without any of that (listed below by
#           node id prefix, measured with --durations; or marked in the module).
LIVE_FIXTURES = {"live_stack", "api_server", "postgres", "redis_server", "wechat_app", "pg_stack", "cluster"}
LIVE_FILES = {  # start processes themselves (subprocess), without a fixture
    "stack/test_serve_command.py",
    "stack/test_slow_clients.py",
    "api/store/test_migrate_once.py",
    "live/test_faults.py",
}
SLOW = {  # node id prefixes (relative to tests/) of tests that take seconds each without a server:
    # each starts the `policy` CLI or Rasa's own CLI in a subprocess, or rebuilds the search index
    # (the slowest 30 of a --durations=30 run, 2026-12-02; docs/notes/house-tests.md)
    "knowledge/test_authoring.py::test_leave_one_out",
    "knowledge/test_amendment_fixture.py",
    "knowledge/test_build_cli.py",
    "knowledge/eligibility/test_eligibility_cli.py",
    "retrieval/test_retrieval_index.py",
    "retrieval/test_index_damage.py",
    "retrieval/test_search_cli.py",
    "retrieval/test_retrieval_encoders.py::test_sentence_transformers_encoder_loads_a_local_model_offline",
    "bot/test_bot_project.py::test_rasa_data_validate_is_clean",
    "bot/test_bot_project.py::test_nlu_heldout_evaluation_meets_targets",
    "api/console/test_staff_accounts.py::test_policy_staff_create_disable_reset_in_chinese",
    "api/store/test_retention.py::test_policy_purge_for_a_scheduler",
    # seconds of CPU each in process (--durations=60 once the search fixture reused var/'s index, 2026-12-02
    # afternoon): exhaustive or generated checks whose ordinary cases stay in the fast subset
    "knowledge/eligibility/test_rule_index.py::test_the_index_tells_everyone_what_the_full_scan_does",
    "knowledge/eligibility/test_rule_index.py::test_no_result_changes_another",  # 8 s: every profile twice
    "knowledge/eligibility/test_eligibility_properties.py::test_the_strategy_reaches_every_kind_of_status",
    "api/test_openapi_fuzz.py",  # Hypothesis over every operation of the schema
    "retrieval/test_retrieval_quality.py::test_hybrid_meets_the_floor_on_heldout",  # the held-out set, dense
    "retrieval/test_retrieval_quality.py::test_dense_side_adds_to_lexical",
    "retrieval/test_retrieval_encoders.py::test_use_vectors_are_normalised_and_semantic",  # loads a second model
}


def pytest_collection_modifyitems(config, items):
    for item in items:
        rel = Path(str(item.path)).resolve().relative_to(TESTS).as_posix()
        node = rel + item.nodeid[item.nodeid.index("::") :] if "::" in item.nodeid else rel
        names = set(item.fixturenames)
        if rel.startswith("live/") or rel in LIVE_FILES or names & LIVE_FIXTURES:
            item.add_marker(pytest.mark.live)
        if rel.startswith("browser/") or "browser" in names:
            item.add_marker(pytest.mark.browser)
        if any(node.startswith(prefix) for prefix in SLOW):
            item.add_marker(pytest.mark.slow)


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
