""" "一个月1000？" right after a cited answer (eval22 T16: 大连's 见习补贴 has no stated sum; the reply quoted the 1000元
一次性求职创业补贴 of another measure, which reads as a yes): a figure asked back that the clause in play does not state
is said not to be there, and that the text states no sum for that measure."""

from __future__ import annotations

import re

from rasa_sdk import Tracker

from actions.clause_in_play import in_play
from actions.context import turn_as_of
from actions.profile import TOPIC, evaluate, profile_from_slots
from answers import citations, sentences
from answers.measure_exists import terms_in
from answers.models import Reply

ASKED_BACK = re.compile(r"^[^\d，。]{0,8}?(\d{2,6})\s*(?:块钱|块|元)?\s*[？?吗呀啊]+$")
# "那到底给多少钱？1000还是多少" (eval23 U11 heard the 1000元 of another clause listed beside the one asked about)
GUESSED = re.compile(r"(\d{2,6})\s*(?:块钱|块|元)?\s*还是(?:多少|几|啥)")
PAID = re.compile(r"\d[\d.]*\s*万?元|工资标准|全额|减半|免征|\d+(?:\.\d+)?%(?:给予|的?补贴|的?标准|返还)")


def reply(text: str, tracker: Tracker) -> Reply | None:
    m = ASKED_BACK.match((text or "").strip()) or GUESSED.search(text or "")
    if m is None:
        return None
    cite, _ = in_play(tracker)
    rec = sentences.record_of((cite or {}).get("clause_id") or "")
    words = [w for w, _ in terms_in(tracker.get_slot(TOPIC) or "")]
    if rec is None or m.group(1) in sentences.compact(rec.text):
        return None
    worked = _worked(float(m.group(1)), rec.clause_id, tracker)
    if worked is not None:  # "那就是全返 42000？" (eval37 Z18 heard "没有写“42000”这个数"): the sum the facts give
        return Reply(worked, [dict(cite or {})], meta={"figure_asked": m.group(1), "worked": True})
    if not (words or GUESSED.search(text)):
        return None
    measure = "、".join(words)
    said = [s for s in rec.sentences if all(w in sentences.compact(s.text) for w in words)]
    # a sum the measure pays, not a figure of its condition ("留用率达到50%以上的单位，按规定提高见习补贴标准")
    stated = any(sentences.has_feature(s.text, "amount") and PAID.search(s.text) for s in said)
    tail = "" if stated else f"；这一条也没有写明{measure}的具体金额，以经办部门核定为准"
    return Reply(
        f"{citations.where(cite)}没有写“{m.group(1)}”这个数{tail}。具体标准请向责任单位核实，也可以回复“转人工”。",
        [dict(cite)],
        meta={"figure_asked": m.group(1)},
    )


def _worked(figure: float, clause_id: str, tracker: Tracker) -> str | None:
    """ "是的：…100% × 42000元 = 42000元…" when a measure of the clause, worked on what the person said, comes to the
    figure asked back; None otherwise."""
    result = evaluate(profile_from_slots(tracker.slots), turn_as_of(tracker)[0])
    for b in result["benefits"]:
        amount = b.get("amount") or {}
        cited = any(c.get("clause_id") == clause_id for c in b.get("citations") or [])
        if not cited or amount.get("value") != figure or b["status"] == "not_eligible":
            continue
        calc = amount.get("text", "").split("计算：")[-1]
        if b["status"] == "eligible":
            return f"按您说的情况，“{b['name']}”：{calc}（按已知条件计算），以经办部门核定为准。"
        return f"按您说的情况计算：{calc}；“{b['name']}”还有条件没确认，能否享受以经办部门认定为准。"
    return None
