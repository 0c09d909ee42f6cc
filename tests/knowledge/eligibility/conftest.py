"""Fixtures for the eligibility tests: an engine over freshly parsed clause records."""

from __future__ import annotations

import pytest

from knowledge.eligibility.engine import Engine
from knowledge.eligibility.loader import default_rule_set


@pytest.fixture(scope="session")
def engine(by_id):
    return Engine(default_rule_set(), by_id)
