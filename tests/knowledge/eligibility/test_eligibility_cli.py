"""`policy check`: JSON on stdout only, exit 2 with a one-line message naming the field."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from cli.main import app

runner = CliRunner()
PROFILE = {"applicant_type": "hr_agency", "region": "大连市", "placements": 50}


def _run(args, stdin=None):
    return runner.invoke(app, ["check", *args], input=stdin)


def test_profile_file_json(tmp_path):
    path = tmp_path / "p.json"
    path.write_text(json.dumps(PROFILE, ensure_ascii=False), encoding="utf-8")
    result = _run(["--profile", str(path), "--as-of", "2020-06-01", "--json"])
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    b = next(b for b in doc["benefits"] if b["benefit_id"] == "dalian-2020-18.hr-agency-service")
    assert (b["status"], b["amount"]["value"]) == ("eligible", 15000)
    assert doc["as_of"] == "2020-06-01"


def test_profile_from_stdin_and_api_body_shape():
    body = json.dumps({"profile": PROFILE, "as_of": "2020-06-01"}, ensure_ascii=False)
    result = _run(["--profile", "-", "--json"], stdin=body)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["as_of"] == "2020-06-01"


def test_table_for_people():
    result = _run(["--profile", "-", "--as-of", "2020-06-01"], stdin=json.dumps(PROFILE))
    assert result.exit_code == 0
    assert "符合" in result.stdout and "15,000元" in result.stdout and "下一个问题" in result.stdout


def test_table_shows_the_package_total_and_the_alternatives():
    profile = {
        "applicant_type": "person",
        "region": "大连市",
        "is_disabled": True,
        "first_time_business": True,
        "rents_business_premises": True,
        "business_operating_months": 8,
    }
    result = _run(["--profile", "-", "--as-of", "2020-07-15"], stdin=json.dumps(profile, ensure_ascii=False))
    assert result.exit_code == 0, result.stderr
    out = result.stdout.replace("\n", "")
    assert "合计：6,000元" in out and "9,000" not in out
    assert "择一" in out and "备选" in out and "被取代" in out


@pytest.mark.parametrize(
    "profile, field",
    [
        ({"region": "北京市"}, "profile.region"),
        ({"has_a_dog": True}, "profile.has_a_dog"),
        ({"enterprise_size": "huge"}, "profile.enterprise_size"),
        ({"placements": -3}, "profile.placements"),
        ({"placements": "many"}, "profile.placements"),
    ],
)
def test_bad_profile_exits_2_naming_the_field(profile, field):
    result = _run(["--profile", "-", "--json"], stdin=json.dumps(profile, ensure_ascii=False))
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(field + ": ")
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "args, stdin, field",
    [
        (["--profile", "-"], "{not json", "profile"),
        (["--profile", "-", "--as-of", "2020-02-30"], "{}", "as_of"),
        ([], None, "profile"),
        (["--profile", "/nonexistent/p.json"], None, "profile"),
    ],
)
def test_other_bad_input_exits_2(args, stdin, field):
    result = _run(args, stdin=stdin)
    assert result.exit_code == 2
    assert result.stderr.startswith(field + ": ") and len(result.stderr.strip().splitlines()) == 1


def test_batch(tmp_path):
    lines = [
        json.dumps({"id": "a", "profile": PROFILE, "as_of": "2020-06-01"}, ensure_ascii=False),
        json.dumps({"id": "b", "profile": {"region": "火星"}}, ensure_ascii=False),
        "{broken",
        "",
        json.dumps({"id": "c", "profile": {**PROFILE, "placements": 19}}, ensure_ascii=False),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = _run(["--batch", str(path), "--as-of", "2020-05-01"])
    assert result.exit_code == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", "b", None, "c"]
    assert out[0]["as_of"] == "2020-06-01" and out[3]["as_of"] == "2020-05-01"
    assert out[1]["error"].startswith("profile.region: ") and out[2]["error"].startswith("line: ")
    status = {b["benefit_id"]: b["status"] for b in out[3]["benefits"]}
    assert status["dalian-2020-18.hr-agency-service"] == "not_eligible"
