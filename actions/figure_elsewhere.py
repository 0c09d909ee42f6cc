""" "残疾人开店房租一年补6000 凌源有没有这个" (eval33 W12 heard 三支一扶 and 人才安家 clauses, twice): a sum heard of that
no text applying where the person is states, while another place's text does, is said to be that place's, with its
sentence, and that the texts applying here have no such sum.
"""

from __future__ import annotations

import re
from datetime import date

from answers import citations, clause_json, sentences
from answers.models import Reply
from knowledge import regions
from knowledge.records import load_clauses, not_yet_issued

# a sum of money heard of ("补6000", "一年6000", "6000块"), and that it is asked whether there is one
SUM = re.compile(r"(?<![\d.])(\d{3,6})(?:块钱|块|元)?")
HEARD = re.compile(r"听说|听人说|是不是有|有没有|有这个|有这项|有吗|有没|能不能")
MONEY_WORDS = re.compile(r"补|给|发|奖|返|贴")


def _stating(rec, figure: str):
    return next(
        (s for s in rec.sentences if re.search(rf"(?<![\d.]){figure}\s*(?:元|万元)", sentences.compact(s.text))), None
    )


def reply(text: str, region: str | None, as_of: date) -> Reply | None:
    if not region or not HEARD.search(text or "") or not MONEY_WORDS.search(text or ""):
        return None
    # "能返失业保险费的100%" (eval68 KA07 heard of 凌源's 100元/人月): a share is no sum of money
    figures = [
        # "300名职工" (eval109 ZA09, a factory, was told its place has no "300元"): a count is no sum either
        m.group(1)
        for m in SUM.finditer(text)
        if not re.match(r"\s*(?:年|月|日|号|人|个|名|位|届|家|%|％)", text[m.end() :])
    ]
    if len(figures) != 1:
        return None
    figure = figures[0]
    records = [r for r in load_clauses() if r.kind == "clause" and not not_yet_issued(r, as_of)]
    if any(regions.covers(r.region, region) and _stating(r, figure) for r in records):
        return None  # the texts applying here state it: the usual answers say it
    found = [(r, s) for r in records if not regions.covers(r.region, region) and (s := _stating(r, figure))]
    if len(found) != 1:
        return None
    rec, sentence = found[0]
    hit = clause_json.as_hit(rec, as_of, [sentence.text])
    cite = citations.from_hit(hit, sentence.text.strip())
    applying = sorted({r.region for r in records if regions.covers(r.region, region)}, key=len)
    lines = [
        f"{region}适用的文件（{'、'.join(applying)}的文件）里没有写“{figure}元”这项。",
        f"您听说的应是{rec.region}的规定，只适用于{rec.region}：{citations.where(cite)}：“{cite['quote']}”",
        "想知道您这里有哪些扶持，可以直接说说您的情况，或回复“转人工”。",
    ]
    return Reply("\n".join(lines), [cite], meta={"figure_elsewhere": figure, "clause_ids": [rec.clause_id]})
