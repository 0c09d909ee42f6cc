"""The impact report for people: Markdown for the terminal, one HTML page for the officer.

One row a change: what is asked (the question, the profile and benefit, the clause), what was said
before → what will be said, and the clause it rests on. "无变化" when nothing a person is told changes.
"""

from __future__ import annotations

from collections import Counter
from html import escape

from impact.compare import Change

ORDER = ["地区", "有效期", "资格", "合计", "检索"]
TITLES = {
    "地区": "对话中的地区与收录范围",
    "有效期": "条款有效期的说法（按报告日期）",
    "资格": "资格判断（规则测试情形与常设画像）",
    "合计": "可同时申请的合计金额",
    "检索": "检索：评测问题的前3条结果",
}


def summary_line(changes: list[Change]) -> str:
    if not changes:
        return "无变化：发布后，每个评测问题、规则情形、常设画像、有效期说法和地区选项都与基准一致。"
    counts = Counter(c.kind for c in changes)
    return "共 {} 处变化：".format(len(changes)) + "，".join(f"{k} {counts[k]}" for k in ORDER if counts[k])


def _md_cell(text: str) -> str:
    return (text or "").replace("|", "｜").replace("\n", " ")


def markdown(changes: list[Change], meta: dict) -> str:
    lines = [
        "# 发布前影响报告",
        "",
        f"- 基准：{meta['base']}（{meta['base_counts']}）",
        f"- 本次：{meta['work']}（{meta['work_counts']}）",
        f"- 报告日期（有效期与常设画像按此日计）：{meta['as_of']}",
        "",
        summary_line(changes),
        "",
    ]
    for kind in ORDER:
        rows = [c for c in changes if c.kind == kind]
        if not rows:
            continue
        lines += [f"## {TITLES[kind]}（{len(rows)}）", "", "| 问题/情形 | 原来 | 现在 | 条款 |", "|---|---|---|---|"]
        lines += [
            f"| {_md_cell(c.subject)} | {_md_cell(c.old)} | {_md_cell(c.new)} | {_md_cell(c.clause)}"
            f"{'（' + c.note + '）' if c.note else ''} |"
            for c in rows
        ]
        lines.append("")
    return "\n".join(lines)


CSS = """
body{font-family:"WenQuanYi Micro Hei","Noto Sans CJK SC",sans-serif;margin:24px;color:#1a1a1a;background:#fff}
h1{font-size:22px;margin:0 0 8px} h2{font-size:17px;margin:24px 0 8px;border-left:4px solid #b3261e;padding-left:8px}
.meta{color:#444;font-size:14px;line-height:1.7} .summary{font-size:16px;font-weight:bold;margin:12px 0}
table{border-collapse:collapse;width:100%;font-size:14px;table-layout:fixed}
col.subject{width:26%} col.old,col.new{width:29%} col.arrow{width:24px} col.clause{width:16%} th,td{border:1px solid #ccc;padding:6px 8px;vertical-align:top;text-align:left}
th{background:#f3f3f3} td.old{background:#fdecea} td.new{background:#e8f5e9} td.arrow{text-align:center;color:#666;width:20px}
.none{font-size:18px;color:#1b5e20;font-weight:bold} .note{color:#6d4c00;font-size:13px}
"""


def html(changes: list[Change], meta: dict) -> str:
    parts = [
        f"<!doctype html><html lang='zh-CN'><head><meta charset='utf-8'><title>发布前影响报告</title><style>{CSS}</style></head><body>",
        "<h1>发布前影响报告</h1>",
        f"<div class='meta'>基准：{escape(meta['base'])}（{escape(meta['base_counts'])}）<br>"
        f"本次：{escape(meta['work'])}（{escape(meta['work_counts'])}）<br>"
        f"报告日期：{escape(meta['as_of'])}（有效期说法与常设画像按此日计；规则情形按各自日期）</div>",
    ]
    cls = "none" if not changes else "summary"
    parts.append(f"<p class='{cls}'>{escape(summary_line(changes))}</p>")
    for kind in ORDER:
        rows = [c for c in changes if c.kind == kind]
        if not rows:
            continue
        parts.append(
            f"<h2>{escape(TITLES[kind])}（{len(rows)}）</h2><table><colgroup><col class=subject><col class=old>"
            "<col class=arrow><col class=new><col class=clause></colgroup><thead><tr><th>问题/情形</th><th>原来</th>"
            "<th aria-label='变为'></th><th>现在</th><th>条款</th></tr></thead><tbody>"
        )
        for c in rows:
            parts.append(
                f"<tr><td>{escape(c.subject)}</td><td class='old'>{escape(c.old)}</td><td class='arrow'>→</td>"
                f"<td class='new'>{escape(c.new)}</td><td>{escape(c.clause)}"
                f"{'<br><small>' + escape(c.clause_id) + '</small>' if c.clause_id else ''}"
                f"{'<br><em class=note>' + escape(c.note) + '</em>' if c.note else ''}</td></tr>"
            )
        parts.append("</tbody></table>")
    parts.append("</body></html>")
    return "\n".join(parts)
