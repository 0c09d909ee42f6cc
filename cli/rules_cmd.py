"""`policy rules draft DOC`: rule skeletons for a new document, for the officer to fill."""

from __future__ import annotations

import typer
from rich.console import Console
from rich.table import Table

from cli.common import fail
from knowledge import paths
from knowledge.authoring.drafts import drafts_for, write_drafts
from knowledge.eligibility.loader import load_rule_set
from knowledge.registry import documents

app = typer.Typer(no_args_is_help=True)
out = Console()
err = Console(stderr=True)


@app.command("draft")
def draft(
    doc_id: str = typer.Argument(..., help="文件编号，如 lingyuan-2019-14（policy knowledge add 给出的）"),
    overwrite: bool = typer.Option(False, "--overwrite", help="覆盖已有的同名草稿（默认保留已开始填写的草稿）"),
) -> None:
    """为文件中每个写明金额、比例、期限或上限的句子生成规则草稿（原文引文、读出的数额、待填写的条件）。"""
    if doc_id not in documents():
        fail("DOC", f"未收录的文件“{doc_id}”（已收录：{'、'.join(documents())}；新文件先运行 policy knowledge add）")
    from knowledge.parse import parse_document

    err.print(f"[1/3] 解析 {doc_id} 的条款")
    records = parse_document(documents()[doc_id])
    err.print("[2/3] 查找写明金额、比例、期限或上限的句子")
    drafts = drafts_for(records, doc_id)
    err.print(f"[3/3] 写入规则草稿到 {paths.RULES_DIR / doc_id}")
    written = write_drafts(drafts, paths.RULES_DIR, documents()[doc_id].region, overwrite)
    table = Table(title=f"{doc_id}：{len(drafts)} 个规则草稿（新写入 {len(written)} 个）")
    for col in ("草稿", "条款", "读出的数额", "原文（节选）"):
        table.add_column(col)
    for d in drafts:
        figs = "、".join(f"{f.text}={f.value}{f.unit}" if f.value is not None else f.text for f in d.figures)
        table.add_row(
            d.rule_id.split(".", 1)[1],
            f"{d.clause.part_label or ''}{d.clause.clause_label}",
            figs,
            d.sentence[:36] + ("…" if len(d.sentence) > 36 else ""),
        )
    out.print(table)
    _, errors = load_rule_set()
    left = [e for e in errors if "草稿未完成" in e]
    out.print(
        f"待填写的草稿 {len(left)} 个；填完前 policy knowledge build 会拒绝构建并列出缺项。"
        "不需要成为规则的句子（如目标、总额），直接删除其草稿文件。"
    )


@app.command("status")
def status() -> None:
    """列出尚未填完的规则草稿及每个草稿还缺什么。"""
    _, errors = load_rule_set()
    left = [e for e in errors if "草稿未完成" in e]
    for line in left:
        out.print(line)
    out.print(f"未填完的草稿：{len(left)} 个" if left else "没有未填完的草稿。")
    raise typer.Exit(code=1 if left else 0)
