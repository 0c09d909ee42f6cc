"""A person checking what they heard against the text just cited: "先给一半是真的吗", "登记了有啥用".

These were dead ends ("抱歉，我没有理解", "目前没有需要您回答的问题"). They are about the clauses of the
last answers: the sentence of those clauses that says it is quoted, whole and verbatim, with its own
validity; where none does, the reply says plainly that the text does not say it.
"""

from __future__ import annotations

import re
from datetime import date

from answers import citations, clause_json, sentences
from answers.contact import HOTLINE
from answers.models import Reply
from answers.validity_words import badge

CHECK = re.compile(r"是真的吗|是不是真的|真的假的|真的吗|有啥用|有什么用|有啥好处|有什么好处|管啥用|顶啥用")
# how people say what a clause says in other words
SAME = {
    "一半": ("50%", "50％", "一半"),
    "先给": ("预支", "预拨", "先行"),
    "有啥用": ("享受", "申请"),
    "有什么用": ("享受", "申请"),
    "好处": ("享受", "给予"),
}
FILLER = re.compile(r"是真的吗|是不是真的|真的假的|真的吗|那个|这个|[了的吗呢啊呀吧？?，。,\s]")
RECENT = 3  # turns back whose cited clauses are checked
MAX_CLAIM = 14  # characters of what is checked: "先给一半", "登记了"; a longer message asks something else
HIRING_GAIN = re.compile(r"(?:招|雇|用|录用)[^。？?]{0,12}(?:有啥好处|有什么好处)")


def _words(claim: str, text: str) -> list[str]:
    out = [claim[i : i + 2] for i in range(len(claim) - 1)]
    for said, alts in SAME.items():
        if said in text:
            out += list(alts)
    return list(dict.fromkeys(out))


def _cited_clauses(tracker) -> list[str]:
    from actions.dialogue_state import cited_clauses

    return cited_clauses(tracker, RECENT)  # newest first: the place talked about last wins ties


def check_reply(text: str, tracker, as_of: date) -> Reply | None:
    if not CHECK.search(text):
        return None
    clauses = _cited_clauses(tracker)
    if not clauses:
        return None
    claim = FILLER.sub("", CHECK.sub("", text))
    if len(claim) > MAX_CLAIM or HIRING_GAIN.search(text):
        # "那企业要是招俺，企业有啥好处不？俺好跟老板说说…" (eval76 SA07 heard its own words back as "原文未写明“…”"): a
        # question of its own, not a check of a sentence heard
        return None
    words = _words(claim, text)
    best = (0, None, None)
    for cid in clauses:
        rec = sentences.record_of(cid)
        for s in rec.sentences if rec else []:
            score = sum(w in s.text.replace(" ", "") for w in words)
            if score > best[0]:
                best = (score, rec, s)
    score, rec, s = best
    if score < 2 or rec is None:
        rec = sentences.record_of(clauses[0])
        if rec is None:
            return None
        cite = citations.from_hit(clause_json.as_hit(rec, as_of), rec.sentences[min(1, len(rec.sentences) - 1)].text)
        return Reply(f"刚才引用的条款原文未写明“{claim}”的内容，具体请向责任单位核实，或拨打{HOTLINE}。", [cite])
    validity = badge(clause_json.period(s.validity or rec.validity, as_of))
    cite = citations.from_hit(clause_json.as_hit(rec, as_of, [s.text]), s.text)
    where = f"{cite.get('doc_number') or cite.get('doc_name')}{cite.get('clause_label') or ''}"
    return Reply(f"原文是这样写的（{where}，{validity}）：\n“{s.text}”", [cite])
