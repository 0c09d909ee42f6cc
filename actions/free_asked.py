""" "电商培训 免费吗", then "到底免费不免费" (eval93 JA07, a disabled woman in 聊城, heard 第12条 without a yes or no and
then "超出了我的服务范围"): whether a measure is free. The sentences of the texts applying to the place that write it
free are quoted, each with whom it names; where none does, that is said, with the sentences that subsidise it."""

from __future__ import annotations

import re
from datetime import date

from rasa_sdk import Tracker

from actions.clause_in_play import in_play
from actions.profile import TOPIC, profile_from_slots
from actions.question_parts import MEASURE
from answers import place_sentences, validity_words
from answers.models import Reply
from knowledge import regions

ASKED = re.compile(
    r"免费(?:吗|不|么|嘛|的吗|啊|呀)|免不免费|免费不免费|收(?:不收)?费(?:吗|不)|要(?:不要)?(?:交|花)?钱(?:吗|不)|"
    r"花钱吗|(?:自己)?(?:掏|出)钱(?:吗|不)"
)
SUBSIDY_ASKED = re.compile(r"补(?:不|吗|贴|助)|报销|给钱|给不给")
MOST = 3


def reply(text: str, tracker: Tracker, as_of: date) -> Reply | None:
    if not ASKED.search(text or "") or len(text) > 30 or SUBSIDY_ASKED.search(text):
        return None  # "去学要掏钱不 学完给补不" asks of the subsidy too: its sentence answers (eval89 FA03)
    cite, _ = in_play(tracker)
    named = regions.regions_in_text(text)
    region = named[0] if len(named) == 1 else profile_from_slots(tracker.slots).get("region")
    region = region or (cite or {}).get("region")
    # the measure asked of: named now, else the conversation's topic ("到底免费不免费" after "电商培训 免费吗")
    keys = (
        MEASURE.findall(ASKED.sub("", text))
        or MEASURE.findall(tracker.get_slot(TOPIC) or "")
        or MEASURE.findall((cite or {}).get("quote") or "")
    )
    if not region or not keys:
        return None
    key = keys[0]

    def find(pattern: str) -> list[dict]:  # a 2020 epidemic sentence is no answer years after it (eval93 JA07)
        found = place_sentences.find(re.compile(pattern), region, as_of)
        return [c for c in found if not validity_words.long_after_epidemic(c.get("validity") or {}, as_of)]

    free = find(rf"免费[^。；]*{key}|{key}[^。；]*免费")
    if free:
        lines = [f"适用于{region}的文件写到免费{key}的是下面这些（看清各句写的是哪类人）："]
        lines += [place_sentences.line(c) for c in free[:MOST]]
        lines.append("您能否免费参加，以经办部门认定为准。")
        return Reply("\n".join(lines), free[:MOST], meta={"free": key})
    paid = find(rf"{key}[^。；]*补贴|补贴[^。；]*{key}")
    lines = [f"收录的适用于{region}的文件都没有写{key}是否免费（以经办部门为准）。"]
    if paid:
        lines.append(f"写到{key}补贴的是下面这些：")
        lines += [place_sentences.line(c) for c in paid[:MOST]]
    return Reply("\n".join(lines), paid[:MOST], meta={"free": key})
