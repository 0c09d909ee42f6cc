"""`policy knowledge build|show`: the clause records."""

from __future__ import annotations

from typing import Optional

import typer
from rich.console import Console
from rich.panel import Panel
from rich.table import Table

from cli.common import fail, parse_as_of, print_json
from knowledge.build import BuildError, build
from knowledge.records import clause_index, load_clauses
from knowledge.registry import documents
from knowledge.validity import describe

app = typer.Typer(no_args_is_help=True)
err = Console(stderr=True)


@app.command("build")
def build_cmd(force: bool = typer.Option(False, "--force", help="忽略缓存，重新构建")) -> None:
    """解析已登记的政策文件为条款记录 (JSONL)，并按文件报告条款数。"""
    try:
        report = build(force=force, progress=lambda msg: err.print(f"  {msg}"))
    except BuildError as exc:
        for line in exc.errors:
            err.print(f"[red]构建失败[/red] {line}")
        raise typer.Exit(code=1) from None
    table = Table(title="知识库条款数" + ("（内容未变，复用已有构建）" if report.reused else ""))
    table.add_column("文件")
    table.add_column("文号")
    table.add_column("条款", justify="right")
    docs = documents()
    for doc_id, n in report.counts.items():
        table.add_row(doc_id, docs[doc_id].doc_number or "（未印文号）", str(n))
    table.add_row("合计", "", str(sum(report.counts.values())))
    Console().print(table)
    Console().print(f"记录文件：{report.path}  (输入哈希 {report.input_hash})")


@app.command("show")
def show_cmd(
    clause_id: str = typer.Argument(..., help="条款编号，如 dalian-2020-18:2.9"),
    as_of: Optional[str] = typer.Option(None, "--as-of", help="按此日期判断是否有效 (YYYY-MM-DD)，默认今天"),
    as_json: bool = typer.Option(False, "--json", help="输出一个 JSON 文档"),
) -> None:
    """显示一个条款及其元数据（文号、责任单位、有效期）。"""
    day = parse_as_of(as_of)
    rec = clause_index(load_clauses()).get(clause_id)
    if rec is None:
        fail("clause_id", f"未找到条款“{clause_id}”（形如 dalian-2020-18:2.9）")
    validity = describe(rec.validity, day)
    if as_json:
        doc = rec.model_dump(mode="json")
        doc["validity"] = validity | {"kind": rec.validity.kind}
        doc["as_of"] = day.isoformat()
        print_json(doc)
        return
    meta = Table.grid(padding=(0, 2))
    meta.add_row("文件", f"{rec.doc_title or '（本件未印标题）'}  {rec.doc_number or '（未印文号）'}")
    meta.add_row("发文机关", f"{rec.issuer}（{rec.region}）  {rec.issued or ''}")
    meta.add_row("位置", f"{rec.part_label or ''}{rec.part_heading or ''} {rec.clause_label}")
    meta.add_row("责任单位", "、".join(rec.departments) or "—")
    meta.add_row("牵头单位", "、".join(rec.lead_departments) or "（原文未标明）")
    meta.add_row("有效期", f"{validity['status']}  {validity['start'] or '?'} 至 {validity['end'] or '?'}")
    meta.add_row("依据", validity["basis"])
    console = Console()
    console.print(Panel(meta, title=f"{rec.clause_id}  {rec.heading or ''}"))
    console.print(rec.text)
