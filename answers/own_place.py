"""The person's own city's measure before the province's general one.

"刚来凌源上班 生活困难有啥补助" finds 辽宁's "对符合条件的生活困难下岗失业人员，发放临时生活补助" first and
凌源's own 临时生活补助 sentence further down (it says more words: who, when, that it is not counted as
income for 低保); a person in 凌源 is answered by 凌源's measure, which refines the province's (design:
a city's own measure refines a provincial one), and the province's is then one of the other rules.
Only when the place is known (said in the message or asked for) and the city's hit names the same measure.
"""

from __future__ import annotations

import re

from knowledge import regions

FAR_BEHIND = 0.7  # of the top hit's score
MEASURE = re.compile(r"[\u4e00-\u9fff]{2}(?:补贴|补助|贷款|返还|贴息|救助)")
COPIED = 16  # characters in a row: the city's text copying the province's sentence


def _measures(hit: dict) -> set[str]:
    return set(MEASURE.findall("".join(hit.get("highlights") or []) or hit.get("text") or ""))


def _not_in_force(hit: dict, as_of: str) -> bool:
    """Ended, or its document not yet issued on the day asked (the clause's own status reads only its dates)."""
    issued = hit.get("issued") or ""
    return (hit.get("validity") or {}).get("status") in ("expired", "not_started") or bool(as_of and issued > as_of)


def _copies(own: dict, top: dict) -> bool:
    """ "大连公益岗谁能上" (eval99 PB09 heard 辽宁's sentence, 大连's own "优先安排…" one further down): the city's clause
    writes the province's sentence again, word for word, so it is the same measure whatever its name."""
    said = "".join(top.get("highlights") or []) or top.get("text") or ""
    text = own.get("text") or ""
    return any(said[i : i + COPIED] in text for i in range(0, max(0, len(said) - COPIED + 1), 4))


def place_of(response: dict) -> str | None:
    said = response.get("regions_in_query") or []
    return response.get("region") or (said[0] if len(said) == 1 else None)


def own_first(response: dict) -> dict:
    """`response` with the hit of the person's own place moved to the top when the top hit is the same
    measure from a region containing it."""
    hits = list(response.get("results") or [])
    place = place_of(response)
    if not hits or not place or hits[0].get("exact_reference") or hits[0].get("region") == place:
        return response
    try:
        above = regions.ancestors(place)
    except regions.UnknownRegion:  # a place outside regions.yaml: nothing to refine
        return response
    if hits[0].get("region") not in above:
        return response
    named = _measures(hits[0])
    # far behind, the own place's hit is another matter sharing a word ("岗位补贴" of 凌源's graduates' posts, eval67
    # JB10, after 辽宁's "延长期满后…可再次按程序通过公益性岗位安置" for one whose post ended)
    close = FAR_BEHIND * float(hits[0].get("score") or 0)
    own = next(
        (
            h
            for h in hits[1:]
            if h.get("region") == place
            and (named & _measures(h) or _copies(h, hits[0]))
            and float(h.get("score") or 0) >= close
        ),
        None,
    )
    day = response.get("as_of") or ""
    if own is None or _not_in_force(own, day) and not _not_in_force(hits[0], day):
        # 2020-06-15, 大连's 2500元 (issued 2020-06-30) not yet started: the province's measure in force leads
        return response
    hits.remove(own)
    return {**response, "results": [own] + hits}
