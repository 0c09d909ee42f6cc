"""What a person would be told, from one version of the knowledge: the input of the impact report.

Run in its own process, pointed at a version by POLICY_KNOWLEDGE_DIR (the data) and POLICY_HOME
(where its build and index go), so two versions never share a cache:

    python -m impact.snapshot --profiles profiles.json --as-of 2021-06-01 --out snapshot.json

It builds the knowledge and the search index (both hash-keyed: an unchanged version is reused),
then records, in the words and figures a person reads: the top-3 clauses of every evaluation
question, each rule case's and standing profile's benefits (status, amount, validity, package),
the validity words of every clause on the as-of date, and the bot's region choices.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path

TOP = 3


def _log(msg: str) -> None:
    print(f"  {msg}", file=sys.stderr, flush=True)


def clause_names(records) -> dict[str, str]:
    """How a row names a clause: 《…》大政发〔2020〕18号（九）鼓励企业吸纳就业."""
    from answers.citations import doc_name

    out = {}
    for r in records:
        label = (
            f"{r.part_label or ''}{r.clause_label}"
            if r.kind == "clause"
            else {"preamble": "序言", "closing": "结尾", "cover": "印发通知"}.get(r.kind, r.kind)
        )
        number = r.doc_number or doc_name(
            {"doc_title": r.doc_title, "issuer": r.issuer, "issued": str(r.issued) if r.issued else None}
        )
        out[r.clause_id] = f"{number}{label}{(' ' + r.heading) if r.heading else ''}"
    return out


def search_answers(as_of: date) -> dict[str, dict]:
    from knowledge.inputs import BadInput
    from retrieval import index_store
    from retrieval.evaluation import load_eval
    from retrieval.search import Searcher, search

    searcher = Searcher()
    index_store.load_or_build(searcher.corpus, searcher.encoder, searcher.config.dense_kind)
    out = {}
    for item in load_eval():
        try:
            r = search(item.q, region=item.region, top_k=TOP, as_of=as_of, searcher=searcher)
            out[item.id] = {"q": item.q, "region": item.region, "top": [h.clause_id for h in r.results]}
        except BadInput as exc:
            out[item.id] = {"q": item.q, "region": item.region, "top": [], "error": exc.message}
    return out


def _benefit(b: dict, package: dict) -> dict:
    amount = b.get("amount") or {}
    claimable = b["benefit_id"] in package.get("benefit_ids", [])
    not_in_force = {x["benefit_id"] for x in package.get("not_in_force", [])}
    return {
        "name": b["name"],
        "status": b["status"],
        "amount": amount.get("value"),
        "lower_bound": bool(amount.get("value_is_lower_bound")),
        "validity": (b.get("validity") or {}).get("status"),
        "validity_end": (b.get("validity") or {}).get("end"),
        "package": "claimable" if claimable else "not_in_force" if b["benefit_id"] in not_in_force else "",
        "clause_id": (b.get("citations") or [{}])[0].get("clause_id"),
    }


def rule_answers(profiles: list[dict]) -> dict[str, dict]:
    from knowledge.eligibility.engine import default_engine
    from knowledge.inputs import BadInput

    engine = default_engine()
    out = {}
    for p in profiles:
        try:
            result = engine.evaluate(p["profile"], p["as_of"])
        except BadInput as exc:
            out[p["id"]] = {"name": p["name"], "as_of": p["as_of"], "error": exc.message}
            continue
        package = result.get("package") or {}
        out[p["id"]] = {
            "name": p["name"],
            "as_of": result["as_of"],
            "benefits": {
                b["benefit_id"]: _benefit(b, package) for b in result["benefits"] if b["status"] != "not_eligible"
            },
            "total": (package.get("total") or {}).get("value"),
            "total_text": (package.get("total") or {}).get("text"),
        }
    return out


def validity_words(records, as_of: date) -> dict[str, str]:
    from answers.validity_words import sentence
    from knowledge.validity import describe

    return {
        r.clause_id: sentence(describe(r.validity, as_of), as_of, (r.lead_departments or r.departments or [None])[0])
        for r in records
        if r.kind == "clause"
    }


def bot_regions() -> dict:
    from knowledge import coverage

    return {"choices": [title for title, _ in coverage.region_choices()], "coverage": coverage.coverage_sentence()}


def take(profiles: list[dict], as_of: date) -> dict:
    from knowledge.build import build
    from knowledge.records import load_clauses

    t0 = time.perf_counter()
    report = build(progress=_log)
    _log(f"知识库{'复用' if report.reused else '已构建'}（{sum(report.counts.values())} 条）")
    records = load_clauses()
    snap = {
        "as_of": as_of.isoformat(),
        "input_hash": report.input_hash,
        "counts": report.counts,
        "clauses": clause_names(records),
        "hashes": {r.clause_id: r.text_hash for r in records},
    }
    _log("检索：评测问题的前3条")
    snap["search"] = search_answers(as_of)
    _log(f"资格规则：{len(profiles)} 个情形")
    snap["rules"] = rule_answers(profiles)
    snap["validity"] = validity_words(records, as_of)
    snap["regions"] = bot_regions()
    snap["seconds"] = round(time.perf_counter() - t0, 1)
    return snap


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--profiles", required=True, type=Path)
    ap.add_argument("--as-of", required=True)
    ap.add_argument("--out", required=True, type=Path)
    args = ap.parse_args()
    profiles = json.loads(args.profiles.read_text(encoding="utf-8"))
    snap = take(profiles, date.fromisoformat(args.as_of))
    args.out.write_text(json.dumps(snap, ensure_ascii=False, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
