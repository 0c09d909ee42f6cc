"""Compare one topic across regions (console): knowledge/compare_topics.yaml names the clause and its
measures per region as verbatim quotes; departments and validity are read from the clause record on
the as-of date, never written into the topic file. Each column carries its 答复口径.
"""

from __future__ import annotations

from datetime import date

import yaml

from answers import clause_json, validity_words
from answers.clause_json import departments, record_doc_name, status
from answers.clause_record import record_block
from answers.validity_words import badge
from knowledge import paths, rule_links
from knowledge.builds import per_build
from knowledge.eligibility.engine import default_engine
from knowledge.records import ClauseRecord, clause_index, load_clauses


@per_build()
def topics() -> list[dict]:
    return yaml.safe_load((paths.DATA_DIR / "compare_topics.yaml").read_text(encoding="utf-8"))["topics"]


def topic_list() -> list[dict]:
    return [
        {"name": t["name"], "keywords": t.get("keywords", []), "regions": [r["region"] for r in t["regions"]]}
        for t in topics()
    ]


def topic_names() -> str:
    return "、".join(t["name"] for t in topics())


def find_topic(name: str | None, q: str | None) -> dict | None:
    """By name, or the first topic whose name or keyword occurs in a free query."""
    for t in topics():
        if name and t["name"] == name:
            return t
    if q:
        for t in topics():
            if any(k in q for k in [t["name"], *t.get("keywords", [])]):
                return t
    return None


def _sentence_with(rec: ClauseRecord, quote: str | None):
    if not quote:
        return None
    return next((s for s in rec.sentences if quote in s.text), None)


def _measure(rec: ClauseRecord, m: dict, day: date, rule_validity: dict[str, dict]) -> dict:
    """A measure's period: that of the sentence stating it (or, with none quoted, the sentence holding
    the rate), never the clause's: a clause holds measures with different periods, and the clause's
    latest end is a neighbour's date (c52: 大连 100% shown "至2021年8月31日", the 1%费率 sentence's).
    A sentence stating no period says so (validity_words.own)."""
    stated = _sentence_with(rec, m.get("period")) or _sentence_with(rec, m.get("rate"))
    own = stated is not None and stated.validity is not None
    validity = validity_words.own(rec, stated, day)
    rule = default_engine().by_id.get(m.get("rule") or "")
    if validity.get("window") and rule is not None and rule.window is None:
        # "…春节期间（截至2020年2月9日）开工的…补助；对上述企业在其它疫情防控期间新招用…" is one sentence: its window is
        # the first half's; the second half's measure has none (eval44 D19's tiers were said "已于2020年2月9日结束")
        validity = rule_validity[rule.id]
    return {
        "who": m.get("who"),
        "rate": m.get("rate"),
        "period": m.get("period"),
        "note": m.get("note"),
        "rule_id": m.get("rule"),
        "rule_name": rule_links.rule_name(m.get("rule")),
        "validity": validity,
        "badge": badge(validity),
        "validity_of": "measure" if own else "unstated",  # "unstated": its sentence states no period
        "sentence_index": stated.index if stated is not None else None,
        # "岗位补贴标准按不高于当地最低工资标准50%的比例上浮" read as 凌源's standard (eval94 KB10, an officer, was never
        # told the text writes no general one): an uplift for those listed says so in the project's words
        "plain": "这是对所列人员的上浮，原文没有写一般的补贴标准" if "上浮" in (m.get("rate") or "") else None,
    }


def compare(topic: dict, day: date) -> dict:
    records = clause_index(load_clauses())
    columns = []
    # every rule's validity on the day, from the engine once per comparison
    rule_validity = {b["benefit_id"]: b["validity"] for b in default_engine().evaluate({}, day)["benefits"]}
    for entry in topic["regions"]:
        rec = records[entry["clause_id"]]
        measures = [_measure(rec, m, day, rule_validity) for m in entry["measures"]]
        quoted = [m["sentence_index"] for m in measures if m["sentence_index"] is not None]
        answer, _ = record_block(rec, day, sorted(set(quoted)))
        columns.append(
            {
                "region": entry["region"],
                **clause_json.fields(rec, ("clause_id", "doc_id", "doc_number", "doc_title", "issuer")),
                "doc_name": record_doc_name(rec),
                **clause_json.fields(rec, ("clause_label", "heading")),
                **departments(rec),
                **status(rec, day),
                "measures": measures,
                "answer": answer,
            }
        )
    return {"topic": topic["name"], "as_of": day.isoformat(), "regions": columns}
