"""Region, document and validity filters over the clauses of a corpus.

Region rules (DESIGN.md): a person in a place is covered by the policies of that place and of
every region containing it, so a 大连市 user sees 大连市 and 辽宁省 clauses. An explicit region
(--region, the widget's known location) filters; a place merely named in the question boosts,
because people also ask about places they are not in ("回聊城创业").
"""

from __future__ import annotations

from datetime import date

import numpy as np

from knowledge.builds import per_build
from knowledge.records import ClauseRecord, not_yet_issued
from knowledge.regions import alias_region, aliases_in_text, all_region_names, ancestors, regions_in_text
from knowledge.validity import describe, status_on


@per_build(64)
def covering_regions(place: str) -> frozenset[str]:
    """Regions whose policies apply to someone in `place` (the place and its ancestors)."""
    return frozenset(ancestors(place))


@per_build(64)
def contained_regions(place: str) -> frozenset[str]:
    """Regions inside `place` (not the place itself): 辽宁省 -> 大连市, 朝阳市, 凌源市."""
    return frozenset(r for r in all_region_names() if r != place and place in ancestors(r))


class Labels:
    """A per-clause label (region, doc_id) coded as integers, so a filter or boost over thousands of
    clauses is one array lookup instead of a Python loop per query."""

    def __init__(self, values: list[str]):
        self.names = sorted(set(values))
        code = {n: i for i, n in enumerate(self.names)}
        self.codes = np.fromiter((code[v] for v in values), dtype=np.int64, count=len(values))

    def weights(self, table: dict[str, float]) -> np.ndarray:
        per_name = np.array([table.get(n, 0.0) for n in self.names], dtype=np.float32)
        return per_name[self.codes] if self.names else np.zeros(0, dtype=np.float32)

    def mask(self, wanted) -> np.ndarray:
        return self.weights({n: 1.0 for n in wanted}) > 0


def region_mask(regions: Labels, place: str) -> np.ndarray:
    return regions.mask(covering_regions(place))


def places_named(query: str) -> list[str]:
    return regions_in_text(query)


def without_region_names(query: str, region: str) -> tuple[str, list[str]]:
    """The query without the words naming the filter region itself, and those words: once the filter keeps that
    region's clauses, its name mostly matches clauses that repeat it ("凌源失业了有啥补贴" matched 凌源's 人才安家补助,
    "在凌源首次购房…来凌", ahead of the unemployment clause)."""
    rest, names = query, list[str]()
    for alias in aliases_in_text(query):
        if alias_region(alias) == region:
            rest, names = rest.replace(alias, " "), [*names, alias]
    return (rest, names) if rest.strip() else (query, [])


def mention_boosts(regions: Labels, places: list[str], boost: float, inside_share: float = 0.0) -> np.ndarray:
    """Boost for clauses of the places named in the question and of the regions containing them.

    Full boost for the named place itself, 0.7 for regions containing it (a province's measure
    still applies there). Siblings get nothing: "凌源" says nothing for 大连. Regions inside the
    named place get `inside_share` (0 by default: a question about 辽宁 asks what the province
    says; a city's measure holds only in that city).
    """
    weight: dict[str, float] = {}
    for place in places:
        if inside_share > 0:
            for reg in contained_regions(place):
                weight[reg] = max(weight.get(reg, 0.0), inside_share)
        for reg in covering_regions(place):
            weight[reg] = max(weight.get(reg, 0.0), 1.0 if reg == place else 0.7)
    return regions.weights(weight) * np.float32(boost if places else 0.0)


def specificity_boosts(regions: Labels, place: str, boost: float) -> np.ndarray:
    """Small preference for the user's own region over the regions containing it: a city's measure
    refines the province's ("具体标准由各市政府确定")."""
    return regions.weights({place: boost})


def _unissued(rec: ClauseRecord, as_of: date) -> bool:
    """The clause's document did not exist yet on `as_of`: whatever dates its measures state (a
    measure "2020年2月起" in a text issued in March), nothing of it applied before it was issued."""
    return not_yet_issued(rec, as_of)


def status_mask(records, status: str, as_of: date) -> np.ndarray:
    return np.fromiter(
        (("not_started" if _unissued(r, as_of) else status_on(r.validity, as_of)) == status for r in records),
        dtype=bool,
        count=len(records),
    )


def validity_out(rec: ClauseRecord, as_of: date) -> dict:
    """The contract's validity object for a clause on `as_of` (status, start, end, basis). Before its
    document was issued a clause is not started (大政发〔2020〕18号（十三）, issued 2020-06-30, was
    "active" on 2020-06-01 from its measures' end dates)."""
    out = describe(rec.validity, as_of)
    if _unissued(rec, as_of):
        issued = rec.issued.isoformat() if rec.issued else ""
        ended_before = bool(out.get("end")) and str(out["end"]) < issued  # never "2020-06-30至2020-03-31" (eval36 T16)
        out.update(
            status="not_started",
            start=out.get("start") if ended_before else issued,
            basis=f"尚未开始（文件{issued}印发，按{as_of.isoformat()}计尚未印发）。依据：{rec.validity.basis}",
        )
    return out
