"""Nothing in code knows which documents or places exist (issue 18).

A document number or a covered place's name written as a string literal in Python or JavaScript
outside tests/ and the knowledge data would have to be edited by hand when a document is added,
removed or amended; every such word must come from documents.yaml / regions.yaml instead.
Comments and docstrings may name them (they explain, they do not decide), so the check reads
string tokens only.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from pathlib import Path

import yaml

from knowledge import paths

ROOT = paths.REPO_ROOT
SKIP_DIRS = {"tests", ".venv", ".venv-rasa", "node_modules", "var", ".git", "models"}


def _forbidden_words() -> list[str]:
    docs = yaml.safe_load(paths.DOCUMENTS_FILE.read_text(encoding="utf-8"))["documents"]
    words = {d["doc_number"] for d in docs if d.get("doc_number")}
    for d in docs:
        words |= {c["doc_number"] for c in d.get("cites") or [] if c.get("doc_number")}
    regs = yaml.safe_load(paths.REGIONS_FILE.read_text(encoding="utf-8"))["regions"]
    for r in regs:
        words.add(r["name"])
        words |= {a for a in r.get("aliases") or [] if len(a) >= 2}
    return sorted(words, key=len, reverse=True)


def _code_files(suffix: str) -> list[Path]:
    return [p for p in ROOT.rglob(f"*{suffix}") if not SKIP_DIRS & set(p.relative_to(ROOT).parts)]


def _docstring_lines(source: str) -> set[int]:
    """First lines of module, class and function docstrings (explanations, not data)."""
    out = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if (
                body
                and isinstance(body[0], ast.Expr)
                and isinstance(body[0].value, ast.Constant)
                and isinstance(body[0].value.value, str)
            ):
                out.add(body[0].lineno)
    return out


def python_literals(path: Path) -> list[tuple[int, str]]:
    source = path.read_text(encoding="utf-8")
    docs = _docstring_lines(source)
    out = []
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.STRING and tok.start[0] not in docs:
            out.append((tok.start[0], tok.string))
        elif getattr(tokenize, "FSTRING_MIDDLE", None) == tok.type:
            out.append((tok.start[0], tok.string))
    return out


JS_COMMENT = re.compile(r"/\*.*?\*/|(?<![:\\])//[^\n]*", re.S)
JS_STRING = re.compile(r"'(?:\\.|[^'\\\n])*'|\"(?:\\.|[^\"\\\n])*\"|`(?:\\.|[^`\\])*`", re.S)


def js_literals(path: Path) -> list[tuple[int, str]]:
    source = path.read_text(encoding="utf-8")
    out = []
    for m in JS_STRING.finditer(source):
        before = source[: m.start()]
        if (
            JS_COMMENT.search(before[before.rfind("\n") + 1 :] + m.group(0))
            and "//" in before[before.rfind("\n") + 1 :]
        ):
            continue  # a quote inside a line comment
        out.append((before.count("\n") + 1, m.group(0)))
    return out


def offences(files_and_literals) -> list[str]:
    words = _forbidden_words()
    found = []
    for path, literals in files_and_literals:
        for line, text in literals:
            hit = next((w for w in words if w in text), None)
            if hit:
                found.append(f"{path.relative_to(ROOT)}:{line}: {hit!r} in {text[:60]}")
    return found


def test_forbidden_words_come_from_the_data():
    words = _forbidden_words()
    assert len(words) >= 10  # documents' numbers, cited numbers, region names and aliases


def test_the_check_finds_a_literal(tmp_path):
    """The scanner itself can fail: a place in a string is found, the same place in a comment is not."""
    place = yaml.safe_load(paths.REGIONS_FILE.read_text(encoding="utf-8"))["regions"][0]["name"]
    py = tmp_path / "x.py"
    py.write_text(f'"""{place} in a docstring."""\n# {place} in a comment\nA = "{place}的政策"\n', encoding="utf-8")
    js = tmp_path / "x.js"
    js.write_text(f"// {place}\nconst a = '{place}';\n", encoding="utf-8")
    assert [line for line, t in python_literals(py) if place in t] == [3]
    assert [line for line, t in js_literals(js) if place in t] == [2]


def test_no_document_number_or_place_in_python_code():
    found = offences((p, python_literals(p)) for p in _code_files(".py"))
    assert not found, "knowledge written into code (read it from documents.yaml / regions.yaml):\n" + "\n".join(found)


def test_no_document_number_or_place_in_javascript():
    found = offences((p, js_literals(p)) for p in _code_files(".js"))
    assert not found, "knowledge written into scripts (read it from the API's metadata):\n" + "\n".join(found)
