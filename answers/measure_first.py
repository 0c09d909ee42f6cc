"""A question naming a measure is answered by a clause writing that measure, when the best hit only matches the asker.

eval100 QA04 (大连, 2020-09-01): "我刚退伍 想在大连开个小超市 创业担保贷款能贷多少 利息多少 要不要抵押" ranked 46号（十六）
("促进退役军人就业创业", which names no loan) over 46号（八）, the clause granting 创业担保贷款 to everyone starting a
business, and heard "本条原文未写利息、抵押" of the veterans' clause three turns running. A hit close behind whose text
writes the measure named is read first; the asker's group stays in the list after it.
"""

from __future__ import annotations

from answers.measure_exists import written
from answers.sentences import compact

# measures people name as the texts do ("担保贷款" is how "创业担保贷款" is typed short)
NAMES = {
    "创业担保贷款": ("创业担保贷款", "担保贷款"),
    "稳岗返还": ("稳岗返还",),
    "一次性吸纳就业补贴": ("吸纳就业补贴",),
    "一次性求职创业补贴": ("求职创业补贴",),
    "就业见习补贴": ("见习补贴",),
    "失业补助金": ("失业补助金",),
    "临时生活补助": ("临时生活补助",),
    # "开小店 房租有没有补贴" (eval100 QA03's question in 大连): the texts pay rent as 创业场地补贴
    "创业场地补贴": ("场地补贴", "房租补贴", "租金补贴", "房租"),
}
WRITTEN_AS = {
    "创业担保贷款": "担保贷款",
    "一次性吸纳就业补贴": "吸纳就业补贴",
    "一次性求职创业补贴": "求职创业补贴",
    "就业见习补贴": "见习",
    "创业场地补贴": "场地补贴",
}
CLOSE = 0.75  # of the best score
LOOKED_AT = 4


def _named(query: str) -> list[str]:
    said = compact(query)
    return [name for name, forms in NAMES.items() if any(f in said for f in forms)]


def _writes(hit: dict, name: str) -> bool:
    return written(WRITTEN_AS.get(name, name), compact(hit.get("text") or ""))


def measure_first(response: dict) -> dict:
    hits = list(response.get("results") or [])
    names = _named(response.get("query") or "")
    if len(hits) < 2 or len(names) != 1 or hits[0].get("exact_reference") or _writes(hits[0], names[0]):
        return response
    close = CLOSE * float(hits[0].get("score") or 0)
    found = next((h for h in hits[1:LOOKED_AT] if _writes(h, names[0]) and float(h.get("score") or 0) >= close), None)
    if found is None:
        return response
    hits.remove(found)
    return {**response, "results": [found] + hits}
