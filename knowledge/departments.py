"""The departments bracket that closes a clause: which units are responsible, which one leads.

Two styles occur: "（责任单位：市人力资源社会保障局、市财政局…）" (also 〔责任单位：…〕 with
full-width parentheses nested inside, e.g. "各县（市、区）政府"), and Lingyuan's
"（市人社局、财政局等有关单位，各乡镇街按职责分工负责）". Brackets of both widths can even pair
with each other ("（责任单位：…)"), so matching counts any opener against any closer. Only the
*last* bracket of a clause is the departments bracket; earlier brackets are policy text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = "（(〔"
CLOSERS = "）)〕"
PREFIX_RE = re.compile(r"^(?:责任单位|责任部门)[：:]")
LEAD_FIRST_RE = re.compile(r"[，,]?列第一位者为牵头单位[，,]?(?:下同)?$")
GROUP_SUFFIXES = ("等按职责分工负责", "按职责分工负责", "等有关单位", "等")


@dataclass(frozen=True)
class Departments:
    units: list[str]
    leads: list[str]
    bracket: str  # as printed, brackets included
    declares_lead_first: bool  # "列第一位者为牵头单位，下同": applies to later clauses too


def trailing_bracket(text: str) -> tuple[int, str] | None:
    """(start index, bracket as printed) of the bracket group that ends `text`, if any."""
    end = len(text.rstrip())
    if end == 0 or text[end - 1] not in CLOSERS:
        return None
    depth = 0
    for i in range(end - 1, -1, -1):
        ch = text[i]
        if ch in CLOSERS:
            depth += 1
        elif ch in OPENERS:
            depth -= 1
            if depth == 0:
                return i, text[i:end]
    return None


def is_departments_bracket(bracket: str) -> bool:
    inner = bracket[1:-1]
    return bool(PREFIX_RE.match(inner)) or inner.endswith("负责")


def _split_top_level(text: str, seps: str) -> list[str]:
    """Split on separators outside brackets: "各县（市、区）政府" stays one unit."""
    parts: list[str] = []
    buf: list[str] = []
    depth = 0
    for ch in text:
        if ch in OPENERS:
            depth += 1
        elif ch in CLOSERS:
            depth = max(0, depth - 1)
        if ch in seps and depth == 0:
            parts.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
    parts.append("".join(buf))
    return [p.strip() for p in parts if p.strip()]


def _strip_suffix(unit: str) -> str:
    for suffix in GROUP_SUFFIXES:
        if unit.endswith(suffix) and len(unit) > len(suffix) + 1:
            return unit[: -len(suffix)]
    return unit


def parse_departments(bracket: str, lead_first: bool) -> Departments:
    """Units of a departments bracket. `lead_first`: an earlier clause declared 列第一位者为牵头单位."""
    inner = PREFIX_RE.sub("", bracket[1:-1])
    declares = bool(LEAD_FIRST_RE.search(inner))
    inner = LEAD_FIRST_RE.sub("", inner)
    units: list[str] = []
    leads: list[str] = []
    for group in _split_top_level(inner, "，,"):
        explicit_lead = group.endswith("牵头")
        if explicit_lead:
            group = group[: -len("牵头")]
        for unit in _split_top_level(group, "、"):
            unit = _strip_suffix(unit)
            if unit and unit not in units:
                units.append(unit)
                if explicit_lead:
                    leads.append(unit)
    if not leads and (lead_first or declares) and units:
        leads = [units[0]]
    return Departments(units, leads, bracket, declares)
