"""One vocabulary of responsible units: 市人社局 and 市人力资源社会保障局 are one unit.

The table is data (knowledge/department_names.yaml): canonical name → the other ways the texts
write it. `canonical` maps any written form to the canonical name (unknown names are their own
canonical name); `unify` turns a clause's list into canonical names, in order, without repeats.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

TABLE = Path(__file__).with_name("department_names.yaml")


@lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    data = yaml.safe_load(TABLE.read_text(encoding="utf-8")) or {}
    out: dict[str, str] = {}
    for canon, written in data.items():
        for name in [canon, *(written or [])]:
            if out.get(name, canon) != canon:
                raise ValueError(f"{TABLE.name}: “{name}”同时属于“{out[name]}”和“{canon}”")
            out[name] = canon
    return out


def canonical(name: str) -> str:
    return _aliases().get(name, name)


def unify(names: list[str] | tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for n in names:
        c = canonical(n)
        if c not in out:
            out.append(c)
    return out


def written_as(canon: str, names: list[str] | tuple[str, ...]) -> list[str]:
    """The clause's own wordings of a unit, where they differ from its canonical name."""
    return [n for n in names if canonical(n) == canon and n != canon]
