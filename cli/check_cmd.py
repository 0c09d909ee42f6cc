"""`policy check`: which benefits a person or enterprise can claim (contract: spec/contract.md).

    policy check --profile FILE|- [--as-of DATE] [--json] [--all]
    policy check --batch FILE.jsonl [--as-of DATE]

With --json (and always with --batch) stdout carries JSON only. Bad input (unknown fact, a value
outside a fact's value set, unknown region, malformed JSON) exits 2 with one Chinese line on
stderr naming the field; in a batch, a bad line yields {"id", "error"} and the run goes on.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console
from rich.table import Table

from answers import money
from answers.citations import doc_name
from answers.questions import short_meaning
from cli.common import fail, print_json, validity_label

STATUS_TEXT = {
    "eligible": "[green]符合[/green]",
    "needs_info": "[yellow]待补充信息[/yellow]",
    "not_eligible": "[dim]不符合[/dim]",
}


def _evaluate(profile: Any, as_of: Any) -> dict:
    from knowledge.eligibility.engine import evaluate  # late import: keeps `policy --help` fast

    return evaluate(profile, as_of)


def check(
    profile: Optional[str] = typer.Option(None, "--profile", help="画像 JSON 文件（事实名 → 取值），- 表示标准输入"),
    as_of: Optional[str] = typer.Option(None, "--as-of", help="按此日期判断政策是否有效 (YYYY-MM-DD)，默认今天"),
    as_json: bool = typer.Option(False, "--json", help="输出一个 JSON 文档"),
    batch: Optional[Path] = typer.Option(None, "--batch", help="JSONL 文件：每行 {id,profile,as_of?}"),
    show_all: bool = typer.Option(False, "--all", help="表格中也列出不符合的待遇"),
) -> None:
    """判断可以享受哪些就业补贴：逐项给出金额、有效期、原文依据和责任单位。"""
    from knowledge.inputs import BadInput

    if batch is not None:
        if profile is not None:
            fail("profile", "使用 --batch 时不要再给出 --profile")
        _run_batch(batch, as_of)
        return
    if profile is None:
        fail("profile", "请用 --profile FILE（或 - 表示标准输入），或使用 --batch FILE.jsonl")
    data = _read_profile(profile)
    if isinstance(data, dict) and set(data) <= {"profile", "as_of"} and isinstance(data.get("profile"), dict):
        as_of = as_of or data.get("as_of")  # also accept the API's body shape {"profile": …, "as_of": …}
        data = data["profile"]
    try:
        result = _evaluate(data, as_of)
    except BadInput as exc:
        fail(exc.field, exc.message)
    if as_json:
        print_json(result)
    else:
        _print_result(result, show_all)


def _read_text(source: str, field: str) -> str:
    """A file's text ("-" is standard input); unreadable input is bad input naming `field`."""
    try:
        return sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        fail(field, f"无法读取文件（应为 UTF-8 文本）：{source}（{exc.__class__.__name__}）")


def _read_profile(source: str) -> Any:
    text = _read_text(source, "profile")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        fail("profile", f"JSON 格式错误：第{exc.lineno}行第{exc.colno}列 {exc.msg}")


def _run_batch(path: Path, as_of: Optional[str]) -> None:
    from knowledge.eligibility.facts import BadInput, parse_as_of

    try:
        default_day = parse_as_of(as_of)
    except BadInput as exc:
        fail(exc.field, exc.message)
    for n, line in enumerate(_read_text(str(path), "batch").splitlines(), start=1):
        if not line.strip():
            continue
        item_id = None
        try:
            item = json.loads(line)
            if not isinstance(item, dict):
                raise BadInput("line", f"第{n}行应为 JSON 对象")
            item_id = item.get("id")
            if "profile" not in item:
                raise BadInput("profile", f"第{n}行缺少 profile")
            result = _evaluate(item["profile"], item.get("as_of") or default_day)
            print_json({"id": item_id, **result})
        except json.JSONDecodeError as exc:
            print_json({"id": None, "error": f"line: 第{n}行 JSON 格式错误：{exc.msg}"})
        except BadInput as exc:
            print_json({"id": item_id, "error": str(exc)})


def _amount_text(b: dict) -> str:
    return money.figure(b["amount"], grouped=True) or b["amount"]["text"][:40]


ANSWER_FORM = {"int": "填整数", "number": "填数字", "date": "填日期，年-月-日", "text": "填文字"}


def _doc_short(cite: dict) -> str:
    """The number where the document has one; else the composer's name for it (never "None")."""
    return cite.get("doc_number") or doc_name(cite)


def _package_mark(b: dict, in_package: set[str]) -> str:
    if b["benefit_id"] in in_package:
        return "[green]列入[/green]"
    if b["superseded_by"]:
        return "[dim]被取代[/dim]"
    if b["status"] == "eligible" and not b.get("in_force", True):
        return "[dim]尚未实施[/dim]" if b["validity"]["status"] == "not_started" else "[dim]曾有、已到期[/dim]"
    if b["status"] == "eligible":
        return "[yellow]备选[/yellow]"
    return ""


def _print_package(console: Console, result: dict) -> None:
    """The claimable package: its total, then the alternatives left out and the measures replaced."""
    package = result["package"]
    names = {b["benefit_id"]: b["name"] for b in result["benefits"]}
    total = package["total"]
    figure = "未能确定" if total["value"] is None else money.total_figure(total, grouped=True)
    console.print(f"[bold]可同时申领（{len(package['benefit_ids'])}项）合计：{figure}[/bold]")
    console.print(total["text"], markup=False)
    for alt in package["alternatives"]:
        left = [names[i] for i in alt["benefit_ids"] if i != alt["chosen"]]
        console.print(f"择一：列入“{names[alt['chosen']]}”，不再计入“{'”“'.join(left)}”——{alt['reason']}", markup=False)
    for sup in package.get("superseded", []):
        console.print(f"被取代：“{names[sup['benefit_id']]}”——{sup['reason']}", markup=False)
    for n in package.get("not_in_force", []):
        if n.get("own_period"):  # the person's own period, not the measure's
            when = f"已于{n['end']}届满" if n["status"] == "expired" else f"自{n['start']}起，尚未开始"
            console.print(f"按所填日期享受期{when}：“{names[n['benefit_id']]}”，未计入合计", markup=False)
        elif n["status"] == "expired":
            console.print(
                f"曾有、已到期：“{names[n['benefit_id']]}”（至{n['end']}），现不能申请，未计入合计", markup=False
            )
        else:
            console.print(f"尚未实施：“{names[n['benefit_id']]}”（自{n['start']}起），未计入合计", markup=False)


def _print_result(result: dict, show_all: bool) -> None:
    console = Console()
    shown = [b for b in result["benefits"] if show_all or b["status"] != "not_eligible"]
    package = result["package"]
    in_package = set(package["benefit_ids"])
    table = Table(title=f"就业补贴核对（按 {result['as_of']}）", show_lines=True)
    for col in ("状态", "待遇", "金额", "有效期", "依据", "组合", "缺少信息"):
        table.add_column(col)
    for b in shown:
        cite = b["citations"][0]
        table.add_row(
            STATUS_TEXT[b["status"]],
            b["name"],
            _amount_text(b),
            validity_label(b["validity"]["status"]),
            f"{_doc_short(cite)}{cite.get('clause_ref') or cite['clause_label']}",
            _package_mark(b, in_package),
            "、".join(short_meaning(m) for m in b["missing_facts"]),
        )
    console.print(table)
    _print_package(console, result)
    c = result["counts"]
    console.print(
        f"符合 {c['eligible']} 项，待补充信息 {c['needs_info']} 项，不符合 {c['not_eligible']} 项"
        + ("" if show_all else "（--all 显示不符合的项目）")
    )
    q = result["next_question"]
    if q:
        options = "／".join(q["option_labels"]) if q["option_labels"] else ANSWER_FORM.get(q["type"], "填写")
        console.print(f"下一个问题：{q['prompt']}  [{options}]", markup=False)
