"""Region hierarchy: which places a region contains, and which policies cover a place."""

from __future__ import annotations

import threading
from dataclasses import dataclass

import yaml

from knowledge import paths
from knowledge.builds import per_build


class UnknownRegion(ValueError):
    """A place the knowledge base does not cover (reported as such, never guessed)."""

    def __init__(self, name: str):
        super().__init__(f"region: 未收录的地区“{name}”（已收录：{'、'.join(_names_for_message())}）")
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


# Levels of the places inside a covered city (东阿县, 金州区): known so that a person there gets the
# city's documents, never offered as a choice of their own (no document of theirs).
INSIDE_LEVELS = ("county", "district")


def listed_region_names() -> list[str]:
    """The regions offered as choices (console filters, the calculator, error messages): each one
    a document's region or a region containing one (辽宁省, 大连市, 朝阳市, 凌源市 …), not the
    eighteen districts and counties inside the cities."""
    from knowledge import coverage  # coverage reads regions: imported when asked, not at load

    return coverage.covered_places()


_NAMING = threading.local()


def _names_for_message() -> list[str]:
    """The listed regions, or all of them while the documents themselves are being read: a document
    of an unknown region raises this error inside documents(), which the listed names read."""
    if getattr(_NAMING, "busy", False):
        return all_region_names()
    _NAMING.busy = True
    try:
        return listed_region_names()
    except Exception:  # noqa: BLE001 — the documents do not load: the error names every region instead
        return all_region_names()
    finally:
        _NAMING.busy = False


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


def _inside_a_word(text: str, pos: int, alias: str, name: str) -> bool:
    """A county's or district's name read as part of a longer word ("东西岗位", "示范县"): the same
    word-boundary reading as the gazetteer's places (knowledge/places.py); cities and provinces as
    before, by their names alone. A city's short name followed by 区 is another place's district (朝阳区 is
    北京's or 长春's; 辽宁's 朝阳市 has none of that name, eval9 G24)."""
    if alias != name and text[pos + len(alias) : pos + len(alias) + 1] == "区" and f"{alias}区" not in _alias_map():
        return True
    if _regions()[name].level not in INSIDE_LEVELS or name in _with_documents():
        return False
    from knowledge import places  # places reads regions: imported when asked

    return places.inside_a_word(text, pos, alias, places.word_spans(text), {pos})


@per_build()
def _with_documents() -> frozenset[str]:
    from knowledge import coverage

    return frozenset(coverage.document_regions())


def regions_in_text(text: str) -> list[str]:
    """Canonical regions named in free text, longest alias first, in order of appearance."""
    names: list[str] = []
    for alias in aliases_in_text(text):
        canon = _alias_map()[alias]
        if canon not in names:
            names.append(canon)
    return names


def alias_region(alias: str) -> str | None:
    """The canonical region a word names ("大连" → 大连市), None for a word naming none."""
    return _alias_map().get(alias)


def aliases_in_text(text: str) -> list[str]:
    """The words of free text naming regions ("大连", "甘井子区"), longest alias first, in order of appearance."""
    found: list[tuple[int, str]] = []
    for alias in sorted(_alias_map(), key=len, reverse=True):
        pos = text.find(alias)
        while pos >= 0 and (
            any(p <= pos < p + len(a) for p, a in found) or _inside_a_word(text, pos, alias, _alias_map()[alias])
        ):
            pos = text.find(alias, pos + 1)
        if pos >= 0:
            found.append((pos, alias))
    return [alias for _, alias in sorted(found)]
