"""The hashed requirement files (scripts/lock.sh) cover what pyproject.toml and bot/requirements.txt
ask for: a dependency added without refreshing the lock fails here, not in a fresh install."""

from __future__ import annotations

import re
from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parents[2]


def _name(requirement: str) -> str:
    return re.split(r"[\s\[<>=!~;]", requirement.strip(), maxsplit=1)[0].lower().replace("_", "-").replace(".", "-")


def _locked(path: Path) -> dict[str, list[str]]:
    """name -> the hash lines of its pin."""
    out: dict[str, list[str]] = {}
    current = None
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^([A-Za-z0-9_.-]+)==\S+", line)
        if m:
            current = _name(m.group(1))
            out[current] = []
        elif current and "--hash=sha256:" in line:
            out[current].append(line)
    return out


def test_every_app_dependency_is_pinned_with_hashes_except_torch():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = {_name(r) for r in project["dependencies"] + project["optional-dependencies"]["dev"]}
    locked = _locked(ROOT / "requirements" / "app.txt")
    assert wanted - set(locked) == set()
    assert "torch" not in locked  # installed pinned first: a CPU build on disk, not on PyPI (scripts/lock.sh)
    assert all(locked.values())  # every pin carries at least one hash


def test_rasa_is_pinned_with_hashes():
    locked = _locked(ROOT / "requirements" / "rasa.txt")
    assert "rasa" in locked and "tensorflow" in locked and all(locked.values())
    pin = (ROOT / "bot" / "requirements.txt").read_text(encoding="utf-8")
    assert re.search(r"^rasa==3\.6\.21", (ROOT / "requirements" / "rasa.txt").read_text(), re.M) and "3.6.21" in pin
