"""A count changed as a question ("那要是只招了3个呢" after "30个职工 今年新招了5个符合条件的人 … 能申请创业担保
贷款吗"): the same measures judged again with that count for the hires already described, not stored (it is
a supposition). The 12345 evaluation found it answered with an unrelated clause; the person needs 3 ÷ 30 = 10%,
not the 15% the text asks."""

from __future__ import annotations

import re
from datetime import date

from answers.models import Reply

SUPPOSED = re.compile(r"(?:要是|如果|假如|假设|若是)")
HIRED = re.compile(r"(?:招|雇|录用|吸纳)(?:了|用了?)?\s*(\d+)\s*(?:个|名|位|人)")


def reply(text: str, tracker, as_of: date) -> Reply | None:
    from actions.profile import CANDIDATES, evaluate, profile_from_slots
    from actions.profile_facts import extract, numeric_text
    from answers.summary import summary
    from knowledge.eligibility.facts import vocabulary

    digits = numeric_text(text)
    m = HIRED.search(digits)
    if not (m and SUPPOSED.search(text)) or (tracker.active_loop or {}).get("name"):
        return None
    if any(k.startswith("new_hires_") for k in extract(text, as_of)):
        return None  # the hires are described again: the usual reading
    slots = {k: v for k, v in tracker.slots.items() if v is not None}
    hires = [k for k, v in slots.items() if k.startswith("new_hires_") and isinstance(v, int | float) and v > 0]
    candidates = tracker.get_slot(CANDIDATES) or []
    if len(hires) != 1 or not candidates:
        return None  # which hires are meant is not clear: not guessed
    fact, count = hires[0], int(m.group(1))
    result = evaluate(profile_from_slots({**slots, fact: count}), as_of)
    answer = summary(result, scope=set(candidates), today=date.today())
    head = f"按您假设的{vocabulary()[fact].title}：{count}人，重新判断（仅作假设，不改变您前面说的情况）："
    return Reply(head + "\n" + answer.text, answer.citations, answer.buttons, answer.meta)
