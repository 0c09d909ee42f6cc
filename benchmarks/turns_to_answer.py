"""Turns to a first cited answer over the Dialogue II conversation set, against a running API.

    .venv/bin/python benchmarks/turns_to_answer.py --url http://127.0.0.1:8000

The conversation set is the opening message of every conversation in tests/live/test_dialogue_ii.py
and tests/live/test_dialogue_findings.py (with its as-of metadata). Each opening is sent as a new conversation; a question is answered
"不清楚" (the person who knows nothing more) until a reply carries a citation that is not a
low-confidence guess, at most LIMIT turns (a conversation that never gets one counts LIMIT + 1).
Prints one line per conversation, then the median and the worst, and a JSON line.
"""

from __future__ import annotations

import argparse
import ast
import itertools
import json
import statistics
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
SETS = [ROOT / "tests" / "live" / name for name in ("test_dialogue_ii.py", "test_dialogue_findings.py")]
LIMIT = 8
_ids = itertools.count(1)


def openings(path: Path) -> list[tuple[str, str, dict]]:
    """(test name, first message, metadata) for every test function of the conversation set."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    constants = {
        t.id: ast.literal_eval(n.value)
        for n in tree.body
        if isinstance(n, ast.Assign)
        for t in n.targets
        if isinstance(t, ast.Name) and isinstance(n.value, ast.Dict)
    }
    out = []
    for fn in (n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name.startswith("test_")):
        meta, first = {"channel": "web"}, None
        for node in ast.walk(fn):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Person" and len(node.args) > 1:
                arg = node.args[1]
                meta = constants.get(arg.id, meta) if isinstance(arg, ast.Name) else ast.literal_eval(arg)
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "says" and node.args:
                if first is None or node.lineno < first[0]:
                    first = (node.lineno, node.args[0].value)
        if first:
            out.append((fn.name, first[1], meta))
    return out


def cited(reply: dict) -> bool:
    return any(
        m.get("citations") for m in reply.get("messages", [])
    ) and "没有找到与您的问题直接对应的条款" not in "".join(m.get("text", "") for m in reply.get("messages", []))


def turns_to_answer(client: httpx.Client, url: str, message: str, meta: dict) -> int:
    sender = None
    for turn in range(1, LIMIT + 1):
        body = {"message": message if turn == 1 else "不清楚", "metadata": meta}
        if sender is None:
            r = client.post(url, json=body)
            if r.status_code == 422:  # an API from before server-issued ids
                sender = f"turns-{next(_ids)}"
                r = client.post(url, json={**body, "sender_id": sender})
        else:
            r = client.post(url, json={**body, "sender_id": sender})
        r.raise_for_status()
        reply = r.json()
        sender = reply.get("sender_id") or sender
        if cited(reply):
            return turn
    return LIMIT + 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True, help="the API's base URL")
    parser.add_argument("--label", default="", help="a name for this run (before/after)")
    args = parser.parse_args(argv)
    url = f"{args.url.rstrip('/')}/api/v1/chat"
    counts = []
    with httpx.Client(timeout=60) as client:
        for name, message, meta in [o for path in SETS for o in openings(path)]:
            n = turns_to_answer(client, url, message, meta)
            counts.append(n)
            print(f"{n:>2}  {name}: {message}")
    figures = {
        "label": args.label,
        "conversations": len(counts),
        "median": statistics.median(counts),
        "worst": max(counts),
        "first_turn": sum(c == 1 for c in counts),
    }
    print(
        f"median {figures['median']}, worst {figures['worst']} (>{LIMIT} = never), "
        f"answered on the first turn: {figures['first_turn']}/{len(counts)}"
    )
    print(json.dumps(figures, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
