"""Follow-ups on the clause in play: "补多少", "到啥时候", "找谁办", "原文怎么写的", "这条谁负责",
"这个文件文号是多少", "那第四部分第七条呢", "贴息呢", "具体标准是多少钱 大连的".

The clause in play is the main clause of the last cited answer (of a list of measures, the one the
question was about). A follow-up is answered from that clause and that place only: its own sentences
(answers.clause_detail), its document's facts or its departments (answers.document_facts). A clause
number without a document is read in the document just cited; a place named with a follow-up asks
for the same measure there. Where the clause does not say, the answer says so — it never borrows
another document's figure.
"""

from __future__ import annotations

import re
from datetime import date

from rasa_sdk import Tracker

from actions import (
    after_end,
    benefit_unset,
    failed_leaf,
    new_topic,
    own_figures,
    province_says,
    ruled_out,
    sentence_pointed,
    share_left,
    sum_measure,
    unwritten_term,
    within_document,
)
from actions.clause_in_play import (
    UNITS_LISTED,
    clause_hit,
    in_clause,
    in_play,
    kind_of,
    own_words,
    without_places,
)
from actions.denied_words import without_groups_denied
from actions.dialogue_state import bot_messages_back
from actions.profile import profile_from_slots
from actions.within_place import most_specific
from answers import citations, clause_detail, document_facts, document_overview, sentences
from answers.clause_answer import search_answer
from answers.figures_said import named_sums
from answers.models import Reply
from knowledge import coverage, regions

UNSTATED_SUM = re.compile(r"原文没有写明[^。，]{0,16}?(?:具体金额|可以享受几次或享受多长时间)")
ANAPHORA = re.compile(
    r"^(?:那|这|那个|这个|它|该|这项|那项)|那个补贴|这个补贴|这个政策|那个政策|上面|刚才|这条|那条|原文|本条"
)


def numbered_in_cited(ref, tracker: Tracker, as_of: date, text: str = "") -> Reply | None:
    """ "那第四部分第七条呢" right after a clause of 凌政发〔2019〕14号: that document's clause, whole; the sentence the
    message names first ("第九条里那个2500元的", eval10 H12)."""
    cite, _ = in_play(tracker)
    if cite is None or ref.doc_ids:
        return None
    from knowledge.records import load_clauses
    from retrieval.references import resolve

    doc_id = cite.get("doc_id") or cite["clause_id"].split(":")[0]
    records = load_clauses()
    ids, _ = resolve(records, [doc_id], ref.part_no, ref.clause_no)
    if (
        not ids and ref.names_clause
    ):  # "三、（四）" right after 凌政发〔2019〕14号 三、（二）: no such clause in it (eval33
        # W16 heard a 大连 clause as "最接近的一条")
        from answers import missing_clause

        said = {"doc_ids": [doc_id], "missing_clause": True, "part_no": ref.part_no, "clause_no": ref.clause_no}
        return missing_clause.reply({"reference": said, "results": [], "query": text or ref.text})
    if len(ids) != 1:
        return None
    rec = next(r for r in records if r.clause_id == ids[0])
    hit = clause_hit({"clause_id": rec.clause_id, "doc_id": doc_id, "quote": rec.text[:120]}, as_of)
    if hit is None:
        return None
    response = {"as_of": as_of.isoformat(), "results": [{**hit, "exact_reference": True}], "query": text or ref.text}
    return search_answer(response)


# "全文", and as a hotline agent asks it: "原文给我", "把原文发我看看", "能给我完整原文吗" (eval6 E18/E19)
# the conditions asked of nothing else ("需要什么条件", "条件是啥"): the sentence just cited states them
BARE_CONDITIONS = re.compile(
    r"^(?:那|这个|这条|这)?(?:还)?(?:需要|要|得|有)?(?:什么|啥|哪些)(?:条件|要求)(?:呢|吗|啊)?[?？]?$|^条件(?:是)?(?:啥|什么)[?？]?$|"
    # "适用哪些人" right after 凌政发 二、（二） (eval54 U15, an agent, heard the help menu)
    r"^(?:那|这条|这个)?(?:都)?(?:适用(?:于)?|针对|给)(?:哪些|什么|啥)(?:人|对象|人群|群体|企业|单位)(?:呢|啊)?[?？]?$|"
    r"^(?:那|这条)?(?:哪些|什么)人(?:能|可以)(?:申请|享受|领)(?:呢|啊)?[?？]?$|"
    # "那我这样的能不能贷 条件是啥" right after 46号（八）'s loan sentence (eval89 FA01 heard 辽宁's 平台 sentence)
    r"^(?:那)?(?:我|俺)?(?:这样的?|这种的?|这情况)?[，,\s]*(?:能不能|能|可以|可不可以)[\u4e00-\u9fff]{1,2}(?:吗|不)?[，,\s]*"
    r"(?:要|需要|得)?(?:条件|要求)(?:是)?(?:啥|什么|有哪些)[?？]?$"
)
FULL_TEXT = re.compile(
    r"^(?:请|麻烦)?(?:你)?(?:能|能不能|可以)?(?:把|给我|给俺|发我|发给我|看|查看|发|要|我要|俺要|给我看|请发)?(?:一下)?"
    r"(?:这条的?|这一条的?|该条的?|条文)?(?:全文|整条|全部原文|原文全文|原文|完整原文|完整的原文|原文全部)"
    r"(?:给我|发我|发给我|给俺|发俺)?(?:看看|看一下|一下)?(?:吧|呢|吗|呗)?[。!！?？]?$"
)


# "不全吧？这条后面不是还有大学生和小微企业的吗，我要整条原文" (eval17 O13 heard 聊城's 第7条): the whole of the
# clause in play asked for inside a longer message that names no other document or clause
WHOLE_IN = re.compile(r"(?:我要|要|给我|发我)(?:这条的?|该条的?)?(?:整条原文|整条|完整(?:的)?原文|全文)")
OTHER_NAMED = re.compile(r"〔|号文|第[一二三四五六七八九十百\d]+条")


def full_text(text: str, tracker: Tracker, as_of: date) -> Reply | None:
    """ "全文" after a clause read in part (its first sentences on a phone screen): every sentence."""
    said = text.strip()
    if not (FULL_TEXT.match(said) or WHOLE_IN.search(said) and not OTHER_NAMED.search(said)):
        return None
    cite, _ = in_play(tracker)
    hit = clause_hit(cite, as_of) if cite is not None else None
    if hit is None:
        return None
    response = {"as_of": as_of.isoformat(), "results": [{**hit, "exact_reference": True, "full_text": True}]}
    return search_answer({**response, "query": ""})


def names_other_sum(text: str, cite: dict) -> bool:
    """The message names a sum (three figures or more, no date) that the clause in play does not state."""
    from answers import sentences

    sums = named_sums(text)
    rec = sentences.record_of(cite.get("clause_id") or "")
    return bool(sums) and rec is not None and not any(n in sentences.compact(rec.text) for n in sums)


# another measure asked for beside the clause in play ("还有啥培训不", "有没有免费的培训")
# "那俺想去干公益岗…上哪报名去" after 聊城 第21条 (eval94 KA05 heard its online claim of 失业保险金): a post one goes to do
# a thing of its own the clause in play never names ("单位辞退我给不给经济补偿" after 46号（十二）, eval107 XA10 heard the
# graduates' sentences)
THING_NAMED = re.compile(r"经济补偿|补偿金|赔偿金|公积金|医保|医疗保险|养老保险|工伤保险|生育保险")
ANOTHER_MEASURE = re.compile(
    r"(?:还有|有没有|有啥|有什么|那|(?:想)?(?:去)?(?:干|上|当|做))(?:啥|什么)?(?:免费的?)?"
    r"(培训|贷款|见习|公益性岗位|公益岗|创业补贴|社保补贴|低保)"
)


def _bare_topic(tracker: Tracker, kind: str, clause: str) -> str:
    """The measure a bare topic named ("大连 见习"), as the clause writes it ("见习补贴"), for a bare follow-up on it."""
    from actions.profile import TOPIC

    topic = own_words(without_places(tracker.get_slot(TOPIC) or "")[0]).strip()
    if not 2 <= len(topic) <= 6 or not re.fullmatch(r"[\u4e00-\u9fff]+", topic):
        return ""
    return f"{topic}补贴" if f"{topic}补贴" in clause else ""


NEAREST_SAID = re.compile(r"没有(?:找到)?与您的问题直接对应的(?:规定|条款)")


def _nearest_named(text: str, tracker: Tracker) -> Reply | None:
    """Which document, asked right after a reply that found no clause on the question and quoted the nearest: that
    the nearest is not what was asked (an agent would pass on 大政发〔2017〕46号（十一）as the 防疫物资 hiring rule)."""
    if kind_of(text) != "document" or len(own_words(text)) > 2:
        return None
    said = "\n".join(
        (m.get("text") or "") + (((m.get("data") or {}).get("custom") or {}).get("answer") or {}).get("text", "")
        for m in bot_messages_back(tracker, 1)
    )
    if not NEAREST_SAID.search(said):
        return None
    cite = in_play(tracker, text)[0]
    where = f"（{citations.where(cite)}）" if cite else ""
    return Reply(
        f"上一条引的规定{where}只是收录文件中最接近的，不是您问的那项；收录的文件中没有与您的问题直接对应的规定。",
        meta={"nearest_only": True},
    )


COHORT = re.compile(r"(20\d\d)\s*届")


def cohort_named(text: str, tracker: Tracker, as_of: date) -> Reply | None:
    """A graduating class named ("2021届") that the clause in play does not write while the place's texts do
    (大政发〔2020〕18号（十三）"将2020届、2021届毕业学年高校毕业生纳入就业见习补贴…范围"): those sentences, cited."""
    from answers import place_sentences

    m = COHORT.search(text or "")
    cite = in_play(tracker, text)[0] if m else None
    if m is None or cite is None or m.group(0).replace(" ", "") in (cite.get("quote") or ""):
        return None
    region = tracker.get_slot("region") or cite.get("region")
    found = place_sentences.find(re.compile(re.escape(m.group(1)) + "届"), region, as_of)
    found = [c for c in found if not re.search(r"湖北籍", c.get("quote") or "")] or found
    written = re.findall(r"(\d{4})届", cite.get("quote") or "")
    if not found and written and m.group(1) not in written:
        # "那今年2026届的湖北籍学生能领吗？" after "给予省内院校湖北籍2020届高校毕业生一次性求职创业补贴" (eval80 WB05, a 质检员,
        # heard "您的情况是否符合…以经办部门认定为准"): the sentence names its classes, and no text names this one
        classes = "、".join(f"{y}届" for y in dict.fromkeys(written))
        # "2027届的能不能享受" of 18号（十三）'s 2020/2021届 见习 (eval91 HA08 heard 按原文不能): the place's sentence on the
        # same measure for graduates by years since leaving school ("离校2年内未就业高校毕业生…见习") names no class
        measure = next(
            (w for w in ("见习", "求职创业补贴", "创业担保贷款", "社会保险补贴") if w in (cite.get("quote") or "")), ""
        )
        general = (
            place_sentences.find(
                re.compile(measure + r"[^。；]{0,30}离校\s*\d\s*年内|离校\s*\d\s*年内[^。；]{0,80}" + measure),
                region,
                as_of,
            )
            if measure
            else []
        )
        general = [c for c in general if not re.search(r"\d{4}\s*届", c.get("quote") or "")][:1]
        if general:
            return Reply(
                f"这一句只写了{classes}：“{cite.get('quote')}”但同类的规定里，"
                f"{place_sentences.line(general[0])[2:]}这一句没有限定届别，按离校年限算；{m.group(1)}届毕业后能否申请，"
                "以经办部门认定为准。",
                [cite, general[0]],
            )
        return Reply(
            f"按原文不能：这一句只写了{classes}：“{cite.get('quote')}”收录的文件没有写到{m.group(1)}届。"
            "以经办部门认定为准。",
            [cite],
        )
    if not found:
        # "2027届的能不能享受" after 46号（十二）'s 见习 sentences, which name no class (the nineteenth session: the standing
        # 见习 clause now answers first): the place's sentence on that measure counting years since leaving school
        measure = next((w for w in ("见习", "创业担保贷款", "社会保险补贴") if w in (cite.get("quote") or "")), "")
        years = re.compile(r"离校\s*\d\s*年内[^。；]{0,80}" + measure) if measure else None
        general = (
            [c for c in place_sentences.find(years, region, as_of) if not COHORT.search(c.get("quote") or "")]
            if years
            else []
        )
        if not general:
            return None
        return Reply(
            f"收录的文件没有写到{m.group(1)}届；同类的规定{place_sentences.line(general[0])[2:]}不限届别，按离校年限算；"
            f"{m.group(1)}届毕业后能否申请，"
            "以经办部门认定为准。",
            general[:1],
        )
    lines = [f"写到{m.group(1)}届的原文：", *(place_sentences.line(c) for c in found[:2])]
    lines.append("能否申请以经办部门认定为准。")
    return Reply("\n".join(lines), found[:2])


NEXT_YEAR = re.compile(r"明年|下一年|过了年|年后")


def answer(text: str, tracker: Tracker, as_of: date) -> Reply | None:
    """The reply to a follow-up on the clause in play, or None (not a follow-up, or nothing in play)."""
    full = full_text(text, tracker, as_of)  # "全文": the clause just quoted in part, whole
    if full is not None:
        return full
    later = after_end.reply(text, tracker, as_of)  # "过了截止日期招的还能申请吗" (eval104 UB09)
    if later is not None:
        return later
    from actions import defined_group_measures, registered_first

    first = registered_first.reply(text, tracker, as_of)  # "是不是得先登记失业" after the group's list
    if first is not None:
        return first

    granted = defined_group_measures.reply(text, tracker, as_of)  # "那认定了以后能领什么" after what the group is
    if granted is not None:
        return granted
    unset = benefit_unset.reply(text, tracker, as_of)  # "失业保险金能领多久": not set by these documents (E28)
    if unset is not None:
        return unset
    # "不是稳岗返还，是培训！培训花了5万，按80%最多补多少": the measure the sum is about, not the clause in play
    summed = sum_measure.reply(text, tracker, as_of)
    if summed is not None:
        return summed
    unwritten = unwritten_term.reply(text, tracker, as_of)  # "贴息呢？" after a text that never writes 贴息
    if unwritten is not None:
        return unwritten
    nearest = _nearest_named(text, tracker)  # "哪个文件" after "…没有直接对应的规定；以下是…最接近的" (eval68 KB04)
    if nearest is not None:
        return nearest
    cohort = cohort_named(text, tracker, as_of)  # "还没毕业的2021届学生能不能来见习" (eval67 JA04)
    if cohort is not None:
        return cohort
    kind = kind_of(text)
    if not kind:  # "合伙的呢": the case named, in the clause just cited
        from actions import condition_asked, follow_up_variants

        cite = in_play(tracker, text)[0]
        hit = clause_hit(cite, as_of) if cite else None
        if cite and BARE_CONDITIONS.match(text.strip()):  # "需要什么条件" right after a sentence (eval49 P16 heard
            # 辽政发（十八）'s 临时生活补助): the conditions are the cited sentence's own words
            rec = sentences.record_of(cite.get("clause_id") or "")
            said = sentences.sentence_of(rec, cite.get("quote") or "") if rec is not None else None
            met = sentence_pointed.answer(text, tracker, as_of, (cite, [said])) if said is not None else None
            if met is not None:
                return met
        met = condition_asked.reply(text, cite, hit, as_of, share_left.user_said(tracker))
        if met is not None:  # "那我这情况算不算不足1/3": that clause's condition, not a new search
            return met
        # "要是见习单位把俺孩子留下了呢": the sentence of the clause just cited it points at (eval6 E23, E10)
        # "怎么总提大学生 俺是种地的 贷款最多多少" (eval85 BA03): a group turned away points at no sentence
        met = _not_denied(sentence_pointed.answer(without_groups_denied(text), tracker, as_of), text)
        if met is not None:
            return met

        # "我是外地户口" while 灵活就业 社保 is discussed: that topic's sentence on it (actions/new_topic.py)
        return follow_up_variants.answer(text, tracker, as_of) or new_topic.answer(text, tracker, as_of)
    if kind == "where" and re.search(r"材料|手续|(?:什么|啥)时候(?:申请|报|办)|申请(?:时间|日期)", text):
        # "啥时候申请，去哪申请" of 18号（九）'s 2500元 (eval91 HA04 heard "没有写明…申请地点和办理流程" beside "申请日期原则上
        # 为疫情解除后3个月内"): when to apply is the procedure's sentence; the departments are said anyway
        kind = "procedure"  # "要啥材料，去哪办": the sentence on applying; the departments are said anyway
    cite, meta = in_play(tracker, text)
    # "哪个部门" alone (eval67 JB03, an agent, heard another sentence of the clause and "具体可向贷款银行咨询"): its units
    bare_who = re.fullmatch(r"[^，。,]{0,4}(?:哪个|哪些|什么)(?:部门|单位)(?:负责|管)?[？?吗呢]?", text.strip())
    listed = kind == "who" and UNITS_LISTED.search(text)
    if cite is not None and (listed or bare_who) and not meta.get("document"):
        hit = clause_hit(cite, as_of)  # "责任单位那17个你全给我列出来，我要记工单" (eval25 W13 got another clause)
        if hit is not None:
            return document_facts.departments_reply(hit, text, as_of)
    if cite is None or names_other_sum(text, cite):
        return None  # "那个3000一年的场地补贴怎么申请" after 18号（十二）'s 6000元 (eval22 T12): another measure's
    rest = own_words(text)
    if meta.get("document") and kind == "in_force" and len(rest) <= 2:  # after a document as a whole
        return document_overview.validity(meta["document"], as_of)
    if meta.get("document") and len(rest) > 2:  # "那创业担保贷款最多能贷多少" after 46号 as a whole (eval8 F32)
        return within_document.answer(text, cite, as_of)
    # "创业补贴多少钱" after the 失业保险金 clause is a new question (actions/new_topic.py);
    # "中小微企业返多少" after 稳岗返还 asks that clause's own measure
    # "我3月1号开始干的，干到6月底一共能拿多少": the person's own figures for the formula of the measure in
    # play (actions/own_figures.py) make it a follow-up, however many words of their own it has
    # a place inside the clause's own ("我在聊城 东昌府区的" after 聊城 第21条, eval25 W16 got 第7条) is no other place
    # "聊城茌平县" is one place: 茌平区, inside 聊城市
    named = [
        r
        for r in most_specific(without_places(text)[1])
        if r != cite.get("region")
        and (not regions.covers(cite.get("region") or "", r) or r in coverage.document_regions())
    ]  # the clause's own place named again ("我要大连市文件里的具体标准" after 18号（九）, eval37 Z14) is no other place  # a city inside the province's clause has texts of its own ("具体标准是多少钱 大连的" after 辽政发（十）)
    # "大连合伙能贷多少" after 聊城 第16条 (eval25 W11 heard 聊城's 60万 under 大连's clause): another place's
    # clause is answered, so the figures are never worked by the clause in play
    total = "" if named else own_figures.own_total(text, cite.get("clause_id") or "", as_of)
    if total:  # never worked for a measure the person's own figures fail (actions/failed_leaf.py)
        total = failed_leaf.line(tracker, as_of, cite.get("clause_id") or "", cite.get("quote") or "") or total
    if not total and kind in ("amount", "times") and len(rest) >= 3 and not _group_elsewhere(text, cite):
        # "灵活就业的就业困难人员补多少" after 46号（十五）: that clause's sentence on them (eval6 E32)
        # "怎么总提大学生 俺是种地的 贷款最多多少" (eval85 BA03): a group turned away points at no sentence
        met = _not_denied(sentence_pointed.answer(without_groups_denied(text), tracker, as_of), text)
        if met is not None:
            if sentence_pointed.NO_SUM_SAID in met.text and _figureless(met):
                # "灵活就业社保补贴到底补多少" on 46号（三）'s "可按规定享受…社保补贴" (eval65 HA01): the clause stating it
                place = profile_from_slots(tracker.slots).get("region") or cite.get("region")
                return _stated_elsewhere(text, cite, place, as_of) or met
            return met
    said = None if total else new_topic.verdict(text, rest, cite)
    # "那贷款呢？…能贷多少" after 聊城's 医保 clause, "那社保缓交呢" after its 稳岗返还 (eval27 Y02, Y10 heard the clause in
    # play again): a bare 那/这 before a measure the clause never names turns to that measure
    # "那招人的补贴 我们能领多少" after 聊城 第4条's 预付货款 (eval45 C18): a measure the lexicon names, the clause not
    turns_to = said == "new" and (
        bool(re.match(r"^(?:那|这)(?![个项条])", text))
        and bool(new_topic.stems_named(text) or _measure_elsewhere(text, cite) or _benefit_elsewhere(text, cite))
        # "那个残疾毕业生社保补贴60%…" after 46号（十二）'s 30% for graduates (eval45 C04): a group the clause never names
        or _group_elsewhere(text, cite)
    )
    if ANAPHORA.search(text) and not turns_to:
        said = None
    # "店还没开呢 利息咋算 国家给贴多少" after 聊城 第16条 (eval53 L06 heard 第3条's 定制化运输): a word of the clause's
    # own measure asked about ("利息": its 贴息) keeps the clause
    if said == "new" and any(w in new_topic.clause_text(cite) for w in clause_detail.asked_words(text)):
        said = None
    # "那利息谁出啊 是俺自己还是政府给贴" on 凌源's loan (eval93 JA03 heard 辽政发（十八）'s 临时生活补助): a loan's interest
    # is asked of the loan clause in play, whatever other words come with it
    if said == "new" and re.search(r"利息|贴息", text) and "贷款" in new_topic.clause_text(cite):
        said = None
    named_here = [n for n in sentences.named_subsidies(text) if n in new_topic.clause_text(cite)]
    if said == "new" and named_here:
        said = "named"  # "岗位补贴一个人给多少" after 聊城 第11条's 家政服务业岗位补贴 (eval70 MA06 heard 第9条's 50%)
    other = ANOTHER_MEASURE.search(text) or THING_NAMED.search(text)
    if other and other.group(other.lastindex or 0) not in new_topic.clause_text(cite):
        said = "new"  # "还有啥培训不 我想学个电焊证" after 失业补助金 (eval69 LA01 heard "本条原文未写所需证件")
    # "能享受几年" right after 凌源's 公益性岗位补贴 (eval93 JB02, an agent, heard a 技能提升 clause twice): how long,
    # asked in a word or two of its own, is asked of the clause in play
    bare_length = kind == "times" and len(rest) <= 2 and len(text) <= 10 and not other
    if said == "new" and not bare_length:
        return new_topic.answer(text, tracker, as_of)
    own_asked = any(w in new_topic.clause_text(cite) for w in clause_detail.asked_words(text))
    if not (said or total or ANAPHORA.search(text) or len(rest) <= 2 or in_clause(rest, cite) or own_asked):
        return None
    # "困难企业返还标准" on 聊城 第5条: its words spread in one sentence ("经营困难且恢复有望企业稳岗返还") name it
    if not in_clause(rest, cite) and not new_topic.said_apart(rest, new_topic.clause_text(cite)):
        # "能贷多少钱": the sentence on the loan ("稳岗返还怎么申请" names its own)
        rest = new_topic.measure_sentence(text, cite) or rest
    if len(named) > 1:
        return None
    hit = clause_hit(cite, as_of, region=named[0] if named else None)
    if hit is None:
        return None
    whole = bool(meta.get("whole_clause")) and not named
    if not named:
        hit = ruled_out.kept_in_clause(hit, profile_from_slots(tracker.slots), as_of)
    # "多少钱" after "大连 见习" (eval70 MB11 heard the 兜底安置 sentence); other kinds stay on the sentence cited
    about = rest or (_bare_topic(tracker, kind, new_topic.clause_text(cite)) if kind == "amount" else "")
    reply = _reply(hit, kind, as_of, text, about, whole, cite if named else None)
    end = str(((reply.citations or [{}])[0].get("validity") or {}).get("end") or "")
    if kind == "in_force" and NEXT_YEAR.search(text) and end.startswith(str(as_of.year)):
        # "明年呢" on 2020-12-20 of a measure running to 2020-12-31 (eval98 OB08): next year is past its end
        lines = reply.text.split("\n")
        lines.insert(
            -1, f"明年（{as_of.year + 1}年）已不在这一期限内；原文没有写到期后是否延续，以届时的文件和经办部门为准。"
        )
        reply.text = "\n".join(lines)
    # "原文没有写明社保补贴的具体金额或标准" too (eval65 HA01 heard it of 46号（三） twice; 46号（十二） states the 30%)
    if kind in ("amount", "times") and UNSTATED_SUM.search(reply.text) and not named:
        place = profile_from_slots(tracker.slots).get("region") or cite.get("region")
        stated = _stated_elsewhere(text, cite, place, as_of)
        if stated is not None:  # "那公益岗呢…给多少钱" on 辽宁（十六）'s list (eval46 N01): 46号（十五）'s 最低工资标准
            return stated
    quoted = (reply.citations[0].get("quote") or "") if reply.citations else ""
    # a tax asked of a sentence naming none (a loan's amount has its own "没有写明…" line: new_topic.unsaid_line)
    if kind == "amount" and not named and "税" in text and "税" not in quoted:
        # "那税呢…招下岗失业的能减税，一年能减多少" on 辽政发（二） (eval95 LA06 heard its 1% premium rate twice): the sentence
        # quoted names no such measure; the person's place states it (大政发〔2020〕18号（二）'s 7800元 扣减)
        place = profile_from_slots(tracker.slots).get("region") or cite.get("region")
        stems = [w for alts in new_topic.stems_named(text) for w in alts if len(w) >= 2]
        stated = _stated_elsewhere(text, cite, place, as_of, stems)
        if stated is not None:
            return stated
    reply.meta["whole_clause"] = whole  # "这条谁负责" then "这条有实施期限吗": still the clause read whole
    if not total and re.search(r"\d", text) and re.search(r"返|拿|领|补|多少", text):
        # "就是说能返3万？" from a firm whose own layoff rate fails the clause (eval55 I18): the condition failed, said
        total = failed_leaf.line(tracker, as_of, cite.get("clause_id") or "", reply.text)
    if total:  # "去年交了2万块失业保险费，能返多少": 20000元 × 50%, by the rule's formula
        return new_topic.with_line(reply, total)
    # "本条没有对中小微企业另定标准"; where the person is, as said in the conversation
    from actions.form_plan import said_so_far

    said_places = most_specific(regions.regions_in_text(" ".join(said_so_far(tracker)[-4:])))
    place = profile_from_slots(tracker.slots).get("region") or (said_places[0] if len(said_places) == 1 else None)
    return new_topic.with_unsaid(reply, text, cite, place) if said == "own" else reply


def _not_denied(met: Reply | None, text: str) -> Reply | None:
    """None for a sentence of a case the person says is not theirs: "不是平台的个人…能不能申请创业担保贷款" (eval89 FA12
    heard "平台就业人员购置生产经营必需工具的，可申请创业担保贷款及贴息" twice)."""
    quoted = "".join((c.get("quote") or "") for c in (met.citations if met is not None else []))
    denied = clause_detail.denied_cases(text)
    return None if met is None or any(d in quoted for d in denied) else met


def _figureless(reply: Reply) -> bool:
    """The sentence quoted first states no figure (46号（三）'s "可按规定享受灵活就业人员社保补贴")."""
    quoted = [c.get("quote") or "" for c in reply.citations[:1]]
    return bool(quoted) and not any(sentences.has_feature(q, "amount") for q in quoted)


def _reply(hit: dict, kind: str, as_of: date, text: str, rest: str, whole: bool, elsewhere: dict | None) -> Reply:
    if kind == "document":
        return document_facts.document_reply(hit)
    if kind == "who":
        return document_facts.departments_reply(hit, text, as_of)
    if elsewhere is not None and kind == "amount":
        # "具体标准是多少钱 大连的" after 辽政发（十）: the place's figure for what the province left open
        # there ("对吸纳…的企业，按…给予一次性吸纳就业补贴，具体标准由各市政府确定", no amount)
        rest = "".join(open_measures(elsewhere)) or rest
    reply = clause_detail.detail(hit, kind, as_of, text, about=rest, whole=whole)
    return province_says.with_province(reply, hit, text, as_of) if "本条原文未写" in reply.text else reply


def open_measures(cite: dict) -> list[str]:
    """The sentences of the cited clause stating a measure without its figure."""
    rec = sentences.record_of(cite["clause_id"])
    if rec is None:
        return []
    return [
        s.text
        for s in rec.sentences
        if sentences.compact(s.text).startswith("对") and not sentences.has_feature(s.text, "amount")
    ]


def _benefit_elsewhere(text: str, cite: dict) -> bool:
    """ "那我能去公益性岗位不 一个月给多少" after 辽政发（十六）'s list of groups (eval52 Y05 heard that list three times): a
    measure the clause never writes."""
    from answers.measure_exists import BENEFIT_WORDS, terms_in, written

    said = sentences.compact(new_topic.clause_text(cite))
    return any(w in BENEFIT_WORDS and not written(w, said) for w, _ in terms_in(text))


def _measure_elsewhere(text: str, cite: dict) -> bool:
    """Whether the message names, through the lexicon, a measure ("一次性吸纳就业补贴") the clause in play never writes."""
    from actions import scope

    said = new_topic.clause_text(cite)
    return any(scope.PAYS.search(t) and t not in said for t in scope.message_terms(text))


def _group_elsewhere(text: str, cite: dict) -> bool:
    """Whether no one sentence of the clause in play holds the groups the message names with its figures (46号（十二）
    names 残疾 in its 1000元 sentence and 60% in its 30% one: "残疾…60%" is neither)."""
    groups = {m.group() for m in new_topic.OWN_GROUPS.finditer(text)}
    if not groups:
        return False
    figures = set(re.findall(r"\d+(?:\.\d+)?\s*[%％元]", text))
    rec = sentences.record_of(cite.get("clause_id") or "")
    if rec is None:
        return False
    return not any(all(w in s.text for w in groups | figures) for s in rec.sentences)


def _stated_elsewhere(
    text: str, cite: dict, region: str | None, as_of: date, stems: list[str] | None = None
) -> Reply | None:
    """The answer of another clause where the person is whose sentence names the measure asked and states its sum,
    when the clause in play states none (answers/amount_first.py decides the sentence)."""
    from answers import amount_first, not_yet_issued
    from answers.clause_answer import search_answer
    from retrieval.search import search

    found = search(text[:200], region=region, top_k=5, as_of=as_of).model_dump()
    found["results"] = not_yet_issued.hits_issued(found["results"], as_of)[0]
    first = amount_first.amount_first({**found, "query": text})
    top = (first.get("results") or [None])[0]
    words = [w for w, _ in amount_first.terms_in(text) if w not in amount_first.GROUPS]
    rec = sentences.record_of(top["clause_id"]) if top is not None and not words and stems else None
    if rec is not None:  # "能减多少" names its measure by a verb only: the first of its words the top's clause writes
        words = [w for w in stems or [] if w in rec.text][:1]
    if top is None or top["clause_id"] == cite.get("clause_id") or not words or not amount_first.states(top, words):
        return None
    return search_answer(first)
