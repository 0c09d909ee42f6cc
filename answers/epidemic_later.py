"""A sentence written for the epidemic ("对因疫情影响见习暂时中断的…") does not lead a first reply asked years later.

eval63 FA01, a 2025 graduate asking in 2026 "有没有见习啥的", heard "对因疫情影响见习暂时中断的，相应延长见习单位补贴期限"
first and 大政发〔2017〕46号（十二）'s 见习 only third. Only a sentence with no end of its own yields (one that ended is said
as ended where it answers), only to a hit close behind, and a question that names the epidemic keeps the search's order.
"""

from __future__ import annotations

import re
from datetime import date

from answers import validity_words
from answers.amount_first import CLOSE
from answers.clause_answer import quotes_for
from answers.sentences import record_of

EPIDEMIC = re.compile(r"疫情|新冠|复工复产|春节期间")


def _old(hit: dict, day: date) -> bool:
    issued = hit.get("issued") or (hit.get("validity") or {}).get("start")
    return bool(issued) and (day - date.fromisoformat(str(issued)[:10])).days >= validity_words.OLD_YEARS * 365


def _about_epidemic(hit: dict, query: str, day: date) -> bool:
    """The sentence the answer would quote (not only the search's first highlight: 18号（十三）'s 见习基地 sentence comes
    first there, the quote is its 疫情 sentence) is about the epidemic and has no end of its own."""
    if not _old(hit, day):
        return False
    quoted = quotes_for(hit, query)
    rec = record_of(hit.get("clause_id") or "")
    if not quoted or rec is None or not EPIDEMIC.search(quoted[0].text):
        return False
    # one with its own end is said as ended ("社保缓交 现在还能不能": 不能, 2020-12-31); one with none reads as today's
    return validity_words.own(rec, quoted[0].sentence, day).get("status") == "unknown"


def after_others(response: dict, query: str, as_of: date | str) -> dict:
    """The response led by the first hit close behind (≥ CLOSE of the best score) that is not about the epidemic,
    when the top hit is; otherwise as it is ("贷款具体上哪个部门办" in 聊城 has 第16条 alone, its 新冠 展期 the quote)."""
    hits = list(response.get("results") or [])
    if EPIDEMIC.search(query or "") or not hits:
        return response
    day = as_of if isinstance(as_of, date) else date.fromisoformat(str(as_of)[:10])
    if not _about_epidemic(hits[0], query, day):
        return response
    best = hits[0].get("score") or 0
    close = next(
        (h for h in hits[1:] if (h.get("score") or 0) >= CLOSE * best and not _about_epidemic(h, query, day)), None
    )
    if close is None:
        return response
    return {**response, "results": [close] + [h for h in hits if h is not close]}
