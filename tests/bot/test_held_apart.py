"""What the bot is measured on is never what it was trained on: no live-test message and no
held-out example is an NLU training example."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
_ANNOTATION = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\})")


def examples(paths) -> set[str]:
    out = set()
    for path in paths:
        for item in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu", []):
            for line in (item.get("examples") or "").splitlines():
                if line.strip().startswith("- "):
                    out.add(_ANNOTATION.sub(r"\1", line.strip()[2:].strip()))
    return out


def training() -> set[str]:
    return examples(sorted((ROOT / "bot" / "data" / "nlu").glob("*.yml")))


def test_dialogue_ii_live_messages_are_not_training_examples():
    """The Dialogue II conversations (the older live files predate this guard). "不清楚" is the
    form's own button word, typed as an answer."""
    said = set()
    for name in ("test_dialogue_ii.py", "test_dialogue_findings.py", "test_followups_ii.py", "test_eval3_answers.py"):
        path = ROOT / "tests" / "live" / name
        said |= set(re.findall(r"says\(\"([^\"]+)\"\)", path.read_text(encoding="utf-8"))) - {"不清楚"}
    assert len(said) > 45
    assert said & training() == set()


def test_dialogue_ii_held_out_examples_are_not_training_examples():
    held = examples(
        [ROOT / "bot" / "tests" / "nlu_heldout_dialogue2.yml", ROOT / "bot" / "tests" / "nlu_heldout_dialogue3.yml"]
    )
    assert len(held) >= 70
    assert held & training() == set()
