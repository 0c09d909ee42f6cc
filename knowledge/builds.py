"""Published knowledge builds, and which one a request or a conversation is answered from.

A published build is a directory `<POLICY_HOME>/builds/<id>/` holding everything a serving process
reads about the policies: `data/` (a copy of the knowledge data: sources, registry, regions, rules,
authored questions, compare topics), `knowledge/` (the clause records) and `index/` (the search
index). `<POLICY_HOME>/current` is a symlink naming the build in service; publishing replaces it
with one rename (knowledge/publish.py), so a reader sees the old build or the new one, never half.

A process serves a build only once it has said so (`serve_current`, at start and on reload: the
API and the action server). Until then, and in every authoring command (`knowledge add`, `build`,
`impact`), paths resolve as before: the working data directory and POLICY_HOME itself.

Which build answers: the one set for this context (`use`: the API per request, the action server
per conversation), else the process's newest. Caches of anything read from the data are kept per
build (`per_build`), for at most the two newest builds (and the unpublished working tree): a
conversation begun on an older build moves to the newest (actions/builds_pin.py).
"""

from __future__ import annotations

import contextvars
import functools
import os
import threading
from collections import OrderedDict
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

KEEP = 2  # published builds kept loaded in a process: the newest and the one before it


@dataclass(frozen=True)
class Build:
    id: str
    root: Path

    @property
    def data_dir(self) -> Path:
        return self.root / "data"


def _home() -> Path:
    from knowledge import paths

    return paths.home()


def builds_dir() -> Path:
    return _home() / "builds"


def current_link() -> Path:
    return _home() / "current"


def current() -> Build | None:
    """The build `current` names now (None: nothing published in this home)."""
    link = current_link()
    try:
        target = os.readlink(link)
    except OSError:
        return None
    root = (link.parent / target).resolve()
    return Build(root.name, root) if root.is_dir() else None


_active: contextvars.ContextVar[Build | None] = contextvars.ContextVar("policy_build", default=None)
_lock = threading.Lock()
_loaded: list[Build] = []  # the builds this process serves, oldest first; the last one is the newest


def active() -> Build | None:
    """The build answering now: this context's, else the process's newest, else None (working tree)."""
    return _active.get() or (_loaded[-1] if _loaded else None)


def active_id() -> str | None:
    b = active()
    return b.id if b else None


def loaded() -> list[Build]:
    with _lock:
        return list(_loaded)


def newest() -> Build | None:
    with _lock:
        return _loaded[-1] if _loaded else None


def find(build_id: str | None) -> Build | None:
    """A build this process still has loaded (None once it has been let go)."""
    with _lock:
        return next((b for b in _loaded if b.id == build_id), None)


def serve_current() -> tuple[Build | None, Build | None]:
    """Serve what `current` names from now on: (the previous newest, the new newest). Requests and
    conversations already running keep the build they hold; the oldest beyond KEEP is let go."""
    new = current()
    with _lock:
        old = _loaded[-1] if _loaded else None
        if new is not None and (old is None or old.id != new.id):
            _loaded[:] = [b for b in _loaded if b.id != new.id][-(KEEP - 1) :] + [new]
    return old, new


@contextmanager
def use(build: Build | None) -> Iterator[None]:
    """Answer from `build` inside the block (None: the process's newest)."""
    token = _active.set(build)
    try:
        yield
    finally:
        _active.reset(token)


def per_build(maxsize: int = 1) -> Callable:
    """`functools.lru_cache`, one cache per build: for functions whose result is read from the data.
    The working tree (no build) has its own; builds no longer loaded are dropped."""

    def deco(fn: Callable) -> Callable:
        caches: OrderedDict[str | None, Callable] = OrderedDict()
        guard = threading.Lock()

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            key = active_id()
            cached = caches.get(key)  # the hot path (region lookups per rule): no lock
            if cached is None:
                with guard:
                    cached = caches.get(key)
                    if cached is None:
                        cached = caches[key] = functools.lru_cache(maxsize=maxsize)(fn)
                        while len(caches) > KEEP + 1:  # + the working tree's; the first loaded goes first
                            caches.popitem(last=False)
            return cached(*args, **kwargs)

        def cache_clear() -> None:
            with guard:
                caches.clear()

        wrapper.cache_clear = cache_clear  # type: ignore[attr-defined]  # as functools.lru_cache offers
        return wrapper

    return deco
