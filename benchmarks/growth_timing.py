"""Timings for benchmarks/growth.py, one process each, on the data POLICY_KNOWLEDGE_DIR / POLICY_HOME name.

    POLICY_KNOWLEDGE_DIR=/tmp/growth-run/synthetic POLICY_HOME=/tmp/growth-run/home-synth \
        .venv/bin/python -m benchmarks.growth_timing rules 10     # or: search 2

Prints one JSON object: p50 / p95 per measure.

search: search() in process, CPU time (thread_time) per query, split into the query's embedding (the
dense encoder, whose cost does not depend on the documents) and the rest (lexical, dense index,
fusion, filters, references, highlights).

rules: in one process, interleaved on the same profiles: the full scan (every rule evaluated, the
engine before knowledge/eligibility/rule_index.py), the indexed engine (what serves) and the indexed
engine with no two rules sharing an evaluation ("distinct": as if every copy's conditions and amounts
differed, knowledge/eligibility/same_content.py). "placed": the standing profiles and the package
cases (place and applicant type known); "no place": the same without their place, plus an empty
profile and one per applicant type (a conversation's first turns). CPU time (thread_time) and wall
time per evaluation.
"""

import json
import os
import sys
import time

import yaml


def _pcts(ts: list[float]) -> dict:
    ts = sorted(ts)
    return {"p50": ts[len(ts) // 2], "p95": ts[int(0.95 * (len(ts) - 1))], "n": len(ts)}


def search(passes: int) -> dict:
    import knowledge.build  # noqa: F401  registers the in-memory parser for an unbuilt tree
    from retrieval.evaluation import load_eval
    from retrieval.models import make_request
    from retrieval.query_memo import RecentVectors
    from retrieval.search import get_searcher

    s = get_searcher().for_build()  # the build's own Searcher (get_searcher() delegates to it)
    s._query_vectors = RecentVectors(size=0)  # every query embedded, as a question asked for the first time
    reqs = [make_request(it.q, it.region, 5, None, (), None) for it in load_eval()]
    for r in reqs:
        s.search(r)
    spent = [0.0]
    if s.encoder is not None:
        encode = s.encoder.encode

        def timed(*a, **k):
            t0 = time.thread_time()
            out = encode(*a, **k)
            spent[0] += time.thread_time() - t0
            return out

        s.encoder.encode = timed
    rows: dict[str, list[float]] = {"total": [], "encoder": [], "rest": []}
    for _ in range(passes):
        for r in reqs:
            spent[0] = 0.0
            t0 = time.thread_time()
            s.search(r)
            t = (time.thread_time() - t0) * 1000
            rows["total"].append(t)
            rows["encoder"].append(spent[0] * 1000)
            rows["rest"].append(t - spent[0] * 1000)
    return {"load": os.getloadavg()[0]} | {k: _pcts(ts) for k, ts in rows.items()}


def rules(passes: int) -> dict:
    import knowledge.build  # noqa: F401
    from knowledge import paths
    from knowledge.eligibility.engine import Engine
    from knowledge.eligibility.loader import default_rule_set
    from knowledge.records import clause_index, load_clauses

    records = clause_index(load_clauses())
    engines = {k: Engine(default_rule_set(), records, scan_all=k == "scan") for k in ("scan", "index", "distinct")}
    d = engines["distinct"]
    d.same_conds = {r.id: i for i, r in enumerate(d.rules)}
    d.same_amount = dict(d.same_conds)
    placed = [p["profile"] for p in yaml.safe_load((paths.DATA_DIR / "impact_profiles.yaml").read_text())["profiles"]]
    placed += [c["profile"] for c in yaml.safe_load((paths.RULES_DIR / "package_cases.yaml").read_text())]
    types = sorted({p["applicant_type"] for p in placed if "applicant_type" in p})
    unplaced = [{k: v for k, v in p.items() if k != "region"} for p in placed]
    unplaced += [{}] + [{"applicant_type": t} for t in types]
    sets = {"placed": placed, "no place": unplaced}
    times: dict[tuple, list[float]] = {(s, k, c): [] for s in sets for k in engines for c in ("cpu", "wall")}
    for e in engines.values():
        for p in placed + unplaced:
            e.evaluate(p, "2020-07-15")
    load = [os.getloadavg()[0]]
    for _ in range(passes):
        for s, profiles in sets.items():
            for p in profiles:
                for k, e in engines.items():
                    c0, w0 = time.thread_time(), time.perf_counter()
                    e.evaluate(p, "2020-07-15")
                    c1, w1 = time.thread_time(), time.perf_counter()
                    times[(s, k, "cpu")].append((c1 - c0) * 1000)
                    times[(s, k, "wall")].append((w1 - w0) * 1000)
    load.append(os.getloadavg()[0])
    return {"rules": len(engines["index"].rules), "load": load} | {"/".join(k): _pcts(ts) for k, ts in times.items()}


if __name__ == "__main__":
    what, n = sys.argv[1], int(sys.argv[2])
    print(json.dumps({"search": search, "rules": rules}[what](n)))
