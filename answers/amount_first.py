"""A question of how much is answered by the clause that states the sum, when the best hit only names the measure.

eval41 G10 (大连, 2026): "那公益岗呢 我能上不 给多少钱" ranked 辽政发（十七）'s 延长期满 sentence first (it names
公益性岗位 and 岗位补贴 but no sum) over 大政发〔2017〕46号（十五）'s "补贴标准为当地最低工资标准", and heard "原文没有写明
具体金额". A hit close behind whose clause has a sentence naming the measure asked and stating a sum is read first.
"""

from __future__ import annotations

import re

from answers import sentences
from answers.measure_exists import terms_in

GROUPS = {"毕业生", "小微企业", "灵活就业", "个体工商户", "创业带头人", "就业困难人员"}  # who, in measure_exists.TERMS
CLOSE = 0.6  # of the best score: below it a clause is a stray (answers/clause_answer.py's EXTRA_MIN_SCORE)
LOOKED_AT = 4
# money asked beside another question ("公益岗去哪报名 给多少钱", eval44 D01 heard "原文没有写明具体金额" again)
MONEY_ASKED = re.compile(r"多少钱|给多少|补多少|发多少|能拿多少|能领多少|金额")
SUM = re.compile(r"\d+(?:\.\d+)?\s*(?:%|％|元|万元)|标准为|全额")


def _sum_in(text: str, words: list[str]) -> bool:
    """A sum the sentence pays: not a condition's rate ("留用率达到50%"), and for a loan its amount in 万元 ("全额贴息"
    is the interest's, eval8 F32)."""
    if any("贷款" in w for w in words):
        return bool(re.search(r"\d+(?:\.\d+)?\s*万元", text))
    return any(not re.search(r"率[^，。；]{0,4}$", text[: m.start()]) for m in SUM.finditer(text))


def _names(text: str, word: str) -> bool:
    """The word in the sentence, or in the texts' longer words ("社保补贴": "…缴纳社会保险费的…给予补贴", eval64 GB12 heard
    "原文没有写明具体金额" of 46号（三） while 46号（十五） states the 30%)."""
    longer = word.replace("社保", "社会保险")
    return word in text or longer in text or longer.endswith("补贴") and longer[:-2] in text and "补贴" in text


# groups a sentence may narrow a measure to ("对纳入就业困难人员范围的残疾人…60%"): not the asker's unless asked
NARROWING = ("残疾", "高校毕业生", "退役", "建档立卡", "低保", "农民工")
NARROW_AT = 20


def states(hit: dict, words: list[str], unasked: tuple[str, ...] = ()) -> bool:
    rec = sentences.record_of(hit.get("clause_id") or "")
    return rec is not None and any(
        _sum_in(s.text, words)
        and all(_names(sentences.compact(s.text), w) for w in words)
        and not any(g in s.text[:NARROW_AT] for g in unasked)  # whom the sentence opens with, not its list after
        for s in rec.sentences
    )


def amount_first(response: dict) -> dict:
    hits = list(response.get("results") or [])
    query = response.get("query", "")
    kind = sentences.question_kind(query)
    asked = kind == "amount" or kind == "procedure" and MONEY_ASKED.search(query)  # "去哪报名 给多少钱" asks it too
    if len(hits) < 2 or hits[0].get("exact_reference") or not asked:
        return response
    # the measure named, not a group ("湖北籍的2020届毕业生…多少钱" names 毕业生 only: 46号（十二）'s 1000元 for 低保
    # families' graduates is no answer, tests/live e14)
    words = [w for w, _ in terms_in(query) if w not in GROUPS]
    # the group asked too, where a sentence states the sum for it ("就业困难人员 灵活就业 社保补贴 标准" in 大连, eval104 UB05,
    # an agent, heard 18号（十二）'s ended extension: that clause's 60% is 就业困难残疾人's, 46号（十五）'s 30% theirs)
    groups = [w for w, _ in terms_in(query) if w in GROUPS]
    unasked = tuple(g for g in NARROWING if g not in query)
    if words and groups and not states(hits[0], words + groups, unasked):
        found = _stating(hits, words + groups, unasked)
        if found is not None:
            hits.remove(found)
            return {**response, "results": [found] + hits}
    if not words or states(hits[0], words):
        return response
    stating = _stating(hits, words)
    if stating is None:
        return response
    hits.remove(stating)
    return {**response, "results": [stating] + hits}


def _stating(hits: list[dict], words: list[str], unasked: tuple[str, ...] = ()) -> dict | None:
    """The first hit close behind the best whose clause states a sum for `words`."""
    best = hits[0].get("score", 0) or 0
    stating = next(
        (
            h
            for h in hits[1:LOOKED_AT]
            # never a text not yet issued on the day asked over one that applied (tests/live n09: 大连's 2500元 of
            # 2020-06-30 over 辽政发（十） on 2020-06-15)
            if (h.get("validity") or {}).get("status") != "not_started"
            and (h.get("score", 0) or 0) >= CLOSE * best
            and states(h, words, unasked)
        ),
        None,
    )
    return stating
