"""`policy knowledge build|show` through the installed console command."""

import json
import os
import subprocess
import sys
from pathlib import Path

POLICY = str(Path(sys.executable).with_name("policy"))


def _run(args, home):
    env = dict(os.environ, POLICY_HOME=str(home))
    return subprocess.run([POLICY, *args], capture_output=True, text=True, env=env, timeout=300)


def test_build_reports_counts_and_is_reused(tmp_path):
    first = _run(["knowledge", "build"], tmp_path)
    assert first.returncode == 0, first.stderr
    for doc_id, n in [("dalian-2020-18", "23"), ("liaocheng-2020", "25"), ("lingyuan-2019-14", "24")]:
        assert doc_id in first.stdout and n in first.stdout
    lines = (tmp_path / "knowledge" / "clauses.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 119 + 8  # clauses + preambles, cover and closings
    assert "复用" not in first.stdout
    second = _run(["knowledge", "build"], tmp_path)
    assert second.returncode == 0 and "复用" in second.stdout


def test_show_json_and_bad_id(tmp_path):
    out = _run(["knowledge", "show", "liaocheng-2020:2.6", "--as-of", "2021-06-01", "--json"], tmp_path)
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert doc["validity"]["status"] == "active" and doc["validity"]["end"] == "2022-12-31"
    assert doc["clause_label"] == "6." and "残保金" in doc["text"]
    bad = _run(["knowledge", "show", "nope:1.1"], tmp_path)
    assert bad.returncode == 2 and bad.stderr.startswith("clause_id:") and "Traceback" not in bad.stderr
    bad_date = _run(["knowledge", "show", "liaocheng-2020:2.6", "--as-of", "2021-13-01"], tmp_path)
    assert bad_date.returncode == 2 and bad_date.stderr.startswith("as_of:")


def test_a_rule_whose_quote_is_not_verbatim_fails_the_build(tmp_path):
    import shutil

    import pytest

    from knowledge import paths
    from knowledge.build import BuildError, build

    rules = tmp_path / "rules"
    shutil.copytree(paths.PACKAGE_DIR / "rules", rules)
    rule = rules / "dalian-2020-18" / "absorb-2500.yaml"
    text = rule.read_text(encoding="utf-8")
    assert "按2500元/人标准" in text
    rule.write_text(text.replace("按2500元/人标准", "按3500元/人标准"), encoding="utf-8")
    with pytest.raises(BuildError) as err:
        build(out_dir=tmp_path / "out", force=True, rules_dir=rules)
    assert any("3500" in e or "quote" in e.lower() or "引文" in e for e in err.value.errors), err.value.errors
    assert not (tmp_path / "out" / "clauses.jsonl").exists()
    # the untouched rules build fine
    assert build(out_dir=tmp_path / "ok", force=True).counts["dalian-2020-18"] == 23
