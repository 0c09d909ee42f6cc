"""Where the knowledge lives: sources and YAML in the repo, built artefacts under POLICY_HOME."""
from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_ROOT = PACKAGE_DIR.parent
SOURCES_DIR = PACKAGE_DIR / "sources"
DOCUMENTS_FILE = PACKAGE_DIR / "documents.yaml"
REGIONS_FILE = PACKAGE_DIR / "regions.yaml"


def home() -> Path:
    """Root for generated files (records, indexes); `var/` in the repo unless POLICY_HOME is set."""
    return Path(os.environ.get("POLICY_HOME") or REPO_ROOT / "var")


def build_dir() -> Path:
    return home() / "knowledge"


def clauses_file() -> Path:
    return build_dir() / "clauses.jsonl"
