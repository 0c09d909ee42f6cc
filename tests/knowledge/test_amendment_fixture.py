"""An amending document added as data (issue 18): the fixture under tests/fixtures/amendment (a test
text, never real policy) extends 大政发〔2020〕18号（九） to 2021-12-31. Added to a copy of the data
through `policy knowledge add`, it proposes the amendment, the build verifies its quote, and on
2021-06-01 the clause and the 2500元/人 subsidy are in force and say which text extended them."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from knowledge import paths
from knowledge.authoring.withdraw import copy_data

# the lead ends where the other rules begin, however they are headed (own place or another)
OTHERS = "其他(?:地区或人群的)?相关规定"

ROOT = paths.REPO_ROOT
FIXTURE = ROOT / "tests" / "fixtures" / "amendment" / "dalian-extension-fixture.txt"
QUERY = "公司招了应届毕业生，一次性吸纳就业补贴还能领吗"


def _run(args, env, module="cli.main"):
    return subprocess.run(
        [sys.executable, "-m", module, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )


@pytest.fixture(scope="module")
def amended(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("amend")
    data = copy_data(paths.DATA_DIR, tmp / "data")
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        POLICY_KNOWLEDGE_DIR=str(data),
        POLICY_HOME=str(tmp / "home"),
        HF_HUB_OFFLINE="1",
        POLICY_ENCODER="none",
    )
    added = _run(["knowledge", "add", str(FIXTURE), "--id", "dalian-fixture-2021-1", "--yes"], env)
    assert added.returncode == 0, added.stderr
    assert "修订提议" in added.stdout and "dalian-2020-18.absorb-2500" in added.stdout
    built = _run(["knowledge", "build"], env)
    assert built.returncode == 0, built.stderr
    return env


def test_the_amended_clause_is_in_force_and_names_the_amending_text(amended):
    shown = json.loads(
        _run(["knowledge", "show", "dalian-2020-18:2.9", "--as-of", "2021-06-01", "--json"], amended).stdout
    )
    assert shown["validity"]["status"] == "active" and shown["validity"]["end"] == "2021-12-31"
    assert shown["amended_by"][0]["by"].startswith("测试样例〔2021〕1号")


def test_the_subsidy_is_claimable_on_2021_06_01_and_not_before_the_amendment(amended):
    profile = {
        "applicant_type": "enterprise",
        "region": "大连市",
        "new_hires_graduates": 4,
        "contract_one_year_plus": True,
        "social_insurance_paid": True,
    }
    for day, in_package in (("2021-06-01", True), ("2022-01-01", False)):
        proc = subprocess.run(
            [sys.executable, "-m", "cli.main", "check", "--profile", "-", "--as-of", day, "--json"],
            cwd=ROOT,
            env=amended,
            input=json.dumps(profile),
            capture_output=True,
            text=True,
            timeout=300,
        )
        result = json.loads(proc.stdout)
        assert ("dalian-2020-18.absorb-2500" in result["package"]["benefit_ids"]) is in_package, day


def test_a_chat_answer_on_that_date_says_in_force(amended):
    code = (
        "import json,sys;from retrieval.search import search;from answers.clause_answer import search_answer;"
        f"r=search({QUERY!r},region='大连市',top_k=3,as_of='2021-06-01');"
        "print(json.dumps({'top':r.results[0].clause_id,'text':search_answer(r.model_dump()).text},ensure_ascii=False))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=amended, capture_output=True, text=True, timeout=300
    )
    out = json.loads(proc.stdout)
    assert out["top"] == "dalian-2020-18:2.9", out
    own = re.split(OTHERS, out["text"])[0]  # the answer about 大连; other places follow under their own words
    assert "仍在实施期内" in own and "已到期" not in own
    assert "经测试样例〔2021〕1号" in out["text"]
