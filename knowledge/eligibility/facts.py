"""The fact vocabulary (core facts.yaml + project facts_extra.yaml) and profile validation.

A profile is untrusted input: every key must be a declared fact, every value must fit the
fact's type and value set. Anything else is `BadInput` naming the field, so the CLI can exit 2
and the API can answer 422 with the field, instead of silently guessing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

import yaml

from knowledge import paths, regions
from knowledge.inputs import BadInput, as_of_date, iso_date

CORE_FILE = paths.PACKAGE_DIR / "facts.yaml"
EXTRA_FILE = paths.PACKAGE_DIR / "facts_extra.yaml"
TYPES = {"bool", "int", "number", "enum", "text", "date"}
BOOL_LABELS = {True: "是", False: "否"}


@dataclass(frozen=True)
class Fact:
    name: str
    type: str
    meaning: str
    group: str
    core: bool
    order: int  # position in the vocabulary: the deterministic tie-break
    values: tuple = ()
    max: float | None = None
    min: float | None = None
    prompt: str = ""
    labels: dict = field(default_factory=dict)
    title: str = ""  # the short label a person reads (facts_extra.yaml titles)

    def label(self, value: Any) -> str:
        if self.type == "bool":
            return BOOL_LABELS.get(value, str(value))
        if self.type == "number" and "百分数" in (self.meaning or "") and value not in self.labels:
            return f"{value}%"  # "上年度裁员率：17.9%", not "17.9"
        return str(self.labels.get(value, value))

    def options(self) -> tuple[list, list[str]]:
        """Answer options for a question: the value set (enum), true/false (bool), else none."""
        if self.type == "enum":
            return list(self.values), [self.label(v) for v in self.values]
        if self.type == "bool":
            return [True, False], ["是", "否"]
        return [], []


def _read(path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, Fact]:
    core, extra = _read(CORE_FILE), _read(EXTRA_FILE)
    questions = extra.get("questions", {})
    limits = extra.get("limits", {})
    titles = extra.get("titles", {}) or {}
    out: dict[str, Fact] = {}
    sources = [(core, True), (extra.get("facts", {}), False)]
    for groups, is_core in sources:
        for group, facts in groups.items():
            for name, spec in facts.items():
                if name in out:
                    raise ValueError(f"facts: {name} declared twice")
                if spec.get("type") not in TYPES:
                    raise ValueError(f"facts: {name} has unknown type {spec.get('type')!r}")
                q = questions.get(name, {})
                out[name] = Fact(
                    name=name,
                    type=spec["type"],
                    meaning=str(spec.get("meaning", "")).strip(),
                    group=group,
                    core=is_core,
                    order=len(out),
                    values=tuple(spec.get("values", ())),
                    max=limits.get(name, {}).get("max"),
                    min=limits.get(name, {}).get("min"),
                    prompt=q.get("prompt", ""),
                    labels=q.get("labels", {}) or {},
                    title=str(titles.get(name, "")).strip(),
                )
    unknown = sorted(set(questions) - set(out)) + sorted(set(limits) - set(out)) + sorted(set(titles) - set(out))
    if unknown:
        raise ValueError(f"facts_extra.yaml: questions/limits/titles for undeclared facts: {unknown}")
    untitled = [name for name, f in out.items() if not f.title]
    if untitled:
        raise ValueError(f"facts_extra.yaml: facts without a title (the label people read): {untitled}")
    _check_links(extra, out)
    return out


def _check_links(extra: dict, out: dict[str, Fact]) -> None:
    """`year_of` joins a date fact to an int fact; `text_maps` reads an enum from a text fact."""
    for name, spec in (extra.get("bounds") or {}).items():
        numeric = ("int", "number")
        if (
            getattr(out.get(name), "type", None) not in numeric
            or getattr(out.get(spec.get("le")), "type", None) not in numeric
        ):
            raise ValueError(f"facts_extra.yaml: bounds {name} <= {spec.get('le')} must join two numeric facts")
    for day, year in (extra.get("year_of") or {}).items():
        if getattr(out.get(day), "type", None) != "date" or getattr(out.get(year), "type", None) != "int":
            raise ValueError(f"facts_extra.yaml: year_of {day} -> {year} must join a date fact to an int fact")
    for name, spec in (extra.get("text_maps") or {}).items():
        target, source = out.get(name), out.get(spec.get("from"))
        if target is None or target.type != "enum" or source is None or source.type != "text":
            raise ValueError(f"facts_extra.yaml: text_maps {name} must read an enum from a text fact")
        words = [w for ws in spec["map"].values() for w in ws]
        if not set(spec["map"]) <= set(target.values) or len(words) != len(set(words)):
            raise ValueError(f"facts_extra.yaml: text_maps {name}: values outside the enum or a word mapped twice")


@lru_cache(maxsize=1)
def year_links() -> dict[str, str]:
    """date fact -> the int fact holding its year (graduation_date -> graduation_year)."""
    return dict(_read(EXTRA_FILE).get("year_of") or {})


@lru_cache(maxsize=1)
def upper_bounds() -> dict[str, str]:
    """count fact -> the count fact it can never exceed (insured_employees -> employees)."""
    out = {}
    for name, spec in (_read(EXTRA_FILE).get("bounds") or {}).items():
        out[name] = spec["le"]
    return out


@lru_cache(maxsize=1)
def text_maps() -> dict[str, tuple[str, dict[str, str]]]:
    """enum fact -> (text fact it is read from, {word: enum value})."""
    out = {}
    for name, spec in (_read(EXTRA_FILE).get("text_maps") or {}).items():
        out[name] = (spec["from"], {w: value for value, words in spec["map"].items() for w in words})
    return out


def read_mapped(name: str, profile: dict[str, Any]) -> Any:
    """The enum value a text fact of the profile gives (None where absent or not in the table)."""
    if name not in text_maps():
        return None
    source, table = text_maps()[name]
    said = profile.get(source)
    return table.get(said) if isinstance(said, str) else None


def get_fact(name: str) -> Fact:
    try:
        return vocabulary()[name]
    except KeyError:
        raise KeyError(f"undeclared fact {name!r}") from None


def _number(name: str, value: Any, fact: Fact) -> int | float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise BadInput(f"profile.{name}", f"应为数字，收到 {value!r}（{fact.meaning}）")
    if fact.type == "int" and value != int(value):
        raise BadInput(f"profile.{name}", f"应为整数，收到 {value!r}（{fact.meaning}）")
    if value < 0:
        raise BadInput(f"profile.{name}", f"不能为负数，收到 {value!r}（{fact.meaning}）")
    if fact.min is not None and value < fact.min:
        raise BadInput(f"profile.{name}", f"不能小于 {fact.min:g}，收到 {value!r}（{fact.title}）")
    if fact.max is not None and value > fact.max:
        raise BadInput(f"profile.{name}", f"不能大于 {fact.max:g}，收到 {value!r}（{fact.meaning}）")
    return int(value) if fact.type == "int" else value


def normalize_value(name: str, value: Any) -> Any:
    """The canonical value of one profile entry, or BadInput naming `profile.<name>`."""
    fact = vocabulary().get(name)
    if fact is None:
        raise BadInput(f"profile.{name}", "未知的事实名（不在 facts.yaml / facts_extra.yaml 中）")
    if fact.type == "bool":
        if not isinstance(value, bool):
            raise BadInput(f"profile.{name}", f"应为 true 或 false，收到 {value!r}")
        return value
    if fact.type in ("int", "number"):
        return _number(name, value, fact)
    if fact.type == "enum":
        if value not in fact.values:
            raise BadInput(f"profile.{name}", f"取值 {value!r} 不在取值范围 {list(fact.values)} 内")
        return value
    if fact.type == "date":
        return iso_date(value, f"profile.{name}")
    if not isinstance(value, str) or not value.strip():
        raise BadInput(f"profile.{name}", f"应为非空文字，收到 {value!r}")
    if name == "region":
        try:
            return regions.normalize_region(value)
        except regions.UnknownRegion as exc:
            raise BadInput("profile.region", str(exc).split(": ", 1)[-1]) from None
    return value.strip()


def normalize_profile(profile: Any) -> dict[str, Any]:
    """Validated profile in vocabulary order; JSON null means "unknown" and is dropped."""
    if not isinstance(profile, dict):
        raise BadInput("profile", f"应为 JSON 对象（事实名 → 取值），收到 {type(profile).__name__}")
    vocab = vocabulary()
    clean = {str(k): normalize_value(str(k), v) for k, v in profile.items() if v is not None}
    for name, upper in upper_bounds().items():
        if name in clean and upper in clean and clean[name] > clean[upper]:
            raise BadInput(
                f"profile.{name}", f"不能大于 {upper}（{vocab[upper].meaning}：{clean[upper]}），收到 {clean[name]}"
            )
    return {k: clean[k] for k in sorted(clean, key=lambda n: vocab[n].order)}


def profile_to_json(profile: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if isinstance(v, date) else v) for k, v in profile.items()}


def parse_as_of(value: Any, default: date | None = None) -> date:
    return as_of_date(value, "as_of", default)
