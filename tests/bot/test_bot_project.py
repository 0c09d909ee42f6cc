"""The Rasa project: domain in sync with the facts, data valid, dictionary tokens, button payloads."""

from __future__ import annotations

import glob
import json
import logging
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
RASA = ROOT / ".venv-rasa" / "bin" / "rasa"


def load(name: str) -> dict:
    return yaml.safe_load((ROOT / "bot" / name).read_text(encoding="utf-8"))


def test_domain_is_generated_from_the_current_vocabulary():
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bot" / "build_domain.py"), "--check"], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_every_form_slot_has_an_ask_action_on_the_action_server():
    from rasa_sdk.executor import ActionExecutor

    domain = load("domain.yml")
    required = domain["forms"]["eligibility_form"]["required_slots"]
    executor = ActionExecutor()
    executor.register_package("actions")
    for slot in required:
        assert slot in domain["slots"]
        assert f"action_ask_{slot}" in domain["actions"]
        assert f"action_ask_{slot}" in executor.actions
    custom = [a for a in domain["actions"] if a.startswith(("action_", "validate_"))]
    assert set(custom) <= set(executor.actions)


def test_button_payloads_use_domain_intents_and_entities():
    from answers.questions import question
    from knowledge.eligibility.facts import vocabulary

    domain = load("domain.yml")
    pattern = re.compile(r"^/(\w+)(\{.*\})?$")
    for fact in vocabulary():
        for b in question(fact).buttons:
            m = pattern.match(b["payload"])
            assert m and m.group(1) in domain["intents"], b
            if m.group(2):
                assert set(json.loads(m.group(2))) <= set(domain["entities"]), b


def test_jieba_dictionary_directory_keeps_domain_words_whole():
    """Rasa's JiebaTokenizer loads every file of `dictionary_path` (a directory): do the same."""
    import jieba

    jieba.setLogLevel(logging.ERROR)
    config = load("config.yml")
    tok = next(c for c in config["pipeline"] if c["name"] == "JiebaTokenizer")
    directory = ROOT / tok["dictionary_path"]
    assert directory.is_dir()
    files = glob.glob(f"{directory}/*")
    assert files
    for f in files:
        jieba.load_userdict(f)
    assert "稳岗返还" in jieba.lcut("企业怎么申请稳岗返还")
    assert "凌源市" in jieba.lcut("我在凌源市打工")


def test_config_has_fixed_seeds_and_no_downloading_component():
    config = load("config.yml")
    names = [c["name"] for c in config["pipeline"]]
    assert "LanguageModelFeaturizer" not in names
    for c in config["pipeline"] + config["policies"]:
        if c["name"] in ("DIETClassifier", "TEDPolicy"):
            assert isinstance(c.get("random_seed"), int)
        if c["name"] == "RegexFeaturizer":
            assert c.get("use_word_boundaries") is False


def test_every_intent_has_a_rule_of_its_own():
    """No learned dialogue policy (config.yml): an intent without a rule would always end in
    action_fallback, so each one opens a rule that needs no earlier state."""
    rules = load("data/rules.yml")["rules"]
    opened = {r["steps"][0]["intent"] for r in rules if not r.get("condition") and "intent" in r["steps"][0]}
    intents = set(load("domain.yml")["intents"])
    assert intents - opened == set()
    assert "TEDPolicy" not in [p["name"] for p in load("config.yml")["policies"]]


def test_rasa_data_validate_is_clean():
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    proc = subprocess.run(
        [
            str(RASA),
            "data",
            "validate",
            "--fail-on-warnings",
            "--config",
            "bot/config.yml",
            "--domain",
            "bot/domain.yml",
            "--data",
            "bot/data",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]


@pytest.mark.timeout(900)
def test_nlu_heldout_evaluation_meets_targets():
    """Evaluates the served model (the one cached by content hash, same NLU pipeline) on
    bot/tests/nlu_heldout.yml, which is never trained on: no second training in the suite."""
    from stack.model import ensure_model

    model = ensure_model(log=lambda *_: None)
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bot" / "eval_nlu.py"), "--model", str(model)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=880,
    )
    print(proc.stdout)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
