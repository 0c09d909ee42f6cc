"""Whether another place's rule holds where the person is ("凌源能贷10万，葫芦岛也按这个来吧", "我们凌源能不能像大连
一样退保证金", "大连也一样吧"): plainly not, unless that rule's text covers the person's place, and what the texts
that do cover it say on the same topic. Evaluation 15 (M24, M15) heard 大连's refund called "能" for a 凌源 firm and
凌源's 10万 said to a caller in 葫芦岛 without a word on where it applies."""

from __future__ import annotations

import re
from datetime import date

from rasa_sdk import Tracker

from actions.clause_in_play import in_play
from answers import citations, place_sentences
from answers.models import Reply
from knowledge import places, regions
from retrieval.search import search

# "也按这个来", "也一样吧", "也能贷10万吧", "像大连一样", "跟大连一样", "按大连的来"
SAME = re.compile(
    r"也(?:按|照|是)?(?:这个|这样|一样)|一样(?:吧|吗|不|呗|么)|是不是(?:也)?一样|一样不一样|"
    # "那聊城的写的是啥？我们公司能不能参照" (eval24 V23, a 大连 firm, was moved to 聊城)
    r"(?:能不能|可不可以|能否|能)参照|照着(?:办|来)|照这个(?:办|来)|"
    r"像(?P<a>[^，。？?\s]{2,5}?)(?:一样|那样)|"
    r"跟(?P<b>[^，。？?\s]{2,5}?)一样|按(?P<c>[^，。？?\s]{2,5}?)的(?:来|标准|规定)|也能[^，。？?]{0,10}?(?:吗|吧|呗|不|么)|"
    # "聊城那边大企业是减半，我们营口是不是也按减半" (eval18 P22 heard 聊城's sentence with no word on where it applies)
    r"是不是也按|也按[^，。？?\s]{1,6}?(?:吧|吗|呗|不|么)|"
    # "聊城那边是按最低工资90%发，大连也是这么算吗" (eval22 T09 heard 聊城's 第21条 first)
    r"也(?:是)?(?:这么|这样)(?:算|发|给|办|弄)|"
    # "我听说山东那边免5个月，我们辽宁也是5个月吗" (eval25 W17, a 营口 firm, heard 聊城's 第4条 as the answer)
    r"也是[^，。？?！!]{1,8}?(?:吗|吧|呗|么)"
)


FIGURE_ASKED = re.compile(r"\d+(?:\.\d+)?\s*(?:个月|万元|万|元|%|年)")
# "凌源那边不是有标准吗", "大连那个2500": the place over there, or that place's figure, is the model
# "大连的2500在鞍山能不能用", "能拿大连这2500吗" (eval26 B17 heard "要看…" and a 稳岗返还 of 2500元)
THERE = re.compile(r"^(?:市|县)?\s*(?:那边|那里|那儿|那块|那个|的那个|(?:的|这|这个)\s*\d{3,})")
# "大连那个2500 葫芦岛的企业能不能领" (eval17 O15 heard "能。" and 稳岗返还): a can-question about the model's
# measure, asked for another place named in the same words
# "大连那个规定 我锦州的能用不" (eval30 Q05, mid-form, was asked the next question, then answered as 大连市)
CAN = re.compile(r"能不能|能否|可不可以|可以不|能领|能拿|能享受|能申请|适用|也有吗|有没有|能用|用得上|管用|套用|能按")


def _model(text: str) -> str | None:
    """The covered place named as the model ("像大连一样" → 大连市, "凌源那边…" → 凌源市)."""
    m = SAME.search(text)
    said = next((g for g in (m.group("a"), m.group("b"), m.group("c")) if g), None) if m else None
    found = regions.regions_in_text(said) if said else []
    if found:
        return found[0]
    for name in regions.regions_in_text(text):
        # every time it is said: "不在大连！…能拿大连这2500吗" names the model the second time
        ends = [m.end() for a in (name, name[:-1]) if len(a) >= 2 for m in re.finditer(re.escape(a), text)]
        if any(THERE.match(text[end:]) for end in ends):
            return name
    return None


def _model_sentence(text: str, model: str | None) -> str:
    """The model place's sentence stating the sum the message names it by ("大连这2500" → 18号（九）'s 2500元/人)."""
    from answers.sentences import compact
    from knowledge.records import load_clauses

    figures = re.findall(r"(?<![\d.])\d{3,}(?![\d.])", text)
    if not model or not figures:
        return ""
    return next(
        (
            s.text
            for r in load_clauses()
            if r.region == model
            for s in r.sentences
            if any(re.search(rf"(?<![\d.]){f}\s*元", compact(s.text)) for f in figures)
        ),
        "",
    )


def _own(text: str, model: str | None, profile_region: str | None):
    """(the person's place as said, the covered region answering for it); the place in the message first."""
    above = regions.ancestors(model) if model else []
    for p in places.places_in_text(text):
        if model and p.covered and regions.normalize_region(p.covered) == regions.normalize_region(model):
            continue
        if p.name in above:  # "山东聊城那边": the model's own province, not where the person is
            continue
        return p.name, places.answering_region(p)
    return (profile_region, profile_region) if profile_region else (None, None)


def _asked_for_another(text: str, model: str | None) -> bool:
    """ "大连那个2500 葫芦岛能不能领": the model's measure, a can-question, and another place named."""
    return bool(model and CAN.search(text)) and any(
        not (p.covered and regions.normalize_region(p.covered) == regions.normalize_region(model))
        for p in places.places_in_text(text)
    )


def reply(text: str, tracker: Tracker, profile_region: str | None, as_of: date) -> Reply | None:
    text = text or ""
    model = _model(text)  # read once: each reading scans the place names
    # "那凌源那个能拿不" once the person said they work in 大连 (eval103 TB10 was moved back to 凌源 and asked about work):
    # the model's measure asked for the place the conversation has now
    moved_from = bool(model and CAN.search(text) and profile_region and not regions.covers(model, profile_region))
    if (
        not (SAME.search(text) or _asked_for_another(text, model) or moved_from)
        or len(regions.regions_in_text(text)) > 1
        and not model
    ):
        return None  # "大连和辽宁的一样吗" compares two places (answers/compare.py)
    in_view = in_play(tracker, text)[0]
    cite = None if model else in_view
    rule_place = model or (cite or {}).get("region")
    own_name, own_region = _own(text, model, profile_region)
    if not rule_place or not own_name or (own_region and regions.covers(rule_place, own_region)):
        return None
    if own_region is None:  # a place no document covers: what is covered, once
        return Reply(
            f"不能。{rule_place}的规定只适用于{rule_place}；您说的{own_name}不在收录文件的适用范围内，"
            f"请向当地人社部门咨询，以经办部门认定为准。",
            meta={"other_place": rule_place},
        )
    return not_here(text, in_view, cite, rule_place, own_name, own_region, model, as_of)


def not_here(text, in_view, cite, rule_place, own_name, own_region, model, as_of: date, who: str = "您") -> Reply:
    """ "不能直接套用：…只适用于{rule_place}；您在{own_name}…" and what the texts covering the own place say on it."""
    # the measure just read, in whichever place (大连's 2500 or the province's 3至6个月): the own place's sentence
    # on the same thing, not the words of the question (eval17 O15 heard the HR agencies' 200元)
    topic = (in_view or {}).get("quote") or text
    named_sum = _model_sentence(text, model)
    if named_sum:  # "鞍山的企业招应届生能拿大连这2500吗": the model's sentence stating that sum (eval26 B17)
        topic = named_sum
    if re.match(r"\s*不是", text):  # "不是稳岗返还，是免交养老失业工伤单位部分那个": the topic the message names
        topic = re.sub(r"^\s*不是[^，。,；]*[，。,；]\s*(?:是)?", "", text)
    hits = [
        h
        for h in search(topic[:200], region=own_region, top_k=5, as_of=as_of).model_dump()["results"]
        if h.get("region") and regions.covers(h["region"], own_region)
    ]
    # one in force on the day first: 辽政发〔2020〕9号（一） on 2020-06-10, not 大政发〔2020〕18号 issued later (eval30 Q14)
    hits.sort(key=lambda h: (h.get("validity") or {}).get("status") in ("not_started", "expired"))
    # "聊城市人民政府2020年3月11日印发的通知第4条", never the bare label "4." of a text without a number (eval18 P22)
    what = f"{cite.get('doc_number') or citations.doc_name(cite)}{citations.label_words(cite)}" if cite else ""
    whose = f"{what}是{rule_place}的规定，只适用于{rule_place}" if what else f"{rule_place}的规定只适用于{rule_place}"
    lines = [f"不能直接套用：{whose}；{who}在{own_name}，适用的是覆盖{own_name}的文件。"]
    cites = []
    if hits:
        h = hits[0]
        quote = (h.get("highlights") or [""])[0] or ""
        c = place_sentences.cited(h, quote, as_of) if quote else None
        if c is not None:
            cites.append(c)
            lines.append(f"其中与此相关的规定：{place_sentences.line(c)[2:]}")
            unsaid = [f for f in FIGURE_ASKED.findall(text) if f not in quote]
            if unsaid:  # "我们辽宁也是5个月吗": whether its text says that figure at all
                lines.append(f"这句原文没有写“{unsaid[0]}”。")
    if not cites:
        lines.append(f"收录的覆盖{own_name}的文件里没有找到同样的规定。")
    lines.append("以经办部门认定为准。")
    return Reply("\n".join(lines), cites, meta={"other_place": rule_place})
