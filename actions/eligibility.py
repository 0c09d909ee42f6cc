"""Eligibility: scope the conversation, then (after the form) the summary; "还有别的" widens the scope.

action_start_eligibility runs on an eligibility question (and on facts or corrections said outside
the form): it reads the facts the message states, picks the candidate benefits by retrieval over the
message (kept when the user only adds or corrects facts), says what it understood, and hands over to
eligibility_form — or straight to the summary when nothing is left to ask.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import (
    asked_measure,
    bare_question,
    combine_question,
    definition_lead,
    duty_asked,
    ended_lead,
    exact_sentence,
    family_member,
    group_named,
    group_verdict,
    group_yes_no,
    hardship_lead,
    hired_group,
    hotline_staff,
    jobless_pay,
    known_measures,
    new_topic,
    off_topic,
    offered,
    origin_group,
    own_figures,
    past_retirement,
    payee_line,
    priority_lead,
    profile_rank,
    question_fit,
    question_parts,
    retirement_age,
    ruled_out,
    scope,
    since_school,
    spoken_facts,
    turns,
    unmet_lead,
    vocational_lead,
    within_place,
    yes_no,
)
from actions.context import turn_as_of, user_text
from actions.denied_words import without_denied, without_groups_denied
from actions.dialogue_state import MAX_QUESTIONS, leave_form, previous_action, previous_turn
from actions.earlier_facts import said_earlier
from actions.form_plan import asked_before, conversation_words, intent_of, plan, said_so_far
from actions.free_answers import TOTAL
from actions.money_said import corrected_count, corrected_sum
from actions.profile import (
    ASKED,
    CANDIDATES,
    DEPARTMENTS,
    FAILED,
    FORM_EXIT,
    LAST_ASKED,
    SCOPE_CLAUSES,
    SCOPE_TEXT,
    TOPIC,
    UNKNOWN,
    evaluate,
    in_force_ids,
    open_facts,
    profile_from_slots,
    topic_departments,
)
from actions.profile_facts import GROUP_WORDS, extract, keep_applicant, numeric_text
from actions.question_parts import MEASURE
from actions.threaded import Threaded
from actions.unheard import unheard_facts
from answers import citations, dialogue, epidemic_later, named_measure, not_yet_issued
from answers.clause_answer import search_answer
from answers.first_answer import SHOWN, in_force, measures_first
from answers.measure_exists import terms_in
from answers.models import Reply, button
from answers.questions import understood
from answers.summary import path_only, summary
from knowledge.eligibility.facts import vocabulary
from retrieval.search import search

SUMMARY = "action_eligibility_summary"
# "大连的文件里…", "大连的规定": a place's texts asked about, not where the person is
TEXTS_OF = re.compile(r"(?:市|省|县|区)?的?(?:政策)?(?:文件|规定)")
SUMMARY_BUTTONS = [
    button("还有别的补贴吗", "/more_benefits"),
    button("转人工", "/handoff"),
    button("重新开始", "/start_over"),
]


def round_events(slots: Dict[Text, Any], as_of: date, asked: List[str], words: str | None = None) -> List[EventType]:
    """Start a round of questions (none asked before in the conversation); go straight to the summary
    when there is nothing to ask."""
    slots = {**slots, ASKED: 0}
    events: List[EventType] = [SlotSet(ASKED, 0), SlotSet(LAST_ASKED, None), SlotSet(FAILED, 0)]
    _, fact = plan(slots, as_of, asked, words)
    if fact is None:
        events.append(FollowupAction(SUMMARY))
    return events


def goes_to_summary(events: List[EventType]) -> bool:
    return any(isinstance(e, dict) and e.get("event") == "followup" and e.get("name") == SUMMARY for e in events)


QUESTIONS_OFFERED = "questions_offered"
FORM_RULED = {"check_eligibility", "inform", "correct"}  # bot/data/rules.yml: the form follows the start for these
FOLLOW_UPS = {"action_answer_question", "action_fallback"}


def _with_bare_topic(text: str, tracker: Tracker) -> str:
    """ "贷款" answered, then "凌源 开小店" (eval63 FB11 was listed 低保 and 20万元 loans, never the 10万元 one): a
    situation naming no measure, right after a bare subject was answered, asks about that subject."""
    topic = tracker.get_slot(TOPIC) or ""
    # ("公益岗", then "我不是大学生 56了 能上不", eval64 GB11, heard 不能 of the graduates' loan)
    if answered_last_turn(tracker) and len(topic) <= 8 and MEASURE.search(topic) and not MEASURE.search(text):
        return f"{topic} {text}"
    return text


def answered_last_turn(tracker: Tracker) -> bool:
    """The previous turn ended in a cited answer (a free answer, a definition, a follow-up)."""
    return previous_action(tracker) in FOLLOW_UPS or any(
        ((e.get("data") or {}).get("custom") or {}).get("answer", {}).get("citations")
        for e in previous_turn(tracker)
        if e.get("event") == "bot"
    )


def follow_up_answer(dispatcher: CollectingDispatcher, tracker: Tracker, region: str) -> List[EventType]:
    """ "那凌源呢" after an answer: the same question for that place (a definition stays one)."""
    topic = tracker.get_slot(TOPIC) or user_text(tracker)
    replies, events = turns.again_for(topic, region, turn_as_of(tracker)[0], user_text(tracker))
    for reply in replies:
        dispatcher.utter_message(json_message=reply.to_payload())
    return events + [FollowupAction("action_listen")]


def opens_form(events: List[EventType]) -> List[EventType]:
    """Events of action_start_eligibility run from another action: the form follows unless the
    summary or listening already does."""
    if any(isinstance(e, dict) and e.get("event") == "followup" for e in events):
        return events
    return events + [FollowupAction("eligibility_form")]


def offered_question(tracker: Tracker) -> str:
    """The question just answered, when its "按我的情况算一算" button was pressed: its facts and
    its topic are what the person wants worked out."""
    pressed = intent_of(tracker) == "check_eligibility" or turns.typed_check_button(user_text(tracker), tracker)
    if pressed and previous_action(tracker) in FOLLOW_UPS:
        return tracker.get_slot(TOPIC) or ""
    return ""


def _local_rules_for(candidates: list[str], result: dict) -> list[str]:
    """The city's rule in the place of the province's one it sets the standard of (大连's 2500元/人 for 辽政发（十）'s
    "具体标准由各市政府确定"): eval88 EA04, a 大连 restaurant in 2020-07, heard the province's "标准由各市定" and then
    nothing, the province's dropped for the city's at the verdict and the city's never in scope."""
    by_id = {b["benefit_id"]: b for b in result["benefits"]}
    out: list[str] = []
    for c in candidates:
        out += [i for i in (by_id.get(c) or {}).get("superseded_by") or [] if i in by_id] + [c]
    return list(dict.fromkeys(out))


def answer_first(
    result: dict,
    candidates: list[str],
    slots: Dict[Text, Any],
    as_of: date,
    text: str = "",
    words: str | None = None,
    place_first: bool = True,
):
    """The measures in scope, cited, with the offer of N questions (answers/first_answer.py); those the
    message asks for by what they pay for ("买房" → 人才安家补助) first."""
    by_id = {b["benefit_id"]: b for b in result["benefits"]}
    # "现在想推个小车卖早点 自己交社保" (eval37 Z01 never heard 46号（十五）'s 30%): a measure waiting only for the work
    # the person plans is theirs to hear, with what it waits for
    plans = bool(spoken_facts.PLANNED.search(text or ""))
    # "我跑上网约车自己交社保 能补多少钱" said by a registered jobless man (eval40 H01): the measure he names by
    # what it pays for is heard with the work it waits for, not dropped for his status
    named = set(candidates) if plans else scope.titled_in(text, candidates)
    said = "（您说还在打算）" if plans else ""
    planned = {
        c: f"须{path}后申请{said}，以经办部门认定为准"
        for c in candidates
        if c in named
        and c in by_id
        and by_id[c]["status"] == "not_eligible"
        and (path := path_only(by_id[c])) is not None
        # a group never spoken of (高校毕业生 for a laid-off man of 34) is not a plan of theirs
        and not profile_rank.requires_unsaid_trait(c, profile_from_slots(slots))
        # "失业金领着呢" names, through 失业保险金, the lump sum for founding a business: one who spoke of no business
        # plans none (a laid-off man of 56 heard it first)
        and not (path == "自主创业" and not plans and profile_rank.business_unsaid(profile_from_slots(slots), text))
    }
    shown = [by_id[c] for c in candidates if c in by_id and (by_id[c]["status"] != "not_eligible" or c in planned)]
    # texts issued after the day asked are not offered (answers/not_yet_issued.py, eval36 T22)
    later = [b for b in shown if not_yet_issued.benefit_later(b, as_of)]
    shown = [b for b in shown if b not in later]
    # "俺家老伴…把她辞了 有啥补助没" in 2026 (eval52 Y21 heard 人才安家补助 for arrivals up to 2020-08-30): a measure whose
    # event window closed before the day asked, the event unsaid and the measure unnamed, is not the person's news
    # asked by its name, not by words many quotes share ("公司新招阿姨签合同的" named 聊城 第1条's 2020-02-10 window for
    # hires in 2026, eval58 B10)
    asked = scope.titled_in(text, candidates)
    # a measure whose own facts the person has stated (春节期间开工 人·天数) is theirs to hear, its window closed or not
    said = {
        k for k in profile_from_slots(slots) if k not in ("region", "applicant_type", "employees", "enterprise_size")
    }
    shown = [
        b
        for b in shown
        if not offered.window_gone(b)
        or b["benefit_id"] in asked
        or offered.name_said(text, b)
        or profile_rank.reads(b["benefit_id"]) & said
    ] or shown
    lead = ""
    if not shown and later:  # what applied then for this person, after the word that the matching text came later
        named = scope.titled_in(text, [b["benefit_id"] for b in later])  # "用工补贴能领多少": that one named first
        later.sort(key=lambda b: b["benefit_id"] not in named)
        lead = not_yet_issued.later_line(later, as_of)
        shown = [
            b
            for b in result["benefits"]
            if b["status"] != "not_eligible" and in_force(b) and not not_yet_issued.benefit_later(b, as_of)
        ]
        candidates = [b["benefit_id"] for b in shown]
        if not shown:
            return Reply(
                not_yet_issued.nothing_then_reply(lead, slots.get("region"), as_of),
                buttons=[button("转人工", "/handoff")],
                meta={"not_yet_issued": True},
            )
    shown = profile_rank.first_reply_order(
        shown,
        profile_from_slots(slots),
        scope.named_in(text, candidates),
        text,
        scope.titled_in(text, candidates),
        SHOWN,
        (spelled := scope.spelled_in(text, candidates)) | scope.same_base(spelled, candidates),
        as_of,
    )
    if not shown:
        return None
    # "我45 在厂里上班 交了十来年社保 我有啥能享受的" (eval44 D07): the measures of one at work lead
    working = set(scope.for_workers(profile_from_slots(slots), slots.get("region")))
    shown.sort(key=lambda b: b["benefit_id"] not in working)
    # "25个工人都交着社保" (eval46 N02 heard the large firms' 减半 first): under 200 staff no industry's firm is large
    # (《中小企业划型标准规定》), so a large firm's measure is not listed first; its size is still asked, never assumed
    staff = slots.get("employees")
    if isinstance(staff, int) and staff < 200 or slots.get("enterprise_size") in ("micro", "small", "medium"):
        shown = [b for b in shown if not profile_rank.for_large_firms(b["benefit_id"])] or shown
    # "社保能缓交吗" (eval38 K10 heard the 医保 rate cut first): the one measure a yes/no question names leads
    titled = scope.titled_in(text, [b["benefit_id"] for b in shown]) if ended_lead.asks_yes_no(text) else set()
    if len(titled) == 1:
        shown.sort(key=lambda b: b["benefit_id"] not in titled)
    # "社保能免吗" (eval42 F02, 9 staff, heard 不能 of the large firms' 减半): the measure doing what is asked (免) first
    verbs = new_topic.doing_named(text, first=True)
    if verbs:  # of the thing named: "社保能缓缴吗" is no 农民工工资保证金 deferral (eval76 SA06)
        shown.sort(key=lambda b: not any(a in b["name"] for a in verbs) or scope.other_thing(text, b["name"]))
    current = [c for c in candidates if c in in_force_ids(result)]
    profile = profile_from_slots(slots)
    unfit = question_fit.not_for(vocabulary(), profile, text if words is None else words)
    n = min(MAX_QUESTIONS, len(open_facts(result, current, [*(slots.get(UNKNOWN) or []), *unfit])))
    worked = {**planned, **own_figures.first_reply_totals([b["benefit_id"] for b in shown[:SHOWN]], text, as_of)}
    reply = measures_first(shown, as_of, date.today(), n, worked, not profile.get("region"), place_first)
    reply.meta[QUESTIONS_OFFERED] = n  # the first question then does not announce them again
    if lead:  # the list's own head ("与您的问题相关的政策有") would call them the ones asked about
        body = reply.text.split("\n", 1)
        reply.text = f"{lead}当时已印发的文件中，与您的身份相符的有：\n{body[1] if len(body) > 1 else body[0]}"
    return reply


def with_leads(first: Reply | None, profile: dict, text: str, as_of: date) -> Reply | None:
    """The first reply with what answers the question itself before the measures: the sentence placing the
    person's group, the exact sentence asked about, "…文件里没有…", "能，须符合…"."""
    first = group_sentence(first, profile, as_of, text)
    first = definition_lead.lead(first, text, profile, as_of)  # "啥叫灵活就业人员…我跑滴滴算不算"
    first = exact_sentence.lead(first, text, profile.get("region"), as_of, profile)  # 创业带头人 个体工商户
    first = yes_no.exists_lead(first, text, profile.get("region"), as_of)  # "…文件里没有…"
    first = named_measure.lead(first, text, profile.get("region"), as_of)  # "还有个失业补助金 有没有这个"
    first = group_yes_no.lead(first, text, profile.get("region"), as_of)  # "个体户能不能享受…贷款"
    first = jobless_pay.lead(first, text, profile, as_of)  # "失业金能领不": what the texts say of it, first
    first = hardship_lead.lead(first, text, profile, as_of)  # "家里没钱了！！凌源有啥救济"
    first = unmet_lead.lead(first, text, profile, as_of)  # "4月份招的…1000块…能领吗": 不能, the condition failed
    first = combine_question.lead(first, text, profile, as_of)  # "7800的扣税和2500的补贴能一起享受吗"
    first = past_retirement.lead(first, text, profile, as_of)  # "我婆婆…六十岁了 没有退休金 有啥补贴"
    first = since_school.lead(first, text, profile, as_of)  # "我23年7月毕业的 到现在还算离校2年内吗"
    first = origin_group.lead(first, text, profile, as_of)  # "聊城对我们湖北的毕业生有没有什么照顾政策"
    first = priority_lead.lead(first, text, profile, as_of)  # "建档立卡贫困户 公益性岗位我能优先不"
    if first is not None and first.meta.get(priority_lead.NAMED):
        # "公益岗…我们建档立卡的能优先安排不" (eval68 KA03 heard 不能 of a graduates' measure above the 优先 sentence)
        return first
    first = hired_group.lead(first, text, profile, as_of)  # "合作社雇了村里十来个贫困户 有啥补贴"
    first = hired_group.for_employer(first, text, profile, as_of)  # "进了个小公司…公司能领啥"
    first = vocational_lead.lead(first, text, profile, as_of)  # "儿子中职毕业两年了 一直没找到工作"
    first = asked_measure.lead(first, text, profile.get("region"), as_of)  # "退役军人有专门的培训吗"
    return ended_lead.lead(first, text, profile, as_of)  # "现在能不能享受7800": 不能, ended on …


def said_before(tracker: Tracker, text: str, as_of: date) -> Dict[Text, Any]:
    """Facts of the question answered just before, not yet stored ("大连 稳岗反还 大型企业 能返不" answered
    from the text, then "俺们企业去年效益不好" starts the questions: 大型企业 is not asked again)."""
    unheard = {**said_earlier(tracker, as_of), **unheard_facts(tracker, as_of)}  # unheard: the dialogue was down
    before = tracker.get_slot(TOPIC) or ""
    if not before or before == text or not answered_last_turn(tracker):
        return unheard
    found = keep_applicant(extract(before, as_of), tracker.get_slot("applicant_type"), before)
    return {**unheard, **{k: v for k, v in found.items() if tracker.get_slot(k) is None}}


# "我是金州的失地农民，失业一年多了，算不算" (eval9 G21): whether the group counts is the question itself
COUNTS_ASKED = re.compile(r"算不算|算吗|算么|能不能算|属不属于|属于不属于|是不是属于|够不够")


def group_sentence(first, profile: dict, as_of: date, text: str = ""):
    """The sentence that places the person's group among others (连续失业1年以上的退役军人 "参照就业困难
    人员享受相关政策"), quoted after the measures, or before them when the message asks whether the group
    counts; on its own when no measure is listed."""
    words = [GROUP_WORDS[f] for f in profile_rank.stated_groups(profile) if f in GROUP_WORDS]
    cites = profile_rank.definition_citations(profile, as_of, words) if words else []
    if not cites:
        return first
    asked = bool(COUNTS_ASKED.search(text))
    lines = [
        f"{'按' if asked else '另外，'}{c.get('doc_number') or c.get('doc_name')}{citations.clause_label(c)}"
        f"规定：“{c['quote']}”"
        for c in cites
    ]
    if asked:
        lines.append(group_verdict.verdict(profile, as_of, words, [c["quote"] for c in cites]))
    if first is None:
        return Reply("\n".join(lines), cites)
    first.text = "\n".join(lines) + "\n" + first.text if asked else first.text + "\n" + "\n".join(lines)
    first.citations = cites + list(first.citations) if asked else list(first.citations) + cites
    return first


# what the asker said of themselves, not carried to someone else asked about
OWN_TRAITS = ("age", "employment_status", "gender", "years_to_retirement")


class ActionStartEligibility(Threaded, Action):
    def name(self) -> Text:
        return "action_start_eligibility"

    def respond(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[EventType]:
        typed = user_text(tracker)
        # "按我的情况算一算" typed out and read by DIET as another intent (eval33 W03: as_of_date, and the answer before
        # was said again) is the button: a new eligibility question, as pressing it is
        new = intent_of(tracker) == "check_eligibility" or (bool(typed) and turns.typed_check_button(typed, tracker))
        if (
            intent_of(tracker) == "check_eligibility"
            and not turns.typed_check_button(typed, tracker)
            and (hotline_staff.short_lookup(tracker, typed) or duty_asked.asked(typed, tracker, turn_as_of(tracker)[0]))
        ):
            # an agent's short lookup, read by DIET as a situation; a duty of a text asked ("裁员要提前多少天通知工会")
            return [FollowupAction("action_answer_question")]
        if new and tracker.get_slot(CANDIDATES) and TOTAL.search(user_text(tracker) or ""):
            # "最后到底能拿多少" after a summary: the same round summed again, not a new question (eval7 R06)
            new = False
        events = self.start(dispatcher, tracker, new=new)
        if intent_of(tracker) not in FORM_RULED:
            # run as another action's follow-up ("按我的情况算一算" typed and read as another intent, eval9 G27): no
            # rule opens the form after it, and the person read "我问您几个问题" with no question
            return opens_form(events)
        return events

    @staticmethod
    def start(dispatcher: CollectingDispatcher, tracker: Tracker, new: bool) -> List[EventType]:
        """`new`: the message is a new eligibility question (scoped afresh), not only facts said."""
        as_of, _, updates = turn_as_of(tracker)
        typed = user_text(tracker)
        titled = bool(typed) and turns.typed_check_button(typed, tracker)  # "按我的情况算一算" typed out
        said_turn = turns.special(typed, tracker) if typed and not titled else None
        if said_turn:  # a definition, a follow-up, English, "？？？"…: answered, no form
            return turns.send(dispatcher, said_turn) + [FollowupAction("action_listen")]
        # the button's title typed (WeChat, eval6 E04) is the button: the question it was offered under
        text = (offered_question(tracker) or typed) if titled or not typed else typed
        text = without_denied(text)  # "啥人才安家的跟我有啥关系。我现在没活干…": the rest is the question
        found = keep_applicant(extract(text, as_of), tracker.get_slot("applicant_type"), text)
        if family_member.switched(said_so_far(tracker)[:-1], text):  # another family member's facts (eval8 F23)
            found = family_member.replaced(
                family_member.others_dropped(said_before(tracker, text, as_of), found), tracker.slots
            )
        else:
            found = {**said_before(tracker, text, as_of), **found} or {
                **corrected_sum(text, tracker.slots),
                **corrected_count(text, tracker.slots),
            }
        found = spoken_facts.end_ahead(found, tracker.slots, text)  # "失业金领完了咋整" while drawing it
        if past_retirement.FOR_OTHERS.search(text) and said_so_far(tracker)[:-1]:
            # "不是我 是邻居家闺女…" (eval102 SA11, 65, asked for a neighbour's daughter and heard her own age three times):
            # the asker's own age, work and sex said before are not the one asked about
            found = {**{k: None for k in OWN_TRAITS if tracker.get_slot(k) is not None}, **found}
        if "layoff_rate" not in found:  # the people laid off said again, of the staff said before (eval30 Q03)
            found.update(spoken_facts.relaid(numeric_text(text), {**tracker.slots, **found}))
        if (
            set(found) == {"region"}
            and not tracker.get_slot(CANDIDATES)
            and answered_last_turn(tracker)
            and turns.switch_place(text, tracker) is not None  # "那我自己要是想在凌源创业开个店能贷款吗" is a question
        ):
            # "那凌源呢" right after a free answer: the same question about another place
            return follow_up_answer(dispatcher, tracker, found["region"])
        slots = {**tracker.slots, **updates, **found}
        unknown = [f for f in (slots.get(UNKNOWN) or []) if f not in found]
        # worked, not judged: the office's, never asked (大连: "按国家和省有关规定")
        unknown = spoken_facts.layoffs_open(found, found.get("region") or tracker.get_slot("region"), unknown)
        slots[UNKNOWN] = unknown
        profile = profile_from_slots(slots)
        candidates = slots.get(CANDIDATES)
        scope_text = slots.get(SCOPE_TEXT) or text
        moved = any(k in found and found[k] != tracker.get_slot(k) for k in ("region", "applicant_type"))
        bare = bool(typed) and bare_question.is_bare(text) and not found.keys() - {"region"}
        carried = False
        if new or not candidates:
            scope_text = _with_bare_topic(text, tracker)
            carried = scope_text != text
        if new or not candidates or moved:
            # a new question, or a new place or applicant type: the rules in play change
            # "大连的文件里对企业不裁员有什么支持" (eval76 SB10, a lawyer, heard 凌源's and 聊城's 50% first): the one place
            # whose texts are asked about scopes them, though it is not said to be where the person is
            texts_of = (
                within_place.one_place(scope_text)
                if not profile.get("region") and TEXTS_OF.search(scope_text or "")
                else None
            )
            candidates, clauses = scope.for_person(scope_text, profile, as_of, texts_of)  # for the group described
            asked_parts = question_parts.parts(scope_text)
            for part in asked_parts:
                # "招就业困难人员有补贴吗？还有稳岗返还今年能返不" (eval82 YB06 heard only the 稳岗返还): each question's own
                # measures, the first's first
                more, more_clauses = scope.for_person(
                    question_parts.with_place(part, scope_text), profile, as_of, texts_of
                )
                candidates = list(dict.fromkeys([*more[:3], *candidates, *more]))
                clauses = list(dict.fromkeys([*clauses, *more_clauses]))
            result = evaluate(profile, as_of)
            candidates = _local_rules_for(candidates, result)
            if bare:  # "大连有啥补贴": the place's measures for whoever is asking, found by the questions
                candidates = scope.for_person("", profile, as_of)[0]
            if not candidates or off_topic.unrelated(text, candidates, result):  # "见习一个月给多少" and 凌源's
                # 安家补助 (eval30 Q02); but the button pressed under a question no measure answers (eval33 W03 heard
                # that answer again) asks for the questions: the person's measures, as the payload scopes them
                candidates = scope.for_person("", profile, as_of)[0] if titled else []
            current = [c for c in candidates if c in in_force_ids(result)]
            # asked for by name as the texts write it ("稳岗返还"; not a kin word of the lexicon's, "社保能免" →
            # 减半征收): those in force are the ones listed and asked about, not the neighbours their clauses share
            # (eval44 D18 was asked about new hires); one the facts rule out leads with 不能 over the rest instead
            named_now = scope.spelled_in(text, current, scope.PAYS)
            ruled = {b["benefit_id"] for b in result["benefits"] if b.get("status") == "not_eligible"}
            if named_now and not named_now & ruled and not asked_parts:
                # and whatever else it names in other words ("稳岗返还…还有社保减免和缓缴", eval46 N02)
                named_now |= scope.titled_in(text, current)
                # and the measures of the same clauses ("住宿补助多少" then "核酸检测呢": one clause, tests/live n33)
                named_now |= scope.same_clauses(named_now, current)
                named_now |= scope.same_base(named_now, current)  # the same money under another name
                candidates = [c for c in candidates if c in named_now or c not in current]
                current = [c for c in current if c in named_now]
            first = None
            if clauses and typed and (scope_text == text or carried) and not bare:  # a benefit, a group, a situation
                # an agent's lookup lists every place's measures; a person is asked where they are first
                lookup = hotline_staff.asks_measures_only(tracker, found, typed)
                first = with_leads(
                    answer_first(result, candidates, slots, as_of, scope_text, conversation_words(tracker), not lookup),
                    profile,
                    scope_text,
                    as_of,
                )
            if first is None and typed and not bare:  # no measure in scope, yet a sentence answers (eval50 Q20)
                first = hired_group.lead(priority_lead.lead(None, text, profile, as_of), text, profile, as_of)
                first = hired_group.for_employer(first, text, profile, as_of)  # "公司雇他 公司能得啥" (eval70 MA08)
            if first is None and typed and not bare:  # "有没有帮着介绍工作的" with no measure in scope (eval53 L01)
                # a lead alone, said whole before the summary (eval85: "…没给上保险 现在失业了 有没有啥补助" in 凌源 had
                # nothing else in scope and heard nothing at all)
                led = asked_measure.lead(
                    Reply("", meta={priority_lead.LEAD_ONLY: True}), text, profile.get("region"), as_of, plain_only=True
                )
                first = led if led is not None and led.text.strip() else None
            candidates = [] if first is not None and first.meta.get("past_retirement") else current
            updates.update({CANDIDATES: candidates, SCOPE_CLAUSES: clauses, SCOPE_TEXT: scope_text, TOPIC: scope_text})
            slots[CANDIDATES] = candidates
        else:
            first = None
        _, notice = turns.place_of(text)  # "我在沈阳…": which level the measures come from
        if bare and slots.get(CANDIDATES):
            notice = "\n".join(x for x in (notice, bare_question.line(str(profile.get("region") or ""))) if x)
        said = understood({k: profile[k] for k in profile if k in found}, text)
        if not (first is not None and first.meta.get("past_retirement")):  # said there, with what the texts offer
            said = "\n".join(x for x in (said, retirement_age.past_line(profile, as_of, found)) if x)
        if said or notice:
            dispatcher.utter_message(text="\n".join(x for x in (notice, said) if x))
        events = [SlotSet(k, v) for k, v in {**updates, **found, UNKNOWN: unknown}.items()]
        rounds = (
            round_events(slots, as_of, asked_before(tracker), conversation_words(tracker))
            if slots.get(CANDIDATES)
            else []
        )
        staff = first is not None and not titled and hotline_staff.asks_measures_only(tracker, found, typed)
        if staff and rounds and not goes_to_summary(rounds):  # an agent's lookup: the measures, no questions
            dispatcher.utter_message(json_message=hotline_staff.offered_to_staff(first).to_payload())
            events.append(SlotSet(DEPARTMENTS, [d for c in first.citations for d in c.get("departments", [])][:5]))
            return events + [FollowupAction("action_listen")]
        if first is not None:
            # nothing left to ask: the summary follows in this reply with these measures in full, so the
            # list is not said first (12345 evaluation 6: the 12500元 listing then the summary, twice)
            if not goes_to_summary(rounds):
                dispatcher.utter_message(json_message=first.to_payload())
            elif lead := leads_of(first):  # "不能：…已于…到期" answers the question before the summary lists them all
                dispatcher.utter_message(json_message=Reply(lead, first.citations[:1]).to_payload())
            events.append(SlotSet(DEPARTMENTS, [d for c in first.citations for d in c.get("departments", [])][:5]))
        if not slots.get(CANDIDATES):  # nothing in force bears on the question: answered, nothing to ask
            if first is None:
                # "…凌源这边有那个就业见习吗 她能去不" (eval43 E22 heard 凌源's graduates' 公益性岗位): the measure named
                # leads the query, over the graduate words around it
                keys = " ".join(off_topic.named(text))
                query = f"{keys} {without_groups_denied(text)}"[:200]  # not "不是低保"'s 低保 (eval63 FA01)
                found = search(query, region=profile.get("region"), top_k=5, as_of=as_of).model_dump()
                if keys:  # the hit whose matched sentence names it first
                    found["results"].sort(
                        key=lambda h: not any(k in "".join(h.get("highlights") or []) for k in keys.split())
                    )
                found = ruled_out.drop(found, profile, as_of)  # not the 湖北籍 sentence to one not 湖北籍 (eval31 T19)
                found = epidemic_later.after_others(found, text, as_of)  # 2020's 见习暂时中断 asked in 2026 (FA01)
                # "…上个月厂子不干了…有啥帮扶没有" in 2026 (eval56 O12 heard 人才安家补助 by its "对口帮扶", twice): a
                # measure whose event window closed is not led with, unless its own words were asked
                pool = list(found["results"])
                found = offered.matching(found, profile)  # nor an ended measure, nor a firm's to a person
                found = group_named.prefer(found, text, pool)  # "那退役的能参加免费培训不": the clause naming them
                open_ = [h for h in found["results"] if not offered.window_closed_hit(h, as_of)]
                if open_ and len(open_) < len(found["results"]) and not scope.titled_in(text, candidates or []):
                    found = {**found, "results": open_}
                # "25届…在大连见习…见习补贴是我自己领还是公司领" (eval96 MA04 heard 18号（十三）'s 1/3 sentence, ended 2020, under
                # every answer): a hit whose sentence still stands before one whose sentence has ended
                found = {**found, "results": offered.standing_first(found["results"], text, keys.split(), as_of)}
                reply = search_answer(found)
                if found["results"] and (line := payee_line.unit_only(found["results"][0], profile, reply.text)):
                    reply.text = payee_line.placed(reply.text, line)
                dispatcher.utter_message(json_message=reply.to_payload())
            return events + [SlotSet(CANDIDATES, None), FollowupAction("action_listen")]
        return events + rounds


# the list's head, of measures in force or of those all ended ("以下1项相关措施均已到期", eval47 R12's priority lead)
LIST_HEAD = re.compile(
    r"^按.{2,16}(?:的政策，(?:与您的问题相关的政策有|以下\d+项相关措施)|，收录的文件中与您的问题直接相关的规定当时还没有出台)",
    re.M,
)  # and the head naming a text not yet issued (eval50 Q20's lead on hiring poor villagers came before it)


def leads_of(first: Reply) -> str:
    """What the first reply says before its list of measures (a 不能/能 lead, the sentence asked about), or ""."""
    if first.meta.get(priority_lead.LEAD_ONLY):
        return first.text
    m = LIST_HEAD.search(first.text)
    return first.text[: m.start()].strip() if m else ""


NAMES_MEASURE = re.compile(r"\d{3,}|\d+(?:\.\d+)?\s*[%％]")  # a figure of a standard: "每人4000的"


class ActionMoreBenefits(Threaded, Action):
    def name(self) -> Text:
        return "action_more_benefits"

    def respond(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[EventType]:
        said = turns.special(user_text(tracker), tracker)
        if said:  # "这个能领几个月啊" read as more_benefits: a follow-up on the clause just cited, and no form after it
            return turns.send(dispatcher, said) + [FollowupAction("action_listen")]
        if NAMES_MEASURE.search(user_text(tracker)) or terms_in(user_text(tracker)):
            # "学徒那个每人每年4000的 今年还有没" (eval21 S24) names a measure: a question about it, not "what else"
            return opens_form(ActionStartEligibility.start(dispatcher, tracker, new=True))
        as_of, _, updates = turn_as_of(tracker)
        if {k for k in extract(user_text(tracker), as_of) if k != "applicant_type"}:
            # "不是我是我媳妇 她今年41 离退休还早着呢…还有别的办法没" (eval33 W10: nothing said back, the question
            # asked again): the facts it states are read, as any message stating them is
            return opens_form(ActionStartEligibility.start(dispatcher, tracker, new=False))
        profile = profile_from_slots(tracker.slots)
        current = list(tracker.get_slot(CANDIDATES) or [])
        wider = current + [
            b for b in scope.all_candidates(profile.get("applicant_type"), profile.get("region")) if b not in current
        ]
        if current and len(wider) == len(current):
            dispatcher.utter_message(text=dialogue.ALL_SHOWN)
        slots = {**tracker.slots, **updates, CANDIDATES: wider}
        events = [SlotSet(k, v) for k, v in updates.items()] + [SlotSet(CANDIDATES, wider)]
        events += round_events(slots, as_of, asked_before(tracker), conversation_words(tracker))
        if tracker.active_loop.get("name") and any(
            isinstance(e, dict) and e.get("event") == "followup" for e in events
        ):
            events = leave_form() + events  # straight to the summary
        return events


class ActionEligibilitySummary(Threaded, Action):
    def name(self) -> Text:
        return SUMMARY

    def respond(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[EventType]:
        if tracker.get_slot(FORM_EXIT):  # the form ended in a hand-off: nothing to sum up
            return [SlotSet(FORM_EXIT, None)]
        as_of, _, updates = turn_as_of(tracker)
        candidates = tracker.get_slot(CANDIDATES)
        profile = profile_from_slots(tracker.slots)
        result = evaluate(profile, as_of)
        # a measure waiting only on a role never spoken of is not this person's (question_fit never asked it)
        others = question_fit.other_roles(result["benefits"], profile, conversation_words(tracker))
        # a measure failed on another condition, for a group the person never said they are in (eval76 SA05, a veteran,
        # read the disabled founders' 6000元 as "不符合…正常运营6个月以上"; SA11 the graduates' 上浮 as his next step)
        unsaid = {
            b["benefit_id"]
            for b in result["benefits"]
            if b["status"] == "not_eligible" and profile_rank.requires_unsaid_trait(b["benefit_id"], profile)
        }
        scope = set(candidates) - others - unsaid if candidates else None
        reply = summary(result, scope=scope, today=date.today(), order=list(candidates or []))
        if not reply.meta.get("eligible") and turns.IMPATIENT.search(user_text(tracker)):
            # "你问这么多干啥直接告诉我": what applies to what is known, not a dead end (12345 E11)
            reply = known_measures.for_tracker(tracker, as_of, result)
        reply.buttons = list(SUMMARY_BUTTONS)
        dispatcher.utter_message(json_message=reply.to_payload())
        asked = offered.asked_after_impatience(user_text(tracker))
        if (
            asked
        ):  # "不知道 别问了 你就说养羊有没有培训" (eval55 I08 gave up): the questions end, the question is answered
            from actions.cited_replies import answer_for

            more, _ = answer_for(asked, tracker)
            if not more.meta.get("low_confidence"):
                more.text = f"您问的“{asked}”：\n{more.text}"
                dispatcher.utter_message(json_message=more.to_payload())
        uninsured = (
            hardship_lead.for_uninsured(profile.get("region"), as_of)
            if profile.get("meets_unemployment_insurance_conditions") is False
            and profile.get("applicant_type") in (None, "person")
            else None
        )
        if uninsured is not None:  # never insured: the help for those without 失业保险待遇, not the nearest clause
            dispatcher.utter_message(json_message=uninsured.to_payload())
        elif not reply.meta.get("eligible") and not reply.meta.get(
            "known_measures"
        ):  # nothing settled: the clauses matching what the person said
            said = tracker.get_slot(SCOPE_TEXT) or tracker.get_slot(TOPIC) or ""
            region = profile_from_slots(tracker.slots).get("region")
            if said:
                asked = without_denied(said)[:200]  # "不是做防疫的" is no word to match by (eval71 NA01)
                response = offered.consultable(
                    search(asked, region=region, top_k=5, as_of=as_of).model_dump(), profile, as_of
                )
                found = search_answer(response, notice=dialogue.MATCHING_CLAUSES)
                if response["results"] and not found.meta.get("low_confidence"):
                    dispatcher.utter_message(json_message=found.to_payload())
        return [SlotSet(k, v) for k, v in updates.items()] + [
            SlotSet(ASKED, 0),
            SlotSet(LAST_ASKED, None),
            SlotSet(FAILED, 0),
            SlotSet(TOPIC, tracker.get_slot(SCOPE_TEXT) or tracker.get_slot(TOPIC)),
            SlotSet(DEPARTMENTS, topic_departments(result, candidates)),
            # Reached as a follow-up (nothing to ask) no rule says what comes next: without this Rasa's
            # core fallback runs action_fallback until its circuit breaker trips, repeating the answer.
            FollowupAction("action_listen"),
        ]
