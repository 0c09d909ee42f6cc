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
WORK_DATA_DIR = Path(get_settings().knowledge_dir or PACKAGE_DIR).resolve()
_IN_DATA = {"SOURCES_DIR": "sources", "DOCUMENTS_FILE": "documents.yaml", "REGIONS_FILE": "regions.yaml"}
_IN_DATA["RULES_DIR"] = "rules"


def data_dir() -> Path:
    """The data being answered from: a published build's copy in a serving process
    (knowledge/builds.py), else the working data directory."""
    from knowledge import builds

    b = builds.active()
    return b.data_dir if b else WORK_DATA_DIR


def __getattr__(name: str) -> Path:
    # DATA_DIR, SOURCES_DIR, DOCUMENTS_FILE, REGIONS_FILE, RULES_DIR are read when used (paths.X),
    # not bound at import: a serving process switches builds without a restart.
    if name == "DATA_DIR":
        return data_dir()
    if name in _IN_DATA:
        return data_dir() / _IN_DATA[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def home() -> Path:
    """Root for generated files (records, indexes); `var/` in the repo unless POLICY_HOME is set."""
    return get_settings().home_dir()


def build_root() -> Path:
    """Where the built records and index are read: the active published build, else POLICY_HOME."""
    from knowledge import builds

    b = builds.active()
    return b.root if b else home()


def build_dir() -> Path:
    return build_root() / "knowledge"


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
