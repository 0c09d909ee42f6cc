"""A first reply to "请问啥叫灵活就业人员啊？我在聊城跑滴滴，算不算灵活就业" opens with the defining sentence, then the
measures (eval28 Z18 was asked the form's questions three times and never told what the word means). Only explicit
definition words lead this way; "我这情况算不算就业困难人员" is the group's own sentence (eligibility.group_sentence)."""

from __future__ import annotations

import re
from datetime import date

from answers.models import Reply

ASKS_MEANING = re.compile(r"啥叫|什么叫|什么是|啥是|是什么意思|啥意思|什么意思|指的是|是指什么|指什么|(?:都)?包括哪些")


def lead(first: Reply | None, text: str, profile: dict, as_of: date) -> Reply | None:
    if first is None or not ASKS_MEANING.search(text or ""):
        return first
    from actions.turns import definition_reply  # turns imports the eligibility path's modules

    said = definition_reply(text, profile.get("region"), as_of)
    if said.meta.get("low_confidence") or not said.citations:
        return first
    body = said.text.rpartition("\n")[0] or said.text  # its closing offer is the measures that follow
    return Reply(f"{body}\n{first.text}", said.citations + first.citations, first.buttons, first.meta)
