"""Reading the rule files: knowledge/rules/<doc_id>/<name>.yaml, id "<doc_id>.<name>".

A file that does not match the schema is reported with its path and pydantic's reason; the id
written inside a file must equal the one its path gives, so a rule is found where its id says.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import ValidationError

from knowledge import paths
from knowledge.authoring.drafts import unfilled
from knowledge.builds import per_build
from knowledge.eligibility.schema import Amendment, Base, Definition, Rule

RULES_DIR = paths.RULES_DIR  # the working tree's, for tests and tools; serving code passes or reads paths.RULES_DIR
CASES_DIR = RULES_DIR / "cases"
BASES_FILE = "bases.yaml"  # beside the rule folders: what benefits pay for (see Base)
AMENDMENTS_FILE = "amendments.yaml"  # later texts changing the periods of named rules (see Amendment)


class RuleError(Exception):
    def __init__(self, errors: list[str]):
        super().__init__("\n".join(errors))
        self.errors = errors


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    definitions: tuple[Definition, ...]
    bases: dict[str, Base] = field(default_factory=dict)
    amendments: tuple[Amendment, ...] = ()


def read_bases(root: Path) -> dict[str, Base]:
    path = root / BASES_FILE
    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}
    return {name: Base.model_validate(spec) for name, spec in (data or {}).items()}


def read_amendments(root: Path) -> tuple[Amendment, ...]:
    path = root / AMENDMENTS_FILE
    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else []
    return tuple(Amendment.model_validate(item) for item in (data or []))


def rule_files(root: Path | None = None) -> list[Path]:
    root = root or paths.RULES_DIR
    return sorted(p for p in root.glob("*/*.yaml") if p.parent.name != "cases")


def read_rule_file(path: Path) -> Rule | Definition:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError("not a YAML mapping")
    left = unfilled(data)  # a `policy rules draft` skeleton never ships as an answer
    if left:
        raise ValueError(f"草稿未完成，尚需填写：{'、'.join(left)}")
    model = Definition if data.get("kind") == "definition" else Rule
    item = model.model_validate(data)
    expected = f"{path.parent.name}.{path.stem}"
    if item.id != expected:
        raise ValueError(f"id {item.id!r} does not match its path (expected {expected!r})")
    return item


def load_rule_set(root: Path | None = None) -> tuple[RuleSet, list[str]]:
    """Every rule that parses, plus one error message per file that does not."""
    root = root or paths.RULES_DIR
    rules: list[Rule] = []
    definitions: list[Definition] = []
    errors: list[str] = []
    for path in rule_files(root):
        rel = path.relative_to(root.parent)
        try:
            item = read_rule_file(path)
        except (ValidationError, ValueError, yaml.YAMLError) as exc:
            errors.append(f"{rel}: {exc}")
            continue
        if isinstance(item, Definition):
            definitions.append(item)
        else:
            rules.append(item)
    try:
        bases = read_bases(root)
    except (ValidationError, yaml.YAMLError) as exc:
        bases = {}
        errors.append(f"rules/{BASES_FILE}: {exc}")
    try:
        amendments = read_amendments(root)
    except (ValidationError, yaml.YAMLError) as exc:
        amendments = ()
        errors.append(f"rules/{AMENDMENTS_FILE}: {exc}")
    return RuleSet(tuple(rules), tuple(definitions), bases, amendments), errors


@per_build()
def default_rule_set() -> RuleSet:
    rule_set, errors = load_rule_set()
    if errors:
        raise RuleError(errors)
    return rule_set
