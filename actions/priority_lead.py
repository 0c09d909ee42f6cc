"""Whether one is first in line for a 公益性岗位 ("家里是建档立卡贫困户 公益性岗位我能优先不", eval47 R12; eval46 N12 heard
the graduates' 上浮 and 辽宁's 零就业/距退休 priority, never 凌政发 二、（一）'s "应将新增和腾退的公益性岗位优先用于安置贫困
劳动力"): the sentences of the person's place that give such posts first to someone, the one naming their own group
first, said before the measures."""

from __future__ import annotations

import re
from datetime import date

from actions.retirement_age import maybe_within
from answers import place_sentences
from answers.models import Reply

# "公益岗咋能安排上", "公益岗能不能给我安排一个", "公益岗我够不够条件" (eval62 EA08, eval63 FA03 heard the graduates' 上浮 three
# times): getting a post asked, which is who the texts give posts to first
ASKED = re.compile(
    r"优先|先安排|先给|照顾|安排|够不够|能不能(?:上|去|干)|(?:咋|怎么|如何)(?:才)?能(?:上|去|干)|能(?:去|上)?(?:上|去|干)(?:不|吗|么)"
)
POSTS = re.compile(r"公益性岗位|公益岗")
GIVEN_FIRST = re.compile(
    # not "鼓励承接主体优先吸纳公益性岗位安置期满退出的高校毕业生" (who hires those leaving a post, not who gets one)
    r"公益性岗位[^。；]{0,30}(?:优先(?!吸纳)|重点安置)|优先(?:安排|安置|用于)[^。；]{0,20}公益性岗位|公益性岗位[^。；]{0,10}托底安置"
)
# the person's groups, as the sentences name them
OWN = {
    "is_poverty_registered": "贫困",
    "is_zero_employment_family": "零就业",
    "is_disabled": "残疾",
    "is_low_income_family": "低保",
}
MOST = 2
LEAD_ONLY = "lead_only"  # a reply that is only a lead: said before the summary whole


NAMED = "priority_named"  # the sentence giving posts first names the person's group: that is the answer, first


def lead(first: Reply | None, text: str, profile: dict, as_of: date) -> Reply | None:
    """The first reply led by the sentences giving posts first; with no measure listed (a 凌源 youth of 21 not a
    graduate, eval47 R12: every 公益性岗位 measure there is a graduate's), the sentences alone, as a lead only."""
    if not ASKED.search(text or "") or not POSTS.search(text or "") or not profile.get("region"):
        return first
    if first is not None and first.meta.get("past_retirement"):
        return first  # past the age on every reading (eval63 FB12): who gets posts first is no answer of theirs
    found = place_sentences.find(GIVEN_FIRST, profile.get("region"), as_of)
    if not found:
        return first
    own = [w for f, w in OWN.items() if profile.get(f) is True]
    # a person who may be within 5 years of retirement hears the sentence naming those first (46号（十五）'s "重点安置…距法定
    # 退休年龄5年以内的人员" before 去产能's "确实难以安置的…优先安置"); whether they are is not said here
    near = maybe_within(profile.get("age"), profile.get("gender"), as_of)
    found.sort(key=lambda c: (not any(w in c["quote"] for w in own), not (near and "退休" in c["quote"])))
    named = any(w in found[0]["quote"] for w in own)
    found = found[:1] if named else found[:MOST]  # the sentence naming them is the answer
    head = (
        "按原文，公益性岗位优先安置的人员里有您说的情况（能否安排以经办部门认定为准）："
        if named
        else "原文写明公益性岗位优先或重点安置的人员是（您是否属于，以经办部门认定为准）："
    )
    if first is None:
        first = Reply("", meta={LEAD_ONLY: True})
    first.text = "\n".join([head, *(place_sentences.line(c) for c in found), first.text]).strip()
    first.citations = found + list(first.citations)
    if named:
        first.meta[NAMED] = True
    return first
