"""`policy knowledge impact --base REF`: what people would be told differently after publishing."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from cli.common import parse_as_of
from knowledge import paths

out = Console()
err = Console(stderr=True)


def impact(
    base: str = typer.Option(
        ..., "--base", help="基准：git 版本（如 HEAD、main）、知识数据目录，或含 snapshot.json 的构建目录"
    ),
    as_of: Optional[str] = typer.Option(
        None, "--as-of", help="报告日期 YYYY-MM-DD（有效期说法与常设画像按此日计），默认今天"
    ),
    html_out: Optional[Path] = typer.Option(
        None, "--html", help="HTML 报告写到这里（默认 <POLICY_HOME>/impact/report.html）"
    ),
    as_json: bool = typer.Option(False, "--json", help="输出一个 JSON 文档（变化列表）"),
) -> None:
    """构建基准版本和当前工作区，列出发布后有哪些回答会不同（检索前3条、规则情形、常设画像、有效期说法、地区选项）。"""
    from impact.compare import compare
    from impact.render import html, markdown, summary_line
    from impact.run import ImpactError, Side, profiles, resolve_base, take_snapshot

    day = parse_as_of(as_of)
    scratch = paths.home() / "impact"
    scratch.mkdir(parents=True, exist_ok=True)
    log = lambda m: err.print(f"  {m}")  # noqa: E731
    try:
        err.print("[1/4] 准备基准版本")
        base_side = resolve_base(base, scratch)
        work_side = Side("当前工作区", paths.DATA_DIR, scratch / "home-work")
        dirs = [d for d in (base_side.data_dir, work_side.data_dir) if d is not None]
        people = profiles(dirs, day)
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
            json.dump(people, f, ensure_ascii=False, default=str)
        err.print(f"[2/4] 基准：构建知识库与索引，回答 {len(people)} 个情形和全部评测问题")
        old = take_snapshot(base_side, Path(f.name), day, log)
        err.print("[3/4] 当前工作区：同上")
        new = take_snapshot(work_side, Path(f.name), day, log)
    except ImpactError as exc:
        err.print(f"[red]无法生成影响报告[/red] {exc}")
        raise typer.Exit(code=1) from None
    err.print("[4/4] 比较")
    changes = compare(old, new)
    counts = lambda s: f"{len(s.get('counts', {}))} 份文件，{sum(s.get('counts', {}).values())} 条条款"  # noqa: E731
    meta = {
        "base": base_side.label,
        "work": work_side.label,
        "as_of": day.isoformat(),
        "base_counts": counts(old),
        "work_counts": counts(new),
    }
    target = html_out or scratch / "report.html"
    target.write_text(html(changes, meta), encoding="utf-8")
    if as_json:
        print(
            json.dumps(
                {"meta": meta, "summary": summary_line(changes), "changes": [c.as_dict() for c in changes]},
                ensure_ascii=False,
            )
        )
    else:
        typer.echo(markdown(changes, meta))  # plain Markdown: every cell whole, for the terminal and for pasting
    err.print(f"HTML 报告：{target}")
