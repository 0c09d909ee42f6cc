"""One clause asked about in detail: a follow-up on the clause just cited ("能领几次", "去哪办",
"现在还执行吗"), a procedure question ("利息咋算，要抵押不") or a definition ("什么样的人算就业困难人员").

Only the clause's own sentences are quoted, whole (answers.sentences), and the follow-up keeps the
measure just cited: the sentence quoted before (the hit's highlight) leads, so "能给几年" after the
残疾人 场地补贴 is answered from that sentence, not from a neighbour about 灵活就业. Each quoted
sentence says its own validity (never the clause's latest end), and one unit is named as the one to
ask only when a quoted sentence names it. Where the clause says nothing on the point (materials,
time limits, how often), the answer says so — it never fills the gap.
"""

from __future__ import annotations

import re
from datetime import date

from answers import citations, clause_json, measures, membership, other_name, period_links, sentences, validity_words
from answers.clause_answer import MONEY_ASKED, clause_block, states_length, verbatim, with_periods
from answers.models import Reply, button
from answers.sentences import Quote, quote_of
from knowledge.records import ClauseRecord, Sentence

# kind of follow-up -> (the composer's question kind, what is said when no quoted sentence has it)
LOOKS_FOR = {
    "times": ("period", "原文没有写明{what}可以享受几次或享受多长时间"),
    "amount": ("amount", "原文没有写明{what}具体金额或标准"),
    "where": ("where", "原文没有写明{what}申请地点和办理流程"),
    "procedure": ("procedure", "原文没有列出{what}申请材料和办理时限"),
    "timing": ("timing", "原文没有写明{what}办理时限（多久审批、多久到账）"),
    "in_force": (None, ""),
}
# A word asked and the words a clause uses for it ("利息咋算" is answered by a sentence on 贴息).
ALSO = {
    "利息": ("贴息", "利率", "付息"),
    "贴息": ("贴息",),
    # not "动产抵押登记" (46号（八）'s firms' financing, eval100 QA04 heard it as the loan's collateral twice)
    "抵押": ("抵押物", "抵押担保", "反担保", "担保人", "免担保"),
    "反担保": ("反担保", "担保人", "免担保"),
    "担保人": ("担保人", "反担保", "免担保"),
    # not "提供": "向我市企业提供职业介绍…的人力资源服务机构" is a measure, not what to hand in (eval6 E18)
    "材料": ("材料", "提交", "证明"),
    "证": ("就业创业证", "就业失业登记证", "登记证", "证书"),
    "几次": ("不可同时享受", "不重复享受", "一次性"),
    # "文件里有没有说不能重复享受" (eval102 SB06, an agent, heard 18号（十五）'s 公益性岗位 extension)
    "重复": ("不可同时享受", "不重复享受", "不得重复", "不可重复"),
    "同时享受": ("不可同时享受", "不重复享受", "不得重复"),
    "到账": ("到账", "及时", "到位"),  # "多久到账": the sentence on paying out, then that no time is set
    "先给一半": ("预支", "50%"),
    "给一半": ("预支", "50%"),
    "拿一半": ("预支", "50%"),
    "领一半": ("预支", "50%"),
    "一半先": ("预支", "50%"),  # "先给一半？": the advance payment  # "能领几次": the rule on combining, then "一次性"
    # "能先拿一部分不" (eval9 G12): the advance too, not the 80% on-the-job training sentence of the same clause
    "一部分": ("预支",),
    "先拿": ("预支",),
    "提前": ("预支",),
    "预先": ("预支",),
}
_SENTENCES = re.compile(r"[^。；]+[。；]?")


def _split(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCES.findall(text.replace("\n", "")) if len(s.strip()) > 3]


def _record(hit: dict) -> ClauseRecord | None:
    return sentences.record_of(hit["clause_id"])


def asked_keys(words: str) -> list[str]:
    # "证" of a certificate, not of "保证金" or "证明"'s neighbours (eval78 UA09: "农民工工资保证金免存…过期了吗" heard the
    # tax sentence naming 就业创业证)
    words = re.sub(r"保证金|保证|证明|认证|验证", "", words or "")
    return [k for k in ALSO if k in words]


def asked_words(words: str) -> list[str]:
    return [w for key in asked_keys(words) for w in ALSO[key]]


def _about(
    rec: ClauseRecord, about: str, qkind: str | None = None, before: tuple[Sentence | None, ...] = ()
) -> Sentence | None:
    """The sentence the follow-up's own words point at ("这条里公益性岗位延长的那个到啥时候"); for "how
    much", among the sentences with a figure. Where two name the words alike, the one cited before: "补贴期限呢" after
    18号（十二）'s 60% (its "补贴期限按现行规定执行") is about that sentence, not the 场地补贴's "不超过24个月" (eval81 XB01)."""
    pairs = {about[i : i + 2] for i in range(len(about) - 1)}
    if len(pairs) < 2:
        return None
    every = [s for s in rec.sentences if not sentences.is_heading(rec, s)]
    # among the sentences naming what was asked ("见习补贴多少" is not answered by "…实现当年100%就业", eval70 MB11)
    shared = [s for s in every if any(p in sentences.compact(s.text) for p in pairs)]
    pool = [s for s in shared if sentences.has_feature(s.text, qkind)] or every if qkind == "amount" else every
    scored = [(sum(p in sentences.compact(s.text) for p in pairs), s) for s in pool]
    best = max(scored, key=lambda x: (x[0], x[1] in before), default=(0, None))
    # "培训补贴…自己掏钱学完能报销多少" (eval49 P03 heard the 生活费补贴 sentence, a figure of 低保标准): the sentence
    # naming clearly more of what was asked answers, though its standard is a rule and not a figure
    # "困难企业返还标准" on 辽政发（一） (eval57 A16 heard "…延长至2020年12月31日" and the 中小微 100%): for how much, a sentence
    # stating a standard ("返还标准可按不超过6个月的…确定") counts above one only naming the group
    standard = 2 if qkind == "amount" else 0
    counted = [
        (sum(p in sentences.compact(s.text) for p in pairs) + standard * bool(STANDARD_SAID.search(s.text)), s)
        for s in every
    ]
    named = max(counted, key=lambda x: x[0])
    if named[0] >= best[0] + 2 and named[0] >= 3:
        return named[1]
    # "困难企业返还标准" on 聊城 第5条 (eval53 L14): the one sentence naming three of its words, more than any with a
    # figure, though its standard ("6个月的…月人均失业保险金") is no figure
    if named[0] >= 3 and named[0] > best[0] and [c for c, _ in counted].count(named[0]) == 1:
        return named[1]
    if best[0] >= 3:
        return best[1]
    # "延长1年到什么时候" (eval52 Y16 heard the "延长期满后…" sentence cited before): the one sentence naming every
    # word of it
    if best[0] == len(pairs) and [x[0] for x in scored].count(best[0]) == 1:
        return best[1]
    # "补贴期限呢" after the 60% sentence "…补贴期限按现行规定执行" (eval81 XB01): the sentence cited before names the words
    # as well as any other, and is the one asked about though it states no period
    again = [s for c, s in scored if c == best[0] >= 2 and s in before]
    if again:
        return again[0]
    # "见习期最长多久": two words of the question in a sentence stating a period ("见习期限调整为3—12个月")
    # are enough — that sentence answers it, where the sentence cited before (the 60% one) does not
    dated = [x for x in scored if x[0] >= 2 and qkind == "period" and sentences.has_feature(x[1].text, qkind)]
    return max(dated, key=lambda x: x[0])[1] if dated else None


def _periods_of_clause(rec: ClauseRecord, cited: Sentence | None) -> list[Quote]:
    """ "这条有实施期限吗" of a clause read whole: the sentences stating a period (the rest say none)."""
    dated = [s for s in rec.sentences if s.validity is not None and not sentences.is_heading(rec, s)]
    return sentences.fit([quote_of(s) for s in dated]) or ([quote_of(cited)] if cited else [])


# a firm asking ("小企业招了人能贷多少"): the clause's sentence on firms, not the one on persons founding a business
FIRM_ASKING = re.compile(
    r"(?:小微|小型|中小|我们|俺们|咱们)?(?:企业|公司|单位|厂子?|合作社)(?:招|吸纳|雇|能|可以|申请)|小企业"
)
FIRM_SUBJECT = re.compile(r"^[^，,]{0,8}(?:企业|单位|用人单位)")


# "不是高新技术 那能贷多少" (eval78 UB04 heard the 20万 for 高新技术 again): the case said not to be the person's
DENIED_CASE = re.compile(
    # "没念过大学", "咋老说大学生呢" (eval85 BA03 heard 凌源's 20万元 for graduates three times): a case never theirs
    r"(?:不是|不算|不搞|不做|不干|不属于|不在|没搞|没做|没念过|没上过|没读过|(?:老|总|一直|又)(?:说|提))"
    # "我不是啥平台的", "俺不是啥去产能的" (eval89 FA12, FA03 heard those sentences again): the case after 啥
    r"(?:啥|什么|那种|那个)?"
    r"(?P<case>[\u4e00-\u9fff]{2,8}?)(?=[\s，,。的那啊呀呢]|领域|$)"
)


def denied_cases(words: str) -> list[str]:
    return [m.group("case") for m in DENIED_CASE.finditer(words or "")]


def _case_denied(rec: ClauseRecord, cited: Sentence | None, words: str, qkind: str | None) -> Sentence | None:
    """Another sentence of the clause stating the same kind, when the one cited is of a case the person says is not
    theirs: "大学生在高新技术领域…20万元" for one who is "不是高新技术" is the clause's general 10万元 sentence."""
    own = sentences.compact(cited.text) if cited is not None else ""
    # "我不是农民工…那现在还能缓缴吗" of "…暂缓缴存农民工工资保证金…" (eval88 EB08 heard the 免担保 sentence): a group
    # named only as what a thing is of ("农民工工资保证金", "残疾人就业保障金") is not the sentence's case
    denied = [d for d in denied_cases(words) if re.search(re.escape(d) + r"(?!工资|就业保障金)", own)]
    if cited is None or not any(d in own for d in denied):
        return cited
    other = [
        s
        for s in rec.sentences
        if s is not cited
        and not sentences.is_heading(rec, s)
        and not any(d in sentences.compact(s.text) for d in denied)
        and (not qkind or sentences.has_feature(s.text, qkind))
    ]
    return other[0] if other else cited


def _cost_sentence(rec: ClauseRecord, cited: Sentence | None, words: str) -> Sentence | None:
    """ "去学要掏钱不 学完给补不" on 凌源 一、（三） (eval89 FA03 heard its 就业困难人员 生活费 sentence): whether the
    person pays is the clause's sentence on the course's fees, one granting for them first."""
    if cited is None or not sentences.COST_ASKED.search(words or ""):
        return cited
    fees = [s for s in rec.sentences if sentences.COST.search(s.text) and not sentences.is_heading(rec, s)]
    if not fees or cited in fees:
        return cited
    denied = denied_cases(words)
    return sorted(fees, key=lambda s: (any(d in s.text for d in denied), "给予" not in s.text))[0]


GENERIC_PAIRS = {"企业", "标准", "返还", "补贴", "多少", "政策", "申请", "现在", "还有", "是不", "不是"}


def _case_named(rec: ClauseRecord, cited: Sentence | None, words: str, qkind: str | None) -> Sentence | None:
    """The clause's sentence for the case the follow-up names, when the one cited is another's: "困难企业是不是还有别的
    返还标准" after 辽政发（一）'s 中小微 100% (eval76 SA10 heard that sentence twice) is its 困难企业 sentence."""
    if cited is None:
        return cited
    from retrieval.tokens import words as tokens

    # the message's own words (a pair across two of them, "贷款最多" → "款最", names nothing)
    pairs = {w for w in tokens(words or "") if len(w) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", w)} - GENERIC_PAIRS
    # "见习期最长多久" (eval82 YB02): "最长" asks how long; it names no case
    pairs = {w for w in pairs if not ASKING_WORDS.fullmatch(w)}
    pairs = {w for w in pairs if not any(w != o and w in o for o in pairs)}  # "农民工工资保证金", not its parts too
    own = sentences.compact(cited.text)
    missing = {p for p in pairs if p not in own and p in sentences.compact(rec.text or "")}
    if not missing:
        return cited
    # what is asked be done ("免存", "缓缴") weighs as much as the thing: "…免存是不是也过期了" is the 免存储 sentence
    doing = [c for c in "免缓减返" if c in (words or "")]
    held = sorted(
        (
            (sum(p in sentences.compact(s.text) for p in missing) + 3 * sum(c in s.text for c in doing), s)
            for s in rec.sentences
            if s is not cited
            and not sentences.is_heading(rec, s)
            # "返还标准可按不超过6个月的…确定" states a standard without a sum
            and (not qkind or sentences.has_feature(s.text, qkind) or qkind == "amount" and "标准" in s.text)
        ),
        key=lambda x: -x[0],
    )
    if not held or held[0][0] == 0 or len(held) > 1 and held[1][0] == held[0][0]:
        return cited
    return held[0][1]


def _firm_sentence(rec: ClauseRecord, cited: Sentence | None, words: str, qkind: str | None) -> Sentence | None:
    """Of one clause's sentences, the one whose subject is a firm when a firm asks and `cited` is about persons
    (eval75 RA08 heard 凌源 四、（七）'s 10万元 for persons founding a business, not its 300万元 for small firms)."""
    if cited is None or not FIRM_ASKING.search(words) or FIRM_SUBJECT.search(cited.text):
        return cited
    firms = [
        s
        for s in rec.sentences
        if s is not cited
        and FIRM_SUBJECT.search(s.text)
        and not sentences.is_heading(rec, s)
        and (not qkind or sentences.has_feature(s.text, qkind))
    ]
    return firms[0] if len(firms) == 1 else cited


def _chosen(rec: ClauseRecord, hit: dict, kind: str, words: str, about: str = "", whole: bool = False) -> list[Quote]:
    """The sentences answering the follow-up, all about the measure in play: the one cited before (or
    the one the follow-up names), then a sentence of the same measure that answers the kind asked."""
    qkind, _ = LOOKS_FOR[kind]
    highlights = hit.get("highlights") or []
    asked = asked_words(words)
    # "那个20万的是给啥人的" after 凌源 四、（七）'s 10万元 (eval102 SB10, an agent): the one sentence writing the figure named
    named_figures = sentences.figures_named(words or "")
    writing = [x for x in rec.sentences if named_figures and any(f in sentences.compact(x.text) for f in named_figures)]
    if len(writing) == 1:
        return [quote_of(writing[0], asked, qkind)]
    # "那一次性创业补贴呢…多少钱" after 聊城 第16条's loan (eval67 JA10): the sentence naming it
    names = sentences.named_subsidies(f"{about} {words}")
    naming_all = [x for x in rec.sentences if any(n in sentences.compact(x.text) for n in names)]
    # only where one sentence names it: several (大政发〔2020〕18号（九）'s 2000元, 1000元 and 2500元 一次性吸纳就业补贴) are
    # told apart by the words asked, as before
    found = naming_all[0] if len(naming_all) == 1 else None
    if found is not None:
        # the clause's sum of another measure beside it, unless it was the sentence just quoted ("创业补贴多少钱" hears
        # the 20万元 loan once as the clause's other figure, not again after it)
        before = [sentences.sentence_of(rec, h) for h in highlights]
        naming = sentences.sentence_of(rec, about) if about else None  # a new question's naming sentence (new_topic)
        other = (
            quote_of(naming, asked, qkind)
            if naming is not None and naming != found
            else next(
                (
                    x
                    for x in _stated_elsewhere(rec, [], qkind, "")
                    if (naming is not None or x.sentence not in before) and not measures.is_target(x.text)
                ),
                None,
            )
        )
        shown = [quote_of(found, asked, qkind)] + ([other] if other and other.sentence != found else [])
        return sorted(shown, key=lambda q: q.sentence != found)
    cited = _about(rec, about, qkind, tuple(sentences.sentence_of(rec, h) for h in highlights)) if about else None
    if kind == "in_force" and whole and cited is None:
        return _periods_of_clause(rec, None)
    pointed = cited is not None  # the follow-up's own words name a sentence
    if cited is None:
        cited = next((x for x in (sentences.sentence_of(rec, h) for h in highlights) if x is not None), None)
    cited = _firm_sentence(rec, cited, words, qkind)
    # "…免存是不是也过期了" names its sentence; whether it is in force is said of any sentence
    cited = _case_named(rec, cited, words, None if kind == "in_force" else qkind)
    cited = _cost_sentence(rec, cited, words)
    cited = _case_denied(rec, cited, words, qkind)
    # "那个补贴能领几次": "一次性" of another measure of the clause does not answer it; the rule on combining does
    own = [cited, *measures.same_measure(rec, cited)] if cited is not None else rec.sentences
    denied = denied_cases(words)
    named = [
        s
        for w in asked
        if not any(w in d or d in w for d in denied)  # "不是大学生…能贷多少": 大学生 names the case turned away
        for s in (own if w == "一次性" else rec.sentences)
        if w in sentences.compact(s.text) and not any(d in sentences.compact(s.text) for d in denied)
    ]  # by the word's rank
    if named:  # "利息" asked: the sentence on 贴息 first
        return [quote_of(named[0], asked, qkind)]
    # "困难企业返还标准" after 聊城 第5条 read whole (eval53 L14 heard the 50% and 5.5% sentences): the sentence the
    # follow-up names answers, not every figure of the clause
    if whole and qkind == "amount" and not pointed:  # the clause was read whole: every figure it gives, not a target
        figures = [
            s for s in rec.sentences if sentences.has_feature(s.text, "amount") and not measures.is_target(s.text)
        ]
        if figures:
            return sentences.fit([quote_of(s, asked, qkind) for s in figures])
    if cited is None:
        asking = {"period": "几年", "amount": "多少"}.get(qkind or "", "材料")
        query = words if sentences.question_kind(words) == qkind else asking
        return sentences.choose(rec, query, highlights, asked, limit=1 if kind == "in_force" else 2)
    first = quote_of(cited, asked, qkind)
    placed = (
        _where_sentence(rec, cited, words) if kind in ("procedure", "where") and not pointed and not asked else None
    )
    if placed is not None:
        # "失业金咋领" on 大政发〔2020〕18号（十七） (eval52 Y01, twice, heard the 失业补助金 sentence): the sentence saying
        # where one goes for it leads, the one matched second
        return sentences.fit([quote_of(placed, asked, qkind), first])
    twins = [s for s in rec.sentences if s.index != cited.index and measures.name(s) == measures.name(cited)]
    # "一次性吸纳就业补贴标准" on 辽政发（十） (eval54 U16 heard only the 1000元 one): the words asked name both groups'
    twins_named = pointed and bool(measures.name(cited)) and measures.name(cited) in sentences.compact(words)
    if kind == "amount" and (not pointed or twins_named) and not asked and measures.name(cited) and twins:
        # "招了5个人 能补多少" after 辽政发（十）: both groups' 一次性吸纳就业补贴 (1000元; 3至6个月社保费,
        # the amount left to each city), not the first sentence alone
        return sentences.fit([first] + [quote_of(s, asked, qkind) for s in twins])
    if kind == "in_force" or _answers(cited.text, qkind) or asked:
        return [first]
    answering = [s for s in measures.same_measure(rec, cited) if _answers(s.text, qkind)]
    keys = sentences.MEASURE_WORD.findall(words or "")
    if qkind == "amount" and keys:
        # "创业担保贷款最多贷多少" on 辽政发（二）: "继续执行总费率为1%的…失业保险费率政策" follows the loan's sentence but
        # names no measure asked (eval86 CB01, an agent, heard the 1% twice)
        answering = [s for s in answering if any(k in s.text for k in keys)]
    if (
        not answering and kind == "times"
    ):  # "能给几个月" on 凌源 三、（三）: the clause's period ("见习期限调整为 3—12 个月")
        # not a period of another benefit: "领几个月" after 辽政发（十八）'s registration sentence heard the 3至12个月
        # of 低保救助 (eval54 U01)
        answering = [
            s
            for s in rec.sentences
            if _answers(s.text, qkind)
            and not sentences.is_heading(rec, s)
            and all(w in cited.text for w in OTHER_BENEFIT.findall(s.text))
            and _about_asked(s.text, words)  # "见习期最长多久" is not answered by 社保补贴's "1年" (eval82 YB02)
        ]
    return sentences.fit([first] + [quote_of(s, asked, qkind) for s in answering[:1]])


PROCEDURE_PAIRS = membership.pairs("怎么申请办理去哪里领取咋领要带啥材料哪儿手续流程")


def _where_sentence(rec: ClauseRecord, cited: Sentence, words: str) -> Sentence | None:
    """The clause's sentence saying where to go, sharing a word of the question, when the sentence matched does not."""
    if sentences.has_feature(cited.text, "where"):
        return None
    own = membership.pairs(sentences.compact(words)) - PROCEDURE_PAIRS
    return next(
        (
            s
            for s in rec.sentences
            if s.index != cited.index
            and sentences.has_feature(s.text, "where")
            and any(p in sentences.compact(s.text) for p in own)
            # "那去哪申请" of 聊城 第16条's 创业补贴 (eval89 FB02, an agent, was sent to the bank of its loans' 展期)
            and not ({n for n in MEASURE_NOUNS if n in s.text} - {n for n in MEASURE_NOUNS if n in cited.text})
        ),
        None,
    )


STANDARD_SAID = re.compile(r"标准(?:可|为)?(?:按|为|提高|提至|调整|上调)")
OTHER_BENEFIT = re.compile(r"低保|救助|补助|补贴|贷款|贴息|岗位")
CONDITION_RATE = sentences.CONDITION_RATE


# a length of time given ("见习期限调整为3—12个月", "延长1年", "至法定退休年龄"): "见习期满留用率50%以下" names the end of
# a period and answers no "补多久" (eval36 T19 heard the 留用率 sentence twice and never the 3—12个月)
LENGTH = re.compile(
    r"期限[^，。；]{0,8}(?:\d|[一二两三四五六七八九十]|按|执行|由)|延长|至(?:法定)?退休|最长|不超过\s*\d"
)


def _answers(text: str, qkind: str | None) -> bool:
    if qkind == "period" and not (states_length(text) or LENGTH.search(sentences.compact(text))):
        return False
    if qkind == "amount":
        text = sentences.RATE_REACHED.sub("", text)  # "留用率达到50%以上的单位…提高见习补贴标准" states no sum
    return sentences.has_feature(text, qkind) and not (qkind == "amount" and bool(CONDITION_RATE.search(text)))


# measures a place-to-apply sentence may be of: one naming a measure the quoted sentence does not is another's place
MEASURE_NOUNS = ("贷款", "贴息", "低保", "救助", "见习", "稳岗返还", "公益性岗位", "住房公积金")


def _stated_elsewhere(rec: ClauseRecord, quotes: list[Quote], qkind: str | None, words: str) -> list[Quote]:
    """The quotes, with the clause's sentence that does state what was asked when none of them does
    ("返还多少" after the 聊城 稳岗返还 sentence on 全程网办: the 50% sentence of the same clause). Never
    "原文没有写明" while the clause writes it: the sentence sharing most words with the question, the
    first in the clause on a tie (a clause leads with its main measure; "将稳岗返还裁员率标准放宽到5.5%"
    is a condition, after the amount)."""
    named = asked_words(words)  # "能领几次": the sentence on combining answers it (ALSO)
    subsidies = sentences.named_subsidies(words)
    if subsidies and any(n in sentences.compact(q.text) for q in quotes for n in subsidies):
        return quotes  # "创业补贴多少钱": its sentence names no sum, and the loan's 20万元 is not it (eval67 JA10)
    if not qkind or any(
        _answers(q.text, qkind) or qkind != "procedure" and any(w in q.text for w in named) for q in quotes
    ):
        return quotes
    pool = [s for s in rec.sentences if not sentences.is_heading(rec, s) and _answers(s.text, qkind)]
    # where to apply for the measure quoted is no other measure's place ("那去哪申请" of 聊城 第16条's 创业补贴, eval89 FB02
    # heard the loans' "可向贷款银行申请展期还款" and "具体可向贷款银行咨询")
    quoted_nouns = {n for q in quotes for n in MEASURE_NOUNS if n in q.text}
    if qkind in ("where", "procedure") and quotes:
        pool = [s for s in pool if not ({n for n in MEASURE_NOUNS if n in s.text} - quoted_nouns)]
    # a city-wide target ("2019年全市发放创业担保贷款总额达到800万元") is no procedure, period or place; of
    # an amount it is the only figure some clauses give
    # (a target is said only of a loan asked about, the one figure some clauses give; eval70 MB11's "多少钱" after 见习
    # heard "…实现当年100%就业")
    pool = [s for s in pool if not measures.is_target(s.text)] or (pool if qkind == "amount" and "贷" in words else [])
    if not pool:
        return quotes
    asked = membership.pairs(words)
    best = max(pool, key=lambda s: (len(asked & membership.pairs(s.text)), -s.index))
    # "见习期最长多久" on 46号（十二） (eval82 YB02, an agent, heard the graduates' 灵活就业 "补贴期限最长不超过2年" through
    # "最长" alone): what the question is about must be in the sentence, not only its asking words
    if qkind in ("period", "amount") and not _about_asked(best.text, words):
        return quotes
    # "那聊城就业困难人员灵活就业补多少" on 聊城 第9条's "…灵活就业社会保险补贴政策期满…" (eval84 AB11, an officer, heard the
    # firms' "最低工资标准的50%" post subsidy): what the question and the sentence cited share, the figure's sentence
    # must hold too
    held = _core(words) & membership.pairs("".join(q.text for q in quotes))
    if qkind == "amount" and len(held - membership.pairs(best.text)) >= 2:
        return quotes
    # the sentence that answers first, then the one cited before (the measure in play)
    return sentences.fit([quote_of(best, named, qkind)] + quotes)


# the words that ask how much or how long, not what about
ASKING_WORDS = re.compile(
    # "一个月多少" (eval102 SA01, of 凌源's 见习, heard "原文没有写明…标准" beside the 60% sentence): per month asks how much
    r"一个月|每个月|每月|一月|最长|最多|最少|多久|多长(?:时间)?|几年|几个月|几天|多少钱?|是多少|有多少|能领|能拿|能返|能贷|能补|给多少|"
    r"[呢吗啊呀吧么的了是][？?]?|[？?！!。，,\s]|来电人(?:又)?问|那个|这个|那|这|\d+|享受|能|可以|要"
)


def _core(words: str) -> set[str]:
    """The pairs of what the question is about, without the words asking how much or how long."""
    return membership.pairs(ASKING_WORDS.sub("", words or ""))


def _about_asked(sentence: str, words: str) -> bool:
    """The sentence holds what the question is about, beside the words asking how much or how long."""
    core = _core(words)
    return not core or bool(core & membership.pairs(sentence))


INTEREST_ASKED = re.compile(r"(?:贴息|利息)[^，。？?]{0,4}(?:怎么算|咋算|多少|比例|几年|多久|多长)")
INTEREST_STATED = re.compile(r"(?:贴息|利息)[^。；]{0,12}(?:\d|全额|比例)|(?:全额|\d+\s*%)[^。；]{0,6}贴息")


OWN_CASE = re.compile(r"(?<![帮给替])我|俺|咱|公司|企业|厂|店|不是|个体|合伙|大学生|毕业")
CEILING_ASKED = re.compile(r"额度|最高|最多|上限|能贷多少|贷多少")
CEILING = re.compile(r"最高(?:额度)?(?:不超过|为|提高为)?\s*\d+(?:\.\d+)?\s*万元|额度[^。；]{0,8}\d+(?:\.\d+)?\s*万元")


def _other_ceilings(rec: ClauseRecord, chosen: list[Quote], words: str) -> list[Quote]:
    """ "凌源 创业担保贷款 额度" (eval96 MB05, a quality checker, heard the 10万元 alone): a ceiling asked, and the clause's
    other ceilings (20万元 for graduates in high tech, 300万元 for small firms) beside the one quoted, for whom each is."""
    if not CEILING_ASKED.search(words or "") or not any(CEILING.search(q.text) for q in chosen):
        return chosen
    if OWN_CASE.search(words or ""):
        return (
            chosen  # one asking for themselves (a firm, "不是大学生") hears the ceiling of their case (eval75, eval85)
        )
    shown = {q.sentence.index for q in chosen}
    more = [x for x in rec.sentences if CEILING.search(x.text) and x.index not in shown][:2]
    return sentences.fit(chosen + [quote_of(x) for x in more]) if more else chosen


def _holding_asked(rec: ClauseRecord, chosen: list[Quote], words: str) -> list[Quote]:
    """ "贷款贴息 贴几年" on 46号（十二） (eval100, a test's message) heard the 社保补贴 and 1000元 sentences and "本条原文未写贴息"
    beside the clause's own "…实行全额贴息，贴息期限不超过3年": a thing asked by name that the clause writes is quoted."""
    # interest and combining only: "抵押" or "证" written in a clause may be another thing's ("动产抵押登记", "取得证书")
    asked = [w for k in asked_keys(words) if k in ("利息", "贴息", "重复", "同时享受") for w in ALSO[k]]
    if not asked or any(w in sentences.compact(q.text) for q in chosen for w in asked):
        return chosen
    holding = [
        x
        for x in rec.sentences
        if not sentences.is_heading(rec, x) and any(w in sentences.compact(x.text) for w in asked)
    ]
    return sentences.fit([quote_of(x) for x in holding[:2]]) if holding else chosen


def detail(hit: dict, kind: str, as_of: date, words: str = "", about: str = "", whole: bool = False) -> Reply:
    """The clause's sentences bearing on `kind`, each with its own validity (a measure whose period
    another sentence states is quoted with that sentence and says that period)."""
    qkind, missing = LOOKS_FOR[kind]
    rec = _record(hit)
    periods: dict = {}
    extra: list[dict] = []
    later: list[str] = []  # said after the clause's own lines
    renamed = other_name.lead(rec, words) if rec is not None else None  # "一次性创业补贴" (eval33 W21)
    if renamed is not None and renamed[0] is not None:
        quotes, periods = with_periods(hit, [Quote(x, x.text.strip(), False) for x in renamed[:2] if x is not None])
    elif rec is not None:
        chosen = _chosen(rec, hit, kind, words, about, whole)
        # "困难企业返还标准": the sentence the words point at states its standard without money ("返还标准可按6个月的…
        # 确定", eval53 L14, eval57 A16) and answers; a bare "返还多少" still gets the clause's figure
        stated = bool(about) and bool(chosen) and STANDARD_SAID.search(chosen[0].text) is not None
        if not (stated and qkind == "amount" and _about(rec, about, qkind) is not None):
            chosen = _stated_elsewhere(rec, chosen, qkind, words)
        chosen = _other_ceilings(rec, chosen, words)
        chosen = _holding_asked(rec, chosen, words)
        quotes, periods = with_periods(hit, chosen)
    else:  # a clause outside the built records (another build): its sentences, the clause's validity
        asked = asked_words(words)
        found = [
            s
            for s in _split(hit.get("text") or "")
            if not qkind or sentences.has_feature(s, qkind) or any(w in s for w in asked)
        ]
        found.sort(key=lambda s: not any(w in s for w in asked))
        quotes = [Quote(Sentence(index=i, text=s), s, False) for i, s in enumerate(found[:2])]
    # the quotes are chosen here; what the clause does not say is said once, in this kind's words
    text, cite = clause_block(hit, as_of, "", quotes=quotes or None, periods=periods)
    lines = text.split("\n")
    lines[0] = "关于" + lines[0].removeprefix("根据")  # a follow-up on the clause, not a new answer
    if renamed is not None:
        lines.insert(0, renamed[2])
    money_unsaid = rec is not None and sentences.money_unsaid(words, [s.text for s in rec.sentences])
    keys = [k for k in asked_keys(words) if k != "几次"]
    asked = asked_words(words)
    if keys and kind != "timing" and not any(w in sentences.compact(q.text) for q in quotes for w in asked):
        said = [{"材料": "申请材料", "证": "所需证件"}.get(k, k) for k in keys]  # "要啥材料": 本条原文未写申请材料
        lines.insert(-1, f"本条原文未写{'、'.join(dict.fromkeys(said))}。")
        # "利息谁出" on 46号（八）: 46号（十二）'s 全额贴息 (eval34 X21); a measure's term, not what to hand in
        elsewhere = _elsewhere(hit, asked, as_of) if {"利息", "贴息"} & set(keys) else None
        if elsewhere is not None:
            later.append(elsewhere[0])
            extra = [elsewhere[1]]
    elif kind == "in_force" and whole and rec is not None and len(quotes) < len(rec.sentences) - 1:
        lines.insert(-1, "本条其余各句原文未载明实施期限。" if quotes else "本条各句原文均未载明实施期限。")
    elif qkind and qkind != "amount" or qkind == "amount" and not money_unsaid:
        # "返还标准可按不超过6个月的当地月人均失业保险金…确定" states a standard without a sum: nothing is missing
        stated = qkind == "amount" and any(STANDARD_SAID.search(q.text) for q in quotes)
        if not stated and not any(_answers(q.text, qkind) for q in quotes):
            name = measures.name(quotes[0].sentence) if quotes else ""
            lines.insert(-1, missing.format(what=f"{name}的" if name else "") + "。")
    linked = period_links.line(hit["clause_id"], [q.text for q in quotes], as_of) if kind == "times" else None
    if linked is not None:  # "补贴期限按现行规定执行" (eval40 H09, H12): the collected text that gives a period
        lines = [x for x in lines if not x.startswith(missing.split("{")[0])]
        lines.insert(-1, linked[0])
        extra.append(linked[1])
    if INTEREST_ASKED.search(words) and not any(INTEREST_STATED.search(q.text) for q in quotes):
        # "贴息怎么算" on 聊城 第16条 (eval41 G15 heard the loan sentence again): its 贴息 has no rate or term
        lines.insert(-1, "本条原文没有写贴息的比例（怎么算）和期限，以经办部门和贷款银行按规定核定为准。")
        # "贴息期限多长" on 18号（十一） (eval79 VB02, an agent, heard only "本条原文没有写"): 46号（十二）'s "全额贴息，贴息期限不超过
        # 3年" of the same place is said beside it, for whom it is written
        written = _elsewhere(hit, ["贴息期限", "全额贴息"], as_of) if not extra else None
        if written is not None:
            later.append(written[0])
            extra.append(written[1])
    if money_unsaid:  # asked beside a procedure too ("每人补多少钱？…怎么申请", eval17 O11)
        lines.insert(-1, "原文没有写明每人补贴多少钱，具体数额以经办部门核定为准。")
    elif (
        kind != "amount"
        and quotes
        and MONEY_ASKED.search(words)
        and not any(sentences.has_feature(q.text, "amount") for q in quotes)
    ):
        # "能领几年？一个月给多少？" on 聊城 第9条's extension (eval96 MA06 heard the period alone): the sum asked too
        # "每月" only where the sentence pays by the month (eval110 QB10 read it of a one-time subsidy)
        monthly = any(re.search(r"每月|月(?:人均|标准)|按月", q.text) for q in quotes)
        lines.insert(-1, f"所引原文没有写明补贴标准（{'每月补多少' if monthly else '补多少'}），以经办部门核定为准。")
    if rec is None and quotes:
        cite["quote"] = verbatim(quotes[0].text)
    return Reply(
        "\n".join(lines + later) + "\n具体请咨询责任单位，也可以回复“转人工”。",
        [cite, *extra],
        [button("转人工", "/handoff")],
        meta={"low_confidence": False, "clause_ids": [cite["clause_id"]], "detail": kind},
    )


def _elsewhere(hit: dict, asked: list[str], as_of: date) -> tuple[str, dict] | None:
    """Another clause of the texts applying in the same place that writes what this one does not ("贴息"): said,
    with its sentence, so "本条原文未写" is never read as "the place has nothing"."""
    from knowledge.records import load_clauses, not_yet_issued

    here = hit.get("region") or ""
    found = [
        (rec, s)
        for rec in load_clauses()
        if rec.clause_id != hit["clause_id"]
        and rec.kind == "clause"
        and rec.region == here
        and not not_yet_issued(rec, as_of)
        for s in rec.sentences
        if any(w in sentences.compact(s.text) for w in asked)
    ]
    if not found:
        return None
    # the sentence that says how much (全额, a figure) before one that only names the measure
    rec, said = min(
        found,
        key=lambda x: 0 if "全额" in x[1].text else 1 if re.search(r"\d+\s*(?:%|万?元|年|个月)", x[1].text) else 2,
    )
    cite = citations.from_hit(clause_json.as_hit(rec, as_of, [said.text]), said.text.strip())
    return f"{here}的文件在{citations.where(cite)}另有规定：“{said.text.strip()}”", cite


# "建档立卡贫困劳动力(即16周岁以上、有劳动能力的建档立卡贫困人口，以下简称贫困劳动力)" defines its term too (eval51 V15)
DEFINING = (
    # "职业指导服务" is no definition (eval52 Y15 was given 18号（十八） as what 大龄 means)
    r"指(?!导|挥|示|定|出|标|引)|是指|范围包括|包括|认定|界定|所称|是.{0,6}的人员|参照.{2,12}享受|通过.{2,30}等.{0,8}形式|[（(]即|以下简称"
)
# "就业困难人员指…城镇登记失业人员。" is half of the definition: the list that follows it is the rest (eval6 E21)
GOES_ON = re.compile(r"^(?:其)?范围包括")


def _scoped(text: str, term: str) -> bool:
    """ "高校毕业生（毕业5年内，下同）": the text's own scope of the term for the rest of its document (eval62 EB07 heard
    "没有给“高校毕业生”下定义" beside 46号（十二）'s 贴息 sentence)."""
    return re.search(rf"{re.escape(term)}[（(][^（）()]{{1,60}}下同[）)]", text) is not None


def _names(text: str, term: str) -> bool:
    """`term` named in `text`, or both halves of a four-character term ("灵活就业": "…灵活多样形式实现就业")."""
    return term in text or len(term) == 4 and term[:2] in text and term[2:] in text and "形式" in text


# "都包括哪些人", "包含什么": the whole list is asked for, not the short definition
LISTING_ASKED = re.compile(r"(?:包括|包含)(?:哪些|哪几种|什么|啥)|哪些人|范围[?？]?$")


def definition(hits: list[dict], term: str, as_of: date, about: str = "") -> Reply | None:
    """The sentence that defines `term`, cited with its own validity; None when no clause defines it.
    `about` ("单亲妈妈算不算" after a definition): the defining sentence sharing two characters with it
    comes first, even when it names the term only through the clause ("范围包括…单亲抚养未成年人者")."""
    pairs = membership.pairs(about) - membership.pairs(term) - membership.POLICY_TALK
    listing = bool(LISTING_ASKED.search(about))  # "包括哪些人": the list, not the short definition
    for hit in hits:
        rec = _record(hit)
        pool = list(rec.sentences) if rec else [Sentence(index=i, text=s) for i, s in enumerate(_split(hit["text"]))]
        # the sentence naming most of what was asked about first ("退役军人…算不算": the 参照 sentence)
        pool.sort(key=lambda s: (-sum(p in s.text for p in pairs), not (listing and "包括" in s.text)))
        for s in pool:
            # a sentence not naming the term defines it only as the list of its clause ("范围包括…单亲抚养未成年人
            # 者…"): 凌源's "…高校毕业生的公益性岗位…" shares 高校毕业生 with "那高校毕业生算不算", not a definition (F22)
            named = (
                not term
                or _names(s.text, term)
                or any(p in s.text for p in pairs)
                and term in (hit.get("text") or "")
                and bool(GOES_ON.search(s.text))
            )
            # "被认定为创业带头人的个体工商户可参照享受…" grants to those recognised; it says nothing of how (eval48 M13)
            defining = s.text.replace(f"被认定为{term}", "") if term else s.text
            # "大龄…等劳动者可…申请认定为就业困难人员" recognises another term; it does not define 大龄 (eval52 Y15)
            defining = re.sub(rf"认定为(?!{re.escape(term)})", "", defining) if term else defining
            # "就业困难人员指…的城镇登记失业人员" defines 就业困难人员, not the words after its 指
            other = re.search(r"([\u4e00-\u9fff]{2,12}?)(?:是)?指(?!导)", s.text) if term else None
            if other and term not in other.group(1) and s.text.find(term) > other.end():
                named = False
            if named and (re.search(DEFINING, defining) or term and _scoped(s.text, term)):
                q = quote_of(s, [term] if term else [])
                v = validity_words.own(rec, s, as_of) if rec else hit["validity"]
                cite = citations.from_hit(hit, verbatim(q.text))
                cite["validity"] = v
                said = membership.verdict(s.text, term, about) if membership.asks_membership(about) else ""
                rest = [x for x in pool if x.index == s.index + 1 and GOES_ON.search(x.text)] if rec else []
                if not said and membership.asks_membership(about):
                    said = membership.not_listed([s.text] + [x.text for x in rest[:1]], term, about)
                quotes = [f"“{q.text}”"] + [f"“{verbatim(quote_of(x, [term]).text)}”" for x in rest[:1]]
                text = "\n".join(
                    ([said] if said else [])
                    + [
                        f"根据{citations.where(cite)}：",
                        *quotes,
                        *(
                            [f"括号中的“下同”表示本文件此后各处的“{term}”都按此理解。"]
                            if term and _scoped(s.text, term)
                            else []
                        ),
                        validity_words.sentence(v, as_of),
                        "这是政策原文对该词的说明；具体是否符合，以经办部门认定为准。"
                        "想知道自己能享受什么，可以说说您的情况。",
                    ]
                )
                return Reply(
                    text, [cite], meta={"low_confidence": False, "clause_ids": [cite["clause_id"]], "definition": term}
                )
    return None
