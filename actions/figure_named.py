"""A measure pointed at by its own figure, worked with the head count said beside it (evaluation 9, G10).

After a summary that still asked "…新吸纳就业…的有多少人？", a 聊城 firm wrote "4个人都是3月5号以前入职的 社保都交了
那个1000的一共给多少" and heard the 缓缴社会保险费 sentence: "那个1000的" names the measure by the figure its
standard states (每人1000元), and "4个人" is that measure's count. The measure is one of the conversation's
(its candidates or the clauses cited in the last turns) whose formula states that figure, in force and not
ruled out; the one head count in the message fills the formula's one missing count. Ruling: the people said
with the measure's own figure are counted as that measure's people (its date window and conditions stay
"以经办部门认定为准", and a condition not yet said is named).
"""

from __future__ import annotations

import re
from datetime import date

from rasa_sdk import Tracker

from actions import own_figures
from actions.profile import CANDIDATES, evaluate, profile_from_slots
from actions.profile_applicant import keep_applicant
from actions.profile_facts import extract, numeric_text
from knowledge.eligibility.amounts import Computed, compute
from knowledge.eligibility.facts import vocabulary
from knowledge.eligibility.loader import default_rule_set
from knowledge.eligibility.logic import Context
from knowledge.eligibility.schema import Rule

# "那个1000的", "1000块那个", "每人1000的那个": a figure naming a measure, not a sum the person paid
POINTED = re.compile(r"(?:那个|这个|那|这|每人)\s*(\d+(?:\.\d+)?)\s*(?:块钱|块|元)?\s*(?:的|那个|那项|那条)")
HEADS = re.compile(r"(?<![\d.月])(\d+)\s*(?:个|名|位)?(?:人|员工|职工|工人)(?![·・]?天)")


WINDOW_HIRES = {"epidemic_new_hires", "spring_festival_new_hires", "new_hires_feb10_month"}


def _figure(text: str) -> float | None:
    found = {float(m.group(1)) for m in POINTED.finditer(numeric_text(text))}
    return found.pop() if len(found) == 1 else None


def _heads(text: str) -> int | None:
    found = {int(m.group(1)) for m in HEADS.finditer(numeric_text(text))}
    return found.pop() if len(found) == 1 else None


def pointed(text: str, tracker: Tracker, as_of: date, cited: set[str]) -> tuple[Rule, Computed, list[str]] | None:
    """(the measure, its sum, the questions its eligibility still waits on), or None."""
    value = _figure(text)
    if value is None:
        return None
    profile = profile_from_slots(tracker.slots)
    profile.update(keep_applicant(extract(text, as_of), profile.get("applicant_type"), text))
    judged = {b["benefit_id"]: b for b in evaluate(profile, as_of)["benefits"]}
    in_play = set(tracker.get_slot(CANDIDATES) or [])
    rules = [
        r
        for r in default_rule_set().rules
        if (r.id in in_play or any(c.clause_id in cited for c in r.citations))
        and judged.get(r.id, {}).get("status") not in (None, "not_eligible")
        and judged[r.id].get("in_force") is not False
        and value in own_figures.formula_constants(r)
    ]
    if len(rules) != 1:
        return None
    rule = rules[0]
    c = compute(rule.amount.formula, Context(profile=profile, as_of=as_of))
    heads = _heads(text)
    counts = [f for f in c.missing if vocabulary()[f].type == "int"]
    # hires counted for one epidemic window may be the same people as another window's ("2月底到3月初新招了4个人":
    # 疫情防控期间 and 2020年2月10日起一个月内 both), so such a count says nothing of other people
    windowed = bool(counts) and counts[0] in WINDOW_HIRES
    known_counts = {
        v
        for k, v in profile.items()
        if k in vocabulary() and vocabulary()[k].type == "int" and not (windowed and k in WINDOW_HIRES)
    }
    if not c.value and heads and len(c.missing) == 1 and counts:
        # "5个人…再加上那个2500的" after 5 hires were said: the same five, none more (eval30 Q24 heard 5人 + 5人)
        profile[counts[0]] = 0 if heads in known_counts else heads
        c = compute(rule.amount.formula, Context(profile=profile, as_of=as_of))
    if not c.value:
        return None
    again = {b["benefit_id"]: b for b in evaluate(profile, as_of)["benefits"]}.get(rule.id) or {}
    if again.get("status") == "not_eligible":
        return None
    waits = [vocabulary()[f].prompt or vocabulary()[f].meaning for f in again.get("missing_facts") or []]
    return rule, c, waits
