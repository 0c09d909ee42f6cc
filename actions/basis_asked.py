""" "依据是哪条", "这个规定出自哪个文件第几条" right after an answer (eval94 KB12, a lawyer, heard "没有找到直接对应的条款" and
辽政发's preamble, then "刚才引用的…没有写到这种情况" of the very clause quoted): the clause the answer quoted, named by
document and number, with its sentence."""

from __future__ import annotations

import re

from rasa_sdk import Tracker

from actions.clause_in_play import in_play
from answers import citations
from answers.models import Reply

ASKED = re.compile(
    r"依据(?:是|在)?(?:哪|什么)|出自(?:哪|什么)|(?:哪个|什么)文件(?:的)?(?:第)?(?:几|哪)条|哪(?:一)?条(?:规定|写)的|"
    r"(?:哪|几)条(?:规定|里)?(?:写|说)的|原文在哪(?:条|里)"
)


def reply(text: str, tracker: Tracker) -> Reply | None:
    if not ASKED.search(text or "") or len(text) > 30:
        return None
    cite, _ = in_play(tracker)
    if cite is None or not cite.get("quote"):
        return None
    lines = [f"依据是{citations.where(cite)}：", f"“{cite['quote']}”"]
    return Reply("\n".join(lines), [cite], meta={"basis": True, "clause_ids": [cite.get("clause_id")]})
