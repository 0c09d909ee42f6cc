"""A unit asking what it gets for hiring people of a group ("我们合作社雇了村里十来个贫困户 有啥补贴"): the sentences of
its place that grant something to whoever hires that group, before the measures.

12345 evaluation 50 (Q20, a 凌源 cooperative on 2020-03-05): the first reply listed 稳岗返还, 学徒制 and 职工教育经费
and never 凌政发〔2019〕14号 二、（一） "对企业吸纳贫困劳动力就业的，参照就业困难人员落实社会保险补贴等政策" — a sentence
that carries no rule of its own (its amount is another measure's); "不能" then came of a provincial text not yet issued.
"""

from __future__ import annotations

import re
from datetime import date

from actions.priority_lead import LEAD_ONLY
from answers import place_sentences
from answers.models import Reply

HIRED = re.compile(
    r"(?:雇|招|吸纳|录用|招用|安置)(?:了|用|的|过)?[^，。,；？?]{0,8}?(贫困户|建档立卡|贫困劳动力|残疾|就业困难|退役|失业)"
)
# the group as the texts write it, after a word of hiring
TEXT_GROUP = {
    "贫困户": "贫困劳动力|建档立卡",
    "建档立卡": "贫困劳动力|建档立卡",
    "贫困劳动力": "贫困劳动力|建档立卡",
    "残疾": "残疾人",
    "就业困难": "就业困难人员",
    "退役": "退役",
    "失业": "登记失业|失业人员",
}
MOST = 2


def lead(first: Reply | None, text: str, profile: dict, as_of: date) -> Reply | None:
    m = HIRED.search(text or "")
    if m is None or profile.get("applicant_type") != "enterprise" or not profile.get("region"):
        return first
    granting = re.compile(
        r"(?:吸纳|招用|雇用|安置)[^。；，]{0,12}(?:" + TEXT_GROUP[m.group(1)] + r")[^。；]{0,40}(?:补贴|补助|政策|奖补)"
    )
    quoted = [c.get("quote") or "" for c in first.citations] if first is not None else []
    found = [
        c
        for c in place_sentences.find(granting, profile["region"], as_of)
        if c["quote"] not in quoted and (c.get("validity") or {}).get("status") not in ("expired", "not_started")
    ][:MOST]
    if not found:
        return first
    head = f"招用{m.group(1)}的单位，原文写有（能否享受以经办部门认定为准）："
    if first is None:  # no measure in scope (a 凌源 cooperative in 2020, eval50 Q20): the sentences alone, as a lead
        first = Reply("", meta={LEAD_ONLY: True})
    first.text = "\n".join([head, *(place_sentences.line(c) for c in found), first.text]).strip()
    first.citations = found + list(first.citations)
    return first
