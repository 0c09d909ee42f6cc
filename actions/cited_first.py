"""A clause just cited before a near one the search puts first: "缓缴能缓几个月 免征到几月份为止" right after a list
quoting 聊城 第4条 (社会保险费 免征, 缓缴) found 第6条 (缓缴住房公积金) first and said no period is stated (eval44 D02).
The hit moved up must score near the top and hold as many of the message's words."""

from __future__ import annotations

import jieba

from actions.denied_words import without_groups_denied
from actions.dialogue_state import cited, cited_clauses
from answers import sentences
from retrieval.tokens import normalize

NEAR = 0.7  # of the top score
TURNS = 2


def _words(text: str) -> set[str]:
    return {w for w in jieba.lcut(normalize(text)) if len(w) >= 2}


def _whole(hit: dict) -> str:
    """The hit's whole clause (第4条's 免征 is not in the sentence the search marked)."""
    rec = sentences.record_of(hit["clause_id"])
    return normalize(
        "".join(s.text for s in rec.sentences) if rec is not None else "".join(hit.get("highlights") or [])
    )


def _held(hit: dict, words: set[str]) -> int:
    """How many of the words the hit's whole clause holds."""
    said = _whole(hit)
    return sum(w in said for w in words)


def prefer(response: dict, text: str, tracker) -> dict:
    hits = response.get("results") or []
    cited = cited_clauses(tracker, TURNS)
    if len(hits) < 2 or not cited or hits[0]["clause_id"] == cited[0]:
        return response
    # the clause the last answer quoted first, before one it listed among "其他相关规定" ("见习期间给钱吗 一个月给多少"
    # right after 46号（十二）'s 见习 sentence, with 18号（十三）'s ended extension listed below it: eval103 TA01 heard the
    # extension); any cited one before one never cited
    among = [cited[0]] if hits[0]["clause_id"] in cited else cited
    # "我没问低保 我问…经济补偿" (eval107 XA10): a word turned away holds no clause in place
    words, top = _words(without_groups_denied(text)), hits[0]
    # a term typed as the top hit writes it and the cited one does not ("经济补偿") keeps the top hit
    typed = sentences.runs(sentences.compact(without_groups_denied(text)))
    top_terms = {r for r in typed if r in _whole(top)}
    for i, hit in enumerate(hits[1:], 1):
        if (
            hit["clause_id"] in among
            and top_terms <= {r for r in typed if r in _whole(hit)}
            and hit["score"] >= NEAR * top["score"]
            and _held(hit, words) > _held(top, words) - (hits[0]["clause_id"] not in cited)
        ):
            return {**response, "results": [hit] + hits[:i] + hits[i + 1 :]}
    return response


SHORT = 12  # characters: a follow-up in a few words ("劳动合同要签多久")


def last_sentence_first(response: dict, text: str, tracker) -> dict:
    """ "劳动合同要签多久" right after 18号（九）'s 2500元 sentence was quoted first (eval108 YB01, an agent, heard the 2000元 and
    the 人力资源服务机构 sentences, which say the same words): the sentence quoted first last turn is the first the search
    marked in that clause, so it answers where it holds the words asked."""
    hits = response.get("results") or []
    last = next(iter(cited(tracker, 1)), None)
    if not hits or last is None or len(text or "") > SHORT or hits[0]["clause_id"] != last.get("clause_id"):
        return response
    quote = (last.get("quote") or "").strip()
    # only where it holds every word asked that the clause writes ("延长1年到哪天为止" after the 安置几次 sentence asks
    # of another sentence)
    clause = _whole(hits[0])
    if not quote or not all(w in normalize(quote) for w in _words(text) if w in clause):
        return response
    top = {**hits[0], "highlights": [quote, *(hits[0].get("highlights") or [])]}
    return {**response, "results": [top, *hits[1:]]}
