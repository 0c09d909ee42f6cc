"""Issue 15's examples and the evaluation's (2026-12-02), answered by the composer of the tree on
PYTHONPATH, as a person reads them (the before/after table of docs/notes/answers-ii.md).

Run: PYTHONPATH=<tree> POLICY_HOME=<built var> .venv/bin/python benchmarks/answer_examples.py [--only KEY]
"before" is the same command with PYTHONPATH (and POLICY_HOME) of main's tree. Prints the question,
then the composed answer; a follow-up prints the first answer's clause asked again, as the dialogue
does (actions.turns: the cited clause looked up by its quote, answered by answers.clause_detail).
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import yaml

from answers.clause_answer import search_answer
from answers.clause_detail import detail
from answers.summary import summary
from knowledge.eligibility.engine import evaluate
from retrieval.search import search

DATA = yaml.safe_load((Path(__file__).parent / "data" / "answer_examples.yaml").read_text(encoding="utf-8"))
AS_OF = DATA["as_of"]


def _follow_up(first: str, region: str | None, words: str, kind: str) -> str:
    cite = search_answer(search(first, region=region, top_k=5, as_of=AS_OF).model_dump()).citations[0]
    found = search(cite["quote"][:120], top_k=50, as_of=AS_OF, doc_ids=(cite["clause_id"].split(":")[0],))
    hit = next(h for h in found.model_dump()["results"] if h["clause_id"] == cite["clause_id"])
    return detail(hit, kind, date.fromisoformat(AS_OF), words).text


def main(only: str | None = None) -> None:
    for x in DATA["questions"]:
        key, q, region = x["key"], x["question"], x["region"]
        if only and key != only:
            continue
        reply = search_answer(search(q, region=region, top_k=5, as_of=AS_OF).model_dump())
        print(f"### {key}\n问（{region or '不限地区'}）：{q}\n\n```\n{reply.text}\n```\n")
    for x in DATA["follow_ups"]:
        key, first, region, words, kind = x["key"], x["first"], x["region"], x["then"], x["kind"]
        if only and key != only:
            continue
        print(f"### {key}\n问：{first}\n接着问：{words}\n\n```\n{_follow_up(first, region, words, kind)}\n```\n")
    for x in DATA["profiles"]:
        key, profile, as_of = x["key"], x["profile"], str(x["as_of"])
        if only and key != only:
            continue
        reply = summary(evaluate(profile, as_of))
        print(f"### {key}\n情况：{profile}，按{as_of}\n\n```\n{reply.text}\n```\n")


if __name__ == "__main__":
    main(sys.argv[2] if len(sys.argv) > 2 and sys.argv[1] == "--only" else None)
