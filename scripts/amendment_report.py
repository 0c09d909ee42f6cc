"""The amendment fixture's impact report for 2021-06-01, and a screenshot of its HTML page.

    HF_HUB_OFFLINE=1 .venv/bin/python scripts/amendment_report.py [--work /tmp/amendment-report]

Copies the knowledge data, adds tests/fixtures/amendment/dalian-extension-fixture.txt to the copy
(`policy knowledge add … --yes`), runs `policy knowledge impact --base knowledge/ --as-of 2021-06-01`
over it (Markdown on stdout, HTML beside it), then opens the HTML page in Debian's Chromium
(Playwright) and saves a full-page screenshot to docs/notes/img/impact-amendment-2021-06-01.png.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from knowledge import paths  # noqa: E402
from knowledge.authoring.withdraw import copy_data  # noqa: E402

FIXTURE = ROOT / "tests" / "fixtures" / "amendment" / "dalian-extension-fixture.txt"
SHOT = ROOT / "docs" / "notes" / "img" / "impact-amendment-2021-06-01.png"


def policy(env: dict, *args: str) -> str:
    proc = subprocess.run([sys.executable, "-m", "cli.main", *args], cwd=ROOT, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"policy {' '.join(args)}: {proc.stderr[-1500:]}")
    return proc.stdout


def screenshot(html: Path, png: Path) -> None:
    from playwright.sync_api import sync_playwright

    from stack import testing

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=testing.CHROMIUM, args=testing.CHROMIUM_ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(html.as_uri())
        png.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(png), full_page=True)
        browser.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--work", type=Path, default=Path("/tmp/amendment-report"))
    ap.add_argument("--png", type=Path, default=SHOT)
    args = ap.parse_args()
    shutil.rmtree(args.work, ignore_errors=True)
    data = copy_data(paths.WORK_DATA_DIR, args.work / "data")
    env = dict(os.environ, POLICY_KNOWLEDGE_DIR=str(data), POLICY_HOME=str(args.work / "home"), HF_HUB_OFFLINE="1")
    env["PYTHONPATH"] = str(ROOT)
    print(policy(env, "knowledge", "add", str(FIXTURE), "--id", "dalian-fixture-2021-1", "--yes"))
    html = args.work / "report.html"
    base = str(paths.WORK_DATA_DIR)
    print(policy(env, "knowledge", "impact", "--base", base, "--as-of", "2021-06-01", "--html", str(html)))
    screenshot(html, args.png)
    print(f"screenshot: {args.png}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
