"""eligibility_form: the questions come from the rules engine, not from a fixed list.

The domain lists every fact slot in the form (so each has its `action_ask_<fact>`); this validation
action replaces the SDK's per-slot extract/validate loop with one pass per turn:

1. a fresh user message is read once: facts it states (profile_facts.extract — corrections such as
   "不对，我在凌源" simply overwrite), then the answer to the question just asked (fact_answers);
   "不清楚" records the fact as unknown so it is never asked again;
2. a detour (a question, "为什么问这个", "算了", "重新开始", 转人工, out of scope…) returns no slot at
   all, so Rasa rejects the form for this turn and the rules answer it before the form resumes;
3. an answer that says nothing is a failed turn: said so, asked again; the second in a row hands off;
4. the next question is the engine's next_question over the candidate benefits, or none after
   MAX_QUESTIONS questions: requested_slot None ends the form and the summary follows.
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import REQUESTED_SLOT, FormValidationAction

from actions import (
    family_member,
    form_corrections,
    free_answers,
    hotline_staff,
    place_first,
    profile_rank,
    retirement_age,
    scope,
    spoken_facts,
    turns,
)
from actions.context import AS_OF_SLOT, turn_as_of, user_text
from actions.dialogue_state import MAX_FAILED_TURNS, MAX_QUESTIONS, fresh_user_turn
from actions.fact_answers import read_answer
from actions.form_plan import asked_before, conversation_words, intent_of, plan, said_so_far
from actions.free_answers import ASKING, TOTAL
from actions.handoff import send_handoff
from actions.leading_answer import first_clause, opening_answer
from actions.money_said import corrected_count
from actions.profile import (
    ASKED,
    CANDIDATES,
    FAILED,
    FORM_EXIT,
    LAST_ASKED,
    SCOPE_CLAUSES,
    SCOPE_TEXT,
    TOPIC,
    UNKNOWN,
    evaluate,
    fact_slots,
    in_force_ids,
    profile_from_slots,
)
from actions.profile_facts import extract, keep_applicant, numeric_text
from actions.threaded import Threaded
from answers import dialogue
from answers.phrases import HANDOFF
from answers.questions import not_understood, understood
from knowledge.eligibility.facts import vocabulary

FORM = "eligibility_form"
DETOUR_INTENTS = {
    "ask_policy",
    "why_ask",
    "start_over",
    "stop_form",
    "handoff",
    "out_of_scope",
    "help",
    "more_benefits",
    "greet",
    "goodbye",
    "thanks",
}
# DIET reads a message without context: a bare "35" to a yes/no question came out as goodbye
# (and the form was left). Leaving the form, clearing the profile or handing off is done only
# when the words say so; the other detours answer and the form resumes, so they need no cue.
CUES = {
    "goodbye": re.compile(
        r"再见|再会|拜|bye|回头|走了|走啦|下了|下线|下次|下回|改天|晚安|(?<!\d)886?(?!\d)|回见|明天|"
        r"明儿|有空再|告辞|溜了|撤了|挂了|后会有期",
        re.I,
    ),
    "handoff": HANDOFF,  # the same words hand off when the dialogue service is down (answers/phrases.py)
    "stop_form": re.compile(
        r"算了|罢了|不(?:想|要|用|需要)?再?(?:回答|问|查|弄|填|搞|整|测|答|说|继续|聊|做)|"
        r"别再?(?:问|查|弄)|停|取消|退出|结束|中止|为止|到这|就这样|先这样|不用了|太多|太麻烦|"
        r"懒得|没兴趣|回头再说|以后再说|改天"
    ),
    # "想贷点款周转 重新开张进货" (eval54 U02 had its facts wiped twice): reopening a shop is no restart; nor is
    # "重点", "重要", "重度", "重新就业"
    "start_over": re.compile(
        r"重(?!新开(?:张|业|门|店|工)|新就业|新上岗|点|要|度|大|病|复|新找|新创业)|从头|从新|从零|清空|清除|清掉|再来|归零|删掉|作废|开始新"
    ),
}
OWN_ACTIONS = {"action_listen", "action_extract_slots", FORM, f"validate_{FORM}", "action_session_start"}


# a correction after the answer in the same message ("是，都交了。不对，人数你写错了，…")
# "是。另外不对我说错了，招的是3个…不是4个" (eval31 T24 kept 4 and its 31200元)
MID_CORRECTION = re.compile(r"(?:[，。,；;！!\s]|另外|还有|对了|哦)(?:我)?(?P<w>不对|说错了|写错了|搞错了|弄错了)")


# losing one's work now, not the job lost before the work said ("厂子黄了好几年")
JOBLESS_NOW = re.compile(r"现在(?:没|不)|(?:没|不)干了|没活了|没工作了|刚(?:被|失业|下岗)|最近|这个月|上个月|不对|说错")


class ValidateEligibilityForm(Threaded, FormValidationAction):
    def name(self) -> Text:
        return f"validate_{FORM}"

    def respond(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[EventType]:
        as_of, _, updates = turn_as_of(tracker)
        slots = dict(tracker.slots)
        asked = asked_before(tracker)  # never asked again; the question pending only after a detour
        words = conversation_words(tracker)  # the questions that concern this person (actions/question_fit.py)
        pending = skip = [f for f in asked if f != slots.get(REQUESTED_SLOT)]
        fresh = fresh_user_turn(tracker, OWN_ACTIONS)
        # "交了。厂里确实困难…": the answer that opens the message is kept, also when the rest is answered as
        # a detour first (the form comes back here after it: not asked again, eval7 R07 R02)
        lead = opening_answer(slots, user_text(tracker), CUES.values())
        updates.update(lead)
        if fresh:
            skip = asked
            text = user_text(tracker)
            if hotline_staff.says_lookup(text):  # "不是申请 我是坐席查政策…": answered; the questions end unsummed
                return self.looked_up(dispatcher, tracker, domain)
            if turns.IMPATIENT.search(text) or TOTAL.search(text):  # no more questions: the summary of what is known
                read = self.read_turn(tracker, slots, as_of)
                return [SlotSet(k, v) for k, v in {**updates, **read}.items()] + [
                    SlotSet(ASKED, MAX_QUESTIONS),
                    SlotSet(REQUESTED_SLOT, None),
                ]
            fixed = (
                form_corrections.correct(self, dispatcher, tracker, slots, as_of)
                if form_corrections.is_correction(text)
                else None
            )
            if fixed is not None:  # "说错了 …": the facts replaced, the question answered again with them
                pending = slots.get(REQUESTED_SLOT)
                slots.update({**updates, **fixed})
                # the question the correction interrupted was never answered: it may be asked again (eval11 I22
                # heard "还要看：是否足额缴费" in the summary, the question asked before "不对 我在凌源")
                unanswered = [a for a in asked if not (a == pending and slots.get(a) is None)]
                return [SlotSet(k, v) for k, v in {**updates, **fixed}.items()] + [
                    SlotSet(REQUESTED_SLOT, plan(slots, as_of, unanswered, words)[1])
                ]
            said = None if self.short_answer(tracker, slots) else turns.special(text, tracker)
            if said:  # a definition or a follow-up asked mid-form: answered, then the question again
                # the facts it states are kept ("核酸检测呢 也是这20个人": the 20 screened count in the sum)
                stated = {k: v for k, v in extract(text, as_of).items() if k in slots and k != "applicant_type"}
                # "今年走了1个 1/35行不行" in 大连 (eval65 HB06 heard 条件相符 of the 100% refund): the office's, as below
                known = list(slots.get(UNKNOWN) or [])
                opened = spoken_facts.layoffs_open(stated, stated.get("region") or slots.get("region"), known)
                if opened != known:
                    stated[UNKNOWN] = opened
                updates.update(stated)
                events = turns.send(dispatcher, said)
                moved = {
                    e["name"]: e["value"] for e in events if e.get("event") == "slot" and e.get("name") == "region"
                }
                if moved:  # "算了，问聊城的": the questions go on about 聊城's measures
                    profile = profile_from_slots({**slots, **moved})
                    candidates, clauses = scope.for_person(slots.get(SCOPE_TEXT) or "", profile, as_of, moved["region"])
                    updates.update({CANDIDATES: candidates, SCOPE_CLAUSES: clauses})
                # "我这样的能认定不" answered from the list: not asked "是否已被认定" again (eval15 M01, three times)
                unknown = {
                    e["name"]: e["value"] for e in events if e.get("event") == "slot" and e.get("name") == UNKNOWN
                }
                _, fact = plan({**slots, **updates, **moved, **unknown}, as_of, pending, words)
                return [SlotSet(k, v) for k, v in updates.items()] + events + [SlotSet(REQUESTED_SLOT, fact)]
            if free_answers.resumes(text):  # "接着算": the question pending, asked again
                return [SlotSet(k, v) for k, v in updates.items()] + [
                    SlotSet(REQUESTED_SLOT, plan(slots, as_of, pending, words)[1])
                ]
            # a question ("我们25个人 去年裁了2个 还能返吗") or a wish ("我想创业" to a date question, 12345 E07)
            # that answers nothing is a new question, whatever DIET calls it: not "没听明白"
            wish = free_answers.new_wish(text) and not self.read_turn(tracker, slots, as_of)
            asking = (wish or len(text) >= 8 and ASKING.search(text)) and not self.short_answer(tracker, slots)
            intent = intent_of(tracker)
            if asking and (
                wish
                or intent == "check_eligibility"
                or intent not in DETOUR_INTENTS
                and not self.read_turn(tracker, slots, as_of)
                and not self.short_answer(tracker, slots)
            ):
                updates.update(self.new_question(dispatcher, text, slots, as_of))
                slots.update(updates)
                _, fact = plan(slots, as_of, asked, words)
                return [SlotSet(k, v) for k, v in updates.items()] + [SlotSet(REQUESTED_SLOT, fact)]
            answered = lead and not ASKING.search(first_clause(text)[1])  # "不困难，正常生产": an answer, no detour
            if (
                intent_of(tracker) in DETOUR_INTENTS
                and self.meant(tracker)
                and not self.short_answer(tracker, slots)
                and not answered
            ):
                return []  # nothing filled: Rasa rejects the form and the detour rules answer
            read = self.read_turn(tracker, slots, as_of)
            restated = {k: v for k, v in extract(text, as_of).items() if k in slots and slots.get(k) == v}
            if not read and not updates and restated:  # "我是自主就业退役士兵" again: heard, the question again
                said_back = understood({k: v for k, v in profile_from_slots(slots).items() if k in restated}, text)
                if said_back:
                    dispatcher.utter_message(text=said_back)
                read, skip = {FAILED: 0}, pending
            elif not read and not updates:  # a new as-of date alone ("按2020年算") is not a failed turn
                failed = int(slots.get(FAILED) or 0) + 1
                if failed >= MAX_FAILED_TURNS:
                    send_handoff(dispatcher, tracker, "failed_turns")
                    return [SlotSet(FAILED, 0), SlotSet(FORM_EXIT, "handoff"), SlotSet(REQUESTED_SLOT, None)]
                requested = slots.get(REQUESTED_SLOT)
                dispatcher.utter_message(text=not_understood(requested) if requested else "抱歉，没听明白。")
                read, skip = {FAILED: failed}, pending
            else:  # a fact said besides the pending question moves on; a date alone asks it again
                skip = asked if any(k in fact_slots() for k in read) else pending
                read[FAILED] = 0
                free_answers.send_note(dispatcher, slots.get(REQUESTED_SLOT), text, slots.get("region"), as_of)  # E29
                if AS_OF_SLOT in updates:  # said back, or the next question hides the change
                    dispatcher.utter_message(text=dialogue.as_of_set(as_of, user_text(tracker)))
                read.update(self.rescope(dispatcher, tracker, slots, read, as_of))
                if "region" in read:  # the place asked for before any measures: its measures now
                    read.update(place_first.listed_for_place(dispatcher, tracker, {**slots, **updates, **read}, as_of))
            updates.update(read)
        slots.update(updates)
        _, fact = plan(slots, as_of, skip, words)
        return [SlotSet(k, v) for k, v in updates.items()] + [SlotSet(REQUESTED_SLOT, fact)]

    @staticmethod
    def looked_up(dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[EventType]:
        """A lookup mid-form: the answer action's reply, its slots kept; the form ends with no summary (FORM_EXIT)."""
        from actions.cited_replies import ActionAnswerQuestion  # cited_replies imports the form's modules

        events = ActionAnswerQuestion().respond(dispatcher, tracker, domain)
        kept = [e for e in events if e.get("event") == "slot" and e.get("name") != REQUESTED_SLOT]
        return kept + [
            SlotSet(ASKED, 0),
            SlotSet(LAST_ASKED, None),
            SlotSet(FORM_EXIT, "lookup"),
            SlotSet(REQUESTED_SLOT, None),
        ]

    @staticmethod
    def meant(tracker: Tracker) -> bool:
        """The detour's own words are there (a button payload always means it)."""
        cue, text = CUES.get(intent_of(tracker)), user_text(tracker)
        return cue is None or not text or bool(cue.search(text))

    @staticmethod
    def short_answer(tracker: Tracker, slots: Dict[Text, Any]) -> bool:
        """A short reply that answers the question ("0", "3个", "大连") is an answer, whatever DIET
        calls it: the classifier has no context and reads a bare "0" as stop_form."""
        requested, text = slots.get(REQUESTED_SLOT), user_text(tracker)
        if not requested or not text or len(text) > 6 or vocabulary()[requested].type == "bool":
            return False  # yes/no words are what DIET reads best; "好的谢谢" stays thanks
        value, _ = read_answer(requested, {"intent": {"name": "inform", "confidence": 0.0}}, text)
        return value is not None

    @staticmethod
    def new_question(
        dispatcher: CollectingDispatcher, text: str, slots: Dict[Text, Any], as_of, keep: Dict[Text, Any] | None = None
    ) -> Dict[Text, Any]:
        """A new eligibility question mid-form ("那我自己创业能贷款吗"): the measures it is about
        come first, and the questions start again over them (the facts already said are kept)."""
        from actions.eligibility import answer_first, with_leads  # eligibility imports this module

        said = keep_applicant(extract(text, as_of), slots.get("applicant_type"), text)
        found = {k: v for k, v in said.items() if slots.get(k) != v and k not in (keep or {})}  # keep: corrected
        profile = profile_from_slots({**slots, **found})
        candidates, clauses = scope.for_person(text, profile, as_of)
        result = evaluate(profile, as_of)
        current = [c for c in candidates if c in in_force_ids(result)]
        first = answer_first(result, candidates, {**slots, **found}, as_of, text) if clauses else None
        first = with_leads(first, profile, text, as_of) if first is not None else None  # "裁员率标准是多少…" (G34)
        if first is not None:
            dispatcher.utter_message(json_message=first.to_payload())
        # nothing in force to ask about: no questions, the summary judges what the question was about
        return {
            **found,
            CANDIDATES: current or candidates,
            SCOPE_CLAUSES: clauses,
            SCOPE_TEXT: text,
            TOPIC: text,
            ASKED: 0 if current else MAX_QUESTIONS,
            LAST_ASKED: None,
            FAILED: 0,
        }

    @staticmethod
    def rescope(
        dispatcher: CollectingDispatcher, tracker: Tracker, slots: Dict[Text, Any], read: Dict[Text, Any], as_of
    ) -> Dict[Text, Any]:
        """Facts volunteered besides the answer are said back; a new place or applicant type
        changes the rules in play, so the candidates are picked again for the same question."""
        requested = slots.get(REQUESTED_SLOT)
        volunteered = {k: v for k, v in read.items() if k in fact_slots() and k != requested}
        if not volunteered:
            return {}
        profile = profile_from_slots({**slots, **read})
        said = understood({k: profile[k] for k in volunteered if k in profile}, user_text(tracker))
        said = "\n".join(x for x in (said, retirement_age.past_line(profile, as_of, volunteered)) if x)
        if said:
            dispatcher.utter_message(text=said)
        if not any(k in volunteered for k in ("region", "applicant_type")) and not profile_rank.stated_groups(
            {k: v for k, v in volunteered.items() if k in profile}
        ):  # a new place, applicant type or group ("我是退役军人") changes the rules in play
            return {}
        text = slots.get(SCOPE_TEXT) or slots.get(TOPIC) or ""
        candidates, clauses = scope.for_person(text, profile, as_of)
        return {CANDIDATES: candidates, SCOPE_CLAUSES: clauses}

    @staticmethod
    def read_turn(tracker: Tracker, slots: Dict[Text, Any], as_of) -> Dict[Text, Any]:
        text = user_text(tracker)
        said = keep_applicant(extract(text, as_of), slots.get("applicant_type"), text)
        if family_member.switched(said_so_far(tracker)[:-1], text):  # another family member (eval8 F23)
            said = family_member.replaced(said, slots)
        found: Dict[Text, Any] = {k: v for k, v in said.items() if slots.get(k) != v}
        if (
            found.get("employment_status") == "unemployed"
            and slots.get("employment_status") in ("flexible", "self_employed", "employed")
            and not JOBLESS_NOW.search(text)
        ):
            # "俺今年52了 厂子黄了好几年" after "俺自己干零活 送外卖" (eval97 NB04 was recorded 失业 and told the 灵活就业
            # 社保补贴 "须灵活就业后申请"): a job lost years ago is no work lost now
            found.pop("employment_status")
        found = spoken_facts.end_ahead(found, slots, text)
        later = MID_CORRECTION.search(text)
        if (
            later
        ):  # "是，都交了。不对，人数你写错了，是6个不是1个" (eval26 B23 kept 1): the answer, then a count corrected
            fixed = corrected_count(text[later.start("w") :], slots)
            found.update({k: v for k, v in fixed.items() if k not in found and slots.get(k) != v})
        if "layoff_rate" not in found:  # "受了点影响吧 对了说错了 其实是裁了5个不是6个" (eval33 W18 kept 6 of 30)
            again = spoken_facts.relaid(numeric_text(text), {**slots, **found})
            # the rate said again keeps its verdict open where no text states the bounds ("走1个人影响不", eval65 HB06)
            found.update({k: v for k, v in again.items() if slots.get(k) != v or k == "layoff_rate"})
        requested = slots.get(REQUESTED_SLOT)
        unknown = list(slots.get(UNKNOWN) or [])
        # a rate worked where no text states the bounds: the office judges (eval32 V14)
        opened = spoken_facts.layoffs_open(found, found.get("region") or slots.get("region"), unknown)
        if opened != unknown:
            unknown = opened
            found[UNKNOWN] = unknown
        if requested and requested not in found:
            value, dont_know = read_answer(requested, tracker.latest_message or {}, text, as_of)
            if dont_know:
                if requested not in unknown:
                    unknown.append(requested)
                found[UNKNOWN] = unknown
            elif (value := free_answers.implied_value(requested, text) if value is None else value) is not None:
                found[requested] = value
                if (
                    requested == "receiving_unemployment_insurance"
                    and free_answers.implied_value(requested, text) is False
                ):
                    # "没领，厂里说我交的不够一年，领不了" (eval90 GB09 was asked next whether he meets the conditions)
                    found.setdefault("meets_unemployment_insurance_conditions", False)
        known = [f for f in unknown if f not in found]
        if len(known) != len(unknown) and UNKNOWN not in found:
            found[UNKNOWN] = known
        return found


from actions.form_ask import ASK_ACTIONS, AskFact  # noqa: E402,F401  the questions (their old import path)
