"""Retrieval fixtures: one temporary POLICY_HOME per session, indexes built into it once.

The records are written into that home, so CLI subprocesses (which read POLICY_HOME) search
exactly the corpus the in-process searchers use and reuse the same index files. The home starts
with a copy of the indexes already built under the process's POLICY_HOME (`var/`, built by the
test command before pytest): encoding the corpus costs half a minute of CPU, and `load_or_build`
loads a copy only when its manifest matches this corpus, dictionary and encoder, else builds anew.
"""

from __future__ import annotations

import os
import shutil

import pytest

from knowledge import paths
from knowledge.records import write_records
from retrieval.config import SearchConfig
from retrieval.corpus import load_corpus
from retrieval.search import Searcher


@pytest.fixture(scope="session")
def policy_home(tmp_path_factory, records):
    home = tmp_path_factory.mktemp("policy_home")
    write_records(records, home / "knowledge" / "clauses.jsonl")
    _copy_built_indexes(paths.home() / "index", home / "index")
    return home


def _copy_built_indexes(built, into):
    """A copy, not the directory itself: tests rebuild and damage indexes under the session home."""
    for found in sorted(built.glob("*/manifest.json")) if built.is_dir() else []:
        shutil.copytree(found.parent, into / found.parent.name)


@pytest.fixture(scope="session")
def corpus(records):
    return load_corpus(records)


@pytest.fixture(scope="session")
def lexical_searcher(corpus, policy_home):
    return Searcher(corpus, SearchConfig(encoder="none"), index_root=policy_home / "index")


@pytest.fixture(scope="session")
def hybrid_searcher(corpus, policy_home):
    """The shipped configuration (USE encoder, flat faiss), built once for the session."""
    return Searcher(corpus, SearchConfig(), index_root=policy_home / "index").warm()


@pytest.fixture
def cli_env(policy_home, hybrid_searcher):
    """Environment for `policy` subprocesses: the session home, default encoder, offline."""
    env = dict(os.environ)
    env.update(POLICY_HOME=str(policy_home), HF_HUB_OFFLINE="1")
    env.pop("POLICY_ENCODER", None)
    env.pop("POLICY_DENSE_INDEX", None)
    return env
