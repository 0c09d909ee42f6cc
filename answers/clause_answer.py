"""A cited answer to a free question, from a search response (contract "Search result" shape).

The sentence(s) that answer the kind of question, whole (answers.sentences), the document and
clause, the departments as the text lists them, each quoted sentence's own validity in words on
the as-of date, and who to ask; then up to two further clauses where they differ in region or
topic ("the same question is answered differently in 凌源"). A top clause that shares no content
word with the question is not presented as the answer (see confidence.py).

A clause named by its document and number ("18号文第十五条", the search's `exact_reference`) is the
answer itself: it is quoted whole, sentence by sentence with each one's own validity, and never
prefaced as "the closest match".
"""

from __future__ import annotations

import re
from datetime import date

from answers import (
    citations,
    confidence,
    measures,
    missing_clause,
    notices,
    other_name,
    own_place,
    period_links,
    rent_for_carriers,
    sentences,
    topic_sentence,
    unwritten_terms,
    validity_words,
    years_short,
)
from answers.amount_first import amount_first
from answers.departments import UNITS_LISTED, departments_text, named_unit
from answers.in_force_first import NOT_YET, in_force_first
from answers.measure_first import measure_first
from answers.models import Reply, button
from answers.sentences import Quote
from knowledge import regions
from knowledge.records import Sentence

MAX_EXTRA = 2
EXTRA_QUOTE = 100  # characters of a further clause's quote: the main answer comes first
# a clause asked for whole, as a hotline agent says it
# "辽政发〔2020〕9号第一条原文": an agent asking for a clause's text wants all of it (eval37 Z23, Z16, Z14 each had the
# sentence they needed behind "前N句；回复“全文”"); a clause named without "原文" is its first screen
WORD_FOR_WORD = re.compile(r"一字不差|逐字|一字一句|原文照念|整条原文|整条|完整(?:的)?原文|全文|原文(?![没未不])")
EXTRA_MIN_SCORE = 0.6  # scores are scaled to the best hit (1.0); below this a clause is a stray
NOT_SAID = "原文未载明办理材料、地点和时限。"
NO_TIME_LIMIT = "原文没有写明办理时限（多久审批、多久到账）。"
NO_AMOUNT = "原文没有写明具体金额，具体数额以经办部门核定为准。"
NO_SUM_RATE = "原文写的是比例或标准（见上文引文），没有写明具体金额，具体数额以经办部门核定为准。"
# a share of a cost ("应缴纳社会保险费的30%给予") or a local standard ("补贴标准为当地最低工资标准"): the answer given
RATE_OF_COST = re.compile(r"的\d+(?:\.\d+)?%给予|标准为当地[\u4e00-\u9fff]{2,12}标准|最低工资标准的\d+%")
NO_DURATION = "所引原文没有写明期限长短（多长时间、几个月），以经办部门认定为准。"
MONEY_ASKED = re.compile(r"多少钱|几个钱|多少块|给多少|发多少|补多少")
MONEY = re.compile(r"\d\s*(?:万?元|块)")
DURATION_ASKED = re.compile(r"多长时间|几个月|多久|多长|几年")
DURATION = re.compile(r"(?<![\d.])\d{1,2}\s*(?:个月|年|天)|[一二两三四五六七八九十]+(?:个月|年)")  # not "2020年"
NO_MATERIALS = "原文没有列出办理需要带的材料，以经办部门要求为准。"
NO_FIGURE = "所引原文没有写具体数字，以经办部门认定为准。"
# "大连的文件里写没写裁员率的具体数字" (eval21 S23 asked three times and heard no yes or no)
FIGURE_ASKED = re.compile(
    r"具体(?:的)?(?:数字|数|比例|比率|百分比)|(?:写没写|有没有|有无|写了)[^，。？?]{0,8}(?:数字|比例|百分之|几个点)"
)
MATERIALS_ASKED = re.compile(r"材料|带啥|带什么|带哪些|要带|身份证|证件|户口本")


def quotes_for(
    hit: dict, query: str = "", expanded=(), limit: int = 2, max_quote: int = sentences.MAX_QUOTE
) -> list[Quote]:
    """The sentences of the hit's clause that answer `query` (empty when the clause is not in the
    built records, e.g. a record from another build: then the highlights are quoted as they are)."""
    rec = sentences.record_of(hit["clause_id"])
    if rec is None:
        return []
    words = confidence.content_words(query, expanded) if query else []
    chosen = sentences.choose(rec, query, hit.get("highlights") or [], words, limit, max_quote)
    # "大连2500元一次性吸纳就业补贴 现在还有没有" (eval48 M24 heard 18号（九）'s 2000元/1000元 sentence): the one sentence
    # of the clause stating the sum the question names is the answer (the sentences beside it are other measures)
    held = topic_sentence.holding_sum([x for x in rec.sentences if not sentences.is_heading(rec, x)], query)
    if len(held) == 1 and not any(q.sentence == held[0] for q in chosen[:1]):
        return [sentences.quote_of(held[0], words, limit=max_quote)]
    return _each_aspect(rec, chosen, query, words, max_quote)


# "聊城 稳岗返还 裁员率标准 返还比例 分别是多少" (eval95 LB09, an agent, heard the 裁员率 sentence alone, then "没有写到这种情况"
# of the 50%): each aspect asked has its sentence
EACH_ASKED = re.compile(r"分别|各自|各是|各为")
ASPECT = re.compile(r"^([\u4e00-\u9fff]{2,5}?)(?:的)?(?:标准|比例|额度|期限|条件|金额)$")


def _each_aspect(rec, chosen: list[Quote], query: str, words, max_quote: int) -> list[Quote]:
    if not EACH_ASKED.search(query or ""):
        return chosen
    roots = [m.group(1) for piece in re.split(r"[\s，,、和及与]+", query) if (m := ASPECT.match(piece))]
    out = list(chosen)
    for root in roots:
        # the root's first sentence not quoted yet ("返还" is also in "稳岗返还裁员率标准…": the 50% is another's)
        quoted = {q.sentence.index for q in out}
        if any(root in q.text and q.sentence.index not in {c.sentence.index for c in chosen} for q in out):
            continue
        found = next(
            (x for x in rec.sentences if root in x.text and not sentences.is_heading(rec, x) and x.index not in quoted),
            None,
        )
        if found is not None and len(out) < len(roots) + 1:
            out.append(sentences.quote_of(found, words, limit=max_quote))
    return sorted(out, key=lambda q: q.sentence.index) if len(out) > len(chosen) else chosen


def whole_clause(hit: dict) -> list[Quote]:
    """Every sentence of the hit's clause but its heading, whole (a clause looked up by number)."""
    rec = sentences.record_of(hit["clause_id"])
    if rec is None:
        return []
    return [Quote(s, s.text.strip(), False) for s in rec.sentences if not sentences.is_heading(rec, s)]


# a clause asked for by number alone ("大政发〔2020〕18号第十七条"): read whole up to this many characters (eval44
# D13, D15, D16, agents, got 7 of 10 sentences, and the one cut was the answer to their next question)
LOOKUP_TOTAL = 720


def _first_screen(quotes: list[Quote], most: int = sentences.MAX_TOTAL) -> list[Quote]:
    """The clause's first sentences, in order, that fit one phone screen (at least one)."""
    out: list[Quote] = []
    for q in quotes:
        if out and sum(len(x.text) for x in out) + len(q.text) > most:
            break
        out.append(q)
    return out


def _with_rest_offer(body: str, shown: int, total: int, which: str = "前") -> str:
    """ "（本条共9句，以上是前2句；回复“全文”查看全部）" after the quotes, before the departments."""
    lines = body.split("\n")
    last_quote = max(i for i, line in enumerate(lines) if line.startswith("“"))
    lines.insert(last_quote + 1, f"（本条共{total}句，以上是{which}{shown}句；回复“全文”查看全部）")
    return "\n".join(lines)


def _texts(hit: dict, quotes: list[Quote], limit: int) -> list[str]:
    if quotes:
        return [q.text for q in quotes]
    found = [h for h in hit.get("highlights") or [] if h]
    return found[:limit] or [(hit.get("text") or "").split("\n")[0]]


def _validities(hit: dict, quotes: list[Quote], as_of: date, periods: dict[int, Sentence] | None = None) -> list[dict]:
    """Each quote's own validity; a sentence whose period another quoted sentence states (`periods`:
    sentence index -> that sentence) says that period."""
    rec = sentences.record_of(hit["clause_id"])
    if rec is None or not quotes:
        return [hit["validity"]]
    periods = periods or {}
    return [validity_words.own(rec, periods.get(q.sentence.index, q.sentence), as_of) for q in quotes]


def with_periods(hit: dict, quotes: list[Quote]) -> tuple[list[Quote], dict[int, Sentence]]:
    """The chosen quotes plus, for a quoted measure whose period a neighbouring sentence states, that
    sentence (quoted too, so the date said is read in the answer)."""
    rec = sentences.record_of(hit["clause_id"])
    if rec is None:
        return quotes, {}
    periods: dict[int, Sentence] = {}
    out = list(quotes)
    for q in quotes:
        p = measures.period_partner(rec, q.sentence)
        if p is None:
            continue
        periods[q.sentence.index] = p
        if all(x.sentence.index != p.index for x in out):
            out.append(sentences.quote_of(p))
    return sorted(out, key=lambda x: x.sentence.index), periods


NAMED_MIN = 4  # character pairs a lookup's words share with one sentence, more than with any other


def named_sentence(hit: dict, query: str) -> Sentence | None:
    """The one sentence a clause lookup also names by its words ("大政发〔2020〕18号第十二条 残疾人创业场地
    补贴标准" → the 6000元/年 premises sentence, evaluation N08): a later "这条现在还有效吗" is about it, not
    about the clause's other, dated sentence. None when the words point at no single sentence."""
    rec = sentences.record_of(hit["clause_id"])
    if rec is None:
        return None
    words = sentences.compact(query)
    pairs = {words[i : i + 2] for i in range(len(words) - 1)}
    scored = sorted(
        ((sum(p in sentences.compact(s.text) for p in pairs), s.index) for s in rec.sentences),
        reverse=True,
    )
    if not scored or scored[0][0] < NAMED_MIN or (len(scored) > 1 and scored[1][0] >= scored[0][0] - 1):
        return None
    return rec.sentences[scored[0][1]]


def verbatim(text: str) -> str:
    """A quote without its cut marks: the verbatim clause text a citation carries."""
    return text.strip("…")


def clause_block(
    hit: dict,
    as_of: date,
    query: str = "",
    expanded=(),
    quotes: list[Quote] | None = None,
    periods: dict[int, Sentence] | None = None,
) -> tuple[str, dict]:
    """(text, citation); `quotes` given (the console names the sentences) are quoted as they are,
    `periods` (with_periods) saying which quoted sentence states another's period."""
    periods = dict(periods or {})
    if not quotes:  # chosen here: a measure's period stated by a neighbouring sentence comes with it
        quotes, periods = with_periods(hit, quotes_for(hit, query, expanded))
    texts = _texts(hit, quotes, 3)
    cite = citations.from_hit(hit, verbatim(texts[0]))
    validities = _validities(hit, quotes, as_of, periods)
    cite["validity"] = validities[0]
    unit = named_unit(hit.get("departments", []), texts)
    lines = [
        f"根据{citations.where(cite)}：",
        *[f"“{t}”" for t in texts],
        f"责任单位：{_units(hit, query)}。",
    ]
    told = any(sentences.has_feature(t, "procedure") or sentences.has_feature(t, "where") for t in texts)
    if sentences.question_kind(query) == "procedure" and not told:
        lines.append(NOT_SAID)
    elif MATERIALS_ASKED.search(query) and not any(re.search(r"材料|证件|身份证", t) for t in texts):
        lines.append(
            NO_MATERIALS
        )  # "上哪登记，带啥材料？身份证要不要": where is quoted, what to bring is not (eval18 P20)
    elif FIGURE_ASKED.search(query) and not re.search(r"\d|[一二三四五六七八九十百]+(?:个月|年|%)", texts[0]):
        lines.append(NO_FIGURE)  # the sentence that answers (quoted first) has none; a neighbour's "1%" is another's
    elif sentences.TIMING_ASKED.search(query) and not any(sentences.has_feature(t, "timing") for t in texts):
        lines.append(NO_TIME_LIMIT)  # "…去哪申请，多久能批下来": the time asked is not in the text (eval6 E31)
    elif sentences.question_kind(query) == "amount" and (
        no_figure(hit)
        or money_unsaid(hit, query)
        or not any(sentences.has_feature(t, "amount") for t in about_measure(texts, query))
    ):  # "大连的见习补贴一个月多少" (eval22 T16): the sentences quoted state no sum, whatever the clause's others do
        lines.append(NO_AMOUNT)  # "失业保险金一个月能领多少": the 标准 is quoted, no figure is given (eval8 F12)
    if (
        MONEY_ASKED.search(query)
        and NO_AMOUNT not in lines
        and not any(MONEY.search(t) for t in about_measure(texts, query))
    ):
        lines.append(NO_AMOUNT)  # "见习一个月能给多少钱" (eval33 W04): a 50% 留用率 is no sum of money
    if NO_AMOUNT in lines and any(RATE_OF_COST.search(t) for t in about_measure(texts, query)):
        # "…应缴纳社会保险费的30%给予补贴" (eval40 H01 heard only "没有写明具体金额"): the share is the answer given
        lines[lines.index(NO_AMOUNT)] = NO_SUM_RATE
    if (
        DURATION_ASKED.search(query)
        and not sentences.TIMING_ASKED.search(query)
        and not any(states_length(t) for t in texts)
    ):
        lines.append(NO_DURATION)  # "能见习多长时间": the quoted sentences give no length
    linked = period_links.line(hit["clause_id"], texts, as_of) if DURATION_ASKED.search(query) else None
    if linked is not None:  # "补贴期限按现行规定执行": what a collected text gives for it (eval40 H09)
        lines = [x for x in lines if x != NO_DURATION] + [linked[0]]
    lines += scope_lines(hit, texts)
    lines.append(validity_words.per_quote(validities, as_of, unit))
    changes = validity_words.amendments_on(hit.get("amended_by") or [], as_of)
    lines += [validity_words.amended_words(a) for a in changes if bears_on(a, texts)]
    return "\n".join(lines), cite


# "为高校毕业生（毕业5年内，下同）": a term the clause scopes for the rest of its document
SCOPED = re.compile(r"([\u4e00-\u9fff]{2,8})[（(]([^（）()]{1,60}，下同)[）)]")


def scope_lines(hit: dict, texts: list[str]) -> list[str]:
    """The clause's own scope of a term the quoted sentences use without it ("对高校毕业生自主创业的项目实行全额贴息" beside
    "高校毕业生（毕业5年内，下同）": eval97 NB06, three years out of school, never heard the five years)."""
    rec = sentences.record_of(hit.get("clause_id") or "")
    whole = rec.text if rec is not None else ""
    out = []
    for m in SCOPED.finditer(whole):
        said = m.group(1)
        # "下同" reaches forward only: 46号（十二）'s 见习 and 1000元 sentences come before "高校毕业生（毕业5年内，下同）" (eval100
        # QB04, QB10, QA08 were told the five years of them)
        after = [t for t in texts if whole.find(t.strip("“”…")[:12]) > m.start()]
        term = next((said[-k:] for k in range(len(said), 1, -1) if any(said[-k:] in t for t in after)), "")
        if len(term) >= 3 and not any(m.group(0) in t for t in texts):
            out.append(f"本条所说的“{term}”，原文注明“{term}（{m.group(2)}）”。")
    return out


# what a sum is of: "创业担保贷款…额度和贴息" asks the loan's, whatever figure a neighbouring sentence states
MEASURE_NOUNS = ("贷款", "贴息", "补贴", "补助", "返还", "奖补", "奖励")


def about_measure(texts: list[str], query: str) -> list[str]:
    """The quoted sentences about the measure the question names (eval33 W14: "…创业担保贷款…额度和贴息" heard the
    loan sentence and a 1% premium rate, and no "原文没有写明具体金额"); all of them when it names none."""
    # "见习补贴一个月给多少钱" beside 46号（十二）'s 1000元 求职创业补贴 (a near tie in the search put it first): the measure
    # by its own two words, where a quoted sentence has them
    compounds = re.findall(r"[\u4e00-\u9fff]{2}(?:" + "|".join(MEASURE_NOUNS) + ")", query or "")
    own = [t for t in texts if any(c in t for c in compounds)]
    if own:
        return own
    named = [w for w in MEASURE_NOUNS if w in (query or "")]
    about = [t for t in texts if any(w in t for w in named)]
    return about or texts


def states_length(text: str) -> bool:
    """A length of time the sentence gives, not a condition on the person ("离校2年内未就业" is who, not how long)."""
    return any(
        not re.search(r"(?:离校|毕业|退休|参保)[^，。；]{0,2}$", text[: m.start()]) for m in DURATION.finditer(text)
    )


def money_unsaid(hit: dict, query: str) -> bool:
    """Money per person asked ("每个学员补多少钱") and no sentence of the clause states a sum of money."""
    rec = sentences.record_of(hit["clause_id"])
    return rec is not None and sentences.money_unsaid(query, [s.text for s in rec.sentences])


def no_figure(hit: dict) -> bool:
    """No sentence of the hit's clause states an amount (a figure, 全额, 减半…): the question of how much is not
    answered by this clause, and that is said."""
    rec = sentences.record_of(hit["clause_id"])
    return rec is not None and not any(sentences.has_feature(s.text, "amount") for s in rec.sentences)


AMENDED_MEASURE = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:返还|培训|补贴|补助|贷款|贴息|费率)")


def bears_on(amendment: dict, texts: list[str]) -> bool:
    """Whether a later text's change of period is about a quoted sentence: it names the measures it
    changes ("…稳岗返还及困难企业开展职工在岗培训的补贴政策…"), so a 学徒 sentence of the same clause is not
    said to be extended. Without the amending words the note is kept (never hide a change)."""
    quote = sentences.compact(amendment.get("quote") or "")
    names = {m[-4:] for m in AMENDED_MEASURE.findall(quote) if len(m) >= 4}
    if not names:
        return True
    said = sentences.compact("".join(texts))
    return any(n in said for n in names)


def _extras(hits: list[dict], as_of: date) -> list[dict]:
    top = hits[0]
    seen = {(top.get("region"), top.get("heading"))}
    out = []
    for h in hits[1:]:
        key = (h.get("region"), h.get("heading"))
        if h.get("score", 0) < EXTRA_MIN_SCORE or key in seen:
            continue
        if h.get("issued") and date.fromisoformat(h["issued"][:10]) > as_of:
            continue  # a text not yet issued on the day asked is no "other rule" then (eval17 O22, 2019-10-01)
        if h.get("region") == top.get("region") and h.get("doc_id") == top.get("doc_id"):
            continue  # same document and place: not a different answer, just a neighbour
        seen.add(key)
        out.append(h)
        if len(out) == MAX_EXTRA:
            break
    return out


def extra_line(h: dict, as_of: date, query: str = "", expanded=()) -> tuple[str, dict]:
    """ "· 《…》（十四）（辽宁省，已到期（至2020年12月31日））：“…”": one sentence, its own validity."""
    quotes = quotes_for(h, query, expanded, limit=1, max_quote=EXTRA_QUOTE)
    text = _texts(h, quotes, 1)[0]
    c = citations.from_hit(h, verbatim(text))
    c["validity"] = _validities(h, quotes, as_of)[0]
    return (
        f"· {citations.doc_name(c)}{citations.label_words(c)}（{h.get('region')}，{validity_words.badge(c['validity'])}）：“{text}”",
        c,
    )


def _clause_before_cover(response: dict) -> dict:
    """ "俺从外地打工回来了 想在凌源搞养殖 咋整 有钱补不" (eval10 H29) was answered with 凌源's cover letter ("现将《…》
    印发给你们"): a transmittal line answers no question; the best clause found leads instead."""
    return {**response, "results": clause_first(list(response.get("results") or []), ("cover",))}


def clause_first(hits: list[dict], kinds: tuple[str, ...], same_document: bool = False) -> list[dict]:
    """`hits` with the best clause moved above a top hit of one of `kinds` (a cover letter, a preamble); with
    `same_document`, only a clause of the top hit's own document."""
    rec = sentences.record_of(hits[0]["clause_id"]) if hits and not hits[0].get("exact_reference") else None
    if rec is None or rec.kind not in kinds:
        return hits
    clause = next(
        (
            h
            for h in hits
            if (r := sentences.record_of(h["clause_id"]))
            and r.kind == "clause"
            and (not same_document or r.doc_id == rec.doc_id)
        ),
        None,
    )
    return hits if clause is None else [clause] + [h for h in hits if h is not clause]


def _other_name(hit: dict, query: str) -> tuple[list[Quote] | None, str] | None:
    """(quotes beginning with the sentence naming the asked name's core, the line saying the names differ)."""
    rec = sentences.record_of(hit["clause_id"])
    said = other_name.lead(rec, query) if rec is not None else None
    if said is None:
        return None
    own, other, line = said
    if own is None:
        return None, line
    return [Quote(own, own.text.strip(), False), Quote(other, other.text.strip(), False)], line


def _units(hit: dict, query: str) -> str:
    units = hit.get("departments", [])
    # a list of up to 6 is said whole (eval67: agents asked again after "等5个单位")
    whole = UNITS_LISTED.search(query) or len(units) <= 6
    return departments_text(units, hit.get("lead_departments"), limit=len(units) if whole else 4)


def _with_unwritten(body: str, query: str, top: dict, cite: dict, as_of: date) -> str:
    """ "凌源14号文里创业担保贷款额度是多少，贴息怎么算": the part the quoted text never writes, said after it."""
    term = unwritten_terms.unwritten(query, top.get("doc_id"), as_of)
    body = f"{body}\n{unwritten_terms.line(term, citations.doc_name(cite))}" if term else body
    rent = rent_for_carriers.line(query, body, top.get("region"), as_of)
    body = f"{body}\n{rent}" if rent else body
    years = years_short.line(query, cite.get("quote") or "")
    return f"{body}\n{years}" if years else body


def ordered(response: dict) -> dict:
    """The hits in the order an answer reads them: a clause before a document's cover, what applied that day before
    a text not yet in force, the place's own before another's."""
    return amount_first(own_place.own_first(measure_first(in_force_first(_clause_before_cover(response)))))


def search_answer(response: dict, notice: str | None = None) -> Reply:
    """Compose the answer to `response` (a SearchResponse as a dict)."""
    as_of = date.fromisoformat(response["as_of"])
    response = response if response.get("ordered") else ordered(response)
    hits = response.get("results") or []
    query, expanded = response.get("query", ""), response.get("expanded_terms", ())
    head = [notice] if notice else []
    unknown = (response.get("reference") or {}).get("unknown_document")
    if unknown and hits and (response.get("reference") or {}).get("unnumbered_match"):
        # "聊政发〔2020〕5号 第6条" (eval82 YB01 heard the nearest clause, 第4条): the place's collected notice of that
        # year carries no number, so that notice's clause is read, and the number is not confirmed
        head.append(
            f"收录的{hits[0].get('region') or ''}文件原文未载文号，无法确认是否就是{unknown}；以下按该文件的对应条款作答："
        )
    elif unknown and hits:  # "鲁政发〔2020〕5号第几条…" (eval9 G34): never quoted as if it were that text
        head.append(f"收录的文件中没有{unknown}的原文；以下是收录文件中与您的问题最接近的规定，不是{unknown}本身：")
    missing = missing_clause.reply(response)  # "…9号第三十条": not another clause under "根据"
    if missing is not None:
        return Reply("\n".join(head + [missing.text]), missing.citations, missing.buttons, meta=missing.meta)
    if not hits:
        return Reply(
            "\n".join(head + [notices.NOTHING_FOUND]),
            buttons=[button("转人工", "/handoff")],
            meta={"low_confidence": True},
        )
    top = hits[0]
    named_docs = (response.get("reference") or {}).get("doc_ids") or []
    if (top.get("exact_reference") or top.get("doc_id") in named_docs) and WORD_FOR_WORD.search(query):
        # "把大政发〔2017〕46号第十五条原文一字不差给我发一下" (eval29 P13 got 5 of its 9 sentences)
        # "凌政发〔2019〕14号里关于创业担保贷款的那条原文…一字不差" (eval17 O13 got its first sentence, unmarked): the
        # clause of the named document, whole
        top = {**top, "exact_reference": True, "full_text": True}
    if top.get("exact_reference"):  # the clause asked for by number: its first sentences, the rest on request
        every = whole_clause(top)
        record = sentences.record_of(top["clause_id"])
        topic = topic_sentence.of(record, query) if record is not None and not top.get("full_text") else None
        # "18号文第九条 申请时间": the sentence on when to apply first, not the clause's first two
        quotes = (
            every
            if top.get("full_text")
            else _first_screen(topic_sentence.first(every, topic))
            if topic
            else _first_screen(every, LOOKUP_TOTAL)
        )
        body, cite = clause_block(
            top, as_of, query, expanded, quotes=quotes or None, periods=with_periods(top, quotes)[1]
        )
        named = named_sentence(top, query) or topic
        if named is not None and record is not None:  # "…第十二条 残疾人创业场地补贴标准": that sentence is in play
            cite["quote"] = named.text.strip()
            cite["validity"] = validity_words.own(record, named, as_of)
        meta = {"low_confidence": False, "clause_ids": [cite["clause_id"]], "whole_clause": named is None}
        body = _with_unwritten(body, query, top, cite, as_of)
        if len(quotes) < len(every) and (named is None or topic is not None):  # the rest when asked ("全文")
            body = _with_rest_offer(body, len(quotes), len(every), "其中" if topic is not None else "前")
            meta["more_sentences"] = len(every) - len(quotes)
        return Reply("\n".join(head + [body]), [cite], meta=meta)
    if not confidence.is_confident(query, top, expanded) and (top.get("validity") or {}).get("status") == NOT_YET:
        # the closest clause only a guess, and its text not yet issued on the day asked (eval25 W14 heard 辽政发
        # 〔2020〕9号 "尚未实施" for a 2019 凌源 question): the closest text that existed then, if any
        top = next((h for h in hits if (h.get("validity") or {}).get("status") != NOT_YET), top)
    renamed = _other_name(top, query)  # "一次性创业补贴": no document's name; not the 项目推荐补贴 as if it were (W21)
    body, cite = clause_block(top, as_of, query, expanded, quotes=renamed[0] if renamed else None)
    if renamed:
        head.append(renamed[1])
        if "这一句没有写金额" in renamed[1]:  # said of the sentence, beside the other's sum (eval93 JB04)
            body = body.replace(f"\n{NO_AMOUNT}", "")
    if not confidence.is_confident(query, top, expanded):
        text = "\n".join(head + [notices.LOW_CONFIDENCE, body, notices.OFFER_HUMAN])
        return Reply(text, [cite], [button("转人工", "/handoff")], meta={"low_confidence": True})
    parts, cites = head + [_with_unwritten(body, query, top, cite, as_of)], [cite]
    extras = _extras(hits, as_of)
    lines = [extra_line(h, as_of, query, expanded) for h in extras]
    # "疫情防控期间…" beside a 2026 question that names no epidemic (eval72 OA01, a garage, heard the 重点保障企业's
    # 1000元 as a related rule): the epidemic years' sentences are no news years later, unless asked
    kept = [
        (h, x)
        for h, x in zip(extras, lines, strict=True)
        if validity_words.EPIDEMIC_ASKED.search(query or "")
        or not validity_words.epidemic_long_past(x[1].get("validity") or {}, as_of)
    ]
    if kept:
        # a Dalian resident's Liaoning clauses are no "other place" (eval9 G21, G30, G31)
        own = all(regions.covers(h.get("region") or "", top.get("region") or "") for h, _ in kept)
        parts.append("其他相关规定：" if own else "其他地区或人群的相关规定：")
        for _, (line, c) in kept:
            parts.append(line)
            cites.append(c)
    return Reply("\n".join(parts), cites, meta={"low_confidence": False, "clause_ids": [c["clause_id"] for c in cites]})
