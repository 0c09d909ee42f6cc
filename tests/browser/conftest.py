"""Browser fixtures: a fresh page (own storage) per test, screenshots under tests/artifacts/,
axe-core from this folder's node_modules (npm ci from package-lock.json; never a CDN)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
# pytest runs with --import-mode=importlib (no test folder on sys.path): put this one there so the
# tests can share the small page object in widget_page.py.
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))
ARTIFACTS = HERE.parent / "artifacts"
AXE = HERE / "node_modules" / "axe-core" / "axe.min.js"


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE.exists():  # scripts/test.sh installs it; this covers a bare `pytest tests/browser`
        if not shutil.which("npm"):
            pytest.fail("axe-core is not installed and npm is missing: run `npm ci` in tests/browser")
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--silent"], cwd=HERE, check=True, timeout=300)
    return AXE.read_text(encoding="utf-8")


@pytest.fixture
def new_page(browser):
    """new_page(width=1280, height=860) -> a page in its own context (own localStorage)."""
    contexts = []

    def make(width: int = 1280, height: int = 860):
        ctx = browser.new_context(viewport={"width": width, "height": height}, locale="zh-CN")
        contexts.append(ctx)
        page = ctx.new_page()
        page.set_default_timeout(30_000)
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.js_errors = errors  # checked by tests: the widget must not throw
        return page

    yield make
    for ctx in contexts:
        ctx.close()
