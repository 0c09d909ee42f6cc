"""The impact report's comparison and pages, on small snapshots (the full run is in tests/knowledge)."""

from __future__ import annotations

import copy

from impact.compare import RESHUFFLE, compare
from impact.render import html, markdown, summary_line

META = {
    "base": "HEAD",
    "work": "当前工作区",
    "as_of": "2021-06-01",
    "base_counts": "5 份文件",
    "work_counts": "5 份文件",
}
BENEFIT = {
    "name": "一次性吸纳就业补贴",
    "status": "eligible",
    "amount": 10000,
    "lower_bound": False,
    "validity": "expired",
    "validity_end": "2020-12-31",
    "package": "not_in_force",
    "clause_id": "d:2.9",
}
SNAP = {
    "clauses": {
        "d:2.9": "文号（九） 鼓励企业吸纳就业",
        "d:1.1": "文号（一）",
        "d:1.2": "文号（二）",
        "d:1.3": "文号（三）",
    },
    "hashes": {"d:2.9": "h9", "d:1.1": "h1", "d:1.2": "h2", "d:1.3": "h3"},
    "search": {"q1": {"q": "招人有补贴吗", "region": None, "top": ["d:2.9", "d:1.1", "d:1.2"]}},
    "rules": {
        "p1": {
            "name": "企业招4人",
            "as_of": "2021-06-01",
            "benefits": {"b": BENEFIT},
            "total": None,
            "total_text": "金额未知",
        }
    },
    "validity": {"d:2.9": "已到期"},
    "regions": {"choices": ["甲市", "乙省其他地区"], "coverage": "目前收录…"},
}


def test_the_same_answers_are_no_change():
    changes = compare(SNAP, copy.deepcopy(SNAP))
    assert changes == []
    assert summary_line(changes).startswith("无变化")
    assert "无变化" in markdown(changes, META) and "无变化" in html(changes, META)


def test_each_changed_answer_is_one_row_with_its_clause():
    new = copy.deepcopy(SNAP)
    new["rules"]["p1"]["benefits"]["b"] |= {"validity": "active", "validity_end": "2021-12-31", "package": "claimable"}
    new["rules"]["p1"] |= {"total": 10000, "total_text": "10000元"}
    new["validity"]["d:2.9"] = "现行"
    changes = compare(SNAP, new)
    assert [c.kind for c in changes] == ["有效期", "资格", "合计"]
    row = changes[1]
    assert row.old.endswith("曾有/未实施") and row.new.endswith("可同时申请") and row.clause_id == "d:2.9"
    page = html(changes, META)
    assert page.count("<tr><td>") == 3 and "→" in page


def test_a_reordered_top3_without_changed_clauses_is_marked_as_a_reshuffle():
    new = copy.deepcopy(SNAP)
    new["search"]["q1"]["top"] = ["d:2.9", "d:1.1", "d:1.3"]
    (row,) = compare(SNAP, new)
    assert row.kind == "检索" and row.note == RESHUFFLE
    new["hashes"]["d:1.3"] = "reworded"
    (row,) = compare(SNAP, new)
    assert row.note == ""


def test_a_place_one_version_does_not_know_is_one_row():
    old = copy.deepcopy(SNAP)
    old["rules"]["p1"] = {"name": "企业招4人", "as_of": "2021-06-01", "error": "未收录的地区“丙市”"}
    (row,) = compare(old, SNAP)
    assert row.old == "未收录的地区“丙市”" and "暂无可同时申请" in row.new
