""" "原文里提到的时间" right after a clause was quoted (eval76 SB05, an agent, heard 聊城 第20条's "要第一时间妥善处置": the word
时间 searched for): the times that clause itself states, each sentence holding one quoted whole with its own validity.
A clause stating no time is said to state none."""

from __future__ import annotations

import re
from datetime import date

from rasa_sdk import Tracker

from answers import citations, clause_json, sentences, validity_words
from answers.models import Reply, button

ASKED = re.compile(
    r"^(?:那|那个|这个|这条|那条|第[^，。？?]{1,4}条)?(?:原文)?(?:里|中|上)?(?:面)?(?:提到|写|说|规定|讲)(?:的|了)?(?:哪些|什么|啥)?"
    r"(?:时间|日期|时间点|期限|起止时间)(?:点)?(?:是|有)?(?:哪些|什么|啥)?(?:呢|吗)?[？?。]*$|"
    r"(?:里面|原文里|条文里|这条里)?(?:都)?有(?:哪些|什么|啥)(?:时间|日期)"
)
# a time the text states: a date, a year, a span of months, "上年度", "起"
STATED = re.compile(
    r"\d{4}\s*年|\d{1,2}\s*月\s*\d{0,2}\s*日?|[一二三四五六七八九十\d]+个月|上年度|上年末|年度内|之日起|起(?:至|到)|至\s*\d"
)


def reply(text: str, tracker: Tracker, as_of: date) -> Reply | None:
    from actions.clause_in_play import in_play

    said = re.sub(r"\s+", "", text or "")
    said = re.sub(r"^(?:不是|不对)[，,。\s]*(?:我说的是|我问的是|我是说)?", "", said)
    if not ASKED.search(said):
        return None
    cite = in_play(tracker)[0]
    rec = sentences.record_of((cite or {}).get("clause_id") or "")
    if cite is None or rec is None:
        return None
    timed = [s for s in rec.sentences if STATED.search(s.text) and not sentences.is_heading(rec, s)]
    where = citations.where(cite)
    if not timed:
        return Reply(
            f"{where}原文没有写具体的时间或期限。是否仍在执行，以经办部门认定为准。",
            [cite],
            [button("转人工", "/handoff")],
        )
    lines = [f"{where}原文写到的时间有："]
    for s in timed:
        lines.append(f"· “{s.text.strip()}”（{validity_words.badge(validity_words.own(rec, s, as_of))}）")
    cites = [citations.from_hit(clause_json.as_hit(rec, as_of, [s.text]), s.text) for s in timed]
    return Reply("\n".join(lines), cites, [button("转人工", "/handoff")], meta={"clause_ids": [rec.clause_id]})
