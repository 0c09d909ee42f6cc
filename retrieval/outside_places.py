"""Places a question may name that no collected document covers: the provinces other than the
covered ones, and their best-known cities (a caller says "北京" or "深圳", rarely the province).
Search flags them on the results ("所问地区不在收录范围") instead of silently answering with
辽宁's or 聊城's rules. Data, not logic: province → the names that stand for it.
"""

from __future__ import annotations

from functools import lru_cache

import yaml

from knowledge import paths
from knowledge.builds import per_build
from knowledge.regions import all_region_names, get_region


@lru_cache(maxsize=1)
def provinces() -> dict[str, tuple[str, ...]]:
    """province → the names that stand for it (knowledge/provinces.yaml: data, not code)."""
    data = yaml.safe_load((paths.PACKAGE_DIR / "provinces.yaml").read_text(encoding="utf-8"))
    return {k: tuple(v) for k, v in data.items()}


@per_build()
def covered_provinces() -> frozenset[str]:
    """The top-level regions of the collected documents (辽宁省, 山东省)."""
    return frozenset(n for n in all_region_names() if get_region(n).parent is None)


def outside_places(query: str) -> list[str]:
    """Provinces (official names) the question names that no collected document covers."""
    found: list[tuple[int, str]] = []
    for province, names in provinces().items():
        if province in covered_provinces():
            continue
        positions = [query.find(n) for n in names if n in query]
        if positions:
            found.append((min(positions), province))
    return [p for _, p in sorted(found)]
