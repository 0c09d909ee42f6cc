""" "那认定了以后能领什么" right after the answer on what a group is ("聊城 就业困难人员 怎么认定"): what the texts where
the person is grant that group, each sentence cited with its own validity, those in force or of unknown validity first.
eval71 NB08, a 12345 agent, heard 聊城 第21条's 失业保险金 to retirement twice, the second time after saying it was not
what she asked."""

from __future__ import annotations

import re
from datetime import date

from rasa_sdk import Tracker

from actions.definition_words import defined_term
from actions.within_place import one_place
from answers import place_sentences
from answers.models import Reply

# "认定了以后能领什么", "要是算的话能享受啥", "认定上了有啥好处", "被认定以后有什么政策"
AFTER_RECOGNISED = re.compile(
    r"(?:认定|算|评上|认定上)(?:了|上|为)?[^，。？?]{0,4}?(?:以后|之后|后|的话)?[^，。？?]{0,4}?"
    r"(?:能|可以|都能|会)?(?:领|享受|拿|有|给)(?:到)?(?:什么|啥|哪些|些什么|点啥)(?:补贴|政策|好处|待遇|钱)?"
)
GRANT = re.compile(r"给予|可按规定|可申请|可享受|享受|优先|延长|纳入|安置|补贴|补助")
ENDED = ("expired", "not_started")
MOST = 5


def reply(text: str, tracker: Tracker, as_of: date) -> Reply | None:
    from actions.profile import TOPIC

    if not AFTER_RECOGNISED.search(text or "") or len(text) > 40:
        return None
    topic = tracker.get_slot(TOPIC) or ""
    term = defined_term(topic)
    region = tracker.get_slot("region") or one_place(topic)  # "聊城 就业困难人员 怎么认定" sets no place of the person
    if not term or not region or term in text.replace("认定", ""):
        return None
    found = [c for c in place_sentences.find(re.compile(re.escape(term)), region, as_of) if GRANT.search(c["quote"])]
    found.sort(key=lambda c: (c.get("validity") or {}).get("status") in ENDED)  # stable: the person's place first
    if not found:
        return None
    shown = found[:MOST]
    lines = [f"{region}适用的文件里，写到“{term}”可以享受的规定有："]
    lines += [place_sentences.line(c) for c in shown]
    if len(found) > MOST:
        lines.append(f"另有{len(found) - MOST}句写到“{term}”，可以接着问。")
    lines.append(f"是否属于{term}、能否享受，以经办部门（当地人力资源社会保障部门）认定为准。")
    return Reply("\n".join(lines), shown, meta={"defined_group_measures": term})
