"""Authoring a new document without code: `knowledge add` proposals, structure errors, rule drafts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from knowledge import paths
from knowledge.authoring.drafts import drafts_for, figures, unfilled
from knowledge.authoring.head import propose
from knowledge.authoring.outline import draft_document, outline
from knowledge.authoring.withdraw import copy_data, withdraw
from knowledge.eligibility.loader import read_rule_file
from knowledge.registry import documents

ROOT = paths.REPO_ROOT


def _registry_fields(doc_id: str) -> dict:
    return documents()[doc_id].model_dump()


@pytest.mark.parametrize("doc_id", list(documents()))
def test_the_head_proposes_what_the_registry_says_the_text_prints(doc_id):
    doc = documents()[doc_id]
    head = propose(doc.source_text())
    assert head.issuer == doc.issuer
    assert head.issued == doc.issued
    assert head.title == doc.title
    # a number the copy does not print is never proposed (辽政发〔2020〕9号 comes from a citation)
    printed = doc.doc_number_source and doc.doc_number_source.startswith("printed")
    assert head.doc_number == (doc.doc_number if printed else None)
    assert set(head.implements) == set(doc.implements)


def test_a_wrapped_notice_gives_both_titles():
    doc = documents()["lingyuan-2019-14"]
    head = propose(doc.source_text())
    assert head.notice_title == doc.notice_title and head.title_as_printed == doc.title_as_printed


@pytest.mark.parametrize("doc_id", list(documents()))
def test_the_outline_is_the_build(doc_id):
    from knowledge.parse import parse_document

    doc = documents()[doc_id]
    out = outline(draft_document(_registry_fields(doc_id), doc.source_text()))
    assert not out.fatal
    assert [r.model_dump() for r in out.records] == [r.model_dump() for r in parse_document(doc)]


def test_a_broken_clause_number_is_refused_with_its_line():
    doc = documents()["lingyuan-2019-14"]
    broken = doc.source_text().replace("（三）大规模开展职业培训", "三）大规模开展职业培训", 1)
    problems = outline(draft_document(_registry_fields(doc.id), broken)).fatal
    line = next(i for i, ln in enumerate(broken.splitlines(), 1) if ln.startswith("（四）"))
    assert [p.line for p in problems] == [line]
    assert "编号不连续" in str(problems[0]) and str(problems[0]).startswith(f"第{line}行")


def test_a_text_without_clauses_is_refused():
    out = outline(draft_document(_registry_fields("dalian-2020-18"), "\n为了做好工作，特此通知。\n"))
    assert out.fatal and out.fatal[0].line == 2 and "未找到任何条款编号" in out.fatal[0].message


def test_figures_are_read_with_their_values():
    assert [(f.kind, f.value) for f in figures("可申请最高不超过10万元的创业担保贷款。")] == [
        ("money", 100000),
        ("ceiling", None),
    ]
    assert [(f.kind, f.value) for f in figures("返还标准为6个月的企业及其职工应缴纳社会保险费50%")] == [
        ("percent", 50),
        ("period", 6),
    ]
    assert figures("2019年1月1日至12月31日实施。") == []


def test_every_draft_quotes_its_sentence_and_is_refused_until_filled(tmp_path):
    from knowledge.authoring.drafts import write_drafts
    from knowledge.records import load_clauses

    drafts = drafts_for(load_clauses(), "lingyuan-2019-14")
    assert drafts and all(d.sentence in d.clause.text.replace("\n", "") or d.sentence in d.clause.text for d in drafts)
    written = write_drafts(drafts, tmp_path, "凌源市")
    data = yaml.safe_load(written[0].read_text(encoding="utf-8"))
    assert "conditions" in unfilled(data) and "name" in unfilled(data)
    with pytest.raises(ValueError, match="草稿未完成.*conditions"):
        read_rule_file(written[0])


def _cli(args: list[str], env: dict, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "cli.main", *args],
        cwd=ROOT,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_leave_one_out_add_gives_the_same_records_and_rule_outcomes(tmp_path):
    """Take 凌政发〔2019〕14号 out of a copy of the data, add it back through `knowledge add` and
    `rules draft`, keep the existing rule files as the filled rules: the build equals the full one."""
    from knowledge.authoring.withdraw import restore_authored

    data = copy_data(paths.DATA_DIR, tmp_path / "data")
    w = withdraw(data, "lingyuan-2019-14", tmp_path / "stash")
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        POLICY_KNOWLEDGE_DIR=str(data),
        POLICY_HOME=str(tmp_path / "home"),
        HF_HUB_OFFLINE="1",
    )
    assert _cli(["knowledge", "build"], env).returncode == 0
    src = paths.SOURCES_DIR / "lingyuan-2019-14.txt"
    refused = _cli(["knowledge", "add", str(src)], env)  # a new place needs its parent
    assert refused.returncode == 2 and "parent" in refused.stderr
    added = _cli(["knowledge", "add", str(src), "--parent", "朝阳市", "--level", "county", "--yes"], env)
    assert added.returncode == 0, added.stderr
    assert _cli(["rules", "draft", "lingyuan-2019-14"], env).returncode == 0
    refused = _cli(["knowledge", "build"], env)
    assert refused.returncode == 1 and "草稿未完成" in refused.stderr
    restore_authored(data, w)
    built = _cli(["knowledge", "build"], env)
    assert built.returncode == 0, built.stderr
    full_env = dict(env, POLICY_KNOWLEDGE_DIR=str(paths.DATA_DIR), POLICY_HOME=str(tmp_path / "full"))
    assert _cli(["knowledge", "build"], full_env).returncode == 0

    def rec(home: Path) -> dict:
        lines = (home / "knowledge" / "clauses.jsonl").read_text(encoding="utf-8").splitlines()
        return {r["clause_id"]: r for r in map(json.loads, lines)}

    assert rec(tmp_path / "home") == rec(tmp_path / "full")
    assert yaml.safe_load((data / "regions.yaml").read_text(encoding="utf-8"))["regions"][-1]["name"] == "凌源市"
