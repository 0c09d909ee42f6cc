""" "里面哪条有具体金额", then "这些还在执行吗" right after a part of a document was listed (eval94 KB03, an officer, heard
辽政发（十）'s 200元 of another document, then "没有写到具体多少钱", then 一、（六）'s 三支一扶): asked of the clauses just
listed, answered from their own sentences — those stating a sum, and each clause's periods on the day asked."""

from __future__ import annotations

import re
from datetime import date

from rasa_sdk import Tracker

from actions.dialogue_state import answer_with
from answers import place_sentences, sentences, validity_words
from answers.models import Reply
from knowledge.records import clause_index, load_clauses

SUM_ASKED = re.compile(r"(?:具体)?(?:金额|多少钱|数额|标准)|写了(?:多少|钱)|有钱数")
IN_FORCE_ASKED = re.compile(r"还在执行|还有效|有效期|过期|到期|还能用|现在还(?:管|算|有)")
SUM = re.compile(r"\d+(?:\.\d+)?\s*(?:万?元|%)")
MOST = 8
OPENING = 24  # characters of a sentence shown to say which one has the period


def _listed(tracker: Tracker) -> list[str]:
    return list((answer_with(tracker, 1, "part_list").get("meta") or {}).get("part_list") or [])


def reply(text: str, tracker: Tracker, as_of: date) -> Reply | None:
    if len(text or "") > 40:
        return None
    sums, periods = SUM_ASKED.search(text or ""), IN_FORCE_ASKED.search(text or "")
    if not (sums or periods):
        return None
    ids = _listed(tracker)
    if not ids:
        return None
    index = clause_index(load_clauses())
    recs = [index[i] for i in ids if i in index]
    if not recs:
        return None
    return _sums(recs, as_of) if sums and not periods else _periods(recs, as_of)


def _label(rec) -> str:
    return f"{rec.part_label or ''}{rec.clause_label}"


def _sums(recs, as_of: date) -> Reply:
    found = [(rec, s) for rec in recs for s in rec.sentences if SUM.search(s.text) and not sentences.is_heading(rec, s)]
    if not found:
        return Reply("上面列出的各条原文都没有写具体金额或比例。", meta={"part_list": [r.clause_id for r in recs]})
    lines = ["上面列出的各条中写了具体金额或比例的句子："]
    lines += [f"· {_label(rec)}：“{s.text.strip()}”" for rec, s in found[:MOST]]
    lines.append("以上为原文；能否享受、具体数额以经办部门认定为准。")
    cites = [place_sentences.cite(rec, s, as_of) for rec, s in found[:MOST]]
    return Reply("\n".join(lines), cites, meta={"part_list": [r.clause_id for r in recs]})


def _periods(recs, as_of: date) -> Reply:
    lines = [f"按{as_of.year}年{as_of.month}月{as_of.day}日计，上面列出的各条期限："]
    for rec in recs:
        body = [s for s in rec.sentences if not sentences.is_heading(rec, s)]
        by_badge: dict[str, str] = {}
        for s in body:  # each period once, with the opening words of the first sentence having it
            by_badge.setdefault(validity_words.badge(validity_words.own(rec, s, as_of)), s.text.strip())
        if len(by_badge) == 1:
            lines.append(f"· {_label(rec)}{rec.heading or ''}：{next(iter(by_badge))}")
            continue
        lines.append(f"· {_label(rec)}{rec.heading or ''}，各句期限不同：")
        lines += [f"  - {badge}：“{said[:OPENING]}…”" for badge, said in by_badge.items()]
    lines.append("期限按各句原文判断；现在是否仍在执行，以经办部门认定为准。")
    return Reply("\n".join(lines), [], meta={"part_list": [r.clause_id for r in recs]})
