"""Held-out NLU evaluation: intent macro-F1 and entity F1 on bot/tests/nlu_heldout.yml (never trained on).

    .venv/bin/python bot/eval_nlu.py                      # trains an NLU-only model in a temp dir first
    .venv/bin/python bot/eval_nlu.py --model bot/models/dev.tar.gz

Runs Rasa (.venv-rasa) as a subprocess from the repository root, prints the figures and one JSON
line {"intent_macro_f1": ..., "entity_f1": ..., "entity_macro_f1": ...}; exits 1 below the targets
(intent macro-F1 >= 0.90, entity F1 >= 0.85).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RASA = ROOT / ".venv-rasa" / "bin" / "rasa"
HELDOUT = ROOT / "bot" / "tests" / "nlu_heldout.yml"
TARGETS = {"intent_macro_f1": 0.90, "entity_f1": 0.85}


def rasa_env() -> dict:
    env = dict(os.environ)  # handed to the rasa subprocess
    env.update(
        HF_HUB_OFFLINE="1",
        TF_INTER_OP_PARALLELISM_THREADS="1",
        TF_INTRA_OP_PARALLELISM_THREADS="1",
        TF_CPP_MIN_LOG_LEVEL="3",
    )
    return env


def run(args: list[str]) -> None:
    proc = subprocess.run([str(RASA), *args], cwd=ROOT, env=rasa_env(), capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout[-3000:] + proc.stderr[-3000:])
        raise SystemExit(f"rasa {args[0]} {args[1] if len(args) > 1 else ''} failed ({proc.returncode})")


def train_nlu(out: Path) -> Path:
    start = time.monotonic()
    run(
        [
            "train",
            "nlu",
            "--config",
            "bot/config.yml",
            "--nlu",
            "bot/data/nlu",
            "--out",
            str(out),
            "--fixed-model-name",
            "nlu",
        ]
    )
    print(f"NLU model trained in {time.monotonic() - start:.0f} s")
    return out / "nlu.tar.gz"


# Rasa writes no intent report for a file holding one intent: parse each example with the model.
PARSE_ALL = """
import asyncio, json, re, sys, yaml
from rasa.core.agent import Agent
ann = re.compile(r"\\[([^\\]]*)\\](?:\\([^)]*\\)|\\{[^}]*\\})")
data = yaml.safe_load(open(sys.argv[2], encoding="utf-8"))
items = [(i["intent"], ann.sub(r"\\1", l.strip()[2:].strip())) for i in data["nlu"] if "intent" in i
         for l in i["examples"].splitlines() if l.strip().startswith("- ")]
agent = Agent.load(sys.argv[1])
async def main():
    out = []
    for want, text in items:
        got = (await agent.parse_message(text))["intent"]["name"]
        out.append({"text": text, "intent": want, "predicted": got})
    print(json.dumps(out, ensure_ascii=False))
asyncio.run(main())
"""


def parse_each(model: Path, heldout: Path) -> dict:
    python = RASA.parent / "python"
    proc = subprocess.run(
        [str(python), "-c", PARSE_ALL, str(model), str(heldout)],
        cwd=ROOT,
        env=rasa_env(),
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr[-3000:])
        raise SystemExit("parsing the held-out examples failed")
    rows = json.loads(proc.stdout.strip().splitlines()[-1])
    report: dict = {}
    for intent in sorted({r["intent"] for r in rows}):
        mine = [r for r in rows if r["intent"] == intent]
        report[intent] = {"f1-score": sum(r["predicted"] == intent for r in mine) / len(mine), "support": len(mine)}
    accuracy = sum(r["predicted"] == r["intent"] for r in rows) / len(rows)
    report["macro avg"] = {"f1-score": accuracy}
    report["accuracy"] = accuracy
    report["misses"] = [r for r in rows if r["predicted"] != r["intent"]]
    return report


def evaluate(model: Path, out: Path, heldout: Path = HELDOUT) -> dict:
    run(["test", "nlu", "--nlu", str(heldout), "--model", str(model), "--out", str(out)])
    report = out / "intent_report.json"
    intents = json.loads(report.read_text(encoding="utf-8")) if report.exists() else parse_each(model, heldout)
    figures = {
        "intent_macro_f1": round(intents["macro avg"]["f1-score"], 4),
        "intent_accuracy": round(intents.get("accuracy", 0.0), 4),
    }
    entity_file = out / "DIETClassifier_report.json"
    if entity_file.exists():
        entities = json.loads(entity_file.read_text(encoding="utf-8"))
        figures["entity_f1"] = round(entities["micro avg"]["f1-score"], 4)
        figures["entity_macro_f1"] = round(entities["macro avg"]["f1-score"], 4)
        figures["entities"] = {
            k: round(v["f1-score"], 3)
            for k, v in entities.items()
            if isinstance(v, dict) and "avg" not in k and k != "no_entity"
        }
    figures["intents"] = {
        k: round(v["f1-score"], 3) for k, v in intents.items() if isinstance(v, dict) and "avg" not in k
    }
    if "misses" in intents:  # one intent: the score is its recall; the misses say where it went
        figures["misses"] = intents["misses"]
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", help="a trained model (.tar.gz); default: train an NLU-only model")
    parser.add_argument("--heldout", default=str(HELDOUT), help="held-out NLU file (default bot/tests/nlu_heldout.yml)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="nlu-eval-") as tmp:
        model = Path(args.model) if args.model else train_nlu(Path(tmp) / "model")
        figures = evaluate(model.resolve(), Path(tmp) / "results", Path(args.heldout).resolve())
    print(f"intent macro-F1 {figures['intent_macro_f1']:.3f} (target {TARGETS['intent_macro_f1']})")
    print(
        f"entity F1 (micro) {figures.get('entity_f1', 0):.3f} (target {TARGETS['entity_f1']}), "
        f"macro {figures.get('entity_macro_f1', 0):.3f}"
    )
    weak = {k: v for k, v in figures["intents"].items() if v < 0.9}
    if weak:
        print(f"intents below 0.9: {weak}")
    print(json.dumps(figures, ensure_ascii=False))
    ok = all(figures.get(k, 0) >= v for k, v in TARGETS.items())
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
