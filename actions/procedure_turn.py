""" "金州的稳岗返还怎么申请": a how-to question answered from the clause's own procedure sentences, in the
place the question names (else the place known), which is then the conversation's place; a county of a
covered city says whose documents answer (actions/within_place.py).
"""

from __future__ import annotations

from datetime import date

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet

from actions import province_says
from actions.follow_ups import names_other_sum
from actions.profile import profile_from_slots
from actions.within_place import most_specific, place_of
from answers import clause_detail
from answers.clause_answer import search_answer
from answers.in_force_first import in_force_first
from answers.measure_first import measure_first
from answers.models import Reply
from knowledge import regions
from retrieval.search import search


def reply(text: str, tracker: Tracker, as_of: date) -> tuple[Reply, list[EventType]] | None:
    named = most_specific(regions.regions_in_text(text))
    said, notice = place_of(text)
    place = named[0] if len(named) == 1 else said
    region = place or profile_from_slots(tracker.slots).get("region")
    # "我刚退伍…创业担保贷款…要不要抵押" (eval100 QA04): the clause writing the loan, not the veterans' one
    response = measure_first(in_force_first(search(text[:200], top_k=5, as_of=as_of, region=region).model_dump()))
    if not response["results"] or search_answer(response).meta.get("low_confidence"):
        return None
    # "那个3000一年的场地补贴怎么申请" (eval22 T12 heard 大政发〔2020〕18号（十二）'s 6000元 for the disabled three
    # times): a clause stating the sum named comes first
    response["results"].sort(key=lambda h: names_other_sum(text, h))
    answer = clause_detail.detail(response["results"][0], "procedure", as_of, text)
    if "本条原文未写" in answer.text:  # "创业担保贷款要抵押吗" in 大连: 辽政发（二）'s 免除反担保 (eval100 QA04)
        answer = province_says.with_province(answer, response["results"][0], text, as_of)
    if notice:
        answer.text = f"{notice}\n{answer.text}"
    return answer, ([SlotSet("region", place)] if place and place != tracker.get_slot("region") else [])
