"""`policy search` as the contract's outside checker calls it (subprocesses, real console script)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

POLICY = str(Path(sys.executable).with_name("policy"))


def policy(env, *args, stdin=None):
    return subprocess.run([POLICY, *args], capture_output=True, text=True, env=env, input=stdin, timeout=300)


def test_json_output_is_one_document_and_stderr_is_quiet(cli_env):
    out = policy(
        cli_env,
        "search",
        "公司招了应届大学生，社保能补吗",
        "--region",
        "大连市",
        "--top-k",
        "3",
        "--as-of",
        "2020-07-01",
        "--json",
    )
    assert out.returncode == 0, out.stderr
    assert out.stderr == ""  # no jieba "Building prefix dict", no progress bars
    doc = json.loads(out.stdout)  # exactly one JSON document: json.loads rejects trailing data
    assert doc["query"] == "公司招了应届大学生，社保能补吗" and doc["as_of"] == "2020-07-01"
    assert 1 <= len(doc["results"]) <= 3
    assert all(h["region"] in {"大连市", "辽宁省"} for h in doc["results"])


@pytest.mark.parametrize(
    "args, field",
    [
        (["稳岗", "--region", "北京市"], "region"),
        (["稳岗", "--as-of", "2020-13-01"], "as_of"),
        (["稳岗", "--top-k", "0"], "top_k"),
        (["稳岗", "--top-k", "many"], "top_k"),
        (["稳" * 300], "q"),
    ],
)
def test_bad_input_exits_2_with_one_line_naming_the_field(cli_env, args, field):
    out = policy(cli_env, "search", *args, "--json")
    assert out.returncode == 2
    assert out.stdout == ""
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"{field}: "), out.stderr
    assert "Traceback" not in out.stderr


def test_batch_one_line_out_per_line_in(cli_env, tmp_path):
    batch = tmp_path / "in.jsonl"
    batch.write_text(
        "\n".join(
            [
                json.dumps({"id": "a", "q": "稳岗返还", "region": "聊城"}, ensure_ascii=False),
                "{not json",
                json.dumps({"id": "c", "q": "残保金", "as_of": "2021-02-30"}, ensure_ascii=False),
                json.dumps({"id": 4, "q": "创业贷款", "region": "火星"}, ensure_ascii=False),
                "",
                json.dumps({"id": 5, "q": "失业金领完了怎么办", "as_of": "2020-06-01"}, ensure_ascii=False),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    out = policy(cli_env, "search", "--batch", str(batch), "--top-k", "2")
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["a", None, "c", 4, 5]
    assert rows[0]["results"] and all(h["region"] in {"聊城市", "山东省"} for h in rows[0]["results"])
    assert len(rows[0]["results"]) <= 2
    assert "error" in rows[1] and "JSON" in rows[1]["error"]
    assert rows[2]["error"].startswith("as_of: ")
    assert rows[3]["error"].startswith("region: ")
    assert rows[4]["as_of"] == "2020-06-01" and rows[4]["results"]


def test_batch_missing_file_exits_2(cli_env, tmp_path):
    out = policy(cli_env, "search", "--batch", str(tmp_path / "none.jsonl"))
    assert out.returncode == 2 and out.stderr.startswith("batch: ")


def test_human_output_is_a_table(cli_env):
    out = policy(cli_env, "search", "残疾人租场地开店有补贴吗", "--top-k", "2")
    assert out.returncode == 0, out.stderr
    assert "检索结果" in out.stdout and "创业场地补贴" in out.stdout
    odd = policy(cli_env, "search", "[/bold] 稳岗返还 [red]", "--top-k", "1")  # markup-like text prints as is
    assert odd.returncode == 0 and "[/bold]" in odd.stdout, odd.stderr


def test_index_build_reuses_an_unchanged_index(cli_env):
    out = policy(cli_env, "index", "build", "--no-prune")
    assert out.returncode == 0, out.stderr
    assert "复用" in out.stderr
