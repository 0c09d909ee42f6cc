"""Free questions: a cited answer composed by answers.clause_answer (one wording for every channel).

The search is region-aware: one place named in the question filters the clauses to it (and the
regions containing it); else the place already known from the conversation does; several places
named are left to the search's own mention boosts (a comparison). Low confidence (the top clause
shares no content word with the question) is a failed turn: the composer says what was found and
offers a person; the second failed turn in a row hands off.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import (
    cited_first,
    ended_lead,
    group_named,
    measure_not_here,
    question_parts,
    ruled_out,
    spoken_facts,
    turns,
)
from actions.clause_in_play import in_play
from actions.context import turn_as_of, user_text
from actions.definition_words import without_supposed
from actions.denied_words import drop_denied, without_denied, without_groups_denied
from actions.dialogue_state import NOT_AN_ANSWER, fresh_user_turn
from actions.handoff import failed_turn
from actions.outside_told import told_outside
from actions.profile import DEPARTMENTS, FAILED, TOPIC, UNKNOWN, profile_from_slots
from actions.profile_facts import HIRING_GROUP, extract, keep_applicant
from actions.threaded import Threaded
from actions.unheard import unheard_facts
from actions.within_place import within_notice, without_denied_places
from answers import dialogue, not_yet_issued
from answers.clause_answer import clause_first, ordered, search_answer
from answers.measure_exists import terms_in, written
from answers.models import Reply, button
from answers.sentences import compact
from knowledge import regions
from retrieval.search import search


def answer_for(text: str, tracker: Tracker) -> tuple[Reply, dict]:
    as_of, _, _ = turn_as_of(tracker)
    text = without_denied_places(text)  # "我又没说聊城 我在大连" (eval104 UB07): 大连's
    named = turns.most_specific(regions.regions_in_text(text))  # "大连金州": 金州区, inside 大连市
    elsewhere, notice = turns.place_of(text)  # "沈阳": 辽宁省's measures, said so
    # one place named: its policies (and those of the regions containing it); several: compare them
    region = (
        named[0]
        if len(named) == 1
        else None
        if named
        else (elsewhere or profile_from_slots(tracker.slots).get("region"))
    )
    if not named and not elsewhere and not region and heard_late(tracker).get("region"):
        region = heard_late(tracker)["region"]  # said in a turn the dialogue never heard: said so now
        notice = within_notice(region)
    if not named and not elsewhere and not region:
        # "残疾人场地补贴标准" right after 大政发〔2020〕18号 was quoted (eval38 K13, K16, K23 heard "您没说在哪个市县" and
        # another place's clause): the place of the clause in play
        region = (in_play(tracker)[0] or {}).get("region") or None
    response = search(without_groups_denied(text)[:200], region=region, top_k=5, as_of=as_of).model_dump()
    if any(not_yet_issued.later(h.get("clause_id") or "", as_of) for h in response.get("results") or []):
        # texts issued later fill the top on an early day (eval59 AA11, 大连 2020-03-25: "一个员工都不裁 有没有啥返还"
        # heard "没有…直接对应的规定" and 46号's 场地补贴, while 46号（四）'s 稳岗补贴 applied): the pool goes deeper, so
        # what applied then is among the hits kept
        response = search(without_groups_denied(text)[:200], region=region, top_k=10, as_of=as_of).model_dump()
    response = ruled_out.drop(response, profile_from_slots(tracker.slots), as_of)  # "不是湖北的" (eval31 T19)
    response = drop_denied(response, text)  # "我不是啥平台的…也能贷吗" (eval89 FA12)
    response = cited_first.prefer(response, text, tracker)  # "缓缴能缓几个月" after a list quoting 社保缓缴
    response = cited_first.last_sentence_first(response, text, tracker)  # "劳动合同要签多久" after 18号（九）'s 2500元
    response = group_named.prefer(response, text)  # "那退役的能参加免费培训不": the clause naming 退役军人
    if not region and not named and not notice and response.get("results"):
        # "灵活就业补贴多少钱 快说" (eval21 S16, in 聊城, heard 大连's 60% as the answer); a place outside said before
        # is said again, never "您没说在哪" (eval23 U20 had said 广州)
        notice = OUTSIDE_BEFORE if told_outside(tracker) else UNPLACED
    response, later = _issued_by_then(response, as_of)
    if later is not None and not response.get("results"):  # only later texts match (eval36 T22): said, not quoted
        reply = Reply(
            not_yet_issued.nothing_then_reply(later, region, as_of),
            buttons=[button("转人工", "/handoff")],
            meta={"low_confidence": False, "not_yet_issued": True},
        )
        return reply, response
    if later is not None:
        notice = "\n".join(x for x in (notice, later) if x)
    return ended_lead.cited_lead(search_answer(response, notice=notice), text, as_of), response


def _issued_by_then(response: dict, as_of: date) -> tuple[dict, str | None]:
    """The response without hits of texts issued after `as_of`, and what to say of them when the best hit was one;
    a text named by its number is answered as asked."""
    hits = response.get("results") or []
    # named by its number, a text is answered as asked; named by hearsay ("听说聊城要出个稳就业的文件", eval47 R22 on
    # 2020-03-01 heard the notice of 2020-03-11 as in force), it is a text of the day or none
    by_number = bool(re.search(r"〔|号文|\d+号", response.get("query") or ""))
    if not hits or (by_number and (response.get("reference") or {}).get("doc_ids")) or hits[0].get("exact_reference"):
        return response, None
    # the text that applied that day and says what the later top says is lifted first (answers/in_force_first.py):
    # it answers, and the later text is not named (eval36 ruling; 辽政发（十四） for a 湖北籍 graduate before 18号)
    hits = ordered(response).get("results") or hits
    kept, later = not_yet_issued.hits_issued(hits, as_of)
    if not later:
        return response, None
    # "社保和住房公积金能不能缓交" on 2020-03-25 (eval41 G20): the measure asked is only in the later text; a clause of
    # the day that never names it is no answer, so the later text is said alone
    measured = [w for w, _ in terms_in(response.get("query") or "") if w in (later[0].get("text") or "")]
    if (
        measured
        and hits[0] in later
        and not any(all(written(w, compact(h.get("text") or "")) for w in measured) for h in kept)
    ):
        kept = []
    if measured:  # the text of the day naming the measure asked, in any of its words, first (eval52 Y08)
        kept.sort(key=lambda h: not all(written(w, compact(h.get("text") or "")) for w in measured))
    # "那17年那个文件里就没有稳岗的？" on 2020-03-25 (eval59 AA11 heard 46号's preamble under "没有…直接对应的规定"): once
    # the later texts are gone, a clause of the same document found below its preamble answers first
    kept = clause_first(kept, ("preamble", "cover"), same_document=True)
    trimmed = {**response, "results": kept, "ordered": True}  # read in the order chosen with the later texts present
    if hits[0] in kept or (kept and measured and all(written(w, compact(kept[0].get("text") or "")) for w in measured)):
        # a later text ranked below what applied then, or above a text of the day naming the measure asked in its
        # own words (凌政发〔2019〕14号's 返还…失业保险费 for 稳岗返还, eval52 Y08): left out, nothing to say
        return trimmed, None
    if not kept:
        return trimmed, not_yet_issued.unnamed_line(as_of)
    from answers.confidence import is_confident

    if kept[0].get("stands_for") and is_confident(
        response.get("query") or "", kept[0], response.get("expanded_terms") or ()
    ):
        # the text of the day lifted for saying what the later text says ("一个员工都不裁 有没有啥返还" → 46号（四）'s
        # 稳岗补贴, eval59 AA11): no "没有…直接对应的规定" above it
        return trimmed, None
    return trimmed, not_yet_issued.unnamed_line(as_of, then_issued=True)


OUTSIDE_BEFORE = "您说的地方不在收录范围内；下面是收录地区的规定，只适用于该文件所属地区，不适用于您那里，仅供参考。"
UNPLACED = (
    "您没说在哪个市县，下面先按最相关的规定回答，只适用于该文件所属地区；告诉我您在哪个市县，我按当地的文件回答。"
)


# who speaks of themselves; also an event told as news ("凌源失业了有啥补贴", eval85's warm-up heard 凌源's
# 人才安家补助): "X了" or "刚X" is someone's situation, where "失业人员有啥补贴" asks about a group
OWN = re.compile(
    r"我|俺|咱|家里|老公|媳妇|孩子"
    r"|(?:失业|下岗|被裁|毕业|退伍|退役|离职|辞职|被辞退|被辞|没(?:了)?(?:工作|活))了"
    r"|刚(?:失业|下岗|被裁|毕业|退伍|退役|离职|辞职)"
    # "大连开饭店的 雇了俩以前失业的 有补贴没" (eval88 EA04 told without 我): a unit's own hires
    r"|(?:招|雇|录用)了(?:\d+|俩|仨|两|几|一|二|三|四|五)"
    # "聊城的，今年59，离退休还有两年…" (the eighteenth session): one's own age and years, told without 我
    r"|今年\s*\d{2}\s*(?:岁|了|[，,。\s])|(?:离|距)(?:法定)?退休(?:年龄)?还(?:有|差|剩)"
)


# "他能上吗", "我能申请不" right after a bare measure was answered ("公益性岗位", eval69 LA06 heard "没有找到…"): whether
# the person (or the one they speak for) may have it, asked as the questions ask it
BARE_CAN = re.compile(
    r"^(?:那)?(?:我|俺|他|她|我爸|我妈|孩子)?(?:能|可以|能不能|可不可以)(?:上|去|申请|领|办|享受|干)(?:吗|不|么|嘛)?[？?]?$"
)


def about_a_situation(text: str, tracker: Tracker) -> bool:
    """The speaker's own situation: who is asking and at least one fact besides the place
    ("残疾人开店有房租补贴吗" asks about a group, not about oneself)."""
    from actions.eligibility import answered_last_turn  # eligibility imports this module
    from actions.question_parts import MEASURE

    topic = tracker.get_slot(TOPIC) or ""
    if BARE_CAN.match(re.sub(r"\s+", "", text or "")) and len(topic) <= 8 and MEASURE.search(topic):
        return answered_last_turn(tracker)
    found = extract(text, turn_as_of(tracker)[0])
    # "我们是外资公司，招应届大学毕业生，现在还有能申请的补贴吗" (eval89 FB09): a firm hiring a group is its own case
    hiring = found.get("applicant_type") == "enterprise" and HIRING_GROUP.search(text) is not None
    return OWN.search(text) is not None and (_own_situation(found) or hiring)


def _own_situation(found: dict) -> bool:
    return "applicant_type" in found and bool(set(found) - {"applicant_type", "region"})


def facts_said(text: str, tracker: Tracker) -> List[EventType]:
    """A question asked inside the form ("我刚被辞退 还没领过失业金，能领啥") is answered as a detour,
    but the facts it states are kept: the form does not ask them afterwards. Outside the form only
    the speaker's own situation is kept ("我是大连一家软件公司的HR 今年我们接了10个见习生…": eval16
    N12 was asked 以什么身份申请 next); "残疾人开店有房租补贴吗" records nothing of the speaker."""
    # read once per turn, without what it turns away ("你这说的啥孵化平台 跟我没关系啊…", eval62 EA01 became 创业孵化载体)
    text = without_supposed(text)
    said = extract(without_denied(text), turn_as_of(tracker)[0])
    own = OWN.search(text) is not None
    if not tracker.active_loop.get("name") and not (own and _own_situation(said)):
        # "我大连开理发店的…" is where the speaker is, even where who is asking is not said (eval18 P07 heard
        # 凌源's 学徒 4000元 next); "大连残疾人开店有房租补贴吗" records nothing
        place = said.get("region") if own else None
        return [SlotSet("region", place)] if place and not tracker.get_slot("region") else []
    found = keep_applicant(said, tracker.get_slot("applicant_type"), text)
    # "今年走了1个 1/35行不行" asked mid-form in 大连 (eval65 HB06 heard 条件相符 of the 100% refund): a rate worked where
    # no text states the bounds leaves 不裁员或少裁员 to the office, as the form's own reading does (actions/form.py)
    known = list(tracker.get_slot(UNKNOWN) or [])
    opened = spoken_facts.layoffs_open(found, found.get("region") or tracker.get_slot("region"), known)
    if opened != known:
        found[UNKNOWN] = opened
    return [SlotSet(k, v) for k, v in found.items() if tracker.get_slot(k) != v]


def heard_late(tracker: Tracker) -> dict:
    """Facts of turns answered by the search fallback (actions/unheard.py): "俺们在大连" said while the
    dialogue was down is where the person is for the next question too (12345 E01, E05)."""
    return unheard_facts(tracker, turn_as_of(tracker)[0])


def late(tracker: Tracker, events: List[EventType]) -> List[EventType]:
    """The facts of those turns, stored (the form does not ask them afterwards); what this turn
    says or sets wins."""
    now = {e.get("name") for e in events if e.get("event") == "slot"}
    return [SlotSet(k, v) for k, v in heard_late(tracker).items() if k not in now]


def reply_departments(reply: Reply) -> list[str]:
    """The departments of the answer's main clause (up to five): where a hand-off will point."""
    return list(reply.citations[0].get("departments") or [])[:5] if reply.citations else []


def offer_check(text: str, tracker: Tracker, reply: Reply) -> Reply:
    """A question that says who is asking ("我们是凌源的小公司…能返稳岗补贴不") gets, under its
    cited answer, the offer to work out what that applicant can claim."""
    if "applicant_type" in extract(text, turn_as_of(tracker)[0]):
        reply.buttons.append(button(dialogue.CHECK_MINE, "/check_eligibility"))
    return reply


def topic_events(text: str, reply: Reply) -> List[EventType]:
    """The topic and its departments; a place the question names is where the conversation now is
    (the next questions, a follow-up or the form do not ask it again)."""
    events = [SlotSet(TOPIC, text), SlotSet(DEPARTMENTS, reply_departments(reply))]
    named = turns.most_specific(regions.regions_in_text(text))
    place = named[0] if len(named) == 1 else turns.place_of(text)[0]
    return events + ([SlotSet("region", place)] if place else [])


def confident_answer(text: str, tracker: Tracker) -> Reply | None:
    """A cited answer the search is sure of, or None (too short, or nothing shares its words)."""
    if len(text) < 4:
        return None
    reply, _ = answer_for(text, tracker)
    return None if reply.meta.get("low_confidence") else reply


def sure_reply(dispatcher: CollectingDispatcher, tracker: Tracker, text: str) -> List[EventType] | None:
    """The cited answer the search is sure of, sent with the offer to check, and its events; None when unsure."""
    reply = confident_answer(text, tracker)
    if reply is None:
        return None
    dispatcher.utter_message(json_message=offer_check(text, tracker, reply).to_payload())
    return [SlotSet(FAILED, 0)] + topic_events(text, reply)


def other_parts(text: str, tracker: Tracker, reply: Reply, after_first: bool = False) -> list[Reply]:
    """The answers to the parts of the message the reply does not name (actions/question_parts.py)."""
    out: list[Reply] = []
    for part in question_parts.unanswered(text, reply.text, after_first):
        placed = question_parts.with_place(part, text)
        more, _ = answer_for(placed, tracker)
        # "凌源 技能培训补贴 职业技能鉴定补贴 分别多少" (eval93 JB09 heard a training clause for 鉴定): a measure the
        # answer never names and no text of the place has is said so
        absent = (
            None
            if any(k in more.text for k in question_parts.keys_of(part))
            else measure_not_here.reply(placed, tracker, turn_as_of(tracker)[0], strict=True)
        )
        if absent is not None:
            absent[0].text = f"您还问到“{part}”：\n{absent[0].text}"
            out.append(absent[0])
            continue
        quoted = [c.get("quote") for c in more.citations if c.get("quote")]
        if more.meta.get("low_confidence") or not quoted or any(q in reply.text for q in quoted):
            continue
        more.text = f"您还问到“{part}”：\n{more.text}"
        out.append(more)
    return out


class ActionAnswerQuestion(Threaded, Action):
    def name(self) -> Text:
        return "action_answer_question"

    def respond(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[EventType]:
        text = user_text(tracker)
        if not text:
            dispatcher.utter_message(json_message=Reply(dialogue.NOT_UNDERSTOOD).to_payload())
            return []
        said = turns.special(text, tracker)
        if said:
            return turns.send(dispatcher, said) + facts_said(text, tracker)
        if not tracker.active_loop.get("name") and about_a_situation(text, tracker):
            # "我们是凌源的小公司 三十来个人 没裁员 能返稳岗补贴不": whichever intent DIET reads, a question
            # about one's own situation gets the measures in scope and then the questions
            from actions.eligibility import ActionStartEligibility, opens_form  # eligibility imports this module

            return opens_form(ActionStartEligibility.start(dispatcher, tracker, new=True))
        _, _, as_of_slots = turn_as_of(tracker)
        reply, _ = answer_for(question_parts.first_question(text), tracker)
        events = [SlotSet(k, v) for k, v in as_of_slots.items()]
        if reply.meta.get("low_confidence"):
            handed, more = failed_turn(dispatcher, tracker)
            if handed:
                return events + more
            dispatcher.utter_message(json_message=reply.to_payload())
            return events + more + topic_events(text, reply)
        dispatcher.utter_message(json_message=offer_check(text, tracker, reply).to_payload())
        for more in other_parts(text, tracker, reply):  # "…稳岗返还能返多少，还有给工人培训有没有补贴"
            dispatcher.utter_message(json_message=more.to_payload())
        events += [SlotSet(FAILED, 0)] + topic_events(text, reply) + facts_said(text, tracker)
        return events + late(tracker, events)


class ActionFallback(Threaded, Action):
    """nlu_fallback: a confident search answer if there is one, else "not understood" (a failed turn)."""

    def name(self) -> Text:
        return "action_fallback"

    def respond(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[EventType]:
        if not fresh_user_turn(tracker, set(NOT_AN_ANSWER)):
            # Rasa's core fallback after another action (no rule for what follows it): the person said
            # nothing new, so answering again would repeat the last reply. Wait for them instead.
            return [FollowupAction("action_listen")]
        text = user_text(tracker)
        said = turns.special(text, tracker)
        if said:
            return turns.send(dispatcher, said)
        if not tracker.active_loop.get("name") and about_a_situation(text, tracker):
            # "俺44了 以前给人家当保洁…现在人家不用俺了…有啥帮扶没有" read by DIET as nothing it knows (eval60 CA12 heard
            # "没有理解"): one's own situation gets the measures in scope, then the questions
            from actions.eligibility import ActionStartEligibility, opens_form  # eligibility imports this module

            return opens_form(ActionStartEligibility.start(dispatcher, tracker, new=True))
        events = sure_reply(dispatcher, tracker, text)
        if events is not None:
            return events + late(tracker, events)
        handed, events = failed_turn(dispatcher, tracker)
        if not handed:
            dispatcher.utter_message(
                json_message=Reply(
                    dialogue.NOT_UNDERSTOOD, buttons=[button("转人工", "/handoff")], meta={"low_confidence": True}
                ).to_payload()
            )
        return events
