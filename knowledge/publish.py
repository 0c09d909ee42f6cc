"""Publishing a knowledge build: built beside the one in service, then switched in with one rename.

    builds/<id>/data        a copy of the working knowledge data (what POLICY_KNOWLEDGE_DIR names)
    builds/<id>/knowledge   its clause records      (policy knowledge build, in its own process)
    builds/<id>/index       its search index        (policy index build, in its own process)
    current -> builds/<id>  replaced atomically: a symlink made under another name, then rename(2)

The id is the build's input hash (knowledge/build.py), so publishing unchanged data reuses the
build and the switch is a no-op. The directory is built under a temporary name and renamed when
complete: `current` never names a half-built directory. Serving processes are then told (their
admin endpoint, SIGHUP, or, for the action server, its next action: knowledge/builds.py).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from knowledge import builds, paths

KEEP_ON_DISK = 3  # published builds kept on disk: the one in service and the two before it


@dataclass
class Published:
    build: builds.Build
    previous: builds.Build | None
    reused: bool
    removed: list[str]


class PublishError(Exception):
    pass


def _copy_data(src: Path, dst: Path) -> None:
    from knowledge.authoring.withdraw import copy_data

    copy_data(src, dst)


def _run(args: list[str], data: Path, home: Path) -> None:
    env = dict(os.environ, POLICY_KNOWLEDGE_DIR=str(data), POLICY_HOME=str(home), PYTHONPATH=str(paths.REPO_ROOT))
    proc = subprocess.run(
        [sys.executable, "-m", "cli.main", *args], cwd=paths.REPO_ROOT, env=env, text=True, capture_output=True
    )
    if proc.returncode != 0:
        raise PublishError(f"policy {' '.join(args)} 失败：{(proc.stderr or proc.stdout).strip()[-1500:]}")


def make_build(progress: Callable[[str], None] = lambda _: None) -> tuple[builds.Build, bool]:
    """The working data as a complete build directory (reused when one with its hash exists)."""
    from knowledge.build import input_hash

    digest = input_hash()
    target = builds.builds_dir() / digest
    if (target / "knowledge" / "manifest.json").exists() and (target / "index").is_dir():
        return builds.Build(digest, target), True
    tmp = builds.builds_dir() / f".tmp-{digest}-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        progress(f"复制知识库数据到 {tmp.name}/data")
        _copy_data(paths.WORK_DATA_DIR, tmp / "data")
        progress("构建条款记录（policy knowledge build）")
        _run(["knowledge", "build"], tmp / "data", tmp)
        progress("构建检索索引（policy index build，约半分钟）")
        _run(["index", "build"], tmp / "data", tmp)
        shutil.rmtree(target, ignore_errors=True)  # an incomplete earlier attempt
        os.rename(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return builds.Build(digest, target), False


def switch(build: builds.Build) -> builds.Build | None:
    """Point `current` at `build` in one rename; returns the build it named before."""
    previous = builds.current()
    link = builds.current_link()
    tmp = link.with_name(f".current-{os.getpid()}")
    tmp.unlink(missing_ok=True)
    os.symlink(Path("builds") / build.id, tmp)
    os.replace(tmp, link)
    return previous


def prune(keep: int = KEEP_ON_DISK) -> list[str]:
    """Delete the oldest published builds beyond `keep` (never the one in service)."""
    cur = builds.current()
    done = sorted(
        (d for d in builds.builds_dir().iterdir() if d.is_dir() and not d.name.startswith(".")),
        key=lambda d: d.stat().st_mtime,
    )
    removed = []
    for d in done[: max(0, len(done) - keep)]:
        if cur is None or d.name != cur.id:
            shutil.rmtree(d, ignore_errors=True)
            removed.append(d.name)
    return removed


def publish(progress: Callable[[str], None] = lambda _: None) -> Published:
    builds.builds_dir().mkdir(parents=True, exist_ok=True)
    build, reused = make_build(progress)
    os.utime(build.root)  # the newest published, for prune's order
    previous = switch(build)
    return Published(build, previous, reused, prune())
