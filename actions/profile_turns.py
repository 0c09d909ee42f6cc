"""Turns about who and where the person is, read by their words before the classifier (turns.special):

- a worker complaining about wages owed ("老板欠我三个月工资不给 我要投诉") is a person with a labour
  dispute, not a policy question: said plainly where it goes (劳动保障监察 / 12345);
- "省里的政策我这里能用吗", "辽宁省那个…大连执行吗": a plain 能 or 不能 with why (大连属辽宁省), then
  the clause the question is about;
- "大连和聊城的稳岗返还标准有啥不一样": the console's comparison (answers/compare.py, one service)
  read as a reply: each place's clause side by side, cited.
"""

from __future__ import annotations

import re
from datetime import date

from actions import form_checks, profile_whatif, which_higher
from answers import citations, clause_json
from answers.models import Reply
from answers.notices import HOTLINE
from answers.said_back import whole_phrases
from answers.validity_words import badge
from knowledge import places, regions
from knowledge.records import clause_index, load_clauses
from knowledge.registry import documents

COMPLAINT = re.compile(
    r"(?:欠|拖欠|克扣|扣)(?:了)?(?:我|俺|咱)?(?:们)?.{0,6}(?:工资|工钱|薪)|欠薪|讨薪|不给(?:我|俺)?(?:发)?(?:工资|工钱)|"
    r"工资.{0,4}(?:不给|没发|不发|拖着)"
)
PROVINCE_WORDS = r"省里|省级|省(?:的|里的)?(?:政策|文件|规定)"


def province_asked(text: str) -> bool:
    """ "省里的政策", "辽宁省那个…": a province named or meant (the provinces are read from regions.yaml)."""
    if re.search(PROVINCE_WORDS, text):
        return True
    provinces = [r for r in regions.all_region_names() if regions.get_region(r).parent is None]
    return any(re.search(re.escape(p.removesuffix("省")) + r"省?(?:的|那个|那条|里)", text) for p in provinces)


APPLIES_HERE = re.compile(r"能用|能不能用|可以用|适用|管用|执行吗|执行不|算数|能享受|能不能享受|也能|我这")


def _topic_asked(topic: dict | None, text: str) -> bool:
    """The compared topic is what the message asks, not a neighbour found by a shared word ("创业担保贷款贴息" is no
    question of the loans' ceilings)."""
    from actions.question_parts import MEASURE

    if topic is None:
        return False
    words = topic["name"] + "".join(topic.get("keywords") or [])
    return all(k in words for k in MEASURE.findall(text)) or not MEASURE.findall(text)


ALL_PLACES = re.compile(r"(?:四|4)个?(?:地方|地区|市|地)|四地|各地|所有地方|每个地方|各个地方")
EACH_TEXT = re.compile(r"原文|怎么写|怎么规定|咋规定|如何规定")
COMPARE = re.compile(
    # "凌源和大连的创业担保贷款哪个额度高" (eval80 WB10, a dead end): the thing compared between 哪个 and 高
    r"不一样|区别|差别|不同|差异|对比|比较|哪个[^，。？?\s]{0,4}(?:高|多|好|划算|大)|分别|各自|各地|各是|各为|各有|各多少|都是多少|"
    # "见习补贴 四个地方怎么规定的 辽宁 大连 聊城 凌源" (an agent's list of places)
    r"[两三四几]个?地方?(?:都|各)?(?:怎么|咋|如何)|(?:每个|各个)地方"
)


def complaint_reply() -> Reply:
    return Reply(
        "您反映的是拖欠工资的问题，属于劳动保障监察的事项，不在就业扶持政策咨询的范围内。"
        f"可以向当地人力资源社会保障部门的劳动保障监察机构投诉，或拨打{HOTLINE}，由热线转相关部门。"
        "如果您失业了想了解能领哪些补贴，可以接着问我。",
        meta={"out_of_scope": "wages"},
    )


# "大连文件里没有关于农民工工资保证金或者拖欠工资的规定吗" (eval91 HB12, a lawyer, heard the complaint reply): what
# the texts say of wages is asked, and they say it (工资保证金, "偿还拖欠的职工工资")
TEXTS_ASKED = re.compile(r"文件|原文|规定|政策|保证金|条款")


def is_complaint(text: str) -> bool:
    return bool(COMPLAINT.search(text)) and not TEXTS_ASKED.search(text)


def _province_of(text: str, region: str | None) -> str | None:
    named = [r for r in regions.regions_in_text(text) if regions.get_region(r).parent is None]
    if named:
        return named[0]
    if "省" in text and region:
        return regions.ancestors(region)[-1]
    return None


def _docs_of(region: str) -> str:
    """The collected documents of exactly this place, named as printed (a notice printed without a
    number or title is still named, by issuer and date: before, it counted as no document at all)."""
    names = [
        d.doc_number
        or citations.doc_name({"doc_title": d.title, "doc_number": None, "issuer": d.issuer, "issued": d.issued})
        for d in documents().values()
        if d.region == region
    ]
    return "、".join(n for n in names if n)


def where_person_is(text: str, region: str | None) -> tuple[str | None, str | None]:
    """(the place as the person said it, the covered region answering for it)."""
    local = [r for r in regions.regions_in_text(text) if regions.get_region(r).parent is not None]
    if local:
        return local[0], local[0]
    place = places.uncovered_place(text)
    if place and places.answering_region(place):
        return place.name, places.answering_region(place)
    return region, region


def province_reply(text: str, region: str | None, earlier: str = "") -> Reply | None:
    """ "那辽宁省的政策我能用吗" (asked in 锦州), "辽宁省那个…大连执行吗": 能/不能 and why. `earlier`:
    what the person said before (where they are, when this message does not say it)."""
    if not (province_asked(text) and APPLIES_HERE.search(text)):
        return None
    place, answering = where_person_is(text, None)
    if not place and earlier:
        place, answering = where_person_is(earlier, region)
    if not place:
        place, answering = region, region
    province = _province_of(text, answering)
    if not province or not place:
        return None
    docs = _docs_of(province)
    if answering and regions.covers(province, answering):
        if place == province:
            return None  # asked in the province itself: nothing to tell apart
        local = _docs_of(answering) if answering != province else ""
        also = (
            f"{place}本地的文件（{local}）对同一事项另有规定的，两者都要看，具体按哪一条办以经办部门认定为准。"
            if local
            else f"目前收录的文件中没有{place}本地的文件。"
        )
        if not docs:  # no provincial document of that province is collected: nothing to say "能" about
            own = f"收录的{place}文件（{local}）在{place}适用。" if local else ""
            return Reply(
                f"{place}属于{province}，但目前没有收录{province}省级的文件，无法告诉您省里的规定。{own}"
                f"省里的政策请咨询{HOTLINE}政务服务便民热线。"
            )
        return Reply(f"能。{place}属于{province}，{province}人民政府的文件（{docs}）在{place}适用。{also}")
    theirs = f"{province}的文件（{docs}）" if docs else f"{province}的文件"
    return Reply(f"不能。{place}不属于{province}，{theirs}在{place}不适用。")


def compare_reply(text: str, as_of: date) -> Reply | None:
    """Two or more places and a compared topic: each place's clause, side by side, cited."""
    from answers import compare  # the console's comparison service (no copy of it here)

    named = regions.regions_in_text(text)
    if len(named) < 2 and ALL_PLACES.search(text):  # "四个地方 大学生 一次性求职创业补贴 对比" (eval67 JB05): every one
        from knowledge import coverage

        named = coverage.document_regions()
    # "我是12345坐席 公益性岗位期满延长 辽宁 大连 聊城 原文" (eval59 BB11 heard 辽宁's clause with two lines for the rest):
    # three places listed, or two and their texts asked for, is each place's text side by side
    if len(named) < 2 or not (COMPARE.search(text) or len(named) >= 3 or EACH_TEXT.search(text)):
        return None
    topic = compare.find_topic(None, text)
    result = compare.compare(topic, as_of) if topic is not None else None
    columns = [c for c in result["regions"] if c["region"] in named] if result is not None else []
    # "凌源和大连的创业担保贷款哪个额度高" (eval80 WB10): one place writes it, the other's texts say they do not — both said
    # "大连和凌源的创业担保贷款额度有啥不一样" (eval93 JB06 heard every sentence naming 贷款, 大连's 普惠金融 among them)
    said_absent = (
        bool(columns)
        and bool((topic or {}).get("absent"))
        and bool(which_higher.ASKED.search(text) or COMPARE.search(text))
    )
    if (len(columns) < 2 and not said_absent) or not _topic_asked(topic, text):
        # no compared topic holds what is asked in two of the places: each place's sentences writing it
        from actions import compare_follow

        return compare_follow.each_place(text, list(named), as_of)
    records = clause_index(load_clauses())
    places = list(dict.fromkeys([*(c["region"] for c in columns), *named]))  # each place once, in the topic's order
    lines = [f"{'、'.join(places[:-1])}和{places[-1]}的{topic['name']}规定对比如下："]
    cites = []
    for c in columns:
        lines.append(f"【{c['region']}】{c['doc_number'] or c['doc_name']}{citations.label_words(c)}“{c['heading']}”：")
        for m in c["measures"]:
            note = f"“{m['note']}”" if m.get("note") else ""
            plain = f"（{m['plain']}）" if m.get("plain") else ""
            lines.append(f"· {m['who']}：“{m['rate']}”{note}{plain}。{m['badge']}")
        quotes = [m["rate"] for m in c["measures"] if m.get("rate")]
        # each card with its own sentence's validity, as the text beside it (eval61 DB11: 大连's 100% read "expired
        # 2021-08-31" on its card, the clause's latest end, while the line said 有效期未知)
        cites += [citations.from_hit(clause_json.as_hit(records[c["clause_id"]], as_of, [q]), q) for q in quotes]
    # "辽宁大连聊城凌源分别怎么规定" (eval42 F19): a place named whose texts have nothing on it is said so, not skipped
    listed = {c["region"] for c in columns}
    for place in [p for p in named if p not in listed]:
        wider = next((c["region"] for c in columns if regions.covers(c["region"], place)), None)
        also = f"（{wider}的规定在{place}适用，见上）" if wider else ""
        absent = topic.get("absent") or f"没有{topic['name']}的专门规定"  # "没有写明创业担保贷款的额度" (eval48 M19)
        lines.append(f"【{place}】收录的{place}文件里{absent}{also}。")
    verdict = which_higher.verdict(text, columns, [p for p in named if p not in listed])
    if verdict:
        lines.append(verdict)
    lines.append("以上为各地文件原文，具体办理以当地经办部门认定为准。")
    return Reply("\n".join(lines), cites, meta={"compare": topic["name"], "compare_places": places})


FILLER = re.compile(r"那个|这个|那条|这条|政策|文件|规定|我们|我|俺|咱|这里|这儿|那|吗|呢|的|了|[，。,.!！?？\s]")


def _about(text: str) -> str:
    """What the message asks about besides the province and the place ("继续给3到12个月低保")."""
    rest = APPLIES_HERE.sub("", re.sub(PROVINCE_WORDS, "", text))
    for name in regions.regions_in_text(text):
        rest = rest.replace(name, "").replace(name[:-1], "")
    return FILLER.sub("", rest)


def reply(text: str, tracker, as_of: date) -> Reply | None:
    """The reply to a turn about who or where the person is, or None."""
    from actions.profile import SCOPE_TEXT, TOPIC, profile_from_slots  # slots' names (no import cycle)

    if is_complaint(text):
        return complaint_reply()
    checked = form_checks.check_reply(text, tracker, as_of)  # "先给一半是真的吗": the sentence that says it
    if checked is not None:
        return checked
    compared = compare_reply(text, as_of)
    if compared is not None:
        return compared
    supposed = profile_whatif.reply(text, tracker, as_of)  # "那要是只招了3个呢"
    if supposed is not None:
        return supposed
    summed = sum_reply(text, tracker, as_of)
    if summed is not None:
        return summed
    region = profile_from_slots(tracker.slots).get("region")
    earlier = " ".join(x for x in (tracker.get_slot(SCOPE_TEXT), tracker.get_slot(TOPIC)) if x)
    answer = province_reply(text, region, earlier)
    if answer is None or len(_about(text)) < 4:
        return answer
    from answers.clause_answer import search_answer
    from retrieval.search import search

    _, answering = where_person_is(text, region)
    response = search(text[:200], region=answering, top_k=5, as_of=as_of).model_dump()
    province = _province_of(text, answering)
    results = response["results"]
    upper = [h for h in results if h.get("region") == province][:1]  # the province's clause asked about
    found = search_answer({**response, "results": upper or results})
    if found.meta.get("low_confidence"):
        return answer
    lines, cites = [answer.text, found.text], list(found.citations)
    local, near = _local_rule(answering, province, found.citations[0]["quote"] if found.citations else "", as_of)
    if near:  # the place's own rule on the same matter, set beside it, with its own validity
        quote, words, _ = near
        where = f"{local.get('doc_number') or ''}{local.get('clause_label') or ''}"
        lines.append(f"{answering}本地的规定：{where}“{quote}”（{words}）")
        cites.append(citations.from_hit(local, quote))
    return Reply("\n".join(lines), cites, found.buttons, found.meta)


# "我是说沈阳失业了能领啥": what was asked is "失业了能领啥" (eval6 E26 read "说失业了能领啥")
PLACE_WORDS = re.compile(r"^(?:我是说|我说的是|我问的是|我是问|的|呢|那|我|俺|在|是|[，。,\s])+|(?:的|呢|[，。,\s])+$")


ASKING_PART = re.compile(r"^(?:想|要)?(?:问|咨询|打听|了解)(?:一下|下)?(?:的是|的)?")


def restated(topic: str, region: str, heading: bool = False, inside: str | None = None) -> str:
    """The notice before an answer moved to another place, as a person would say it: "好的，下面按大连市的
    政策回答您刚才问的“失业了有啥补贴”：" (not "…（北京朝阳区的失业了有啥补贴）")."""
    if heading:  # a clause looked up by number: its heading names the measure
        where = inside.split("以下按")[0] if inside else "好的，"
        return f"{where}下面是{region}关于“{topic}”的规定："
    asked = topic
    lead = re.match(r"^\s*[^\s，,的]{1,12}的\s*", asked)  # "上海浦东的 …", "北京朝阳区的 …": where, not what
    if lead and (places.places_in_text(lead.group()) or regions.regions_in_text(lead.group())):
        asked = asked[lead.end() :]
    for p in places.places_in_text(topic):
        asked = asked.replace(p.said + "区", "").replace(p.said + "市", "").replace(p.said, "")
    for name in regions.regions_in_text(asked):
        asked = asked.replace(name, "").replace(name[:-1], "")
    asked = whole_phrases(PLACE_WORDS.sub("", re.sub(r"\s+", " ", asked)).strip())
    # "来电人在北京，问北京的失业补贴" (eval76 SB09 read back "来电人在，问的失业补贴"): the part asking, without who asks
    parts = [p for p in re.split(r"[，,。；;]", asked) if p.strip()]
    if len(parts) > 1 and ASKING_PART.match(parts[-1].strip()):
        asked = PLACE_WORDS.sub("", ASKING_PART.sub("", parts[-1].strip())).strip() or asked
    if inside:  # "沈阳市属于辽宁省，目前没有收录沈阳市本级的文件，以下按辽宁省省级政策回答您刚才问的“…”："
        return f"{inside.rstrip('。')}您刚才问的“{asked}”：" if asked else inside
    return f"好的，下面按{region}的政策回答您刚才问的“{asked}”：" if asked else f"好的，下面按{region}的政策回答："


def sum_reply(text: str, tracker, as_of: date) -> Reply | None:
    """A number said right after a cited answer ("上年交了失业保险费八万六" after the 稳岗返还 clause): the
    standard × that number for the measures of the clauses just cited, at once, with what is still
    unsettled (the conditions not yet known). Inside the questions the form reads numbers itself."""
    from actions.dialogue_state import bot_messages_back
    from actions.profile import TOPIC, evaluate, profile_from_slots
    from actions.profile_applicant import keep_applicant
    from actions.profile_facts import extract
    from actions.profile_rank import requires_unsaid_trait
    from actions.sum_measure import RULE_ASKED
    from knowledge.eligibility.facts import vocabulary
    from retrieval.rule_scope import rules_by_clause

    if (tracker.active_loop or {}).get("name") or RULE_ASKED.search(text):
        return None  # "裁员率标准是多少，我们28个人裁了5个": the sentence stating the bound answers (eval9 G34)
    vocab = vocabulary()
    said = keep_applicant(extract(text, as_of), tracker.get_slot("applicant_type"), text)
    numbers = {k for k, v in said.items() if vocab[k].type in ("int", "number")}
    if not numbers:
        return None
    cites = []
    for event in bot_messages_back(tracker, 2):
        cites = (((event.get("data") or {}).get("custom") or {}).get("answer") or {}).get("citations") or []
        if cites:
            break
    rules = list({r.id: r for c in cites for r in rules_by_clause().get(c["clause_id"], [])}.values())
    topic = tracker.get_slot(TOPIC) or ""
    before = keep_applicant(extract(topic, as_of), tracker.get_slot("applicant_type"), topic) if topic else {}
    profile = profile_from_slots({**before, **{k: v for k, v in tracker.slots.items() if v is not None}, **said})
    benefits = {b["benefit_id"]: b for b in evaluate(profile, as_of)["benefits"]}
    lines, out = [], []
    for rule in rules:
        b = benefits.get(rule.id)
        if b is None or b["status"] == "not_eligible" or "计算：" not in (b.get("amount") or {}).get("text", ""):
            continue
        if not numbers & set(rule_reads(rule)):
            continue
        if requires_unsaid_trait(rule.id, profile):
            # "开三年了还能领不" from an owner whose hire is disabled (eval90 GA09 was worked 6000元/年 × 2年 = 12000元 of
            # the disabled founders' premises subsidy): a measure for a trait the person never said is not worked
            continue
        amount = b["amount"]["text"].split("；计算：")[-1]
        open_ = [vocab[f].title for f in b.get("missing_facts", []) if f in vocab]
        lines.append(f"· {b['name']}：{amount}（{badge(b.get('validity') or {})}）")
        if open_:
            lines.append(f"  是否符合条件还需确认：{'、'.join(open_)}。")
        out += [citations.from_benefit(b, c) for c in b.get("citations", [])[:1]]
    if not lines:
        return None
    money = {k: "元" if "（元）" in (vocab[k].meaning or "") else "" for k in numbers}
    head = "按您说的" + "、".join(f"{vocab[k].title}{vocab[k].label(said[k])}{money[k]}" for k in sorted(numbers))
    tail = "具体金额以经办部门核定为准。"
    return Reply("\n".join([head + "计算：", *lines, tail]), out, meta={"facts": said})


def rule_reads(rule) -> set[str]:
    from actions.profile_rank import reads

    return reads(rule.id)


def _local_rule(place: str | None, province: str | None, like: str, as_of: date):
    """(the hit, (sentence, badge)) of the place's own documents nearest the province's sentence, or (None, None)."""
    from retrieval.search import search

    docs = tuple(d.id for d in documents().values() if d.region == place)
    if not like or not docs or place == province:
        return None, None
    hits = search(like[:200], top_k=3, as_of=as_of, doc_ids=docs).model_dump()["results"]
    scored = [(h, _nearest_sentence(h, like, as_of)) for h in hits]
    scored = [(h, n) for h, n in scored if n is not None]
    # the later document on the same matter first (大政发〔2020〕18号 before 〔2017〕46号), then the nearer sentence
    return max(scored, key=lambda x: (str(x[0].get("issued") or ""), x[1][2]), default=(None, None))


def _nearest_sentence(hit: dict, like: str, as_of: date) -> tuple[str, str, int] | None:
    """(the sentence of a clause sharing most two-character words with `like`, its validity badge)."""
    from answers import sentences

    rec = sentences.record_of(hit["clause_id"])
    if rec is None:
        return None
    pairs = {like[i : i + 2] for i in range(len(like) - 1)}
    score, best = max(((sum(p in s.text for p in pairs), s) for s in rec.sentences), key=lambda x: x[0])
    if score < 4:
        return None
    return best.text, badge(clause_json.period(best.validity or rec.validity, as_of)), score
