"""A sentence written for the epidemic ("对因疫情影响见习暂时中断的…") follows the others when asked about years later.

eval63 FA01, a 2025 graduate asking in 2026 "有没有见习啥的", heard "对因疫情影响见习暂时中断的，相应延长见习单位补贴期限"
first and 大政发〔2017〕46号（十二）'s 见习 only third. Only a sentence with no end of its own moves (one that ended is said
as ended where it answers); a question that names the epidemic keeps the search's order.
"""

from __future__ import annotations

import re
from datetime import date

from answers.validity_words import OLD_YEARS

EPIDEMIC = re.compile(r"疫情|新冠|复工复产|春节期间")


def _old(hit: dict, day: date) -> bool:
    issued = hit.get("issued") or (hit.get("validity") or {}).get("start")
    return bool(issued) and (day - date.fromisoformat(str(issued)[:10])).days >= OLD_YEARS * 365


def after_others(response: dict, query: str, as_of: date | str) -> dict:
    """The response with hits whose matched sentence is about the epidemic moved after the rest (stable), when the
    day asked is years after their text and the question does not name the epidemic."""
    if EPIDEMIC.search(query or ""):
        return response
    day = as_of if isinstance(as_of, date) else date.fromisoformat(str(as_of)[:10])
    hits = list(response.get("results") or [])

    def about_epidemic(h: dict) -> bool:
        # the sentence the answer would quote, not only the search's first highlight (18号（十三）'s 见习基地 sentence
        # comes first there; the quote is its 疫情 sentence)
        from answers.clause_answer import quotes_for

        if not _old(h, day):
            return False
        from answers import validity_words
        from answers.sentences import record_of

        quoted = quotes_for(h, query)
        rec = record_of(h.get("clause_id") or "")
        if not quoted or rec is None or not EPIDEMIC.search(quoted[0].text):
            return False
        # one with its own end is said as ended ("社保缓交 现在还能不能": 不能, 2020-12-31) and stays; one with none
        # reads as today's
        return validity_words.own(rec, quoted[0].sentence, day).get("status") == "unknown"

    if not hits or not about_epidemic(hits[0]):
        return response
    # only over a hit close behind: "贷款具体上哪个部门办" in 聊城 has 第16条 alone (its 新冠 展期 sentence the quote)
    best = hits[0].get("score") or 0
    close = [h for h in hits[1:] if (h.get("score") or 0) >= CLOSE * best and not about_epidemic(h)]
    if not close:
        return response
    moved = [close[0]] + [h for h in hits if h is not close[0]]
    return {**response, "results": moved}


CLOSE = 0.6  # of the best score (answers/amount_first.py's): below it a hit is a stray
