"""The eligibility conversation in process: scoping, questions from the engine, answers, "不清楚",
corrections, the six-question limit and the summary — real domain, engine and search."""

from __future__ import annotations

from actions.dialogue_state import MAX_QUESTIONS
from actions.eligibility import ActionEligibilitySummary, ActionMoreBenefits, ActionStartEligibility
from actions.form import ASK_ACTIONS, ValidateEligibilityForm
from actions.profile import ASKED, CANDIDATES, FAILED, LAST_ASKED, UNKNOWN, evaluate, in_force_ids
from knowledge.eligibility.engine import default_engine
from knowledge.eligibility.facts import vocabulary
from tests.actions.conftest import answer_texts, slot_sets

HIRING = {"dalian-2020-18.absorb-2500"}


def start(convo, text, intent="check_eligibility", as_of="2020-07-01", **kw):
    """The flow is tested on a day its hiring measures were in force (2020-07-01); today they have
    expired and are no longer asked about (test_expired_measures_are_listed_not_asked)."""
    convo.slots["as_of"] = as_of
    convo.say(text, intent, **kw)
    messages, events = convo.run(ActionStartEligibility())
    return messages, events


def form_step(convo):
    """What Rasa's FormAction does after validation: ask the requested slot, if any."""
    convo.active_loop = {"name": "eligibility_form"}
    messages, events = convo.run(ValidateEligibilityForm())
    fact = convo.slots.get("requested_slot")
    if fact:
        asked, _ = convo.run(ASK_ACTIONS[fact]())
        messages += asked
    return messages, fact


def answer(convo, text, intent="inform", entities=None):
    convo.say(text, intent, entities, form=True)
    return form_step(convo)


def test_opening_message_scopes_hiring_benefits_and_reads_facts(convo):
    messages, events = start(convo, "大连的公司招了4个应届生能领什么")
    sets = slot_sets(events)
    assert sets["applicant_type"] == "enterprise" and sets["region"] == "大连市"
    assert sets["new_hires_graduates"] == 4
    candidates = sets[CANDIDATES]
    assert HIRING <= set(candidates)
    rules = {r.id: r for r in default_engine().rules}
    assert all("enterprise" in rules[c].applicant_types for c in candidates)
    assert len(candidates) < 30  # scoped, not all 79
    assert any("我了解到的情况" in t and "大连市" in t for t in answer_texts(messages))
    # the first question is about the candidates only, with buttons
    msgs, fact = form_step(convo)
    assert fact == "contract_one_year_plus"
    assert msgs[-1]["buttons"][0]["payload"] == "/affirm"
    assert any(b["payload"] == "/dont_know" for b in msgs[-1]["buttons"])


def test_answers_then_summary_with_amount(convo):
    """As of 2020 (the end of 2020), when 大政发〔2020〕18号（九）'s 2500元/人 was in force; today it has
    ended and is never added to a total."""
    start(convo, "2020年的时候大连的公司招了4个应届生能领什么")
    form_step(convo)
    _, fact = answer(convo, "签了", "affirm")
    assert convo.slots["contract_one_year_plus"] is True
    assert fact == "social_insurance_paid"
    for _ in range(6):
        if fact is None:
            break
        kind = vocabulary()[fact].type
        _, fact = answer(convo, "是的", "affirm") if kind == "bool" else answer(convo, "不清楚", "dont_know")
    assert convo.slots["questions_asked"] <= MAX_QUESTIONS
    messages, _ = convo.run(ActionEligibilitySummary())
    payload = messages[0]["custom"]["answer"]
    assert "10000" in payload["text"] and "大政发〔2020〕18号" in payload["text"]
    assert any(c["clause_id"] == "dalian-2020-18:2.9" for c in payload["citations"])
    assert {b["payload"] for b in payload["buttons"]} >= {"/more_benefits", "/handoff"}


def test_dont_know_is_not_asked_again(convo):
    start(convo, "大连的公司招了4个应届生能领什么")
    _, first = form_step(convo)
    _, second = answer(convo, "不清楚", "dont_know")
    assert first in convo.slots[UNKNOWN]
    assert second != first
    for _ in range(4):
        if second is None:
            break
        _, second = answer(convo, "不清楚", "dont_know")
        assert second != first


def test_at_most_six_questions(convo):
    start(convo, "我想问问能领什么补贴")
    _, fact = form_step(convo)
    asked = []
    while fact is not None and len(asked) < 10:
        asked.append(fact)
        _, fact = answer(convo, "不清楚", "dont_know")
    assert 1 <= len(asked) <= MAX_QUESTIONS


def test_correction_changes_region_and_reevaluates(convo):
    start(convo, "我是大连的残疾人，想自己开个店，有什么补贴")
    form_step(convo)
    assert convo.slots["region"] == "大连市"
    before = set(convo.slots[CANDIDATES])
    convo.say("不对，我在凌源", "correct", form=True)
    messages, events = convo.run(ValidateEligibilityForm())
    sets = slot_sets(events)
    assert sets["region"] == "凌源市"
    assert any("凌源市" in t for t in answer_texts(messages))
    rules = {r.id: r for r in default_engine().rules}
    assert set(sets[CANDIDATES]) != before
    assert all(rules[c].jurisdiction in ("凌源市", "朝阳市", "辽宁省") for c in sets[CANDIDATES])


def test_detour_intent_fills_nothing_so_rules_take_the_turn(convo):
    start(convo, "大连的公司招了4个应届生能领什么")
    form_step(convo)
    convo.say("稳岗返还有什么规定", "ask_policy", form=True)
    _, events = convo.run(ValidateEligibilityForm())
    assert events == []


def test_a_procedure_question_mid_form_is_answered_and_the_question_asked_again(convo):
    start(convo, "大连的公司招了4个应届生能领什么")
    _, first = form_step(convo)
    convo.say("稳岗返还怎么申请", "inform", form=True)
    messages, events = convo.run(ValidateEligibilityForm())
    body = "\n".join(answer_texts(messages))
    assert "稳岗返还" in body and "原文没有列出稳岗返还的申请材料和办理时限" in body and "责任单位" in body
    assert slot_sets(events)["requested_slot"] == first


def test_the_measures_come_first_then_the_offer_of_questions(convo):
    messages, _ = start(convo, "大连的公司招了4个应届生能领什么")
    first = [m["custom"]["answer"] for m in messages if (m.get("custom") or {}).get("answer")][0]
    assert first["text"].startswith("按2020年7月1日的政策，与您的问题相关的政策有：")
    assert "大政发〔2020〕18号" in first["text"] and "我问您几个问题（最多" in first["text"]
    assert first["citations"]


def test_expired_measures_are_listed_not_asked(convo):
    messages, events = start(convo, "大连的公司招了4个应届生能领什么", as_of=None)
    sets = slot_sets(events)
    assert "dalian-2020-18.absorb-2500" not in (sets[CANDIDATES] or [])
    rules = {r.id: r for r in default_engine().rules}
    assert all(
        in_force_ids(
            evaluate({"applicant_type": "enterprise", "region": "大连市"}, __import__("datetime").date.today())
        )
        >= set(sets[CANDIDATES] or [])
        for _ in [0]
    )
    assert all(c in rules for c in sets[CANDIDATES] or [])


def test_unreadable_answer_twice_hands_off(convo):
    start(convo, "大连的公司招了4个应届生能领什么")
    form_step(convo)
    messages, _ = answer(convo, "哈哈哈", "inform")
    assert any("没听明白" in t for t in answer_texts(messages))
    convo.say("嘿嘿嘿", "inform", form=True)
    messages, events = convo.run(ValidateEligibilityForm())
    handoff = [m["custom"]["handoff"] for m in messages if "handoff" in (m.get("custom") or {})]
    assert handoff and handoff[0]["reason"] == "failed_turns"
    assert slot_sets(events)["requested_slot"] is None
    summary, _ = convo.run(ActionEligibilitySummary())
    assert summary == []  # the form ended in a hand-off: no summary after it


def test_more_benefits_widens_the_scope(convo):
    start(convo, "大连的公司招了4个应届生能领什么")
    before = list(convo.slots[CANDIDATES])
    convo.say("还有别的补贴吗", "more_benefits")
    convo.run(ActionMoreBenefits())
    after = convo.slots[CANDIDATES]
    assert set(before) < set(after) and after[: len(before)] == before


def test_as_of_phrase_sets_the_date_and_the_summary_says_it(convo):
    start(convo, "2020年的时候，大连的公司招了4个应届生，签了两年合同，社保都交了，能领多少")
    assert convo.slots["as_of"] == "2020-12-31"
    convo.slots[ASKED] = MAX_QUESTIONS
    messages, _ = convo.run(ActionEligibilitySummary())
    text = messages[0]["custom"]["answer"]["text"]
    assert "按2020年12月31日的政策" in text and "10000" in text


def test_metadata_as_of(convo):
    convo.say(
        "公司招了4个应届生，签了两年合同，社保都交了，在大连",
        "check_eligibility",
        metadata={"channel": "console", "as_of": "2020-07-15"},
    )
    convo.run(ActionStartEligibility())
    convo.slots[ASKED] = MAX_QUESTIONS
    messages, _ = convo.run(ActionEligibilitySummary())
    assert "按2020年7月15日的政策" in messages[0]["custom"]["answer"]["text"]


def test_as_of_phrase_mid_form_is_not_a_failed_turn(convo):
    start(convo, "大连的公司招了4个应届生能领什么")
    _, first = form_step(convo)
    messages, again = answer(convo, "按2020年7月的政策算", "as_of_date")
    assert convo.slots["as_of"] == "2020-07-31"
    assert again == first and not convo.slots[FAILED]
    assert not any("没听明白" in t for t in answer_texts(messages))
    assert any("接下来按2020年7月31日的政策" in t for t in answer_texts(messages))  # said back


def test_short_answer_misread_as_a_detour_is_still_an_answer(convo):
    start(convo, "大连的公司招了4个应届生，签了两年合同，社保都交了，能领多少")
    convo.slots["requested_slot"] = "spring_festival_new_hires"
    convo.slots[LAST_ASKED] = "spring_festival_new_hires"
    convo.say("0", "stop_form", form=True)
    _, events = convo.run(ValidateEligibilityForm())
    assert slot_sets(events)["spring_festival_new_hires"] == 0
    convo.say("算了", "stop_form", form=True)
    _, events = convo.run(ValidateEligibilityForm())
    assert events == []


def test_a_number_to_a_yes_no_question_never_leaves_the_form(convo):
    """DIET read a bare "35" (to "您是高校毕业生吗？") as stop_form and the form was left; without
    the detour's own words it is an unreadable answer, asked again."""
    start(convo, "俺是退伍的 在凌源 想自己开个小饭店 有啥扶持")
    _, first = form_step(convo)  # the engine's first question: a yes/no or a choice, never a number
    assert first is not None and vocabulary()[first].type in ("bool", "enum")
    convo.slots[LAST_ASKED] = first
    for intent in ("stop_form", "start_over", "goodbye", "handoff"):
        convo.slots[FAILED] = 0  # two failed turns in a row would hand off
        convo.say("35", intent, form=True)
        messages, events = convo.run(ValidateEligibilityForm())
        assert slot_sets(events)["requested_slot"] == first  # still asking
        assert "没听明白" in "\n".join(answer_texts(messages))
    convo.say("不想回答了", "stop_form", form=True)
    _, events = convo.run(ValidateEligibilityForm())
    assert events == []  # the words say it: the rules leave the form


def test_every_guarded_detour_example_carries_its_words():
    """The guard above must never block a real way of saying it: every training
    example of the guarded intents matches its cue."""
    from actions.form import CUES
    from tests.actions.conftest import nlu_examples

    seen = 0
    for intent, cue in CUES.items():
        for text in nlu_examples(intent):
            seen += 1
            assert cue.search(text), (intent, text)
    assert seen > 200  # training examples only


def test_scope_lists_each_benefit_once():
    """A rule quoting two sentences of one clause was a candidate twice (and asked about twice)."""
    from actions.scope import candidates, rules_by_clause

    for clause, rules in rules_by_clause().items():
        assert len(rules) == len({r.id for r in rules}), clause
    ids, _ = candidates("俺是退伍的 在凌源 想自己开个小饭店 有啥扶持", "person", "凌源市")
    assert len(ids) == len(set(ids))
    assert "lingyuan-2019-14.guarantee-loan-personal" in ids  # "开个小饭店" is 创业 (lexicon "开…店")


def test_a_bare_date_typed_to_a_form_question_does_not_move_the_evaluation_date(convo):
    """Seen live: "2024年7月1日" typed to a yes/no question (DIET: as_of_date) silently judged
    everything as of 2024. It is an unreadable answer to that question instead."""
    start(convo, "我前年夏天大学毕业 在聊城 想创业开个奶茶店 有补贴吗", as_of=None)
    convo.slots["requested_slot"] = "is_hard_to_employ"
    convo.say("2024年7月1日", "as_of_date", form=True)
    messages, events = convo.run(ValidateEligibilityForm())
    assert "as_of" not in slot_sets(events) and convo.slots.get("as_of") is None
    assert "没听明白" in "\n".join(answer_texts(messages))
