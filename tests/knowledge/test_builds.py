"""Publishing without downtime, in one process (issue 18 step 6): the `current` link is replaced in
one rename, a process keeps the two newest builds, a conversation stays on the build it began on
until that build is let go, caches are per build, and paths follow the build answering."""

from __future__ import annotations

import os

import pytest

from actions import builds_pin
from knowledge import builds, paths
from knowledge.publish import prune, switch
from settings import get_settings


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICY_HOME", str(tmp_path))
    get_settings.cache_clear()  # POLICY_HOME is read through the settings
    saved = builds._loaded[:]
    builds._loaded.clear()
    for name in ("aaa", "bbb", "ccc"):
        (tmp_path / "builds" / name / "data").mkdir(parents=True)
    yield tmp_path
    builds._loaded[:] = saved
    builds_pin._pins.clear()
    monkeypatch.undo()
    get_settings.cache_clear()


def publish(build_id: str) -> None:
    switch(builds.Build(build_id, builds.builds_dir() / build_id))


def test_current_is_replaced_by_one_rename_and_names_the_build(home):
    assert builds.current() is None
    publish("aaa")
    publish("bbb")
    assert os.readlink(home / "current") == "builds/bbb" and builds.current().id == "bbb"
    assert sorted(p.name for p in home.iterdir()) == ["builds", "current"]  # no temporary link left


def test_paths_follow_the_build_answering(home):
    assert paths.DATA_DIR == paths.WORK_DATA_DIR
    publish("aaa")
    builds.serve_current()
    assert paths.DATA_DIR == home / "builds" / "aaa" / "data"
    assert paths.RULES_DIR == home / "builds" / "aaa" / "data" / "rules"
    assert paths.build_dir() == home / "builds" / "aaa" / "knowledge"
    with builds.use(builds.Build("bbb", home / "builds" / "bbb")):
        assert paths.REGIONS_FILE == home / "builds" / "bbb" / "data" / "regions.yaml"


def test_a_conversation_finishes_on_its_build_and_the_oldest_is_let_go(home):
    publish("aaa")
    assert builds_pin.for_conversation("early").id == "aaa"  # the action server reads `current` itself
    publish("bbb")
    assert builds_pin.for_conversation("early").id == "aaa"
    assert builds_pin.for_conversation("later").id == "bbb"
    assert [b.id for b in builds.loaded()] == ["aaa", "bbb"]
    publish("ccc")
    assert builds_pin.for_conversation("later").id == "bbb"
    assert builds_pin.for_conversation("early").id == "ccc"  # its build was let go: the newest
    assert [b.id for b in builds.loaded()] == ["bbb", "ccc"]


def test_caches_are_kept_per_build(home):
    calls = []

    @builds.per_build()
    def read() -> str:
        calls.append(builds.active_id())
        return f"from {builds.active_id()}"

    a, b = (builds.Build(i, home / "builds" / i) for i in ("aaa", "bbb"))
    with builds.use(a):
        assert read() == read() == "from aaa"
    with builds.use(b):
        assert read() == "from bbb"
    with builds.use(a):
        assert read() == "from aaa"
    assert calls == ["aaa", "bbb"]


def test_prune_keeps_the_build_in_service(home):
    publish("aaa")
    for i, name in enumerate(("aaa", "bbb", "ccc")):
        os.utime(home / "builds" / name, (1000 + i, 1000 + i))
    assert prune(keep=1) == ["bbb"]
    assert sorted(p.name for p in (home / "builds").iterdir()) == ["aaa", "ccc"]
