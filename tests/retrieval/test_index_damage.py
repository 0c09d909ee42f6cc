"""Index files missing or damaged (deleted, truncated, a broken manifest): rebuilt from the clause
records, never served as they are."""

from __future__ import annotations

import pytest

from retrieval import index_store


@pytest.mark.parametrize("damage", ["missing", "truncated", "garbage_manifest"])
def test_damaged_index_is_rebuilt(corpus, tmp_path, damage):
    fresh = index_store.load_or_build(corpus, None, root=tmp_path)
    files = sorted(p for p in (fresh.path / "lexical").rglob("*") if p.is_file())
    if damage == "missing":
        for p in files:
            p.unlink()
    elif damage == "truncated":
        for p in files:
            p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 3])
    else:
        (fresh.path / "manifest.json").write_text("{ not json", encoding="utf-8")
    again = index_store.load_or_build(corpus, None, root=tmp_path)
    assert again.built, "a damaged index must be rebuilt, not loaded"
    reloaded = index_store.load_or_build(corpus, None, root=tmp_path)
    assert not reloaded.built and reloaded.manifest["corpus_hash"] == fresh.manifest["corpus_hash"]
    rel = lambda root: sorted(str(p.relative_to(root)) for p in (root / "lexical").rglob("*") if p.is_file())  # noqa: E731
    assert rel(reloaded.path) == [str(p.relative_to(fresh.path)) for p in files]
