"""Turns beside the main paths: greeting, help, out of scope, "为什么问这个", "重新开始", "算了",
a new as-of date, and a bare yes/no outside the form."""

from __future__ import annotations

import re
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, AllSlotsReset, EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import clause_in_play, dont_know_after, free_answers, summary_answer, tax_asked, turns
from actions.cited_replies import confident_answer, offer_check, sure_reply, topic_events
from actions.context import AS_OF_SLOT, date_in_text, turn_as_of, user_text
from actions.dialogue_state import buttons_of, leave_form, previous_turn
from actions.form import CUES
from actions.handoff import send_handoff
from actions.profile import (
    ASKED,
    CANDIDATES,
    FAILED,
    LAST_ASKED,
    TOPIC,
    deciding_benefits,
    evaluate,
    profile_from_slots,
)
from actions.profile_facts import extract
from actions.threaded import Threaded
from answers import dialogue, notices
from answers.clause_answer import search_answer
from answers.models import Reply, button
from answers.questions import understood, why_ask
from answers.sentences import compact, record_of
from retrieval.search import search


def words_first(tracker: Tracker):
    """The reply the words settle whatever the intent (actions/turns.py), or None."""
    return turns.special(user_text(tracker), tracker)


def send(dispatcher: CollectingDispatcher, reply: Reply) -> None:
    dispatcher.utter_message(json_message=reply.to_payload())


class ActionGreet(Threaded, Action):
    def name(self) -> Text:
        return "action_greet"

    def respond(self, dispatcher, tracker, domain) -> List[EventType]:
        said = words_first(tracker)
        if said:  # "hello": the Chinese and English word on what the assistant does
            return turns.send(dispatcher, said)
        text = user_text(tracker)
        if text and set(extract(text, turn_as_of(tracker)[0])) - {"applicant_type"}:
            # "还早呢 我才38" read as a greeting mid-form (eval12 J22 heard the welcome and the question again)
            return [FollowupAction("action_start_eligibility")]
        send(dispatcher, Reply(notices.WELCOME))
        return []


class ActionHelp(Threaded, Action):
    def name(self) -> Text:
        return "action_help"

    def respond(self, dispatcher, tracker, domain) -> List[EventType]:
        said = words_first(tracker)
        if said:
            return turns.send(dispatcher, said)
        text = user_text(tracker)
        if text and not HELP_ASKED.search(text):
            # "你咋还说企业？我是个人来问的", "你一直在重复 我问的是…" (eval29 P05, P14 heard the introduction): words
            # addressed to the assistant that are not about it are a correction or a question
            found = extract(text, turn_as_of(tracker)[0])
            if found and any(tracker.get_slot(k) != v for k, v in found.items()):
                return [FollowupAction("action_start_eligibility")]
            if found:  # "我是个人来问的" when that is already known: said back, and the way on
                said = f"{understood(found, text)}\n请接着说您想问的政策，或点“{dialogue.CHECK_MINE}”。"
                send(dispatcher, Reply(said, [], [button(dialogue.CHECK_MINE, "/check_eligibility")]))
                return []
            events = sure_reply(dispatcher, tracker, text)
            if events is not None:
                return events
        send(dispatcher, Reply(notices.HELP))
        return []


# what asks about the assistant itself (bot/data/nlu/basic.yml, intent help)
HELP_ASKED = re.compile(
    r"帮助|help|说明|功能|怎么用|咋用|咋弄|怎么问|咋问|该怎么|能(?:干|做|问|查|帮|回答)|会(?:干|做)?(?:什么|啥)|"
    r"你是|是人|真人|机器|人工智能|ai|智能客服|自动回复|干什么的|是什么$|这是啥",
    re.I,
)


# "好的谢谢" and the like; what follows them may be a question of its own
THANKED = re.compile(
    r"^[\s，,。.!！]*(?:好的|好|行|嗯|哦|明白了?|知道了?|懂了)?[\s，,。.!！]*(?:谢谢|多谢|感谢|谢了|谢啦)(?:你|您)?(?:了|啦)?[\s，,。.!！]*"
)
ASKS = re.compile(r"[?？]|吗|么|不$|没有|多少|几|怎么|咋|哪|啥|什么|能不能|可不可以|有没有")


class ActionThanks(Threaded, Action):
    """ "好的谢谢。另外我自己按灵活就业交社保，这个有补贴吗？" (eval30 Q09 heard only "不客气"): the thanks, then the
    question after them answered as a question."""

    def name(self) -> Text:
        return "action_thanks"

    def respond(self, dispatcher, tracker, domain) -> List[EventType]:
        text = user_text(tracker)
        rest = THANKED.sub("", text or "", count=1).lstrip("另外还有再问一下，, ")
        if len(rest) >= 5 and ASKS.search(rest):
            said = turns.special(rest, tracker)
            if said:
                return turns.send(dispatcher, said)
            events = sure_reply(dispatcher, tracker, rest)
            if events is not None:
                return events
        send(dispatcher, Reply(dialogue.THANKS))
        return []


class ActionOutOfScope(Threaded, Action):
    def name(self) -> Text:
        return "action_out_of_scope"

    def respond(self, dispatcher, tracker, domain) -> List[EventType]:
        text = user_text(tracker)
        # "住房公积金能缓交不" is a policy question DIET calls out of scope: the search is sure of it.
        # A place outside coverage is said only for a policy question ("帮我订去北京的火车票" is not).
        reply = confident_answer(text, tracker)
        # "税呢？？问你税" (eval101 RB11, an owner in 凌源, heard "超出了我的服务范围"; 凌源 三、（二） writes a 税前扣除)
        reply = reply or tax_asked.reply(text, tracker.get_slot("region"), turn_as_of(tracker)[0])
        said = turns.special(text, tracker, places_too=reply is not None)
        if said:  # English, "？？？", a place outside, a definition DIET called out of scope
            return turns.send(dispatcher, said)
        if reply is not None:
            dispatcher.utter_message(json_message=offer_check(text, tracker, reply).to_payload())
            return [SlotSet(FAILED, 0)] + topic_events(text, reply)
        send(dispatcher, Reply(notices.OUT_OF_SCOPE, meta={"out_of_scope": True}))
        return []


class ActionGoodbye(Threaded, Action):
    """goodbye: DIET reads a short statement of facts as goodbye ("俺56岁女的"). Only a goodbye's
    own words end the conversation; stated facts are read as facts said outside the form."""

    def name(self) -> Text:
        return "action_goodbye"

    def respond(self, dispatcher, tracker, domain) -> List[EventType]:
        text = user_text(tracker)
        if text and not CUES["goodbye"].search(text):
            said = words_first(tracker)
            if said:
                return turns.send(dispatcher, said)
            if extract(text, turn_as_of(tracker)[0]):
                from actions.eligibility import ActionStartEligibility, opens_form

                return opens_form(ActionStartEligibility().respond(dispatcher, tracker, domain))
            if len(text) >= 6:  # "另外12项也列出来" (eval21 S19 heard "再见！" twice): a question, answered as one
                return [FollowupAction("action_answer_question")]
        dispatcher.utter_message(response="utter_goodbye")
        return []


class ActionWhyAsk(Threaded, Action):
    def name(self) -> Text:
        return "action_why_ask"

    def respond(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[EventType]:
        said = words_first(tracker)
        if said:  # "这个钱找哪个部门要" read as why_ask: a follow-up on the clause just cited
            return turns.send(dispatcher, said)
        fact = tracker.get_slot("requested_slot") if tracker.active_loop.get("name") else None
        if not fact and len(re.sub(r"[^\u4e00-\u9fff]", "", user_text(tracker))) >= 8:
            # "凌源的 问那么多干啥 就说多少钱" with no question pending (eval23 U16 heard "目前没有需要您回答的问题"): the
            # question in it is answered
            return [FollowupAction("action_answer_question")]
        names: list[str] = []
        if fact:
            as_of, _, _ = turn_as_of(tracker)
            result = evaluate(profile_from_slots(tracker.slots), as_of)
            names = [b["name"] for b in deciding_benefits(result, tracker.get_slot(CANDIDATES), fact)]
        send(dispatcher, why_ask(fact, names))
        return []


class ActionStartOver(Threaded, Action):
    def name(self) -> Text:
        return "action_start_over"

    def respond(self, dispatcher, tracker, domain) -> List[EventType]:
        text = user_text(tracker)
        if text and not CUES["start_over"].search(text):
            # "帮我查一下我的社保缴费记录" read as start_over: nothing is cleared without the words for it
            return ActionOutOfScope().respond(dispatcher, tracker, domain)
        send(dispatcher, Reply(dialogue.RESTARTED))
        return [ActiveLoop(None), AllSlotsReset()]


# the words of stopping and the fillers around them; what is left is a new question
STOP_WORDS = re.compile(
    r"算了|不问了|不用问了|别问了|不要问了|不想回答|不答了|停|结束|先这样|那你|你先|先说说|说说|那|吧|啊|呀|了|的|，|,|。|\s"
)


STOPPING = re.compile(
    r"算了|罢了|不问|不查|不用查|不弄|不填|不搞|不整|不做|不测|不继续|不需要|别问|别查|不要问|不想|不答|停|结束|先这样|到此|到这|"
    r"够了|不用了|不要了|就这样|拉倒|取消|退出|中止|没兴趣|懒得"
)


class ActionStopForm(Threaded, Action):
    def name(self) -> Text:
        return "action_stop_form"

    def respond(self, dispatcher, tracker, domain) -> List[EventType]:
        said = words_first(tracker)
        if said:  # "算了，我还是问问聊城的吧": not a stop, a move
            return leave_form() + turns.send(dispatcher, said)
        rest = STOP_WORDS.sub("", user_text(tracker))
        # "写了金额的" after a list (eval52 Y17 heard "不再继续提问"): no word of stopping, a question on the list
        unstopped = bool(rest) and not STOPPING.search(user_text(tracker))
        if (
            len(rest) >= 4 or unstopped
        ):  # "算了 那你先说说 凌源失业了有啥补助" (eval11 I33): the stop ends the questions, not the talk
            follow = "action_start_eligibility" if extract(rest, turn_as_of(tracker)[0]) else "action_answer_question"
            return leave_form() + [SlotSet(ASKED, 0), SlotSet(LAST_ASKED, None), FollowupAction(follow)]
        send(dispatcher, Reply(dialogue.FORM_STOPPED))
        return leave_form() + [SlotSet(ASKED, 0), SlotSet(LAST_ASKED, None)]


class ActionSetAsOf(Threaded, Action):
    """ "按2020年7月的政策算": remember the date; re-run the summary if there is a profile to judge."""

    def name(self) -> Text:
        return "action_set_as_of"

    def respond(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[EventType]:
        as_of, source, updates = turn_as_of(tracker)
        text = user_text(tracker)
        typed = date_in_text(text, loose=True)
        # "2026年还算没到期？" asked on 2026-12-01 (eval55 I17 was moved to the day of the server): a year alone, the
        # year of the day asked, is that day
        same_year = (
            typed is not None and typed.year == as_of.year and not re.search(r"\d\s*月|[一二三四五六七八九十]月", text)
        )
        if typed and source == "metadata" and not same_year:  # "按2020年5月20日" typed while the page sends a date
            as_of, source, updates = typed, "message", {AS_OF_SLOT: typed.isoformat()}
        if source != "message":
            said = words_first(tracker)
            if said:  # "18号文第九条" or "那现在还执行吗" read as a date question: answered as asked
                return turns.send(dispatcher, said)
            if len(re.sub(r"[\d年月日号，。,.?？!！\s]", "", text)) >= 4:  # "见习满3个月以后呢": a fact of the case
                return [FollowupAction("action_answer_question")]
            send(dispatcher, Reply(dialogue.ASK_DATE))
            return []
        events: List[EventType] = [SlotSet(k, v) for k, v in updates.items()]
        if tracker.get_slot(CANDIDATES) and profile_from_slots(tracker.slots):
            return events + [FollowupAction("action_eligibility_summary")]
        if len(re.sub(r"[\d年月日号，。,.?？!！\s]", "", text)) >= 8:
            # "2020年那会儿凌源的公司招大学生有补贴吗": the question is answered on that date too
            send(dispatcher, Reply(dialogue.as_of_set(as_of, text)))
            return events + [FollowupAction("action_answer_question")]
        topic = tracker.get_slot(TOPIC)
        if topic:  # "按2020年5月20日" after an answer: that answer again, on that day
            region = profile_from_slots(tracker.slots).get("region")
            response = search(topic[:200], region=region, top_k=5, as_of=as_of).model_dump()
            send(dispatcher, search_answer(response, notice=dialogue.as_of_set(as_of, text)))
            return events
        send(dispatcher, Reply(dialogue.as_of_set(as_of, text)))
        return events


class ActionReplyYesNo(Threaded, Action):
    """A bare "好的"/"不用了" outside the form: accept an offered hand-off, else ask what next."""

    def name(self) -> Text:
        return "action_reply_yes_no"

    def respond(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[EventType]:
        said = words_first(tracker)
        if said:  # "单亲妈妈算不算" read as a yes/no: a question about the term just defined
            return turns.send(dispatcher, said)
        intent = ((tracker.latest_message or {}).get("intent") or {}).get("name")
        text = user_text(tracker)
        if tracker.active_loop_name and free_answers.resumes(text):  # "接着算": the form asks its question, no
            return []  # "还有什么可以帮您" before it (eval6 E11), and no hand-off (eval7 R07: 转接编号)
        if not says_more(text):  # "是" to the one yes/no question a summary still asks: answered, summed again
            answered = summary_answer.answer(tracker, intent, turn_as_of(tracker)[0])
            if answered is not None:
                return answered
        if (
            intent == "affirm"
            and last_bot_offered_handoff_recent(tracker)
            and not free_answers.resumes(text)
            and not says_more(text)  # "参保了 一直足额交的" answers what the summary still needs (eval11 I22)
        ):
            send_handoff(dispatcher, tracker, "user_request")
            return [SlotSet(FAILED, 0)]
        facts = extract(text, turn_as_of(tracker)[0]) if text else {}
        if says_more(text) or set(facts) - {"applicant_type"}:  # "俺没交够一年" read as a "no": a fact of the case
            cite = clause_in_play.in_play(tracker)[0]
            if facts:  # "是的，我是残疾人", "不裁员" (eval11 rehearsal: "还有什么可以帮您"): facts, judged as any are
                return [FollowupAction("action_start_eligibility")]
            if cite is None or speaks_of(cite, text):
                return [FollowupAction("action_answer_question")]
            # said about the clause just cited, which does not speak of it: said so, with who decides (a search
            # of "没交够一年" alone found 贷款展期 "不超过一年")
            reply = Reply(dialogue.not_in_clause(text, cite), buttons=[button("转人工", "/handoff")])
            send(dispatcher, reply)
            return []
        pending = dont_know_after.reply(tracker, turn_as_of(tracker)[0]) if intent == "dont_know" else None
        send(dispatcher, pending or Reply(dialogue.ANYTHING_ELSE))  # "不清楚" to a summary: what stays 待确认
        return []


# The words of a bare yes / no / don't know and the fillers around them; what is left says more.
BARE = re.compile(
    r"不知道|不清楚|不晓得|不了解|没听说|不确定|说不好|不太|谢谢|多谢|好的|好吧|可以|行吧|没有|没事|算了|不用|不要|"
    r"不需要|需要|是的|不是|对的|不对|对|是|否|不|没|好|行|嗯|哦|噢|啊|呀|吧|呢|了|的|俺|我|咱|也|还|都|就|你|哈|啦"
)


def says_more(text: str) -> bool:
    """Three or more Chinese characters beyond yes/no words and fillers ("俺没交够一年", not "不知道啊")."""
    return len(re.findall(r"[\u4e00-\u9fff]", BARE.sub("", text or ""))) >= 3


def speaks_of(cite: dict, text: str) -> bool:
    """The clause just cited shares a word of two characters with what was said ("残疾人", "一年")."""
    rec = record_of(cite.get("clause_id") or "")
    said = re.sub(r"[^\u4e00-\u9fff\d]", "", BARE.sub("", text))
    return rec is not None and any(said[i : i + 2] in compact(rec.text) for i in range(len(said) - 1))


def last_bot_offered_handoff_recent(tracker: Tracker) -> bool:
    """Did the bot's last turn (before this user message) offer a person?"""
    return any(
        b.get("payload") == "/handoff" for e in previous_turn(tracker) if e.get("event") == "bot" for b in buttons_of(e)
    )
