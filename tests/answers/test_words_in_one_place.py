"""Words a person reads (and the words a person uses to ask for a human) live in answers/, and every
channel takes them from there (issue 20, item 3)."""

from __future__ import annotations

import ast
from pathlib import Path

import yaml

from answers import money, notices
from answers.contact import HOTLINE
from answers.dialogue import RESPONSES
from answers.phrases import wants_human
from tests.actions.conftest import nlu_examples

ROOT = Path(__file__).resolve().parents[2]
# where person-facing words are written in code; the NLU data holds what people type, not what they read
CHANNELS = ["actions", "api", "cli", "bot/domain_base.yml", "bot/build_domain.py", "stack"]


def test_every_way_of_asking_for_a_human_is_read_the_same_in_the_form_and_when_the_dialogue_is_down():
    asks = nlu_examples("handoff")
    assert len(asks) > 40
    assert [a for a in asks if not wants_human(a)] == []


def test_a_policy_question_is_never_taken_for_a_request_for_a_human():
    questions = nlu_examples("ask_policy") + ["失业的人能领什么补贴", "人工智能企业有补贴吗", "残疾人的人数怎么算"]
    assert len(questions) > 100
    assert [q for q in questions if wants_human(q)] == []


def _strings(path: Path) -> list[str]:
    """The string values a file gives (code literals other than docstrings; YAML values)."""
    text = path.read_text(encoding="utf-8")
    if path.suffix != ".py":
        out: list[str] = []
        stack = [yaml.safe_load(text)]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                stack += list(item.values())
            elif isinstance(item, list):
                stack += item
            elif isinstance(item, str):
                out.append(item)
        return out
    tree = ast.parse(text)
    docs = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        n.value
        for n in ast.walk(tree)
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs
    ]


def test_the_hotline_number_is_written_only_in_answers():
    found = []
    for place in CHANNELS:
        path = ROOT / place
        files = [path] if path.is_file() else [p for p in path.rglob("*") if p.suffix in (".py", ".yml", ".yaml")]
        for f in files:
            found += [f"{f.relative_to(ROOT)}: {s[:60]}" for s in _strings(f) if HOTLINE in s]
        # the pages and scripts a browser gets: the number is filled in when they are served
        pages = [] if path.is_file() else [p for p in path.rglob("*") if p.suffix in (".html", ".js", ".css")]
        found += [str(f.relative_to(ROOT)) for f in pages if HOTLINE in f.read_text(encoding="utf-8")]
    assert found == []


def test_the_domain_fixed_responses_are_the_composers_words():
    domain = yaml.safe_load((ROOT / "bot" / "domain.yml").read_text(encoding="utf-8"))
    assert {k: [r["text"] for r in v] for k, v in domain["responses"].items()} == {k: [v] for k, v in RESPONSES.items()}
    assert HOTLINE in RESPONSES["utter_goodbye"]


def test_amounts_are_said_one_way_grouped_only_where_asked():
    assert money.figure({"value": 15000.0}) == "15000元"
    assert money.figure({"max_value": 20000, "period": "per_year"}, grouped=True) == "最高20,000元/年"
    assert money.figure({"value": None}) is None
    assert money.total_figure({"value": 12500, "is_lower_bound": True}) == "至少12500元"
    assert notices.too_many_requests(30) == f"请求过于频繁，请30秒后再试。如需帮助请拨打{HOTLINE}热线。"
