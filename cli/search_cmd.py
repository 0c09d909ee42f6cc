"""`policy search`: find the clauses that answer a question (contract: spec/contract.md).

    policy search QUERY [--region R] [--top-k K] [--as-of DATE] [--json]
    policy search --batch FILE.jsonl [--top-k K]

With --json (and always with --batch) stdout carries JSON only. Bad input exits 2 with one
Chinese line on stderr naming the field; in a batch, a bad line yields {"id", "error"} and the
run goes on.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from cli.common import fail, print_json, validity_label
from knowledge.coverage import example_place
from knowledge.inputs import BadInput
from retrieval.models import MAX_TOP_K, SearchResponse, make_request

MAX_BATCH_LINE = 10_000  # characters; a longer line is rejected, not parsed


def _searcher():
    from retrieval.search import get_searcher  # late import: keeps `policy --help` fast

    return get_searcher()


def search(
    query: Optional[str] = typer.Argument(None, help="要查询的问题，如“公司招大学生有补贴吗”"),
    region: Optional[str] = typer.Option(
        None, "--region", help=f"所在地区（只看覆盖该地的政策），如 {example_place()}"
    ),
    top_k: str = typer.Option("5", "--top-k", help=f"返回条数 (1-{MAX_TOP_K})"),
    as_of: Optional[str] = typer.Option(None, "--as-of", help="按此日期判断是否有效 (YYYY-MM-DD)，默认今天"),
    as_json: bool = typer.Option(False, "--json", help="输出一个 JSON 文档"),
    batch: Optional[Path] = typer.Option(None, "--batch", help="JSONL 文件：每行 {id,q,region?,as_of?}"),
    doc: Optional[list[str]] = typer.Option(None, "--doc", help="只在这些文件中查（doc_id，可重复）"),
    status: Optional[str] = typer.Option(None, "--status", help="只看此状态：active|expired|not_started|unknown"),
) -> None:
    """检索政策条款：口语提问也能找到原文条款、责任单位和有效期。"""
    if batch is not None:
        if query:
            fail("q", "使用 --batch 时不要再给出查询语句")
        _validate_top_k(top_k)
        _run_batch(batch, top_k)
        return
    if not query:
        fail("q", "请给出查询语句，或使用 --batch FILE.jsonl")
    try:
        request = make_request(query, region, top_k, as_of, tuple(doc or ()), status)
    except BadInput as exc:
        fail(exc.field, exc.message)
    response = _searcher().search(request)
    if as_json:
        print_json(response.model_dump(mode="json"))
    else:
        _print_table(response)


def _validate_top_k(top_k: str) -> None:
    try:
        make_request("校验", None, top_k)
    except BadInput as exc:
        fail(exc.field, exc.message)


def _run_batch(path: Path, top_k: str) -> None:
    if not path.is_file():
        fail("batch", f"文件不存在或不可读：{path}")
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        fail("batch", f"无法读取文件（应为 UTF-8 JSONL）：{exc.__class__.__name__}")
    searcher = _searcher()
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        item_id, out = _batch_line(searcher, line, n, top_k)
        print_json({"id": item_id, **out})
        sys.stdout.flush()


def _batch_line(searcher, line: str, n: int, top_k: str) -> tuple[object, dict]:
    if len(line) > MAX_BATCH_LINE:
        return None, {"error": f"line {n}: 行过长（超过 {MAX_BATCH_LINE} 字符）"}
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        return None, {"error": f"line {n}: JSON 格式错误（{exc.msg}，第 {exc.colno} 列）"}
    if not isinstance(item, dict):
        return None, {"error": f"line {n}: 每行应为一个 JSON 对象"}
    item_id = item.get("id")
    if item_id is None:
        return None, {"error": f"id: 第 {n} 行缺少 id"}
    unknown = sorted(set(item) - {"id", "q", "region", "as_of", "top_k"})
    if unknown:
        return item_id, {"error": f"{unknown[0]}: 不认识的字段（可用：id、q、region、as_of、top_k）"}
    try:
        request = make_request(item.get("q"), item.get("region"), item.get("top_k", top_k), item.get("as_of"))
    except BadInput as exc:
        return item_id, {"error": str(exc)}
    return item_id, searcher.search(request).model_dump(mode="json")


def _print_table(response: SearchResponse) -> None:
    console = Console()
    # User text and policy text are escaped: a "[" in either must print, not be read as markup.
    title = f"“{escape(response.query)}” 的检索结果（有效期按 {response.as_of} 判断"
    title += f"，地区：{response.region}）" if response.region else "）"
    if not response.results:
        console.print(title)
        console.print("没有找到相关条款。可以换个说法，或去掉地区限制再试。")
        return
    table = Table(title=title, show_lines=True)
    # Chinese has no spaces to wrap at: "fold" breaks long lines instead of cutting them off.
    table.add_column("#", justify="right")
    table.add_column("条款", overflow="fold", ratio=2)
    table.add_column("状态", overflow="fold", ratio=1)
    table.add_column("原文要点", overflow="fold", ratio=5)
    for hit in response.results:
        # the clause id is for --json and `policy knowledge show`: a person reads the document and clause
        where = escape(f"{hit.doc_number or hit.issuer} {hit.clause_label}{hit.heading or ''}")
        status = validity_label(hit.validity.status)
        if hit.validity.end:
            status += f"\n[dim]至 {hit.validity.end}[/dim]"
        body = escape("\n".join(hit.highlights) or hit.text[:120])
        body += f"\n[dim]责任单位：{escape('、'.join(hit.departments)) or '原文未列明'}[/dim]"
        table.add_row(str(hit.rank), where, status, body)
    console.print(table)
    if response.expanded_terms:
        console.print(f"[dim]按政策用语补充检索：{'、'.join(response.expanded_terms[:8])}[/dim]")
