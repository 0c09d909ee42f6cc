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

from benchmarks.api_process import api_client  # noqa: E402
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


def pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(q * (len(s) - 1))))]


def http_search(env: dict, passes: int) -> tuple[float, float, int]:
    from retrieval.evaluation import load_eval

    with api_client(env, wait_s=300) as client:
        items = load_eval()
        times = []
        for _ in range(passes):
            for it in items:
                params = {"q": it.q, "top_k": 5} | ({"region": it.region} if it.region else {})
                t0 = time.perf_counter()
                client.get("/api/v1/search", params=params).raise_for_status()
                times.append((time.perf_counter() - t0) * 1000)
    return pct(times, 0.5), pct(times, 0.95), len(times)


# Both engines in one process on the same profiles, interleaved: the full scan (every rule evaluated,
# the engine before knowledge/eligibility/rule_index.py) and the indexed one (what serves).
RULES_CODE = """
import json, sys, time, yaml
from knowledge import paths
import knowledge.build
from knowledge.eligibility.engine import Engine
from knowledge.eligibility.loader import default_rule_set
from knowledge.records import clause_index, load_clauses
records = clause_index(load_clauses())
engines = {'scan': Engine(default_rule_set(), records, scan_all=True), 'index': Engine(default_rule_set(), records)}
profiles = [p['profile'] for p in yaml.safe_load((paths.DATA_DIR / 'impact_profiles.yaml').read_text())['profiles']]
profiles += [c['profile'] for c in yaml.safe_load((paths.RULES_DIR / 'package_cases.yaml').read_text())]
times = {k: [] for k in engines}
for k, e in engines.items():
    for p in profiles: e.evaluate(p, '2020-07-15')
for _ in range(int(sys.argv[1])):
    for p in profiles:
        for k, e in engines.items():
            t0 = time.perf_counter(); e.evaluate(p, '2020-07-15'); times[k].append((time.perf_counter() - t0) * 1000)
out = {'rules': len(engines['index'].rules)}
for k, ts in times.items():
    ts.sort()
    out[k] = {'p50': ts[len(ts) // 2], 'p95': ts[int(0.95 * (len(ts) - 1))], 'n': len(ts)}
print(json.dumps(out))
"""


def measure(label: str, data: Path, home: Path, passes: int) -> dict:
    env = _env(data, home)
    build_s = _timed([sys.executable, "-m", "cli.main", "knowledge", "build", "--force"], env)
    index_s = _timed([sys.executable, "-m", "cli.main", "index", "build", "--force"], env)
    p50, p95, n = http_search(env, passes)
    rules = json.loads(
        subprocess.run(
            [sys.executable, "-c", RULES_CODE, "20"], cwd=ROOT, env=env, capture_output=True, text=True, check=True
        ).stdout
    )
    docs = len(_load(data / "documents.yaml")["documents"])
    return {
        "label": label,
        "documents": docs,
        "build_s": build_s,
        "index_s": index_s,
        "search_p50": p50,
        "search_p95": p95,
        "queries": n,
        "rules_p50": rules["index"]["p50"],
        "rules_p95": rules["index"]["p95"],
        "scan_p50": rules["scan"]["p50"],
        "scan_p95": rules["scan"]["p95"],
        "rule_evals": rules["index"]["n"],
        "rules": rules["rules"],
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=9)
    ap.add_argument("--passes", type=int, default=2)
    ap.add_argument("--work", type=Path, default=paths.home() / "bench-growth")
    args = ap.parse_args()
    shutil.rmtree(args.work, ignore_errors=True)
    real = copy_data(paths.DATA_DIR, args.work / "real")
    synth = args.work / "synthetic"
    n = synthesize(paths.DATA_DIR, synth, args.copies)
    print(f"synthetic data: {n} documents under {synth}", flush=True)
    rows = [
        measure("today", real, args.work / "home-real", args.passes),
        measure(
            f"{n // len(_load(real / 'documents.yaml')['documents'])}x", synth, args.work / "home-synth", args.passes
        ),
    ]
    print(
        "| data | documents | rules | knowledge build | index build | search p50 / p95 (HTTP) "
        "| rules p50 / p95 per profile, full scan | rules p50 / p95 per profile, indexed |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(
            f"| {r['label']} | {r['documents']} | {r['rules']} | {r['build_s']:.1f} s | {r['index_s']:.1f} s | "
            f"{r['search_p50']:.1f} / {r['search_p95']:.1f} ms ({r['queries']} requests) | "
            f"{r['scan_p50']:.2f} / {r['scan_p95']:.2f} ms | "
            f"{r['rules_p50']:.2f} / {r['rules_p95']:.2f} ms ({r['rule_evals']} evaluations each) |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
