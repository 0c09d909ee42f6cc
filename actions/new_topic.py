"""A new question is not a follow-up on the clause just cited (evaluation 5 §2).

After one cited answer, "创业补贴多少钱" (after the 失业保险金 90% clause) or "能贷多少钱" (after the 1000元
求职创业补贴 sentence) were answered from the clause in play: the question words swallowed the topic
("补贴多少" left "创业", two characters, taken for a follow-up; "能贷多少" left nothing). Here:

- `verdict`: whether the message names something the clause in play does not speak of ("new"), names the
  clause's own measure ("own": "中小微企业返多少" after 稳岗返还 — "返" is that clause's measure, the
  enterprise size a qualifier the clause does not single out), or neither (None: the old gate decides).
- `answer`: the fresh answer to a new question, in the place already known: the place's sentences naming
  the measure asked; where none gives the figure asked, that is said ("聊城市的文件没有写明创业补贴的具体
  金额"), never another measure's figure as if it were this one's. A bare condition ("我是外地户口",
  "我要是搬到大连能领吗") is searched with the conversation's topic, not alone.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from rasa_sdk import Tracker

from actions.denied_words import without_groups_denied
from actions.profile import TOPIC, profile_from_slots
from answers import citations, clause_detail, measures, not_yet_issued, place_sentences, sentences, validity_words
from answers.clause_answer import search_answer, verbatim
from answers.models import Reply
from knowledge import regions
from knowledge.records import Sentence
from retrieval.search import search

# A character of the question naming a measure -> the words a clause uses for it, most specific first.
# "返乡"/"返岗" are not 返还; "免费" is not 免征.
STEMS = {
    "贷": (re.compile(r"贷"), ("创业担保贷款", "担保贷款", "贷款")),
    "返": (re.compile(r"返(?![乡岗回城])"), ("返还",)),
    "缓": (re.compile(r"缓(?!解)"), ("缓缴", "缓")),
    "免": (re.compile(r"免(?!费)"), ("免征", "免除", "免")),
    "减": (re.compile(r"减(?!少|员)"), ("减征", "扣减", "减半", "减免", "减")),
    # "那她家里困难 能申请低保或者救助不" after 聊城 第9条 (eval40 H24 heard 第9条's places again): the relief named
    "救": (
        re.compile(r"(?<!不是)(?<!没有)(?<!没)(?<!不算)(?:救助|救济|低保)"),
        ("社会救助", "临时救助", "救助", "低保"),
    ),
}
PAID_ON = (
    (re.compile(r"社保|社会保险"), ("社会保险", "社保", "养老保险", "失业保险", "工伤保险")),
    (re.compile(r"公积金"), ("公积金",)),
    (re.compile(r"医保|医疗保险"), ("医疗保险", "医保")),
    (re.compile(r"残保金"), ("残保金", "残疾人就业保障金")),
)
OTHER_NOUNS = ("贷款", "返还", "贴息", "奖补", "补助", "补贴")
# what a measure is called after its topic word: "创业" + "补贴" in "创业补贴多少钱"
MEASURE_TAIL = r"(?:担保贷款|补贴|补助|贷款|返还|贴息|奖补)?"
# a condition of the measure in play, not a measure of its own
CONDITION = re.compile(r"户口|户籍|外地|外省|外市|搬到|搬去|迁到|能领吗|能领不|能享受吗|能享受不|能拿吗|能办吗|符合吗")
# who may enjoy a measure ("…同等享受创业扶持政策"), not "补贴不重复享受"
ENJOYING = re.compile(r"享受[\u4e00-\u9fff]{0,8}政策")
LOAN_SUM = re.compile(r"\d+(?:\.\d+)?万?元")
LOAN_AMOUNT = re.compile(  # a loan's ceiling: "可申请最高不超过10万元的创业担保贷款", "贷款最高额度不超过20万元"
    r"(?:最高|额度|不超过)[^。；]{0,8}\d+(?:\.\d+)?\s*万元[^。；]{0,12}贷款|贷款[^。；]{0,12}(?:最高|额度)[^。；]{0,12}\d+(?:\.\d+)?\s*万元"
)
# what a condition asks of the measure in play: "外地户口" is the text's 户籍
CONDITION_WORDS = {"户籍": re.compile(r"户口|户籍|外地|外省|外市")}
VERB = re.compile(r"(补|贷|返|缓|免|减)(?=几|多)")
UNITS = r"[\d.]+[天个人月年元次岁]?"
# "本条没有对X另定标准" is said of a group of people or firms only ("中小微企业"), never of a sum said
# ("2万块失业保险费" left "万块失业保险费") or of other words ("和俩朋友合伙干一共"): 12345 evaluation 6, A4
GROUP = re.compile(r"(?:企业|单位|人员|职工|员工|工人|毕业生|学生|农民工|残疾人|家庭|个体工商户|机构|群体|人)$")


SPOKEN = re.compile(r"[你我说没了吗呢跟啥咋]")


def clause_text(cite: dict) -> str:
    rec = sentences.record_of(cite.get("clause_id") or "")
    return sentences.compact(rec.text) if rec is not None else ""


def doing_named(text: str, first: bool = False) -> list[str]:
    """The names of what the message asks be done ("免" → 免征, 免除), without the bare stem: "社保能免吗" is the 免征
    measure, not the 减半 one beside it (eval42 F02). `first`: the first stem named only."""
    named = [alts for alts in stems_named(text) if len(alts) > 1]
    return [a for alts in (named[:1] if first else named) for a in alts[:-1]]


def stems_named(text: str) -> list[tuple[str, ...]]:
    from actions.clause_in_play import without_places

    rest = without_places(text)[0]
    return [alts for pattern, alts in STEMS.values() if pattern.search(rest)]


def verbs_asked(text: str) -> set[str]:
    """The measure a question's verb names: "那能补几年" asks about a 补贴."""
    return set(VERB.findall(text or ""))


def states(cite: dict, qkind: str | None) -> bool:
    """Whether the cited measure states what is asked: its sentence or the sentences of the same
    measure (46号（十五）'s 岗位补贴 sentence, then "上述补贴期限…最长不超过3年")."""
    quote = cite.get("quote") or ""
    rec = sentences.record_of(cite.get("clause_id") or "")
    cited = sentences.sentence_of(rec, quote) if rec is not None and quote else None
    if rec is None or cited is None:
        return sentences.has_feature(quote, qkind)
    return any(sentences.has_feature(s.text, qkind) for s in [cited, *measures.same_measure(rec, cited)])


def words_of(rest: str) -> list[str]:
    return [w for w in re.split(UNITS, rest) if w]


def verdict(text: str, rest: str, cite: dict) -> str | None:
    """ "new", "own" or None (see the module's docstring). `rest`: clause_in_play.own_words(text)."""
    said = clause_text(cite)
    if not said:
        return None
    # "那社保缓交呢" after 聊城 第6条 (缓缴住房公积金): what is paid on, named and not in the clause, is another
    # measure (eval37 Z21 heard "要看…" of the 公积金 sentence)
    if any(pattern.search(text) and not any(w in said for w in alts) for pattern, alts in PAID_ON):
        return "new"
    stems = stems_named(text)
    if stems:
        return "own" if any(w in said for alts in stems for w in alts) else "new"
    # two characters left used to pass as a follow-up: "创业" is a topic when the clause never says it
    # (the words of clause_detail.ALSO — "贴息", "抵押" — are asked of the clause, and said when it is silent)
    # — the word with what it is called in the question: "创业补贴" (the 失业保险金 clause says "创业" elsewhere)
    # ("一个月给多少钱呐" leaves "月呐": a unit and a particle, no topic)
    words = [re.sub(r"[呐哪啦嘛呗哈嘞月天年人个]", "", w) for w in words_of(rest)]
    words = [w for w in words if len(w) >= 2 and not any(k in w for k in clause_detail.ALSO)]
    return "new" if any(_phrase(text, w) not in said for w in words) else None


def _phrase(text: str, word: str) -> str:
    m = re.search(re.escape(word) + MEASURE_TAIL, text)
    return m.group(0) if m else word


def measure_sentence(text: str, cite: dict) -> str:
    """The clause's sentence on the measure the question names ("能贷多少钱" on 46号（十二）: the 创业担保
    贷款 sentence, not the 1000元 one), or ""."""
    rec = sentences.record_of(cite.get("clause_id") or "")
    if rec is None:
        return ""
    quoted = sentences.compact(cite.get("quote") or "")
    # "中小微企业返100%那个呢" (eval35 S21 heard the 6-month sentence, "已到期"): the sentence with the figure typed
    for figure in re.findall(r"\d+(?:\.\d+)?\s*[%％]", text or ""):
        said = next((x for x in rec.sentences if figure.replace(" ", "") in sentences.compact(x.text)), None)
        if said is not None:
            return said.text
    # the words typed first ("阶段性减免社会保险费…到什么时候": 减免, not the 免除 of "免除反担保要求", eval33 W11)
    typed = [w for alts in stems_named(text) for w in alts if len(w) >= 2 and w in text]
    # "那到底能返多少钱" on 18号（三） (eval95 LB11, an angry owner, heard its 裁员率 and 1%费率 sentences): of a sum asked,
    # the sentence naming the measure with a figure first
    how_much = bool(re.search(r"多少|几成|比例", text or ""))
    body = [x for x in rec.sentences if not sentences.is_heading(rec, x)]
    if how_much:
        body.sort(key=lambda x: not FIGURE.search(x.text))
    for alts in [typed, *stems_named(text)]:
        for word in alts:
            if quoted and word in quoted and (not how_much or FIGURE.search(quoted)):
                return cite["quote"]  # "缓多久" after the 公积金 sentence: it, not the 残保金 one (eval25 W22)
            for s in body:
                if word in sentences.compact(s.text):
                    return s.text
    return ""


def unsaid_line(text: str, rest: str, cite: dict, place: str | None = None) -> str:
    """ "中小微企业返多少" on 聊城 第5条: the clause sets no separate rate for 中小微企业 — said, so the
    rate quoted is read as the one that applies to them too. "能贷多少钱" on a clause that writes the
    loan's 贴息 but no sum: said (全额贴息 is not what can be borrowed)."""
    said = clause_text(cite)
    loan = next((alts for alts in stems_named(text) if "贷款" in alts), None)
    if loan and re.search(r"多少|额度", text) and not LOAN_SUM.search(measure_sentence(text, cite)):
        region = cite.get("region")
        # "凌源…不是大学生 贷款能贷多少" after 辽政发（二） (eval92 IA11 heard that no text for 辽宁省 writes one, then 凌源's
        # 20万元 graduates' sentence): the person's own place inside the clause's writes it
        own = place if place and place != region and regions.covers(region or "", place) else None
        stated = [
            c
            for c in (place_sentences.find(LOAN_AMOUNT, own, date.max) if own else [])
            if c.get("region") == own and not re.search(r"大学生|毕业生|高新技术", c.get("quote") or "")
        ]
        if stated:
            return f"本条原文没有写明{loan[0]}能贷多少（额度）；{own}的文件写有：{place_sentences.line(stated[0])[2:]}"
        if region and not place_sentences.find(LOAN_AMOUNT, region, date.max):
            # no text covering the place writes one (大连, 辽宁): said of them all, not of this clause only (eval16 N23)
            return f"收录的适用于{region}的文件都没有写明{loan[0]}能贷多少（额度），具体额度请向经办部门咨询。"
        return f"本条原文没有写明{loan[0]}能贷多少（额度）。"
    stem_chars = "".join(STEMS)
    words = [re.sub(f"[{stem_chars}]", "", w) for w in words_of(rest)]
    unsaid = [
        w
        for w in words
        if 2 <= len(w) <= 8
        and not SPOKEN.search(w)  # "你这说了跟没说一样饭店没裁人" is a complaint, not a group (eval21 S02)
        and w not in said
        and not said_apart(w, said)  # "困难企业": "经营困难且恢复有望企业" (eval53 L14 was told none was set)
        and GROUP.search(w)
        and not _counted(text, w)
    ]
    if not unsaid or _asks_whom(text):  # "…的是哪些人" asks who; it names no group ("除求人")
        return ""
    return f"本条没有对{'、'.join(unsaid)}另定标准，按上面这句原文执行，以经办部门认定为准。"


def said_apart(word: str, said: str) -> bool:
    """Each two characters of the word in one sentence of the clause ("困难企业" in "经营困难且恢复有望企业")."""
    halves = [word[i : i + 2] for i in range(0, len(word) - 1, 2)]
    return len(halves) >= 2 and any(all(h in s for h in halves) for s in re.split(r"[。；]", said))


def _counted(text: str, word: str) -> bool:
    """The word follows a figure ("2万块失业保险费" left "万块失业保险费"): a sum said, not a group."""
    return bool(re.search(r"[\d一二两三四五六七八九十百千万俩仨][万千百块元个]*" + re.escape(word), text))


def with_unsaid(reply: Reply, text: str, cite: dict, place: str | None = None) -> Reply:
    """The follow-up's reply, with `unsaid_line` before its closing line; `place`: where the person is."""
    from actions.clause_in_play import own_words

    return with_line(reply, unsaid_line(text, own_words(text), cite, place))


def with_line(reply: Reply, line: str) -> Reply:
    """The reply with `line` before its closing line ("具体请咨询责任单位…")."""
    if line:
        lines = reply.text.split("\n")
        lines.insert(-1, line)
        reply.text = "\n".join(lines)
    return reply


def _place(text: str, tracker: Tracker, cite: dict) -> str | None:
    named = regions.regions_in_text(text)
    if len(named) == 1:
        return named[0]
    return profile_from_slots(tracker.slots).get("region") or cite.get("region")


def _measure(text: str, rest: str) -> tuple[str, str]:
    """(the measure asked, its topic word): ("创业补贴", "创业"), ("创业担保贷款", "贷款")."""
    stems = stems_named(text)
    if stems:
        return stems[0][0], stems[0][-1]
    # "见习补贴标准是多少" (eval34 X16: the follow-up words left "见习贴", found nowhere): the measure as typed
    # "公益性岗位补贴标准" (eval46 N13 read "益性岗位补贴": four characters could not hold its name)
    named = re.search(r"([\u4e00-\u9fff]{2,5}?)(?:补贴|补助|津贴|奖补)", text)
    if named:
        return named.group(0), named.group(1)
    word = max(words_of(rest), key=len, default="")
    return _phrase(text, word), word


def answer(text: str, tracker: Tracker, as_of: date) -> Reply | None:
    """The fresh answer to a new question in a conversation with a clause in play, or None. A new
    measure's answer is marked `new_question`: the conversation's topic becomes it (actions/turns.py);
    a condition ("我是外地户口") keeps the topic it was asked of."""
    from actions.clause_in_play import in_play, kind_of, own_words

    cite, _ = in_play(tracker, text)
    if cite is None:
        return None
    kind, rest = kind_of(text), own_words(text)
    place = _place(text, tracker, cite)
    if (
        kind in ("amount", "times")
        and OWN_GROUPS.search(text)
        and FIGURE.search(text)
        and verdict(text, rest, cite) == "new"
    ):
        found = not_yet_issued.hits_issued(
            search(text[:200], top_k=8, as_of=as_of, region=place).model_dump()["results"], as_of
        )[0]
        pointed = _pointed(text, [(hit, sentences.record_of(hit["clause_id"])) for hit in found])
        if pointed is not None:  # "那个残疾毕业生社保补贴60%的…能补几年" (eval45 C04)
            reply = _pointed_reply(pointed, kind, as_of, text)
            reply.meta["new_question"] = True
            return reply
    if kind == "amount" and verdict(text, rest, cite) == "new":
        # other kinds of a new question ("稳岗返还怎么申请") are the procedure search's (actions/turns.py)
        fresh = _measure_answer(text, kind, rest, place, as_of)
        if fresh is not None:
            fresh.meta["new_question"] = True
        return fresh
    topic = tracker.get_slot(TOPIC) or ""
    if kind is None and topic and CONDITION.search(text) and len(text) <= 16 and not stems_named(text):
        # "我是外地户口" while 灵活就业 社保 is discussed: the 户籍 sentence of that topic
        said = " ".join(word for word, pattern in CONDITION_WORDS.items() if pattern.search(text))
        response = search(f"{topic} {text} {said}"[:200], top_k=5, as_of=as_of, region=place).model_dump()
        response["results"].sort(key=lambda h: h.get("region") != place)
        reply = search_answer({**response, "query": f"{said} {text}".strip()})
        if reply.meta.get("low_confidence"):
            return None
        quoted = (reply.citations[0].get("quote") or "") if reply.citations else ""
        if "户籍" in said and "省内" in quoted and "省内" not in text:
            # 18号（十二） lifts the 省内 城乡户籍 limit only: an 外省 户口 is not said to be covered
            lines = reply.text.split("\n")
            at = next((i for i, line in enumerate(lines) if line.startswith("责任单位")), 2)
            lines.insert(at, "注意：原文取消的是省内城乡户籍限制；外省户籍是否受限，原文未写，以经办部门认定为准。")
            reply.text = "\n".join(lines)
        return reply
    return None


AS_A_FIRM = re.compile(
    r"(?:我们|俺们|咱们|我|俺)(?:的)?(?:合作社|企业|公司|单位|厂)|单位(?:贷款|能贷)|企业(?:贷款|能贷)"
)
# groups whose measures are their own: named in a follow-up, they point away from a clause that never names them
OWN_GROUPS = re.compile(r"残疾|退役|军人|低保|建档立卡|贫困|湖北|农民工|两后生|零就业|去产能")
FIGURE = re.compile(r"\d+(?:\.\d+)?\s*[%％元]")


def _pointed(text: str, records: list[tuple[dict, Any]]) -> tuple[dict, Sentence] | None:
    """The sentence holding every group and figure the message names ("残疾毕业生社保补贴60%" → 18号（十二）'s "…残疾高校
    毕业生…60%给予补贴"; eval45 C04 heard 46号（三）'s 社保补贴 sentence, which names neither)."""
    words = {m.group() for m in OWN_GROUPS.finditer(text)} | {f.replace(" ", "") for f in FIGURE.findall(text)}
    if not OWN_GROUPS.search(text) or not FIGURE.search(text):
        return None
    holding = [
        (hit, s) for hit, rec in records if rec is not None for s in rec.sentences if all(w in s.text for w in words)
    ]
    said = {text[i : i + 2] for i in range(len(text) - 1)}  # then the one sharing most of the message's words (毕业生)
    return max(
        holding, key=lambda p: len(said & {p[1].text[i : i + 2] for i in range(len(p[1].text) - 1)}), default=None
    )


def _pointed_reply(pointed: tuple[dict, Sentence], kind: str, as_of: date, text: str) -> Reply:
    reply = clause_detail.detail(pointed[0], kind, as_of, text, about=pointed[1].text)
    reply.text = reply.text.replace("关于", "根据", 1)  # a new question, not a follow-up on the clause
    return reply


def _measure_answer(text: str, kind: str, rest: str, place: str | None, as_of: date) -> Reply | None:
    text = without_groups_denied(text)  # "我没问低保 我问…经济补偿" (eval107 XA10): no measure of the word turned away
    measure, word = _measure(text, rest)
    if not word:
        return None
    # a text not yet issued on the day asked answers nothing then (eval47 R11, 2020-04-20, heard 大政发〔2020〕18号)
    found = not_yet_issued.hits_issued(
        search(f"{measure} {text}"[:200], top_k=8, as_of=as_of, region=place).model_dump()["results"], as_of
    )[0]
    local = [h for h in found if h.get("region") == place] or found
    pointed = _pointed(text, [(hit, sentences.record_of(hit["clause_id"])) for hit in local])
    if pointed is not None:
        return _pointed_reply(pointed, kind, as_of, text)
    qkind = clause_detail.LOOKS_FOR[kind][0]
    # each name of the stem in turn ("税能减多少": 减征, then 扣减 of 18号（二）'s 7800元; eval30 Q24 heard "没有写明减征的
    # 具体金额" beside it): the first name with a sentence stating the figure
    names = [n for n in (next(iter(stems_named(text)), ()) or (measure,)) if len(n) > 1] or [measure]
    asked = measure
    if len(word) >= 3 and word not in names:  # "公益性岗位补贴": "…公益性岗位…给予岗位补贴，补贴标准为…" names it apart
        names.append(word)
    naming: list[tuple[dict, Sentence]] = []
    stated: list[tuple[dict, Sentence]] = []
    records = [(hit, sentences.record_of(hit["clause_id"])) for hit in local]
    for name in names:
        these = [
            (hit, s)
            for hit, rec in records
            if rec is not None
            for s in rec.sentences
            if name in sentences.compact(s.text).replace("助学贷款", "") and not sentences.is_heading(rec, s)
        ]
        naming = naming or these
        # "加大创业担保贷款贴息力度…全额贴息" states the 贴息's, not the loan's (eval41 G04, a 合伙 loan asked in 大连, heard
        # it and then "不能"): a sentence naming another measure states the name's only with a sum of money
        stated = [
            (h, s)
            for h, s in these
            if sentences.has_feature(s.text, qkind)
            and (not any(n in s.text and n not in name + asked for n in OTHER_NOUNS) or LOAN_SUM.search(s.text))
        ]
        if stated:
            measure = name
            break
    if not naming:
        return None
    # a sentence of a case the person did not name ("平台就业人员购置生产经营必需工具的，可申请创业担保贷款及贴息" to one
    # buying a truck, eval89 FA12, twice) after the place's general one ("按规定扩大创业担保贷款政策覆盖范围…")
    naming = sorted(naming, key=lambda hs: (_other_case(hs[1].text, text), _not_theirs(hs[1].text, text)))
    if AS_A_FIRM.search(text):
        # "我们合作社…能贷多少…单位贷款能贷多少" (eval94 KA08, twice heard the individual's 10万元): a unit asking, the
        # sentence for units first ("小微企业…可申请最高不超过300万元的创业担保贷款")
        stated.sort(key=lambda hs: "企业" not in hs[1].text)
    hit, s = (stated or naming)[0]
    reply = clause_detail.detail(hit, kind, as_of, text, about=s.text)
    reply.text = reply.text.replace("关于", "根据", 1)  # a new question, not a follow-up on the clause
    # the sentence quoted states the sum in its own words ("见习人员…基本生活费不低于…60%"), not another measure's
    # ("个人创业担保贷款最高额度提高为20万元" is no 创业补贴)
    # the sentences the reply quotes: the one naming the measure may come first, its figure after it ("…基本生活费不低于
    # 当地最低工资标准 60%" after "将就业见习补贴范围调整为…")
    figured = [q for q in re.findall(r"“([^”]{8,})”", reply.text) if re.search(r"\d\s*(?:%|％|元)", q)]
    own_sum = any(
        sentences.has_feature(q, "amount") and not any(n in q and n not in measure for n in OTHER_NOUNS)
        for q in [*(c.get("quote") or "" for c in reply.citations), *figured]
    )
    if stated or kind != "amount" or own_sum:
        return reply
    # no sentence of the place gives the figure: said first; the place's other sentence on who may
    # enjoy that kind of measure ("返乡入乡创业人员…同等享受创业扶持政策") follows the clause quoted
    where = place or "当地"
    reply.text = f"{where}的文件没有写明{measure}的具体金额，以下是原文中与{word}有关的规定：\n" + reply.text
    return _with_enjoying(reply, local, hit, word, as_of)


CASE_SUBJECT = re.compile(r"^对?(?P<who>[\u4e00-\u9fff]{2,12}?)(?:人员|毕业生|个体工商户)[^，。；]{0,24}的，")


def _other_case(sentence: str, text: str) -> bool:
    m = CASE_SUBJECT.match(sentence)
    return bool(m) and m.group("who")[:2] not in (text or "")


def _not_theirs(sentence: str, text: str) -> bool:
    """A graduates' sentence to one saying they never went to college ("啥高校毕业生啊 我初中毕业…能贷款多少", eval89
    FA01 heard the graduates' 全额贴息 first)."""
    from actions.denied_words import NOT_OF_GROUP
    from actions.profile_facts import SCHOOLING_BELOW

    denied = SCHOOLING_BELOW.search(text or "") or any(
        "毕业" in m.group() or "大学" in m.group() for m in NOT_OF_GROUP.finditer(text or "")
    )
    return bool(denied) and "高校毕业生" in sentence


def _with_enjoying(reply: Reply, hits: list[dict], quoted: dict, word: str, as_of: date) -> Reply:
    for other in hits:
        rec = sentences.record_of(other["clause_id"])
        if other["clause_id"] == quoted["clause_id"] or rec is None:
            continue
        s = next((x for x in rec.sentences if word in x.text and ENJOYING.search(x.text)), None)
        if s is None:
            continue
        quote = sentences.quote_of(s, [word], limit=80)
        cite = citations.from_hit(other, verbatim(quote.text))
        cite["validity"] = validity_words.own(rec, s, as_of)
        line = f"另据{citations.where(cite)}：“{quote.text}”（{validity_words.status_words(cite['validity'], as_of)}）"
        lines = reply.text.split("\n")
        lines.insert(-1, line)
        reply.text = "\n".join(lines)
        reply.citations.append(cite)
        reply.meta["clause_ids"] = [*reply.meta.get("clause_ids", []), cite["clause_id"]]
        break
    return reply


def _asks_whom(text: str) -> bool:
    from actions.clause_in_play import WHOM  # clause_in_play reads this module

    return bool(WHOM.search(text))
