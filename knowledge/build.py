"""Build step: parse every registered document into clause records and write them as JSONL.

The build is keyed by a hash of its inputs (sources, registry, the parser's own code), so a
second run with nothing changed reuses the records already written.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from knowledge import paths
from knowledge.amendments import apply_amendments
from knowledge.clean import cleaned_text
from knowledge.eligibility.loader import load_rule_set
from knowledge.eligibility.verify import verify_rules
from knowledge.event_windows import apply_windows
from knowledge.parse import document_blocks, parse_document
from knowledge.records import ClauseRecord, set_parser, write_records
from knowledge.registry import Document, documents

BUILD_VERSION = 1
_CODE_FILES = (
    "amendments.py",
    "event_windows.py",
    "clean.py",
    "parse.py",
    "departments.py",
    "validity.py",
    "records.py",
    "registry.py",
    "build.py",
)


def parse_all() -> Iterator[ClauseRecord]:
    for doc in documents().values():
        yield from parse_document(doc)


set_parser(parse_all)  # records.load_clauses parses in memory where nothing is built yet


def input_hash() -> str:
    h = hashlib.sha256(f"v{BUILD_VERSION}".encode())
    files = sorted(paths.SOURCES_DIR.glob("*.txt")) + [paths.DOCUMENTS_FILE, paths.REGIONS_FILE]
    files += [paths.PACKAGE_DIR / f for f in _CODE_FILES]
    # The rules are verified against the records at build time: a rule change re-runs the build.
    files += sorted(paths.PACKAGE_DIR.glob("facts*.yaml"))
    files += sorted(paths.RULES_DIR.rglob("*.yaml"))
    files += sorted((paths.PACKAGE_DIR / "eligibility").glob("*.py"))
    for f in files:  # names relative to their root, so a copy of the data hashes like the original
        root = paths.PACKAGE_DIR if f.is_relative_to(paths.PACKAGE_DIR) else paths.DATA_DIR
        h.update(str(f.relative_to(root)).encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:16]


def check_registry_against_sources(doc: Document) -> list[str]:
    """Statements the registry quotes (supersession) must occur in the document's text."""
    text = re.sub(r"\s+", "", doc.source_text())
    return [
        f"{doc.id}: supersession statement not found verbatim: {s.statement}"
        for s in doc.supersession
        if re.sub(r"\s+", "", s.statement) not in text
    ]


@dataclass
class BuildReport:
    counts: dict[str, int]
    path: Path
    reused: bool
    input_hash: str


def build(
    out_dir: Path | None = None,
    force: bool = False,
    progress: Callable[[str], None] = lambda _: None,
    rules_dir: Path | None = None,
) -> BuildReport:
    out_dir = out_dir or paths.build_dir()
    records_path = out_dir / "clauses.jsonl"
    manifest_path = out_dir / "manifest.json"
    digest = input_hash()
    if not force and records_path.exists() and manifest_path.exists():
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        if manifest.get("input_hash") == digest:
            return BuildReport(manifest["counts"], records_path, True, digest)
    errors: list[str] = []
    records: list[ClauseRecord] = []
    counts: dict[str, int] = {}
    (out_dir / "documents").mkdir(parents=True, exist_ok=True)
    for doc in documents().values():
        progress(f"解析 {doc.id} ({doc.doc_number or '无文号'})")
        errors += check_registry_against_sources(doc)
        recs = parse_document(doc)
        counts[doc.id] = sum(1 for r in recs if r.kind == "clause")
        records += recs
        (out_dir / "documents" / f"{doc.id}.txt").write_text(
            cleaned_text(document_blocks(doc)) + "\n", encoding="utf-8"
        )
    progress("校验资格规则（引文逐字核对、条款编号、事实名）")
    errors += verify_rules(records, rules_dir) if rules_dir else verify_rules(records)
    if not errors:  # the amended periods go on the clauses the amended rules quote
        rule_set, _ = load_rule_set(rules_dir) if rules_dir else load_rule_set()
        records = apply_amendments(apply_windows(records, rule_set), rule_set)
    if errors:
        raise BuildError(errors)
    write_records(records, records_path)
    manifest_path.write_text(
        json.dumps(
            {"input_hash": digest, "version": BUILD_VERSION, "counts": counts, "records": len(records)},
            ensure_ascii=False,
            indent=2,
        ),
        encoding="utf-8",
    )
    return BuildReport(counts, records_path, False, digest)


class BuildError(Exception):
    def __init__(self, errors: list[str]):
        super().__init__("\n".join(errors))
        self.errors = errors
