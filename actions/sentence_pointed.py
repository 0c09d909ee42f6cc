"""A follow-up whose own words point at one sentence of a clause just cited: that sentence answers it.

12345 evaluation 6 (findings-B §B4, findings-A §3): "我离退休还有11个月，领完了还能接着领吗" right after 聊城
第21条 started a questionnaire ("请问您是以什么身份申请？") although the clause's own sentence "…期满仍未就业且距
法定退休年龄不足1年的人员，可继续发放失业保险金至法定退休年龄" answers it; "要是见习单位把俺孩子留下了呢" after
凌源 三、（三） was read as a firm speaking; "灵活就业的就业困难人员补多少" after 46号（十五） listed 公益性岗位 and
a 聊城 measure first; "要是当地最低工资1500，最多能上浮多少钱" after 凌源's 上浮 clause went to 辽政发（十八）.

The message is matched to the sentences of the clauses the last cited answer quoted (every sentence of them,
not only those quoted) by the two-character words they share, each weighed by how rare it is in the
documents, with a few everyday words read as the text's ("留下" is the text's "留用", "接着领" its "继续").
A sentence answers when it holds most of what the message says that the documents speak of at all, and
enough of it to be more than a shared common word. The sentence is quoted whole with its own validity;
whether the person's case meets it is the office's to decide.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from datetime import date

import cn2an
from rasa_sdk import Tracker

from actions import share_left
from actions.clause_in_play import TEXT_WORDS
from actions.combine_question import TOGETHER
from actions.dialogue_state import bot_messages_back
from actions.profile import CANDIDATES, TOPIC, profile_from_slots
from actions.profile_facts import GROUP_WORDS
from answers import sentences, topic_sentence, validity_words
from answers.clause_answer import NO_AMOUNT, clause_block, with_periods
from answers.clause_detail import STANDARD_SAID
from answers.figures_said import named_sums
from answers.models import Reply, button
from knowledge import coverage, regions
from knowledge.builds import per_build
from knowledge.eligibility.loader import default_rule_set
from knowledge.records import ClauseRecord, Sentence, load_clauses
from knowledge.script import simplified
from retrieval.tokens import words

# said under a sentence pointed at that states no sum (actions/follow_ups.py looks for the clause that does)
NO_SUM_SAID = "您的情况是否符合、具体能享受多少，以经办部门认定为准。"
# everyday words and the text's words for them (added to the message, never replacing what was said)
SPOKEN = (
    (re.compile(r"留下|留住|留人|转正"), "留用"),
    # "失业保险金延长领取的条件" (eval47 R14 heard the 失业补助金 sentence twice): the text's "可继续领取…"
    (re.compile(r"接着(?:领|发|给)|继续(?:领|发|给)|还能领|再领|延长(?:领取|领|发放|发)|延(?:领|发)"), "继续"),
    # "那到期以后就啥也没了" (eval53 L05 heard "没有找到直接对应的条款" after 续领至退休): the text's "期满"
    (re.compile(r"领完|到期了|领到头|到期(?:以后|之后|后)|到头(?:了|以后|之后)"), "期满"),
    # "我想贷款换辆车跑网约车" (eval49 P07 heard the graduates' 全额贴息 of the clause in play): 平台就业人员's own sentence
    (re.compile(r"网约车|滴滴|跑外卖|送外卖|骑手|快递员|货拉拉"), "平台就业人员"),
    (re.compile(r"离退休|到退休|退休还有"), "退休"),
    # "失业保险金上浮多少" (eval53 L16 heard the 价格临时补贴 sentence first): the text's "提高…发放标准"
    (re.compile(r"上浮|上调|调高|涨了|涨多少"), "提高"),
    # "家里困难" is the text's "生活困难" (R01: "临时补助，家里困难" is the 临时生活补助 of 生活困难下岗失业人员)
    (re.compile(r"(?:家里|家庭|家境|日子|生活)(?:很|挺|太|比较|特别|实在)?(?:困难|难过|紧巴|穷)|揭不开锅"), "生活困难"),
)
# A group the person says they are not ("我不是高校毕业生") points at nothing: its words are dropped
NOT_ME = re.compile(r"(?:不是|并非|不属于|不算|不搞|不做|不干|没搞|没做)[^，。,；;！!？?\s]{1,10}")
# a question, not an answer to the form's question ("否", "3年")
ASKING = re.compile(r"吗|呢|多少|几|咋|怎么|啥|什么|哪些|哪几|哪类|能不能|能否|[?？]|不$")
RECENT_TURNS = 4
MIN_WEIGHT = 9.0  # two rare words, or three of the documents' ordinary ones
OLDER_WEIGHT = 10.0  # for a sentence of an answer before the newest: more than two rare words
MIN_SHARE = 0.6  # of the weight of what the message says that the documents speak of


def _pairs(text: str) -> set[str]:
    return {w[i : i + 2] for w in re.split(r"[^\u4e00-\u9fff]+", text) for i in range(len(w) - 1)}


@per_build()
def _weights() -> dict[str, float]:
    counts: Counter[str] = Counter()
    total = 0
    for rec in load_clauses():
        for s in rec.sentences:
            total += 1
            counts.update(_pairs(s.text))
    return {p: math.log(total / n) for p, n in counts.items()}


def _parts(text: str) -> list[str]:
    """The message's sentences ("不领失业金。要是当地最低工资1500…" answers the form, then asks), each with
    the text's words for its everyday ones."""
    text = simplified(text or "")
    return [
        p + " " + " ".join(w for pattern, w in SPOKEN if pattern.search(p)) for p in re.split(r"[。！!；;]", text) if p
    ]


def _said(part: str) -> set[str]:
    """The two-character words of what the part says: bigrams inside its words, not across them ("临时补助"
    is 临时 and 补助: its "时补" matched 价格临时补贴 over 临时生活补助, R01), without a group denied, nor the
    kind of answer asked for ("…的条件" asks for conditions: it is not the text's "不符合…条件", R14)."""
    return {p for tok in words(ASKED_KIND.sub("，", NOT_ME.sub("，", part))) for p in _pairs(tok)}


ASKED_KIND = re.compile(r"(?:的|什么|啥|哪些|有啥|有什么)(?:条件|要求)|条件是(?:啥|什么)")


def match(text: str, rec: ClauseRecord) -> tuple[float, list[Sentence]]:
    """(weight shared, sentences) of `rec` the message points at (two on a tie), (0, []) if none."""
    weights = _weights()
    best: tuple[float, list[Sentence]] = (0.0, [])
    for part in _parts(text):
        said = {p: weights[p] for p in _said(part) if p in weights}
        whole = sum(said.values())
        for s in rec.sentences:
            if sentences.is_heading(rec, s):
                continue
            own = _pairs(s.text)
            shared = sum(w for p, w in said.items() if p in own)
            if shared < MIN_WEIGHT or shared < MIN_SHARE * whole or shared < best[0] - 0.01:
                continue
            # a tie is both cases of one measure ("留用率50%以下…", "留用率超过50%…"): both are quoted
            tied = shared <= best[0] + 0.01 and s not in best[1]
            best = (shared, [*best[1], s] if tied else [s])
    return best


def _ended(rec: ClauseRecord, said: list[Sentence], as_of: date | None) -> bool:
    return as_of is not None and all(
        validity_words.own(rec, s, as_of).get("status") in ("expired", "not_started") for s in said
    )


# "参照就业困难人员享受政策的是哪些人" (eval49 P16) asks of those treated alike, whose own sentence answers
RANGE_ASKED = re.compile(r"^(?!.*参照).*(?:包括(?:哪些|什么|啥|哪几)|(?:哪几类|哪些类|哪几种)(?:人|人员|群体)|范围是)")
RANGE = re.compile(r"范围包括|包括[^。；]{0,8}(?:人员|家庭|成员)")


# "安置对象是哪些人" of 公益性岗位: the sentence saying whom they are for
# how long, said with its length ("期限重新计算" states none)
STATES_SPAN = re.compile(r"(?<!\d)\d{1,2}\s*(?:年|个月)|[一二两三四五六]年|延长至退休|至法定退休")
STATES_WHOM = re.compile(r"重点安置|优先安[排置]|范围包括|对象(?:为|是|包括|调整为)")


def _each_asked(text: str, tracker: Tracker, as_of: date | None) -> tuple[dict, list[Sentence]] | None:
    """ "见习期限多长？基本生活费补多少？" (eval96 MB09, an agent, heard neither the 3—12个月 nor the 60%); "大连的安置对象是
    哪些人？补贴最长给几年？" after 公益性岗位 (eval97 NB09 heard the 灵活就业 社保补贴's groups and years): two questions of
    different kinds (whom, how long, how much), each answered by the sentence stating that kind and sharing most of
    the piece's words and the topic asked, in the one clause of the last answer where every piece finds one."""
    from actions.clause_in_play import WHOM, kind_of

    pieces = [p for p in re.split(r"[？?；;]", text) if len(p.strip()) >= 3]
    kinds = ["whom" if WHOM.search(p) else kind_of(p) for p in pieces]
    if len(pieces) < 2 or len(set(kinds)) < len(pieces) or not set(kinds) <= {"amount", "times", "whom"}:
        return None
    weights = _weights()
    topic = {p: weights.get(p, 0.0) for part in _parts(tracker.get_slot(TOPIC) or "") for p in _said(part)}
    best: tuple[float, dict, list[Sentence]] | None = None
    for event in bot_messages_back(tracker, 1):
        for cite in (((event.get("data") or {}).get("custom") or {}).get("answer") or {}).get("citations") or []:
            rec = sentences.record_of(cite.get("clause_id") or "")
            found = _each_in(rec, pieces, kinds, weights, topic) if rec is not None else None
            if found is not None and (best is None or found[0] > best[0]):
                best = (found[0], cite, found[1])
    return (best[1], best[2]) if best is not None else None


def _each_in(rec: ClauseRecord, pieces: list[str], kinds: list, weights: dict, topic: dict):
    """(score, sentences) of `rec` answering each piece by its kind, or None when a piece finds none. A sentence
    stating "上述补贴期限…" takes the topic of the sentence before it."""
    total, said = 0.0, []
    for piece, kind in zip(pieces, kinds, strict=True):
        stating = {"amount": STATES_SUM, "times": STATES_SPAN, "whom": STATES_WHOM}[kind]
        words = {p: weights.get(p, 0.0) for part in _parts(piece) for p in _said(part)}
        scored = []
        for x in rec.sentences:
            if sentences.is_heading(rec, x) or not stating.search(x.text):
                continue
            before = next((b.text for b in rec.sentences if b.index == x.index - 1), "")
            own = _pairs(x.text)
            near = own | (_pairs(before) if re.match(r"\s*上述", x.text) else set())
            shared = sum(w for p, w in words.items() if p in own) + sum(w for p, w in topic.items() if p in near)
            scored.append((shared, -x.index, x))
        top = max(scored, default=None, key=lambda t: t[:2])
        if top is None or top[0] <= 0:
            return None
        total += top[0]
        if top[2] not in said:
            said.append(top[2])
    return total, said


def pointed(text: str, tracker: Tracker, as_of: date | None = None) -> tuple[dict, list[Sentence]] | None:
    """(citation, sentences) of the clause just cited that the message points at, or None; of two clauses
    pointed at alike, the one in force on `as_of` (R13: "就业困难人员灵活就业的社保补贴补多少" is 46号（十五）'s 30%,
    not 18号（十二）'s 延长1年 that ended in 2020)."""
    numbered = ORDINAL.search(text or "")
    if (
        numbered
    ):  # "第六句现在还执行吗" after "全文" (eval10 H12): that sentence as the clause was shown, heading left out
        return _numbered(ordinal(numbered), tracker)
    transition = _transition(text or "", tracker)  # "按新标准还是老标准" asks without a question word
    if transition is not None:
        return transition
    shared = _ratio_named(text or "", tracker)  # "1/3怎么算" two answers after 18号（十三）
    if shared is not None:
        return shared
    if len(text or "") < 6 or not ASKING.search(text):
        return None
    each = _each_asked(text, tracker, as_of)
    if each is not None:
        return each
    named = regions.regions_in_text(simplified(text))
    newest = True
    for event in bot_messages_back(tracker, RECENT_TURNS):
        cites = (((event.get("data") or {}).get("custom") or {}).get("answer") or {}).get("citations") or []
        if not cites:
            continue
        if named and not regions.covers(cites[0].get("region") or "", named[0]):
            return None  # "大连的见习补贴呢" after 凌源's clause (eval10 H31): another place's own, not this clause
        if named and named[0] != cites[0].get("region") and named[0] in coverage.document_regions():
            return None  # "一次性吸纳就业补贴大连给多少" after 辽政发（十） (eval37 Z14): the city's own text answers
        figured = _figured(text, cites)
        if figured is not None and _of_measure_asked(figured[1][0].text, text, tracker):
            return figured  # "第九条里那个2500元一个人的 现在还能领不" (eval10 H12): the sentence holding it
        # "要是去干公益性岗位 能给啥" (eval41 G01 heard 18号（十五）'s 开发比例 twice): of the clauses just cited, a sentence
        # stating a sum answers a question of how much before one that only names the measure
        from actions.clause_in_play import kind_of

        stating = {"amount": STATES_SUM, "times": STATES_PERIOD}.get(kind_of(text) or "")
        found = []
        for cite in cites:
            rec = sentences.record_of(cite.get("clause_id") or "")
            if rec is not None:
                # "网店" is the texts' "网络创业" (eval98 OA04 heard 辽政发（二）'s 个体工商户 sentence over 46号（八）)
                weight, said = match(text + "".join(w for k, w in TEXT_WORDS.items() if k in text), rec)
                if said:
                    # "公益性岗位补贴补几年" (eval41 G13): the sentence giving the period, likewise
                    summed = [x for x in said if stating.search(x.text)] if stating else []
                    if stating is STATES_PERIOD and not summed:  # "上述补贴期限…" stated by the next sentence
                        summed = [
                            x for x in rec.sentences if 0 < x.index - said[-1].index <= 2 and stating.search(x.text)
                        ][:1]
                        said = said + summed
                    said = summed + [x for x in said if x not in summed]  # the sum first, quoted before the rest
                    if RANGE_ASKED.search(text):
                        # "就业困难人员包括哪些" on 辽政发（十六） (eval90 GB01, an agent, heard its definition and 建档立卡
                        # sentences, never "范围包括…"): the sentence listing whom it covers first
                        listing = [x for x in rec.sentences if RANGE.search(x.text)]
                        said = listing[:1] + [x for x in said if x not in listing[:1]]
                    found.append(
                        (bool(summed), round(weight, 2), not _ended(rec, said, as_of), -len(found), cite, said)
                    )
        # an answer cited before the newest is in play only for a sentence the message all but repeats ("每户每年最多补多少"
        # after 46号（六） and then 辽政发（二） on 创业带头人, eval48 M13 heard 辽政发（十七）)
        found = found if newest else [x for x in found if x[1] >= OLDER_WEIGHT]
        if not found:
            newest = False
            continue
        *_, cite, said = max(found, key=lambda x: x[:4])
        sums = named_sums(text)
        if sums and not any(n in sentences.compact(x.text) for x in said for n in sums):
            return None  # "那个3000一年的场地补贴" is not the 6000元 sentence of the clause just cited (eval22 T12)
        return cite, said
    return None


RATIO = re.compile(r"\d+\s*/\s*\d+|\d+(?:\.\d+)?\s*[%％]")


def _ratio_named(text: str, tracker: Tracker) -> tuple[dict, list[Sentence]] | None:
    """The one sentence of the clauses cited in the last turns that writes the fraction or share the message names
    ("1/3怎么算" after 大政发〔2020〕18号（十三） and a reply on 见习补贴标准: eval49 P13 heard 辽政发（十）)."""
    ratios = {re.sub(r"\s", "", r) for r in RATIO.findall(text)}
    if not ratios or len(text) > 20:
        return None
    for event in bot_messages_back(tracker, RECENT_TURNS):
        cites = (((event.get("data") or {}).get("custom") or {}).get("answer") or {}).get("citations") or []
        hits = [
            (cite, x)
            for cite in cites
            if (rec := sentences.record_of(cite.get("clause_id") or "")) is not None
            for x in rec.sentences
            if any(r in re.sub(r"\s", "", x.text) for r in ratios)
        ]
        if len({id(x) for _, x in hits}) == 1:
            return hits[0][0], [hits[0][1]]
    return None


EITHER = re.compile(r"任选一项|只能选择其中|不可同时享受|不得重复享受")
RECEIVING = re.compile(r"(?:领着|正在领|在领|正领|还领)(?:着)?(?:失业金|失业保险金)")


def _with_either(text: str, cite: dict, said: list[Sentence]) -> list[Sentence]:
    """The sentences, and the clause's own "…在失业保险金和生活费补贴中任选一项领取" for one who says they draw 失业金
    (eval51 V08, "我领着失业金 参加培训还能拿生活费补贴吗", heard the allowance alone and took it as 能)."""
    rec = sentences.record_of(cite.get("clause_id") or "")
    if rec is None or not RECEIVING.search(text or ""):
        return said
    either = [x for x in rec.sentences if EITHER.search(x.text) and "失业保险金" in x.text and x not in said]
    return [*said, *either[:1]]


def _of_measure_asked(sentence: str, text: str, tracker: Tracker) -> bool:
    """The sentence holding the figure is of the measure asked about (this message's, else the conversation's topic):
    "一个月1000？" after 见习 is not the 1000元 一次性求职创业补贴 of a clause listed beside it (eval22 T16)."""
    from answers.measure_exists import terms_in

    words = [w for w, _ in terms_in(text)] or [w for w, _ in terms_in(tracker.get_slot(TOPIC) or "")]
    return all(w in sentences.compact(sentence) for w in words)


def _figured(text: str, cites: list[dict]) -> tuple[dict, list[Sentence]] | None:
    """The one sentence of the clauses just cited holding the sum the message names ("那个2500元的")."""
    hits = [
        (cite, x)
        for cite in cites
        if (rec := sentences.record_of(cite.get("clause_id") or "")) is not None
        for x in topic_sentence.holding_sum(rec.sentences, text)
    ]
    return (hits[0][0], [hits[0][1]]) if len(hits) == 1 else None


# "去年12月就开始见习还没满的 按新标准还是老标准" (eval41 G16 heard the new standards twice): the clause's sentence on
# those who began under the old rules
TRANSITION_ASKED = re.compile(
    r"新标准还是老标准|老标准|旧标准|原来的标准|原标准|原政策|老政策|之前(?:就)?(?:开始|参加)|以前(?:就)?(?:开始|参加)|前就开始|还没满的"
)
TRANSITION = re.compile(r"按原政策|原政策执行|按原规定|原规定执行")
# "2019 年 1 月 1 日前" is a date, not a period (eval96 MB09 heard it for "见习期限多长")
STATES_PERIOD = re.compile(r"期限|最长|不超过\s*\d+\s*(?:年|个月)|延长至退休|至法定退休|(?<!\d)\d{1,2}\s*(?:年|个月)")


def _transition(text: str, tracker: Tracker) -> tuple[dict, list[Sentence]] | None:
    if not TRANSITION_ASKED.search(text):
        return None
    for event in bot_messages_back(tracker, RECENT_TURNS):
        cites = (((event.get("data") or {}).get("custom") or {}).get("answer") or {}).get("citations") or []
        for cite in cites:
            rec = sentences.record_of(cite.get("clause_id") or "")
            said = [x for x in rec.sentences if TRANSITION.search(x.text)] if rec is not None else []
            if said:
                return cite, said[:1]
        if cites:
            return None  # only the newest cited answer is in play
    return None


# a sum the sentence states ("补贴标准为当地最低工资标准", "全额补贴", "600元", "60%"), not a measure only named
STATES_SUM = re.compile(r"\d+(?:\.\d+)?\s*(?:%|％|元|万元)|标准为|全额")
# "原文最后一句是什么" (eval93 JB05, a quality checker, heard "没有“原文最后一句”这一项"): counted from the end too
ORDINAL = re.compile(
    r"(?P<back>倒数)?第\s*(?P<n>[一二三四五六七八九十两\d]{1,3})\s*句|(?P<last>最后|末尾|结尾)(?:的)?(?:一|那|这)?句"
)


def ordinal(m: re.Match) -> int:
    """The sentence's place: 1 the first, -1 the last ("最后一句"), -2 the one before ("倒数第二句")."""
    if m.group("last"):
        return -1
    n = int(cn2an.cn2an(m.group("n"), "smart"))
    return -n if m.group("back") else n


# "就那个30%的 …补几年", "30%那个": a measure of the list just shown, named by the rate its standard states
RATE_POINTED = re.compile(
    r"(?:那个|这个|那|这)\s*(\d+(?:\.\d+)?)\s*[%％]\s*(?:的|那个|那项)?|(\d+(?:\.\d+)?)\s*[%％]\s*(?:的那个|那个|那项)"
)


def _listed_rate(text: str, tracker: Tracker, as_of: date | None) -> tuple[dict, list[Sentence]] | None:
    """The one sentence of the measures in play (the summary's, eval36 T01: "就那个30%的 我开出租以后能补多少 补几年"
    after a list whose 30% measure was not among the clauses quoted, and heard 出租房屋's 房产税) that states the rate."""
    m = RATE_POINTED.search(text or "")
    if m is None:
        return None
    rate = (m.group(1) or m.group(2)) + "%"
    in_play = set(tracker.get_slot(CANDIDATES) or [])
    profile = profile_from_slots(tracker.slots)
    hits: dict[str, tuple[dict, Sentence]] = {}
    for rule in default_rule_set().rules:
        denied = [w for f, w in GROUP_WORDS.items() if profile.get(f) is False and w[:2] in rule.name]
        if rule.id not in in_play or denied:
            continue  # "高校毕业生：否" leaves the graduates' 30% out (named by the group the measure is for)
        for c in rule.citations:  # the rule's own sentences, not its clause's neighbours
            rec = sentences.record_of(c.clause_id)
            for x in rec.sentences if rec is not None else []:
                own = sentences.compact(x.text) in sentences.compact(c.quote) or sentences.compact(
                    c.quote
                ) in sentences.compact(x.text)
                if own and rate in sentences.compact(x.text) and not _ended(rec, [x], as_of):
                    hits.setdefault(x.text, ({"clause_id": c.clause_id, "quote": x.text}, x))
    if len(hits) != 1:
        return None
    cite, said = next(iter(hits.values()))
    return cite, [said]


def _numbered(n: int, tracker: Tracker) -> tuple[dict, list[Sentence]] | None:
    for event in bot_messages_back(tracker, RECENT_TURNS):
        cites = (((event.get("data") or {}).get("custom") or {}).get("answer") or {}).get("citations") or []
        rec = sentences.record_of(cites[0].get("clause_id") or "") if len(cites) == 1 else None
        if rec is None:
            continue
        shown = [x for x in rec.sentences if not sentences.is_heading(rec, x)]
        if n < 0 and -n <= len(shown):
            return cites[0], [shown[n]]
        return (cites[0], [shown[n - 1]]) if 1 <= n <= len(shown) else None
    return None


def rate_answer(text: str, tracker: Tracker, as_of: date) -> Reply | None:
    """ "就那个30%的…补几年": the sentence of the listed measure stating that rate, or None."""
    # "那个返还能和这个50%一起拿吗" asks about combining (eval10 G34), not about the 50% measure
    asks = len(text or "") >= 6 and ASKING.search(text) and not TOGETHER.search(text)
    found = _listed_rate(text, tracker, as_of) if asks else None
    return answer(text, tracker, as_of, found) if found is not None else None


def answer(text: str, tracker: Tracker, as_of: date, found: tuple[dict, list[Sentence]] | None = None) -> Reply | None:
    """The sentence pointed at, quoted whole from its clause, or None."""
    from actions.clause_in_play import clause_hit  # follow_ups calls this module

    found = found or pointed(text, tracker, as_of)
    hit = clause_hit(found[0], as_of) if found else None
    if found is None or hit is None:
        return None
    found = (found[0], _with_either(text, found[0], found[1]))
    # one sentence pointed at is the answer: quoted whole up to a screen, so its last clause is not cut off (R20:
    # "…其余人员距法定退休年龄1年时给予最长不超过1年的补贴" after the 30%, the period the person asks about)
    limit = sentences.MAX_TOTAL if len(found[1]) == 1 else sentences.MAX_QUOTE
    quotes, periods = with_periods(hit, sentences.fit([sentences.quote_of(s, limit=limit) for s in found[1][:2]]))
    block, cite = clause_block(hit, as_of, "", quotes=quotes, periods=periods)
    lines = block.split("\n")
    lines[0] = "关于" + lines[0].removeprefix("根据")
    # "协议12个月，第9个月签了合同": a share-of-period condition worked with the person's figures (eval7 R08)
    worked = next(
        (
            w
            for s in found[1][:2]
            if (w := share_left.conclusion(s.text, [text]) or share_left.to_retirement(s.text, [text]))
        ),
        "",
    )
    if worked or sentences.GRANTS.search("".join(x.text for x in found[1])):
        # a duty ("提前 30 日向工会…说明", eval75 RB11, a lawyer) grants nothing: no one is told what they "享受"
        lines.insert(-1, worked or NO_SUM_SAID)
    if sentences.question_kind(text) == "amount" and not any(
        sentences.has_feature(sentences.RATE_REACHED.sub("", s.text), "amount") or STANDARD_SAID.search(s.text)
        for s in found[1]
    ):
        lines.insert(-1, NO_AMOUNT)  # "临时生活补助给多少" (eval21 S07): the sentence pointed at states no sum
    return Reply(
        "\n".join(lines) + "\n具体请咨询责任单位，也可以回复“转人工”。",
        [cite],
        [button("转人工", "/handoff")],
        meta={"low_confidence": False, "clause_ids": [cite["clause_id"]], "pointed": True},
    )
