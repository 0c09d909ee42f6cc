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
    benefit_unset,
    new_topic,
    own_figures,
    province_says,
    sentence_pointed,
    share_left,
    sum_measure,
    within_document,
)
from actions.dialogue_state import bot_messages_back
from actions.profile import TOPIC
from actions.unheard import unheard_clause
from answers import clause_detail, document_facts, document_overview, sentences
from answers.clause_answer import search_answer
from answers.models import Reply
from knowledge import regions
from retrieval.search import search

FOLLOW_UP = [  # order: the more specific first
    ("document", re.compile(r"文号|哪个文件|什么文件|文件名|发文|哪个单位发|印发|出自")),
    ("who", re.compile(r"牵头|谁负责|哪个部门负责|负责单位|责任单位|主管部门|谁管|归谁管|哪个单位负责")),
    (
        "in_force",
        re.compile(
            r"还执行|还有效|还在执行|还实行|现在还(?:有|能|管用|算|是|给|发)|过期了|到期了|还作数|到啥时候|到什么时候|"
            r"啥时候到期|什么时候到期|哪天到期|有效期|实施期限|期限吗|截止|以后呢|之后呢|"
            r"(?:从|打|自)?(?:什么|啥)时候(?:开始|起)|何时(?:开始|起)|哪天(?:开始|起)|开始(?:执行|实施)|起执行"
        ),
    ),
    ("timing", sentences.TIMING_ASKED),  # "多久到账" is how long the office takes, before "多久"
    ("times", re.compile(r"几次|几年|多久|多长时间|领多长|期限多长|能领几|领几个月|[给补发享]几个月|多少个月")),
    (
        "where",
        re.compile(
            r"去哪|到哪|上哪|在哪(?:儿|里|裡)?(?:办|申请|申請|领|报名)|哪里(?:办|报名)|哪儿(?:办|报名)|找谁|哪个部门|哪办|找哪|哪裡"
        ),
    ),
    (
        "procedure",
        re.compile(
            r"怎么申请|如何申请|咋申请|怎么办理|怎么领|咋领|材料|手续|流程|利息|贴息|抵押|"
            r"担保人|反担保|要啥|需要什么|要什么|怎么弄|咋弄|多长时间能批|啥时候到账|啥时候给|什么时候给|预支|先给|一半"
        ),
    ),
    (
        "amount",
        re.compile(r"多少钱|给多少|领多少|补多少|贷多少|能贷多少|补贴多少|额度|标准|多少|几档|档次|咋算|怎么算"),
    ),
]
ANAPHORA = re.compile(
    r"^(?:那|这|那个|这个|它|该|这项|那项)|那个补贴|这个补贴|这个政策|那个政策|上面|刚才|这条|那条|原文|本条"
)
# What a follow-up says besides its question words: "原文写没写具体多少钱" says nothing new;
# "稳岗返还怎么申请" names a new topic.
FILLER = re.compile(
    r"原文|具体|真的|写没写|写了没|有没有|说没说|怎么写的?|咋写的?|写的|规定的?|到账|多少|怎么|按啥|按什么|啥|什么|"
    r"时候|单位|部门|哪个|哪|谁|每个|个人|一个|一下|我们|俺们|人家|呢|最高|最多|最长|封顶|上限|开始|执行|"
    r"[能可以要得还现在吗呢啊呀吧的了我俺咱去都就该这那个些是么请问咋算不办次年钱给补，。,.!！?？\s]"
)
RECENT_TURNS = 4


def kind_of(text: str) -> str | None:
    return next((kind for kind, pattern in FOLLOW_UP if pattern.search(text)), None)


def without_places(text: str) -> tuple[str, list[str]]:
    """The text without the covered places it names, and those places."""
    named = regions.regions_in_text(text)
    rest = text
    for alias in sorted([a for a, canon in regions._alias_map().items() if canon in named], key=len, reverse=True):
        rest = rest.replace(alias, "")
    return re.sub(r"^(?:省里|省里的|市里|市里的)", "", rest), named


def own_words(text: str) -> str:
    """What is left of a message without its follow-up words and fillers: "稳岗返还怎么申请" keeps
    "稳岗返还" (a new topic), "去哪办" keeps nothing (about the clause just cited)."""
    rest = without_places(text)[0]
    for _, pattern in FOLLOW_UP:
        rest = pattern.sub("", rest)
    return FILLER.sub("", rest)


def _pairs(text: str) -> set[str]:
    text = re.sub(r"[^\u4e00-\u9fff]", "", text or "")
    return {text[i : i + 2] for i in range(len(text) - 1)}


def in_play(tracker: Tracker, text: str = "") -> tuple[dict | None, dict]:
    """(citation, the answer's meta) of the clause in play: the last cited answer's main clause; of
    a list of measures, the one the follow-up's own words name ("缓多长时间" after 医保降费/缓缴/免征:
    the 缓缴 one), then one answering the kind asked ("一个月给多少钱" → the 岗位补贴 with its standard,
    not the 延长1年), then the one sharing most words with the question the conversation is about."""
    unheard = unheard_clause(tracker)
    if unheard is not None:
        return unheard, {"whole_clause": True}  # the fallback quoted the clause looked up as a whole
    topic = _pairs(tracker.get_slot(TOPIC) or "")
    rest = own_words(text) if text else ""
    own = _pairs(rest) if len(rest) > 1 else set(rest)  # "每户" as a word; "缓" as a character
    qkind = clause_detail.LOOKS_FOR.get(kind_of(text) or "", (None, ""))[0]
    figures = figures_in(text)  # "2500那个要啥材料": the measure quoted with 2500元/人 (eval8 F26)
    shelved: tuple[dict | None, dict] = (None, {})
    for event in bot_messages_back(tracker, RECENT_TURNS):
        answer = ((event.get("data") or {}).get("custom") or {}).get("answer") or {}
        meta = answer.get("meta") or {}
        cites = answer.get("citations") or []
        if not cites or meta.get("low_confidence"):
            continue
        if len(cites) > 1 and "clause_ids" not in meta and (topic or own):  # a list of measures, not one answer

            def score(c: dict) -> tuple[int, int, bool, int]:
                quote = sentences.compact(c.get("quote") or "")
                hits = sum(w in quote for w in own) + sum(f in figures_in(quote) for f in figures)
                # "那能补几年": a 补贴 and its term (46号（十五）…最长不超过3年), not "政策享受期限可延长1年"
                verb = sum(v in quote for v in new_topic.verbs_asked(text))
                stated = new_topic.states(c, qkind) if verb else sentences.has_feature(quote, qkind)
                return hits, verb, stated, len(topic & _pairs(f"{quote}{c.get('heading')}"))

            best = max(cites, key=score)
            if own and not score(best)[0]:  # "每户最多多少": about none of the list, maybe the answer before it
                shelved = shelved if shelved[0] else (best, meta)
                continue
            return best, meta
        if shelved[0] and not any(w in sentences.compact(cites[0].get("quote") or "") for w in own):
            continue  # an earlier answer is taken over the list only when it names what is asked
        holding = [c for c in cites if figures & figures_in(sentences.compact(c.get("quote") or ""))]
        if (
            holding
            and holding[0] is not cites[0]
            and not figures & figures_in(sentences.compact(cites[0].get("quote") or ""))
        ):
            return holding[0], {}  # "2500那个" after an answer listing 18号（九）'s 2500元/人 among others
        return cites[0], meta
    return shelved


def figures_in(text: str) -> set[str]:
    """The figures of two digits or more a text names ("2500那个" → {"2500"})."""
    return set(re.findall(r"(?<![\d.])\d{2,}(?![\d.])", text or ""))


def in_clause(rest: str, cite: dict) -> bool:
    """ "培训了20天 能给多少" after the 线上培训 clause: every word left (numbers aside) is the clause's own,
    so it asks about that clause, not a new topic."""
    rec = sentences.record_of(cite.get("clause_id") or "")
    words = [w for w in re.split(r"[\d.]+[天个人月年元次岁]?", rest) if w]
    if not words and rec is not None and figures_in(rest):  # "2500那个…": a figure of the clause itself
        return all(f in figures_in(sentences.compact(rec.text)) for f in figures_in(rest))
    return rec is not None and bool(words) and all(len(w) >= 2 and w in sentences.compact(rec.text) for w in words)


def clause_hit(cite: dict, as_of: date, region: str | None = None) -> dict | None:
    """The search-result shape of a cited clause (its text, departments, validity on `as_of`);
    with `region`, the clause of that place stating the same measure."""
    query = (cite.get("quote") or cite.get("heading") or cite.get("doc_title") or "政策")[:120]
    if region:
        query = f"{cite.get('heading') or ''} {query}"[:160]
        found = search(query, top_k=5, as_of=as_of, region=region).model_dump()["results"]
        found.sort(key=lambda h: h.get("region") != region)
        return found[0] if found else None
    doc_id = cite.get("doc_id") or cite["clause_id"].split(":")[0]
    response = search(query, top_k=50, as_of=as_of, doc_ids=(doc_id,)).model_dump()
    return next((h for h in response["results"] if h["clause_id"] == cite["clause_id"]), None)


def numbered_in_cited(ref, tracker: Tracker, as_of: date) -> Reply | None:
    """ "那第四部分第七条呢" right after a clause of 凌政发〔2019〕14号: that document's clause, whole."""
    cite, _ = in_play(tracker)
    if cite is None or ref.doc_ids:
        return None
    from knowledge.records import load_clauses
    from retrieval.references import resolve

    doc_id = cite.get("doc_id") or cite["clause_id"].split(":")[0]
    records = load_clauses()
    ids, _ = resolve(records, [doc_id], ref.part_no, ref.clause_no)
    if len(ids) != 1:
        return None
    rec = next(r for r in records if r.clause_id == ids[0])
    hit = clause_hit({"clause_id": rec.clause_id, "doc_id": doc_id, "quote": rec.text[:120]}, as_of)
    if hit is None:
        return None
    response = {"as_of": as_of.isoformat(), "results": [{**hit, "exact_reference": True}], "query": ref.text}
    return search_answer(response)


# "全文", and as a hotline agent asks it: "原文给我", "把原文发我看看", "能给我完整原文吗" (eval6 E18/E19)
FULL_TEXT = re.compile(
    r"^(?:请|麻烦)?(?:你)?(?:能|能不能|可以)?(?:把|给我|给俺|发我|发给我|看|查看|发|要|我要|俺要|给我看|请发)?(?:一下)?"
    r"(?:这条的?|这一条的?|该条的?|条文)?(?:全文|整条|全部原文|原文全文|原文|完整原文|完整的原文|原文全部)"
    r"(?:给我|发我|发给我|给俺|发俺)?(?:看看|看一下|一下)?(?:吧|呢|吗|呗)?[。!！?？]?$"
)


def full_text(text: str, tracker: Tracker, as_of: date) -> Reply | None:
    """ "全文" after a clause read in part (its first sentences on a phone screen): every sentence."""
    if not FULL_TEXT.match(text.strip()):
        return None
    cite, _ = in_play(tracker)
    hit = clause_hit(cite, as_of) if cite is not None else None
    if hit is None:
        return None
    response = {"as_of": as_of.isoformat(), "results": [{**hit, "exact_reference": True, "full_text": True}]}
    return search_answer({**response, "query": ""})


def answer(text: str, tracker: Tracker, as_of: date) -> Reply | None:
    """The reply to a follow-up on the clause in play, or None (not a follow-up, or nothing in play)."""
    full = full_text(text, tracker, as_of)  # "全文": the clause just quoted in part, whole
    if full is not None:
        return full
    unset = benefit_unset.reply(text, tracker, as_of)  # "失业保险金能领多久": not set by these documents (E28)
    if unset is not None:
        return unset
    # "不是稳岗返还，是培训！培训花了5万，按80%最多补多少": the measure the sum is about, not the clause in play
    summed = sum_measure.reply(text, tracker, as_of)
    if summed is not None:
        return summed
    kind = kind_of(text)
    if not kind:  # "合伙的呢": the case named, in the clause just cited
        from actions import condition_asked, follow_up_variants

        cite = in_play(tracker, text)[0]
        hit = clause_hit(cite, as_of) if cite else None
        met = condition_asked.reply(text, cite, hit, as_of, share_left.user_said(tracker))
        if met is not None:  # "那我这情况算不算不足1/3": that clause's condition, not a new search
            return met
        # "要是见习单位把俺孩子留下了呢": the sentence of the clause just cited it points at (eval6 E23, E10)
        met = sentence_pointed.answer(text, tracker, as_of)
        if met is not None:
            return met

        # "我是外地户口" while 灵活就业 社保 is discussed: that topic's sentence on it (actions/new_topic.py)
        return follow_up_variants.answer(text, tracker, as_of) or new_topic.answer(text, tracker, as_of)
    if kind == "where" and re.search(r"材料|手续", text):
        kind = "procedure"  # "要啥材料，去哪办": the sentence on applying; the departments are said anyway
    cite, meta = in_play(tracker, text)
    if cite is None:
        return None
    rest = own_words(text)
    if meta.get("document") and kind == "in_force" and len(rest) <= 2:  # after a document as a whole
        return document_overview.validity(meta["document"], as_of)
    if meta.get("document") and len(rest) > 2:  # "那创业担保贷款最多能贷多少" after 46号 as a whole (eval8 F32)
        return within_document.answer(text, cite, as_of)
    # "创业补贴多少钱" after the 失业保险金 clause is a new question (actions/new_topic.py);
    # "中小微企业返多少" after 稳岗返还 asks that clause's own measure
    # "我3月1号开始干的，干到6月底一共能拿多少": the person's own figures for the formula of the measure in
    # play (actions/own_figures.py) make it a follow-up, however many words of their own it has
    total = own_figures.own_total(text, cite.get("clause_id") or "", as_of)
    if not total and kind in ("amount", "times") and len(rest) >= 4:
        # "灵活就业的就业困难人员补多少" after 46号（十五）: that clause's sentence on them (eval6 E32)
        met = sentence_pointed.answer(text, tracker, as_of)
        if met is not None:
            return met
    said = None if ANAPHORA.search(text) or total else new_topic.verdict(text, rest, cite)
    if said == "new":
        return new_topic.answer(text, tracker, as_of)
    if not (said or total or ANAPHORA.search(text) or len(rest) <= 2 or in_clause(rest, cite)):
        return None
    if not in_clause(rest, cite):  # "能贷多少钱": the sentence on the loan ("稳岗返还怎么申请" names its own)
        rest = new_topic.measure_sentence(text, cite) or rest
    named = [r for r in without_places(text)[1] if r != cite.get("region")]
    if len(named) > 1:
        return None
    hit = clause_hit(cite, as_of, region=named[0] if named else None)
    if hit is None:
        return None
    whole = bool(meta.get("whole_clause")) and not named
    reply = _reply(hit, kind, as_of, text, rest, whole, cite if named else None)
    reply.meta["whole_clause"] = whole  # "这条谁负责" then "这条有实施期限吗": still the clause read whole
    if total:  # "去年交了2万块失业保险费，能返多少": 20000元 × 50%, by the rule's formula
        return new_topic.with_line(reply, total)
    return new_topic.with_unsaid(reply, text, cite) if said == "own" else reply  # "本条没有对中小微企业另定标准"


def _reply(hit: dict, kind: str, as_of: date, text: str, rest: str, whole: bool, elsewhere: dict | None) -> Reply:
    if kind == "document":
        return document_facts.document_reply(hit)
    if kind == "who":
        return document_facts.departments_reply(hit)
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
