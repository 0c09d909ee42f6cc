"""Hand-off to a person: on "转人工", or after two failed turns in a row.

The user reads notices.handoff (12345 and the responsible department for the topic); the API
receives a second json message {"handoff": {reason, topic, departments, profile}} and stores the
conversation for staff.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import known_measures
from actions.clause_in_play import WHO_ASKED
from actions.context import turn_as_of, user_text
from actions.dialogue_state import MAX_FAILED_TURNS, leave_form
from actions.profile import CANDIDATES, DEPARTMENTS, FAILED, TOPIC, evaluate, profile_from_slots, topic_departments
from actions.profile_facts import extract
from actions.question_parts import MEASURE
from actions.threaded import Threaded
from actions.turns import IMPATIENT
from answers import notices
from answers.models import Reply
from answers.phrases import REFUSED, refuses_human, wants_human

# "这条谁牵头 电话多少" asks about the clause's units ("电话" made it a hand-off), not for a person
ASKS_WHO = re.compile(WHO_ASKED + r"|有没有(?:联系)?电话|电话(?:多少|是多少|号码)")
NOT_HANDED_OFF = "好的，不转人工。您接着问就行，比如某项补贴的标准、条件或某个文件的原文。"
PERSON_ASKED = re.compile(r"人工(?!智能)|真人|活人|客服|转接")
NO_PHONE_SAID = re.compile(r"聋|哑|听不见|说不了话|(?:打|接)不了电话|不能(?:打|接)电话|没法(?:打|接)电话|不会打电话")


def topic_and_departments(tracker: Tracker) -> tuple[str, list[str]]:
    topic = tracker.get_slot(TOPIC) or ""
    departments = list(tracker.get_slot(DEPARTMENTS) or [])
    if not departments and tracker.get_slot(CANDIDATES):
        as_of, _, _ = turn_as_of(tracker)
        result = evaluate(profile_from_slots(tracker.slots), as_of)
        departments = topic_departments(result, tracker.get_slot(CANDIDATES))
    if not topic:
        text = user_text(tracker)
        topic = "" if text in ("转人工", "人工") else text
    return topic, departments


def send_handoff(dispatcher: CollectingDispatcher, tracker: Tracker, reason: str) -> None:
    topic, departments = topic_and_departments(tracker)
    no_phone = NO_PHONE_SAID.search(user_text(tracker) or "") is not None
    reply = Reply(notices.handoff(departments, no_phone), meta={"handoff": True, "reason": reason})
    dispatcher.utter_message(json_message=reply.to_payload())
    # dates as text: the payload goes out as JSON (a resumption date made the action fail, eval35 rehearsal of c38)
    profile = {k: v.isoformat() if isinstance(v, date) else v for k, v in profile_from_slots(tracker.slots).items()}
    dispatcher.utter_message(
        json_message={"handoff": {"reason": reason, "topic": topic, "departments": departments, "profile": profile}}
    )


# "你就直接说，是不是得先登记失业" (eval72 OB01, an agent, heard the known measures and "您在哪个市或县")
# asked for in so many words: a person, not the phone or 12345 named in passing
PERSON_WORDS = re.compile(
    r"转人工|人工(?!智能)|真人|活人|客服|找.{0,6}的人|找(?:个)?(?:真)?人|(?:跟|和)(?:真)?人(?:说|聊|谈|讲)|机器"
)
QUESTION = re.compile(r"能不能|能否|可不可以|吗|多少|几|怎么|咋|哪|是否|是不是|要不要|行不行|有没有|一起|同时|叠加")


class ActionHandoff(Threaded, Action):
    def name(self) -> Text:
        return "action_handoff"

    def respond(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[EventType]:
        text = user_text(tracker)
        # "不对 参保是30人 裁员5人" (eval33 W18, DIET's handoff at 0.64, was handed off): no word asks for a person
        unasked = bool(text) and not text.startswith("/") and not wants_human(text) and not IMPATIENT.search(text)
        if text and (unasked or refuses_human(text) or (ASKS_WHO.search(text) and not PERSON_ASKED.search(text))):
            # "我没说转人工啊 我是说我们厂参保了…能返多少", "这条谁牵头 电话多少" (evaluation 11, I22/I28): the
            # question is answered; a fact said is judged with the rest
            as_of = turn_as_of(tracker)[0]
            facts = {k for k in extract(text, as_of) if k != "applicant_type"}  # "牵头单位的电话" states no firm
            if not facts and len(re.sub(r"[^\u4e00-\u9fff]", "", REFUSED.sub("", text))) < 4:
                # "我没说要转人工啊" and nothing else (eval12 J33 was handed off, then searched for 人工智能)
                dispatcher.utter_message(json_message=Reply(NOT_HANDED_OFF).to_payload())
                return [SlotSet(FAILED, 0)]
            follow = "action_start_eligibility" if facts else "action_answer_question"
            return [SlotSet(FAILED, 0), FollowupAction(follow)]
        if text and not PERSON_WORDS.search(text) and QUESTION.search(text) and MEASURE.search(text):
            # "我打了三次电话都说不清！聊城到底有没有失业补助金？" (eval94 KB11 was handed back to 12345 twice): the phone
            # named in a complaint is no request for a person; the question in it is answered
            return [SlotSet(FAILED, 0), FollowupAction("action_answer_question")]
        rest = re.sub(r"[^\u4e00-\u9fff]", "", IMPATIENT.sub("", text or ""))
        if text and not wants_human(text) and IMPATIENT.search(text) and len(rest) >= 8 and QUESTION.search(rest):
            # "直接说 同一个人 2500的和1000的 能不能一起领" (eval55 I13, an agent, heard the known measures and "您在哪个
            # 市或县"): the question after the impatient words is answered
            return [SlotSet(FAILED, 0), FollowupAction("action_answer_question")]
        if text and not wants_human(text) and IMPATIENT.search(text):
            # "不知道 你直接说吧" is no request for a person (12345 E18): what is known is answered, 转人工 offered
            reply = known_measures.for_tracker(tracker, turn_as_of(tracker)[0])
            dispatcher.utter_message(json_message=reply.to_payload())
            return [SlotSet(FAILED, 0)] + (leave_form() if tracker.active_loop.get("name") else [])
        send_handoff(dispatcher, tracker, "user_request")
        events: List[EventType] = [SlotSet(FAILED, 0)]
        if tracker.active_loop.get("name"):
            events += leave_form()
        return events


def failed_turn(dispatcher: CollectingDispatcher, tracker: Tracker) -> tuple[bool, List[EventType]]:
    """Count a failed turn; the second in a row hands off. Returns (handed_off, events)."""
    failed = int(tracker.get_slot(FAILED) or 0) + 1
    if failed >= MAX_FAILED_TURNS:
        send_handoff(dispatcher, tracker, "failed_turns")
        events: List[EventType] = [SlotSet(FAILED, 0)]
        if tracker.active_loop.get("name"):  # a detour inside the form: do not resume it
            events += leave_form() + [FollowupAction("action_listen")]
        return True, events
    return False, [SlotSet(FAILED, failed)]
