"""Growth: the knowledge build, search over HTTP and the rules with ten times the documents.

    HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/growth.py [--copies 9] [--passes 2]

Makes a synthetic knowledge data directory: the real documents plus `copies` copies of each under
synthetic places ("样本3大连市" inside "样本3辽宁省" …), every rule, base, amendment and authored
question copied with its ids and jurisdiction moved to the copy (the texts are the same, so every
quote still verifies). Then, for the real data and the synthetic data in the same run: the
knowledge build time (forced), the index build time, search p50/p95 over HTTP (uvicorn on
127.0.0.1, the evaluation questions) and the rules p50/p95 for one evaluation of a profile (the
standing profiles and the package cases, each place). Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.api_process import api_client, process_cpu_s  # noqa: E402
from knowledge import paths  # noqa: E402
from knowledge.authoring.withdraw import copy_data  # noqa: E402


def _load(p: Path):
    return yaml.safe_load(p.read_text(encoding="utf-8"))


def _dump(p: Path, data) -> None:
    p.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=200), encoding="utf-8")


def _mover(doc_ids: list[str], k: int, place):
    def move(node, key=None):
        if isinstance(node, dict):
            return {kk: move(v, kk) for kk, v in node.items()}
        if isinstance(node, list):
            return [move(v, key) for v in node]
        if isinstance(node, str):
            if key in ("jurisdiction", "region"):
                return place(node)
            for d in doc_ids:
                if node.startswith((f"{d}.", f"{d}:")) or node == d:
                    return f"{d}-s{k}{node[len(d) :]}"
        return node

    return move


def synthesize(src: Path, dst: Path, copies: int) -> int:
    data = copy_data(src, dst)
    reg = _load(data / "documents.yaml")
    originals = list(reg["documents"])
    doc_ids = [d["id"] for d in originals]
    regs = _load(data / "regions.yaml")
    base_regions = list(regs["regions"])
    bases = _load(data / "rules" / "bases.yaml")
    amend_file = data / "rules" / "amendments.yaml"
    amendments = _load(amend_file) or [] if amend_file.exists() else []
    questions = _load(data / "clause_questions.yaml")
    for k in range(1, copies + 1):
        place = lambda name, k=k: f"样本{k}{name}"  # noqa: E731
        move = _mover(doc_ids, k, place)
        for r in base_regions:
            regs["regions"].append(
                {
                    "name": place(r["name"]),
                    "level": r["level"],
                    "parent": place(r["parent"]) if r["parent"] else None,
                    "aliases": [place(r["name"])],
                }
            )
        for d in originals:
            new = move(d) | {
                "id": f"{d['id']}-s{k}",
                "source_file": f"{d['id']}-s{k}.txt",
                "region": place(d["region"]),
            }
            shutil.copyfile(data / "sources" / d["source_file"], data / "sources" / new["source_file"])
            reg["documents"].append(new)
            rules_src = data / "rules" / d["id"]
            if rules_src.exists():
                out = data / "rules" / new["id"]
                out.mkdir(exist_ok=True)
                for f in rules_src.glob("*.yaml"):
                    _dump(out / f.name, move(_load(f)))
        for key, value in list(bases.items()):
            if any(key.startswith(f"{d}.") for d in doc_ids):
                bases[move(key)] = move(value)
        amendments += [move(a) | {"id": f"{a['id']}-s{k}"} for a in list(amendments) if "-s" not in a["id"]]
        questions |= {
            move(key): v for key, v in list(questions.items()) if not any(f"-s{j}" in key for j in range(1, k + 1))
        }
    _dump(data / "documents.yaml", reg)
    _dump(data / "regions.yaml", regs)
    _dump(data / "rules" / "bases.yaml", bases)
    if amendments:
        _dump(amend_file, amendments)
    _dump(data / "clause_questions.yaml", questions)
    return len(reg["documents"])


def _env(data: Path, home: Path) -> dict:
    # the per-address search budget (api/rate_limits.py) would answer this one-address loop with 429
    return dict(
        os.environ,
        POLICY_KNOWLEDGE_DIR=str(data),
        POLICY_HOME=str(home),
        PYTHONPATH=str(ROOT),
        HF_HUB_OFFLINE="1",
        POLICY_SEARCH_RATE_PER_MINUTE="0",
    )


def _timed(cmd: list[str], env: dict) -> float:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(" ".join(cmd) + ": " + proc.stderr[-800:])
    return time.perf_counter() - t0


def _timing(kind: str, passes: int, env: dict) -> dict:
    """benchmarks/growth_timing.py's figures for `kind` ("search" or "rules"), in a process of their own."""
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.growth_timing", kind, str(passes)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(out)


def pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(q * (len(s) - 1))))]


def http_search(env: dict, passes: int) -> dict:
    """Wall time per request at the client and the API process's CPU time per request (mean, /proc),
    for the first pass over the evaluation questions (each new to the server) and the later passes
    (asked again: the server keeps the last 256 query vectors, retrieval/query_memo.py)."""
    from retrieval.evaluation import load_eval

    out = {}
    with api_client(env, wait_s=300) as client:
        items = load_eval()
        for label, n in (("new", 1), ("again", passes - 1)):
            times = []
            cpu0, load0 = process_cpu_s(client.api_pid), os.getloadavg()[0]
            for _ in range(n):
                for it in items:
                    params = {"q": it.q, "top_k": 5} | ({"region": it.region} if it.region else {})
                    t0 = time.perf_counter()
                    client.get("/api/v1/search", params=params).raise_for_status()
                    times.append((time.perf_counter() - t0) * 1000)
            if times:
                cpu = (process_cpu_s(client.api_pid) - cpu0) * 1000 / len(times)
                out[label] = {"p50": pct(times, 0.5), "p95": pct(times, 0.95), "n": len(times), "cpu": cpu}
                out[label]["load"] = load0
    return out


def measure(label: str, data: Path, home: Path, passes: int, rule_passes: int) -> dict:
    env = _env(data, home)
    load = os.getloadavg()[0]
    build_s = _timed([sys.executable, "-m", "cli.main", "knowledge", "build", "--force"], env)
    index_s = _timed([sys.executable, "-m", "cli.main", "index", "build", "--force"], env)
    search = http_search(env, passes)
    search["in_process"] = _timing("search", passes, env)
    rules = _timing("rules", rule_passes, env)
    docs = len(_load(data / "documents.yaml")["documents"])
    return {"label": label, "documents": docs, "build_s": build_s, "index_s": index_s, "load": load}, search, rules


def _pp(r: dict) -> str:
    return f"{r['p50']:.2f} / {r['p95']:.2f}"


def report(rows: list[tuple[dict, dict, dict]]) -> None:
    print(
        "| data | documents | rules | knowledge build | index build | search over HTTP: wall p50 / p95, API CPU (mean) |"
    )
    print("|---|---|---|---|---|---|")
    for head, search, rules in rows:
        http = "; ".join(
            f"{label}: {_pp(x)} ms, {x['cpu']:.1f} ms CPU ({x['n']} requests, load {x['load']:.1f})"
            for label, x in search.items()
            if label in ("new", "again")
        )
        print(
            f"| {head['label']} | {head['documents']} | {rules['rules']} | {head['build_s']:.1f} s | "
            f"{head['index_s']:.1f} s | {http} |"
        )
    print()
    print("search() in process, every query new (no kept vectors), CPU ms per query (thread_time), p50 / p95:")
    print("| data | total | query embedding (encoder) | the rest | load |")
    print("|---|---|---|---|---|")
    for head, search, _ in rows:
        x = search["in_process"]
        print(
            f"| {head['label']} | {_pp(x['total'])} | {_pp(x['encoder'])} | {_pp(x['rest'])} "
            f"({x['total']['n']} queries) | {x['load']:.1f} |"
        )
    print()
    print("rules per profile, p50 / p95 ms (CPU = thread_time, wall = perf_counter), one process per row:")
    print("| data | profiles | full scan CPU | indexed CPU | indexed wall | indexed, every rule distinct, CPU | load |")
    print("|---|---|---|---|---|---|---|")
    for head, _, rules in rows:
        for s in ("placed", "no place"):
            r = {k: rules[f"{s}/{k}"] for k in ("scan/cpu", "index/cpu", "index/wall", "distinct/cpu")}
            print(
                f"| {head['label']} | {s} ({r['index/cpu']['n']} evaluations each) | {_pp(r['scan/cpu'])} | "
                f"{_pp(r['index/cpu'])} | {_pp(r['index/wall'])} | {_pp(r['distinct/cpu'])} | "
                f"{rules['load'][0]:.1f}–{rules['load'][1]:.1f} |"
            )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=9)
    ap.add_argument("--passes", type=int, default=2, help="passes over the evaluation questions (HTTP search)")
    ap.add_argument("--rule-passes", type=int, default=10, help="passes over the profiles (rules)")
    ap.add_argument("--work", type=Path, default=paths.home() / "bench-growth")
    args = ap.parse_args()
    shutil.rmtree(args.work, ignore_errors=True)
    real = copy_data(paths.DATA_DIR, args.work / "real")
    synth = args.work / "synthetic"
    n = synthesize(paths.DATA_DIR, synth, args.copies)
    print(f"synthetic data: {n} documents under {synth}", flush=True)
    times = n // len(_load(real / "documents.yaml")["documents"])
    rows = [
        measure("today", real, args.work / "home-real", args.passes, args.rule_passes),
        measure(f"{times}x", synth, args.work / "home-synth", args.passes, args.rule_passes),
    ]
    report(rows)
    (args.work / "figures.json").write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
