"""One report section as CSV: UTF-8 with a BOM (Excel then reads the Chinese), Chinese headers."""

from __future__ import annotations

import csv
import io

SECTIONS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "questions": (
        "高频问题",
        [("week", "周（起始日）"), ("place", "地区"), ("question", "问题"), ("source", "来源"), ("count", "次数")],
    ),
    "fallbacks": ("未能答复", [("at", "时间"), ("kind", "类型"), ("channel", "渠道"), ("user_said", "用户所说")]),
    "handoffs": ("转人工原因", [("label", "原因"), ("count", "次数"), ("closed", "已办结")]),
    "feedback": (
        "差评",
        [("at", "时间"), ("channel", "渠道"), ("comment", "意见"), ("clauses", "条款"), ("answer_text", "所给答复")],
    ),
    "copies": (
        "答复口径复制记录",
        [
            ("at", "时间"),
            ("username", "坐席"),
            ("kind", "类型"),
            ("clause_id", "条款"),
            ("as_of", "评估日期"),
            ("text", "答复口径"),
        ],
    ),
}


def rows_of(report: dict, section: str) -> list[dict]:
    if section == "questions":
        return report["questions"]
    if section == "fallbacks":
        return report["fallbacks"]["examples"]
    if section == "handoffs":
        return report["handoff_reasons"]
    if section == "feedback":
        return [{**r, "clauses": "、".join(r["clause_ids"])} for r in report["thumbs_down"]]
    return [{**r, "kind": "条款" if r["kind"] == "clause" else "计算"} for r in report["copies"]]


def to_csv(report: dict, section: str) -> str:
    _, columns = SECTIONS[section]
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow([label for _, label in columns])
    for row in rows_of(report, section):
        w.writerow(["" if row.get(k) is None else row.get(k) for k, _ in columns])
    return "\ufeff" + buf.getvalue()
