"""Where the knowledge lives: sources and YAML in the repo, built artefacts under POLICY_HOME."""

from __future__ import annotations

import os
from pathlib import Path

from settings import get_settings

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_ROOT = PACKAGE_DIR.parent
# The per-document data (sources, registry, regions, rules and their cases, authored questions,
# compare topics) lives here; POLICY_KNOWLEDGE_DIR points a process at another copy of it, as the
# impact report does for a base version and the growth benchmark for synthetic documents.
DATA_DIR = Path(get_settings().knowledge_dir or PACKAGE_DIR).resolve()
SOURCES_DIR = DATA_DIR / "sources"
DOCUMENTS_FILE = DATA_DIR / "documents.yaml"
REGIONS_FILE = DATA_DIR / "regions.yaml"
RULES_DIR = DATA_DIR / "rules"


def home() -> Path:
    """Root for generated files (records, indexes); `var/` in the repo unless POLICY_HOME is set."""
    return get_settings().home_dir()


def build_dir() -> Path:
    return home() / "knowledge"


def clauses_file() -> Path:
    return build_dir() / "clauses.jsonl"


def private_file(path: Path | str) -> Path:
    """A file that holds personal data (the application database, Rasa's tracker store, the logs):
    created owner-only (0600), and tightened to it if an older run left it readable by others.
    SQLite creates its -wal and -shm files with the database file's own permissions."""
    import stat

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    os.close(os.open(path, os.O_CREAT | os.O_APPEND | os.O_WRONLY, 0o600))  # umask can only remove bits
    if stat.S_IMODE(path.stat().st_mode) & 0o077:
        os.chmod(path, 0o600)
    return path
