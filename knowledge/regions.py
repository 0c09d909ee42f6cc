"""Region hierarchy: which places a region contains, and which policies cover a place."""

from __future__ import annotations

from dataclasses import dataclass

import yaml

from knowledge import paths
from knowledge.builds import per_build


class UnknownRegion(ValueError):
    """A place the knowledge base does not cover (reported as such, never guessed)."""

    def __init__(self, name: str):
        super().__init__(f"region: 未收录的地区“{name}”（已收录：{'、'.join(all_region_names())}）")
        self.name = name


@dataclass(frozen=True)
class Region:
    name: str
    level: str
    parent: str | None
    aliases: tuple[str, ...]


@per_build()
def _regions() -> dict[str, Region]:
    data = yaml.safe_load(paths.REGIONS_FILE.read_text(encoding="utf-8"))
    out = {}
    for item in data["regions"]:
        out[item["name"]] = Region(item["name"], item["level"], item.get("parent"), tuple(item.get("aliases") or ()))
    for reg in out.values():  # a dangling parent is a data error: fail at load, not at query time
        if reg.parent is not None and reg.parent not in out:
            raise ValueError(f"regions.yaml: {reg.name} has unknown parent {reg.parent}")
    return out


def all_region_names() -> list[str]:
    return list(_regions())


@per_build()
def _alias_map() -> dict[str, str]:
    out: dict[str, str] = {}
    for reg in _regions().values():
        out[reg.name] = reg.name
        for alias in reg.aliases:
            if len(alias) >= 2:  # one-character abbreviations (连) are too ambiguous to resolve alone
                out[alias] = reg.name
    return out


def normalize_region(name: str) -> str:
    """Canonical name for a region or alias ("大连" -> "大连市"); UnknownRegion otherwise."""
    key = (name or "").strip()
    try:
        return _alias_map()[key]
    except KeyError:
        raise UnknownRegion(key) from None


def get_region(name: str) -> Region:
    return _regions()[normalize_region(name)]


def ancestors(name: str) -> list[str]:
    """The region itself followed by every region containing it: 凌源市 -> [凌源市, 朝阳市, 辽宁省]."""
    chain: list[str] = []
    cur: str | None = normalize_region(name)
    while cur is not None:
        chain.append(cur)
        cur = _regions()[cur].parent
    return chain


def covers(policy_region: str, place: str) -> bool:
    """True if a policy of `policy_region` applies to someone located in `place`."""
    return normalize_region(policy_region) in ancestors(place)


def regions_in_text(text: str) -> list[str]:
    """Canonical regions named in free text, longest alias first, in order of appearance."""
    found: list[tuple[int, str]] = []
    for alias in sorted(_alias_map(), key=len, reverse=True):
        pos = text.find(alias)
        if pos >= 0 and not any(p <= pos < p + len(a) for p, a in found):
            found.append((pos, alias))
    names: list[str] = []
    for _, alias in sorted(found):
        canon = _alias_map()[alias]
        if canon not in names:
            names.append(canon)
    return names
