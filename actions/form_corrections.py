"""A correction said during the questions ("说错了 我已经毕业三年了 现在是开小吃部的个体户 不搞高新技术"):
the facts it states replace the ones before, are said back, and the question the person asked is answered
again with them (the 12345 evaluation found the correction read, then the next question asked as if nothing
had changed: "您是残疾人吗？" instead of the 10万 loan of a self-employed person)."""

from __future__ import annotations

import re
from typing import Any, Dict

from rasa_sdk.forms import REQUESTED_SLOT

from actions.context import user_text
from actions.money_said import corrected_count, corrected_sum
from actions.profile_facts import extract, numeric_text
from actions.spoken_facts import relaid

CORRECTING = re.compile(r"^\s*(?:不对|说错了|我说错了|搞错了|弄错了|错了|更正(?:一下)?|纠正(?:一下)?|刚才说的不对)")


def is_correction(text: str) -> bool:
    return bool(CORRECTING.search(text or ""))


def correct(form, dispatcher, tracker, slots: Dict[str, Any], as_of) -> Dict[str, Any] | None:
    """The slot updates of a correction that states facts, after answering the person's question again with
    them; None when the message corrects nothing (it then goes the usual way)."""
    from actions.profile import SCOPE_TEXT, TOPIC, profile_from_slots
    from answers.questions import understood

    read = {k: v for k, v in form.read_turn(tracker, slots, as_of).items() if k in slots}
    asked = slots.get(REQUESTED_SLOT)
    if asked in read and asked not in extract(user_text(tracker), as_of):
        # the 不 of "不对 我在凌源" is not a 否 to the question pending (12345 E19: 签订1年以上劳动合同：否)
        read.pop(asked)
    text = user_text(tracker)
    read = read or {
        k: v for k, v in {**corrected_sum(text, slots), **corrected_count(text, slots)}.items() if k in slots
    }
    if "layoff_rate" not in read:  # "不对，裁的是3个人不是2个": the rate of the staff said before (eval30 Q03)
        read.update({k: v for k, v in relaid(numeric_text(text), {**slots, **read}).items() if k in slots})
    if not read:
        return None
    fixed = {**slots, **read}
    said = understood({k: v for k, v in profile_from_slots(fixed).items() if k in read}, text)
    if said:
        dispatcher.utter_message(text=said)
    topic = slots.get(SCOPE_TEXT) or slots.get(TOPIC) or ""
    # the question asked before, answered with the corrected facts (what the correction says is kept)
    return {**read, **form.new_question(dispatcher, topic, fixed, as_of, keep=read), **read}
