"""What the knowledge base covers, in words and choices, read from the data (never written in code).

Every sentence that names the covered documents or places ("目前收录…的五份政策文件", the region
buttons, the example in the welcome) is computed here from documents.yaml and regions.yaml, so a
new document or place shows up in every channel without a code change (issue 18), and a build
without a document no longer offers its place.
"""

from __future__ import annotations

import cn2an

from knowledge import regions
from knowledge.registry import documents


def tree_order() -> list[str]:
    """Every region, each followed by the places inside it (depth first, regions.yaml order among
    siblings): the order does not depend on where in the files a place was appended."""
    names = regions.all_region_names()
    out: list[str] = []

    def visit(name: str) -> None:
        out.append(name)
        for child in (c for c in names if regions.get_region(c).parent == name):
            visit(child)

    for root in (n for n in names if regions.get_region(n).parent is None):
        visit(root)
    return out


def document_regions() -> list[str]:
    """Regions that have a document, each once, in tree order (a province before its cities)."""
    own = {doc.region for doc in documents().values()}
    return [name for name in tree_order() if name in own]


def covered_places() -> list[str]:
    """Regions a person can be in and hear something: every document's region and the regions
    containing it (a person in 朝阳 gets the province's measures), in regions.yaml order."""
    wanted = {name for r in document_regions() for name in regions.ancestors(r)}
    return [name for name in regions.all_region_names() if name in wanted]


def _children(name: str, among: list[str]) -> list[str]:
    return [c for c in among if regions.get_region(c).parent == name]


def region_choices() -> list[tuple[str, str]]:
    """(button title, region) for the region question: the places inside a region first (post-order),
    then the region itself as "…其他地区" / "…（…以外）", provinces last."""
    places = covered_places()
    ordered: list[str] = []

    def visit(name: str) -> None:
        for child in _children(name, places):
            visit(child)
        ordered.append(name)

    for root in (p for p in places if regions.get_region(p).parent not in places):
        visit(root)
    ordered.sort(key=lambda p: regions.get_region(p).parent is None)  # stable: provinces last

    def title(name: str) -> str:
        kids = _children(name, places)
        if not kids:
            return name
        if regions.get_region(name).parent is None:
            return f"{name}其他地区"
        return f"{name}（{'、'.join(kids)}以外）"

    return [(title(p), p) for p in ordered]


def count_words(n: int) -> str:
    """五份, 十二份: the count of documents as a person reads it."""
    return f"{cn2an.an2cn(n)}份"


def coverage_sentence() -> str:
    """目前收录大连市、辽宁省…的五份政策文件。"""
    return f"目前收录{'、'.join(document_regions())}的{count_words(len(documents()))}政策文件。"


def places_sentence() -> str:
    """The places whose policies are covered, provinces after the cities and counties:
    "大连市、凌源市、聊城市及辽宁省"."""
    own = document_regions()
    local = [r for r in own if regions.get_region(r).parent is not None]
    top = [r for r in own if regions.get_region(r).parent is None]
    if local and top:
        return f"{'、'.join(local)}及{'、'.join(top)}"
    return "、".join(local or top)


def short_name(region: str) -> str:
    """How people write a place: the shortest alias of two characters or more ("大连")."""
    names = [a for a in regions.get_region(region).aliases if len(a) >= 2] or [region]
    return min(names, key=len)


def example_place() -> str:
    """A place for the examples in the welcome and in help texts: the first document's region
    below province level (a person more often names a city), else the first document's."""
    own = document_regions()
    local = [r for r in own if regions.get_region(r).parent is not None]
    return (local or own or [""])[0]
