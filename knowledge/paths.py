"""Where the knowledge lives: sources and YAML in the repo, built artefacts under POLICY_HOME."""
from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_ROOT = PACKAGE_DIR.parent
# The per-document data (sources, registry, regions, rules and their cases, authored questions,
# compare topics) lives here; POLICY_KNOWLEDGE_DIR points a process at another copy of it, as the
# impact report does for a base version and the growth benchmark for synthetic documents.
DATA_DIR = Path(os.environ.get("POLICY_KNOWLEDGE_DIR") or PACKAGE_DIR).resolve()
SOURCES_DIR = DATA_DIR / "sources"
DOCUMENTS_FILE = DATA_DIR / "documents.yaml"
REGIONS_FILE = DATA_DIR / "regions.yaml"
RULES_DIR = DATA_DIR / "rules"


def home() -> Path:
    """Root for generated files (records, indexes); `var/` in the repo unless POLICY_HOME is set."""
    return Path(os.environ.get("POLICY_HOME") or REPO_ROOT / "var")


def build_dir() -> Path:
    return home() / "knowledge"


def clauses_file() -> Path:
    return build_dir() / "clauses.jsonl"
