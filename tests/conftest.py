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
