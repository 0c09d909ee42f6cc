""" "哪个文件 其他几个文件有没有定义" right after a definition (eval59 BB09, an agent, heard "没有找到…" and 凌源's preamble
after 凌政发〔2019〕14号's 贫困劳动力): each place's texts, said with the sentence defining the term or that they give none.
"""

from __future__ import annotations

import re
from datetime import date

from rasa_sdk import Tracker

from actions.definition_words import DEFINITION, defined_term
from actions.profile import TOPIC
from answers import citations, clause_detail
from answers.models import Reply
from knowledge import coverage
from retrieval.search import search

ELSEWHERE = re.compile(
    r"(?:其他|其它|别的|另外)(?:几个|那几个|的)?(?:文件|地方|几个地方|地区)[^，。？?]{0,6}?(?:有没有|有无|也有|有|有没)"
    r"(?:定义|界定|说明|规定|写)|(?:哪个|哪些|几个)(?:文件|地方)(?:都|也)?(?:有|给了|下了)(?:定义|界定)|"
    # "其他文件有没有" right after a definition (eval63 FB09, an agent, was asked "请问您是以什么身份申请？")
    r"^(?:那)?(?:其他|其它|别的|另外)(?:几个|那几个|的)?(?:文件|地方|几个地方|地区)(?:里|中|里面)?"
    r"(?:有没有|有无|也有吗|有吗|呢)[?？]?$"
)


def reply(text: str, tracker: Tracker, as_of: date) -> Reply | None:
    topic = tracker.get_slot(TOPIC) or ""
    if not ELSEWHERE.search(text) or not DEFINITION.search(topic):
        return None
    term = defined_term(topic)
    if not term:
        return None
    lines, cites = [f"“{term}”在收录的各地文件中的定义："], []
    for region in coverage.document_regions():
        hits = search(f"什么是{term}", region=region, top_k=5, as_of=as_of).model_dump()["results"]
        own = [h for h in hits if h.get("region") == region]  # that place's own texts, not the province's again
        found = clause_detail.definition(own, term, as_of) if own else None
        if found is None or not found.citations:
            lines.append(f"【{region}】收录的{region}文件没有给“{term}”下定义。")
            continue
        cite = found.citations[0]
        lines.append(f"【{region}】{citations.where(cite)}：“{cite.get('quote') or ''}”")
        cites.append(cite)
    lines.append("以上为各地文件原文；具体是否符合，以经办部门认定为准。")
    return Reply("\n".join(lines), cites)
