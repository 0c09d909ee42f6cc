""" "疫情早就结束了啊，那个还能用吗？" right after a measure of "疫情防控期间" was quoted (eval77 TA10, an agency placing
workers in 2026, was asked three form questions instead). The texts state no end for the epidemic period, so the
measure is never called expired (ruling of the thirteenth session); what the text does say is said plainly: the measure
is for what happened during the epidemic period, and whether that period covers the person's case is the office's.
A question in the same message about measures not tied to the epidemic ("平时…还有没有别的补贴") is answered from the
place's clauses that are not.
"""

from __future__ import annotations

import re
from datetime import date

from rasa_sdk import Tracker

from actions.profile import profile_from_slots
from answers import sentences, validity_words
from answers.clause_answer import search_answer
from answers.models import Reply, button
from answers.notices import HOTLINE_NAME
from retrieval.search import search

OVER = re.compile(r"疫情(?:早就|早|都|已经|也)?(?:结束|过去|没了|完了|放开|解除)")
STILL = re.compile(r"还能|还有|还算|还管用|能用|还给|还补|还行|还执行|还可以")
BOUND = re.compile(r"疫情防控期间|疫情期间|疫情防控")
OTHER_ASKED = re.compile(r"(?:还有|有没有)(?:没有)?(?:别的|其他|其它|平时的?|平常的?)")


def reply(text: str, tracker: Tracker, as_of: date) -> Reply | None:
    from actions.clause_in_play import in_play

    if not (OVER.search(text or "") and STILL.search(text or "")):
        return None
    cite = in_play(tracker)[0]
    rec = sentences.record_of((cite or {}).get("clause_id") or "")
    said = sentences.sentence_of(rec, cite.get("quote") or "") if cite and rec else None
    if rec is None or said is None or not validity_words.epidemic_bound(validity_words.own(rec, said, as_of)):
        return None
    # "补助标准为：…" is bound through the sentence before it ("对疫情防控期间…的人力资源服务机构，给予…补助"): that one
    # says the period
    said = next(
        (s for s in sorted(rec.sentences, key=lambda s: abs(s.index - said.index)) if BOUND.search(s.text)), said
    )
    lines = [
        f"这一项原文限于疫情防控期间：“{said.text.strip()}”",
        "原文没有写明“疫情防控期间”到哪天为止，也没有写截止日期。按原文字面，疫情防控期间以外的情形不在这一项之内；"
        f"您的情况还算不算、现在还办不办，以经办部门认定为准，可咨询责任单位或拨打{HOTLINE_NAME}。",
    ]
    cites = [{**cite, "quote": said.text.strip(), "validity": validity_words.own(rec, said, as_of)}]
    if OTHER_ASKED.search(text):
        # "现在平时介绍就业…还有没有别的补贴": the place's clauses on it that are not of the epidemic period
        place = profile_from_slots(tracker.slots).get("region") or rec.region
        # who the measure is for ("…提供职业介绍…的人力资源服务机构") goes with the words asked: "别的补贴" alone finds nothing
        rest = f"{OVER.sub(' ', text)} {BOUND.sub('', said.text)[:80]}"
        found = search(rest[:200], region=place, top_k=6, as_of=as_of).model_dump()
        found["results"] = [
            h
            for h in found["results"]
            if h.get("clause_id") != rec.clause_id and not BOUND.search("".join(h.get("highlights") or []))
        ]
        other = search_answer(found, notice="不限于疫情防控期间的相关规定：") if found["results"] else None
        if other is not None and not other.meta.get("low_confidence"):
            lines.append(other.text)
            cites += other.citations
    return Reply("\n".join(lines), cites, [button("转人工", "/handoff")], meta={"clause_ids": [rec.clause_id]})
