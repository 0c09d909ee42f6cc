"""Take one document out of a copy of the knowledge data (the leave-one-out check of issue 18).

Everything that belongs to the document goes: its source, registry entry, rules and cases, the
bases entries and combine sentences of its rules, its authored questions, its compare-topic
columns, and its place when no other document is there or below it. What was removed is returned
so the caller can put the officer-authored parts (rules, questions, topics) back after adding the
document again through `policy knowledge add`.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

import yaml


@dataclass
class Withdrawn:
    doc: dict
    region: dict | None
    rules_dir: Path | None
    cases_dir: Path | None
    bases: dict = field(default_factory=dict)
    questions: dict = field(default_factory=dict)
    topics: list = field(default_factory=list)  # (topic index, side index, entry)
    amendments: list = field(default_factory=list)  # entries amending, or made by, the document


def _load(path: Path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _dump(path: Path, data) -> None:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=200), encoding="utf-8")


def copy_data(src: Path, dst: Path) -> Path:
    """A copy of the per-document data (what POLICY_KNOWLEDGE_DIR points at)."""
    dst.mkdir(parents=True, exist_ok=True)
    for name in ("sources", "rules"):
        shutil.copytree(src / name, dst / name, dirs_exist_ok=True)
    for name in (
        "documents.yaml",
        "regions.yaml",
        "clause_questions.yaml",
        "compare_topics.yaml",
        "impact_profiles.yaml",
        "terms_not_covered.yaml",
    ):
        if (src / name).exists():
            shutil.copyfile(src / name, dst / name)
    return dst


def withdraw(data: Path, doc_id: str, stash: Path) -> Withdrawn:
    reg = _load(data / "documents.yaml")
    doc = next(d for d in reg["documents"] if d["id"] == doc_id)
    reg["documents"].remove(doc)
    _dump(data / "documents.yaml", reg)
    (data / "sources" / doc["source_file"]).unlink()
    still_used = {d["region"] for d in reg["documents"]}
    regs = _load(data / "regions.yaml")
    parents = {r["parent"] for r in regs["regions"]}
    region = next((r for r in regs["regions"] if r["name"] == doc["region"]), None)
    if region and region["name"] not in still_used and region["name"] not in parents:
        regs["regions"].remove(region)
        _dump(data / "regions.yaml", regs)
    else:
        region = None
    out = Withdrawn(doc, region, None, None)
    stash.mkdir(parents=True, exist_ok=True)
    for sub, attr in ((data / "rules" / doc_id, "rules_dir"), (data / "rules" / "cases" / doc_id, "cases_dir")):
        if sub.exists():
            target = stash / ("rules" if attr == "rules_dir" else "cases")
            shutil.move(str(sub), str(target))
            setattr(out, attr, target)
    bases = _load(data / "rules" / "bases.yaml")
    out.bases = _take_bases(bases, doc_id)
    used = {
        p.get("base")
        for f in (data / "rules").glob("*/*.yaml")
        if f.parent.name != "cases"
        for p in (_load(f) or {}).get("pays_for") or []
    }
    for key in [k for k in bases if k not in used]:  # bases only the withdrawn rules paid for
        out.bases[key] = bases.pop(key)
    _dump(data / "rules" / "bases.yaml", bases)
    amend_file = data / "rules" / "amendments.yaml"
    if amend_file.exists():
        entries = _load(amend_file) or []

        def mine(a: dict) -> bool:
            return a["clause_id"].startswith(f"{doc_id}:") or any(
                r.startswith(f"{doc_id}.") for r in a.get("rules", [])
            )

        out.amendments = [a for a in entries if mine(a)]
        _dump(amend_file, [a for a in entries if not mine(a)])
    questions = _load(data / "clause_questions.yaml")
    out.questions = {k: v for k, v in questions.items() if k.startswith(f"{doc_id}:")}
    _dump(data / "clause_questions.yaml", {k: v for k, v in questions.items() if k not in out.questions})
    topics = _load(data / "compare_topics.yaml")
    for t_i, topic in enumerate(topics["topics"]):
        for s_i, side in enumerate(list(topic.get("sides", topic.get("regions", [])))):
            if str(side.get("clause_id", "")).startswith(f"{doc_id}:"):
                out.topics.append((t_i, s_i, side))
        key = "sides" if "sides" in topic else "regions"
        topic[key] = [s for s in topic.get(key, []) if not str(s.get("clause_id", "")).startswith(f"{doc_id}:")]
    _dump(data / "compare_topics.yaml", topics)
    return out


def _take_bases(bases: dict, doc_id: str) -> dict:
    """Remove the rules of `doc_id` from bases.yaml: their own entries and the combine sentences
    quoting the document; returns what was removed, keyed as in the file."""
    taken: dict = {}
    for key in list(bases):
        value = bases[key]
        if key.startswith(f"{doc_id}."):
            taken[key] = bases.pop(key)
        elif isinstance(value, dict):
            combine = value.get("combine")
            if isinstance(combine, dict) and str(combine.get("clause_id", "")).startswith(f"{doc_id}:"):
                taken[key] = {"combine": value.pop("combine")}
    return taken


def restore_authored(data: Path, w: Withdrawn) -> None:
    """Put back what the officer authors by hand (rules and cases, bases, questions, topics)."""
    doc_id = w.doc["id"]
    if w.rules_dir:
        shutil.rmtree(data / "rules" / doc_id, ignore_errors=True)
        shutil.copytree(w.rules_dir, data / "rules" / doc_id)
    if w.cases_dir:
        shutil.copytree(w.cases_dir, data / "rules" / "cases" / doc_id, dirs_exist_ok=True)
    bases = _load(data / "rules" / "bases.yaml")
    for key, value in w.bases.items():
        if key in bases and isinstance(bases[key], dict):
            bases[key].update(value)
        else:
            bases[key] = value
    _dump(data / "rules" / "bases.yaml", bases)
    if w.amendments:
        amend_file = data / "rules" / "amendments.yaml"
        _dump(amend_file, (_load(amend_file) or []) + w.amendments)
    questions = _load(data / "clause_questions.yaml")
    _dump(data / "clause_questions.yaml", questions | w.questions)
    topics = _load(data / "compare_topics.yaml")
    for t_i, s_i, side in w.topics:
        key = "sides" if "sides" in topics["topics"][t_i] else "regions"
        topics["topics"][t_i][key].insert(s_i, side)
    _dump(data / "compare_topics.yaml", topics)
