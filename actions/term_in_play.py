""" "毕业5年内的算不算" right after 46号（十二） (eval98 OB09, an agent, heard 46号（十五）'s 就业困难认定 sentence as "政策原文对该词
的说明"): the words asked about, written in a sentence of the clauses just cited ("高校毕业生（毕业5年内，下同）"), are
answered by that sentence, quoted whole; whether the person counts is the office's to decide."""

from __future__ import annotations

import re

from rasa_sdk import Tracker

from actions.dialogue_state import bot_messages_back
from answers.models import Reply
from answers.sentences import compact, record_of

ASKED = re.compile(
    r"^(?:那|那么)?(?P<t>[\u4e00-\u9fff\d]{3,10}?)的?(?:算不算|算吗|算不|包括吗|属于吗|行不行|也算吗)[？?]?$"
)
# a bound of years or times ("毕业5年内", "离校2年以内"): groups ("退役军人算不算") are actions/membership's
BOUND = re.compile(r"\d|[一二两三四五六七八九十]年|年内|以内|以上|以下|之内")


def reply(text: str, tracker: Tracker) -> Reply | None:
    m = ASKED.match(re.sub(r"\s+", "", text or ""))
    if m is None or not BOUND.search(m.group("t")):
        return None
    phrase = compact(m.group("t"))
    for event in bot_messages_back(tracker, 1):
        cites = (((event.get("data") or {}).get("custom") or {}).get("answer") or {}).get("citations") or []
        for cite in cites:
            rec = record_of(cite.get("clause_id") or "")
            said = next((s for s in (rec.sentences if rec else []) if phrase in compact(s.text)), None)
            if said is not None:
                where = f"{cite.get('doc_number') or cite.get('doc_name') or ''}{cite.get('clause_label') or ''}"
                return Reply(
                    f"原文写到“{m.group('t')}”的是{where}：“{said.text.strip()}”\n"
                    "按这句的写法理解；具体是否符合，以经办部门认定为准。",
                    [{**cite, "quote": said.text.strip()}],
                    meta={"low_confidence": False, "term_in_play": m.group("t")},
                )
    return None
