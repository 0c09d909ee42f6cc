"""`policy index build|show`: the search index files (built ahead, reused while inputs are unchanged)."""

from __future__ import annotations

import json

import typer
from rich.console import Console

app = typer.Typer(no_args_is_help=True)


@app.command("build")
def build(
    force: bool = typer.Option(False, "--force", help="忽略已有索引，重新构建"),
    prune: bool = typer.Option(True, "--prune/--no-prune", help="删除其他（过时的）索引目录"),
) -> None:
    """构建检索索引（BM25 各字段 + 向量索引）；输入未变时复用已有索引。"""
    from retrieval import index_store
    from retrieval.search import Searcher

    searcher = Searcher()
    loaded = index_store.load_or_build(searcher.corpus, searcher.encoder, searcher.config.dense_kind, force=force)
    removed = index_store.prune(keep={loaded.path.name}) if prune else []
    m = loaded.manifest
    state = "已构建" if loaded.built else "输入未变，复用已有索引"
    Console(stderr=True).print(
        f"检索索引{state}：{loaded.path}\n  条款 {m['n_clauses']}，段落 {m['n_passages']}，编码器 {m['encoder'] or '无（仅词法）'}"
        f"，向量索引 {m['dense_kind'] or '-'}，语料哈希 {m['corpus_hash']}"
        + (f"\n  已删除过时索引 {len(removed)} 个" if removed else "")
    )


@app.command("show")
def show() -> None:
    """显示当前配置对应的索引清单（manifest）。"""
    from retrieval import index_store
    from retrieval.search import Searcher

    searcher = Searcher()
    expected = index_store.expected_manifest(searcher.corpus, searcher.encoder, searcher.config.dense_kind)
    path = index_store.index_root() / index_store.index_key(expected) / "manifest.json"
    if not path.exists():
        typer.echo(f"index: 尚未构建（运行 policy index build）：{path.parent}", err=True)
        raise typer.Exit(code=1)
    typer.echo(json.dumps(json.loads(path.read_text(encoding="utf-8")), ensure_ascii=False, indent=1))
