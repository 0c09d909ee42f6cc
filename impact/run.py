"""Orchestrate an impact report: prepare the base version, snapshot both versions, compare.

The base is a git ref (its knowledge data is exported from git into a scratch directory), a
directory holding knowledge data (documents.yaml …) or a repository checkout, or a directory
holding a `snapshot.json` from an earlier run (a published build). Both versions are read by the
working tree's code: the report is about what the knowledge change does, not a code change.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tarfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable

import yaml

from knowledge import paths
from knowledge.eligibility.cases import load_cases

STANDING_FILE = "impact_profiles.yaml"  # beside documents.yaml: the standing profiles
PACKAGE_CASES = Path("rules") / "package_cases.yaml"


class ImpactError(Exception):
    """A base that cannot be read or built; str() is the Chinese line for the officer."""


@dataclass
class Side:
    label: str
    data_dir: Path | None  # knowledge data to build, or None when `snapshot` is given
    home: Path  # POLICY_HOME for its build and index
    snapshot: Path | None = None


def resolve_base(base: str, scratch: Path) -> Side:
    p = Path(base)
    if p.is_dir():
        if (p / "snapshot.json").exists():
            return Side(f"{base}（已有构建）", None, p, p / "snapshot.json")
        for cand in (p, p / "knowledge"):
            if (cand / "documents.yaml").exists():
                return Side(base, cand.resolve(), scratch / "home-base")
        raise ImpactError(f"--base: 目录 {base} 中既没有 snapshot.json，也没有 documents.yaml")
    return Side(f"git {base}", _export_git(base, scratch / "base-data"), scratch / "home-base")


def _export_git(ref: str, dest: Path) -> Path:
    rel = (
        paths.DATA_DIR.relative_to(paths.REPO_ROOT)
        if paths.DATA_DIR.is_relative_to(paths.REPO_ROOT)
        else Path("knowledge")
    )
    try:
        blob = subprocess.run(
            ["git", "archive", "--format=tar", ref, str(rel)], cwd=paths.REPO_ROOT, capture_output=True, check=True
        ).stdout
    except subprocess.CalledProcessError as exc:
        raise ImpactError(f"--base: 无法读取 git 版本“{ref}”：{exc.stderr.decode(errors='replace').strip()}") from None
    if dest.exists():
        import shutil

        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    with tarfile.open(fileobj=io.BytesIO(blob)) as tar:
        tar.extractall(dest, filter="data")
    return dest / rel


def _cases(data: Path) -> list[dict]:
    out = []
    root = data / "rules" / "cases"
    if root.exists():
        for c in load_cases(root):
            out.append(
                {
                    "id": f"case:{c.id}",
                    "name": f"规则情形：{c.name}",
                    "profile": c.profile,
                    "as_of": str(c.as_of) if c.as_of else None,
                }
            )
    pkg = data / PACKAGE_CASES
    if pkg.exists():
        for c in yaml.safe_load(pkg.read_text(encoding="utf-8")) or []:
            out.append(
                {"id": f"package:{c['name']}", "name": c["name"], "profile": c["profile"], "as_of": str(c["as_of"])}
            )
    return out


def _standing(data: Path, as_of: date) -> list[dict]:
    f = data / STANDING_FILE
    if not f.exists():
        return []
    return [
        {"id": f"profile:{p['name']}", "name": p["name"], "profile": p["profile"], "as_of": as_of.isoformat()}
        for p in yaml.safe_load(f.read_text(encoding="utf-8"))["profiles"]
    ]


def profiles(dirs: list[Path], as_of: date) -> list[dict]:
    """Every case and standing profile of either version, once: both versions answer the same people."""
    seen: dict[str, dict] = {}
    for d in dirs:
        for p in _cases(d) + _standing(d, as_of):
            seen.setdefault(p["id"], p)
    return list(seen.values())


def take_snapshot(side: Side, profiles_file: Path, as_of: date, log: Callable[[str], None]) -> dict:
    if side.snapshot is not None:
        return json.loads(side.snapshot.read_text(encoding="utf-8"))
    side.home.mkdir(parents=True, exist_ok=True)
    out = side.home / "snapshot.json"
    env = dict(  # the subprocess's environment: it reads these as its own settings
        os.environ,
        POLICY_KNOWLEDGE_DIR=str(side.data_dir),
        POLICY_HOME=str(side.home),
        PYTHONPATH=str(paths.REPO_ROOT),
        HF_HUB_OFFLINE="1",
    )
    log(f"构建并读取 {side.label}")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "impact.snapshot",
            "--profiles",
            str(profiles_file),
            "--as-of",
            as_of.isoformat(),
            "--out",
            str(out),
        ],
        env=env,
        cwd=paths.REPO_ROOT,
        stderr=subprocess.PIPE,
        text=True,
    )
    for line in proc.stderr.splitlines():
        if line.startswith("  ") or "构建失败" in line:
            log(line.strip())
    if proc.returncode != 0:
        tail = [ln for ln in proc.stderr.splitlines() if ln.strip()][-3:]
        raise ImpactError(f"{side.label} 构建失败：" + " / ".join(tail))
    return json.loads(out.read_text(encoding="utf-8"))
