"""`policy knowledge add FILE`: propose a new document's metadata and outline, write it when confirmed.

For a policy officer, not a developer: every step says what it does, every question says what it
needs, and a text whose structure cannot be read is refused with the line and the reason. In CI
(no terminal) every answer comes from a flag and `--yes` confirms; a missing answer is an error
naming the flag, never a guess.
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from cli.common import fail, validity_label
from knowledge.authoring.add import AddError, Proposal, build_proposal, proposed_amendments, write, write_amendments
from knowledge.inputs import BadInput, iso_date
from knowledge.validity import describe

out = Console()
err = Console(stderr=True)
ASKED = {
    "doc_number": ("文号", "--number"),
    "title": ("标题", "--title"),
    "issued": ("印发日期 YYYY-MM-DD", "--issued"),
}


def _step(n: int, total: int, msg: str) -> None:
    err.print(f"[bold]\\[{n}/{total}][/bold] {msg}")


def _read(path: Path) -> str:
    if not path.is_file():
        fail("FILE", f"找不到文件 {path}")
    try:
        return path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[: exc.start].count(b"\n") + 1
        fail("FILE", f"第{line}行不是 UTF-8 编码的文字；请另存为 UTF-8 文本（.txt）后再加入")


def _ask_missing(prop_overrides: dict, text: str, interactive: bool) -> dict:
    """Ask for what the text does not print; without a terminal, a missing answer stays null
    (number, title: unknown metadata is null) or is an error (the issue date decides validity)."""
    from knowledge.authoring.head import propose

    head = propose(text)
    for key, (label, flag) in ASKED.items():
        if getattr(head, key) is not None or prop_overrides.get(key) is not None:
            continue
        if interactive:
            answer = typer.prompt(
                f"原文未印{label}，请输入（不知道请直接回车，记为未知）", default="", show_default=False
            )
            if answer.strip():
                prop_overrides[key] = answer.strip()
        elif key == "issued":
            fail("issued", f"原文未印{label}，请用 {flag} 指定（有效期从印发日期起算）")
    if isinstance(prop_overrides.get("issued"), str):
        try:
            prop_overrides["issued"] = iso_date(prop_overrides["issued"], "issued")
        except BadInput as exc:
            fail(exc.field, exc.message)
    return prop_overrides


def _show(prop: Proposal, as_of: date) -> None:
    f = prop.fields
    meta = Table(title=f"拟收录文件：{f['id']}", show_header=False)
    meta.add_column(style="bold")
    meta.add_column()
    rows = [
        ("文号", f["doc_number"] or "（原文未印，记为未知）"),
        ("标题", f["title"] or "（原文未印，记为未知）"),
        ("通知标题", f.get("notice_title") or "—"),
        ("发文机关", f["issuer"]),
        (
            "地区",
            f"{f['region']}（{'新增地区，上级：' + (prop.new_region['parent'] or '无') if prop.new_region else '已收录'}）",
        ),
        ("印发日期", f"{f['issued'] or '未知'}（{f['issued_basis'] or '—'}）"),
        ("依据文件", "、".join(f["implements"]) or "—"),
        ("引用文件", "、".join(c["doc_number"] for c in f["cites"]) or "—"),
        ("替代声明", "；".join(s["statement"] for s in f["supersession"]) or "—"),
    ]
    for k, v in rows:
        meta.add_row(k, str(v))
    out.print(meta)
    table = Table(title=f"条款提纲（{len(prop.outline.clauses)}条）")
    for col in ("编号", "条款", "标题", "责任单位（牵头）", f"有效期（{as_of}）"):
        table.add_column(col)
    for r in prop.outline.clauses:
        v = describe(r.validity, as_of)
        lead = f"（{'、'.join(r.lead_departments)}）" if r.lead_departments else ""
        depts = "、".join(r.departments[:3]) + ("等" if len(r.departments) > 3 else "") + lead
        table.add_row(
            r.clause_id.split(":", 1)[1],
            f"{r.part_label or ''}{r.clause_label}",
            r.heading or "",
            depts or "—",
            f"{validity_label(v['status'])} {v['start'] or '?'}～{v['end'] or '?'}",
        )
    out.print(table)
    kinds = Counter(r.validity.kind for r in prop.outline.clauses)
    out.print(
        f"有效期：写明起止 {kinds['dated']} 条，只有起点 {kinds['open_ended']} 条，"
        f"随事件结束 {kinds['event_bound']} 条，未写明 {kinds['none']} 条（记为“有效期未知”，不会说成现行）"
    )
    for p in prop.outline.problems:
        (err.print(f"[red]无法结构化[/red] {p}") if p.fatal else err.print(f"[yellow]提示[/yellow] {p}"))


def add(
    file: Path = typer.Argument(..., help="新文件的文字版（UTF-8 .txt，从 PDF 复制的原文即可）"),
    doc_id: Optional[str] = typer.Option(
        None, "--id", help="文件编号（默认按地区拼音、年份、文号生成，如 lingyuan-2019-14）"
    ),
    number: Optional[str] = typer.Option(None, "--number", help="文号（原文未印时填写）"),
    number_source: Optional[str] = typer.Option(None, "--number-source", help="文号从哪里来（原文未印时必填说明）"),
    title: Optional[str] = typer.Option(None, "--title", help="标题（原文未印时填写）"),
    issuer: Optional[str] = typer.Option(None, "--issuer", help="发文机关"),
    region: Optional[str] = typer.Option(None, "--region", help="适用地区（默认取发文机关所在地）"),
    parent: Optional[str] = typer.Option(None, "--parent", help="新地区的上级地区（省级填 none）"),
    level: Optional[str] = typer.Option(
        None, "--level", help="新地区的层级：province / city / county（县级市填 county）"
    ),
    issued: Optional[str] = typer.Option(None, "--issued", help="印发日期 YYYY-MM-DD（原文未印时填写）"),
    yes: bool = typer.Option(False, "--yes", "-y", help="不询问，直接写入（CI 用）"),
    dry_run: bool = typer.Option(False, "--dry-run", help="只显示提议，不写入"),
) -> None:
    """收录一份新政策文件：从原文提出文号、标题、发文机关、地区、日期、条款提纲、责任单位和有效期，确认后写入知识库数据。"""
    interactive = sys.stdin.isatty() and not yes
    _step(1, 4, f"读取原文 {file}")
    text = _read(file)
    _step(2, 4, "从文件开头和落款识别文号、标题、发文机关、印发日期")
    overrides = {
        "id": doc_id,
        "doc_number": number,
        "number_source": number_source,
        "title": title,
        "issuer": issuer,
        "region": region,
        "parent": parent,
        "level": level,
        "issued": issued,
    }
    overrides = _ask_missing(overrides, text, interactive)
    if interactive and overrides.get("parent") is None:
        overrides = _ask_parent(text, overrides)
    _step(3, 4, "切分条款，识别责任单位和有效期")
    try:
        prop = build_proposal(text, overrides, source=file)
    except AddError as exc:
        fail(*str(exc).split(": ", 1))
    _show(prop, date.today())
    amends = proposed_amendments(prop) if not prop.outline.fatal else []
    for a in amends:
        out.print(f"[bold]修订提议[/bold] {a['kind']}：{'、'.join(a['rules'])} → {a['end']}\n  依据：“{a['quote']}”")
    if prop.outline.fatal:
        err.print("[red]未写入。[/red]请按上面的行号检查原文（常见原因：编号被换行拆开、复制时漏了一段）。")
        raise typer.Exit(code=1)
    if dry_run:
        err.print("（--dry-run：未写入）")
        return
    if not yes:
        if not interactive:
            fail("--yes", "非交互环境中请加 --yes 确认写入，或先用 --dry-run 查看提议")
        if not typer.confirm("以上信息是否正确，写入知识库？", default=False):
            err.print("已取消，未写入任何文件。")
            raise typer.Exit(code=1)
    _step(4, 4, "写入知识库数据")
    for path in write(prop):
        out.print(f"  已写入 {path}")
    if amends:
        out.print(f"  已写入 {write_amendments(amends)}（{len(amends)} 条修订，构建时逐字核对引文）")
    out.print(
        f"下一步：policy rules draft {prop.doc_id}（起草资格规则）→ policy knowledge build → "
        "policy knowledge impact --base HEAD（发布前看影响）"
    )


def _ask_parent(text: str, overrides: dict) -> dict:
    """A new place needs its parent region; asked once, only when the place is not yet known."""
    from knowledge import regions
    from knowledge.authoring.add import place_of
    from knowledge.authoring.head import propose

    name = overrides.get("region") or place_of(overrides.get("issuer") or propose(text).issuer)
    try:
        if name:
            regions.normalize_region(name)
    except regions.UnknownRegion:
        overrides["parent"] = typer.prompt(
            f"“{name}”是新地区，它属于哪个上级地区？（已收录：{'、'.join(regions.all_region_names())}；省级填 none）"
        )
    return overrides
