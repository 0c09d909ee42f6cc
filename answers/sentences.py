"""Which sentences of a clause answer the question, and how they are quoted: whole, or cut by clauses.

The unit of a quote is the sentence of the clause record (knowledge.records.Sentence), never a
window of characters: a search highlight ("…0日起…") only says *which* sentence matched. A sentence
is quoted whole; one too long for a phone screen is cut at its own clause marks (；, then ，) outside
brackets, and every cut is marked with "…", so "县以上（含县…" cannot happen.

The choice follows the kind of question: how much → a sentence with the amount; how long → the
period; who → the conditions; where / what materials → the procedure. A heading ("强化常态化管理
服务。") and a transition provision about the old policy ("2019年1月1日前…按原政策执行") never lead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from answers import measures  # noqa: I001  (measures reads this module's helpers when called)
from answers.clause_cuts import quoted_run, split_top, whole_clauses
from knowledge.builds import per_build
from knowledge.records import ClauseRecord, Sentence, clause_index, load_clauses
from knowledge.regions import regions_in_text

MAX_QUOTE = 170  # characters of one quote before a sentence is cut to its clauses
MAX_TOTAL = 320  # characters of all quotes of one answer (a phone screen, a read-out answer)

# (kind, words of a question asking it), checked in this order: "多久到账" asks about payment
# (procedure) before time, "有补贴吗，多少钱" about the amount before who qualifies.
KINDS = [
    (
        "procedure",
        r"材料|去哪|哪里|在哪|到哪|找谁|哪个部门|怎么申请|如何申请|怎么办理|如何办理|怎么领|如何领|"
        r"流程|手续|到账|网上|窗口|怎么办",
    ),
    # "提前多少天通知工会" (eval75 RB11 heard "原文没有写明具体金额"): a number of days is a length, not money
    (
        "period",
        r"多久|多长时间|期限|几个月|几年|什么时候|何时|到期|截止|有效期|还有吗|还能|还在执行|多少(?:天|日|个月|年)|几(?:天|日)",
    ),
    ("amount", r"多少|几千|几万|标准|金额|额度|补多少|钱|最高|比例|咋算|怎么算|怎么计算|如何计算"),
    ("who", r"谁|哪些人|什么人|啥人|哪类人|条件|能不能|能否|可以吗|能申请|符合|资格|有没有|吗"),
]
FEATURES = {
    # "参照当地城市最低生活保障标准…给予生活费补贴" (eval38 K16 heard "原文没有写明具体金额" of it)
    # "最长不超过3年" is a length, not a sum (eval46 N13 heard 46号（十五）'s period sentence as its 补贴标准)
    "amount": r"\d[\d.]*(?:万元|元|%|倍)|全额|免征|减半|提高为|提高至|上调至|不低于\d+(?![\d.]*\s*(?:年|个月|天|日|次|周岁|岁))|"
    r"不超过\d+(?![\d.]*\s*(?:年|个月|天|日|次|周岁|岁))|标准为当地|参照(?:当地)?[^，。；]{0,10}标准",
    "period": r"\d+个月|[一二两三四五六七八九十\d]+年(?:内|以上)|(?<!\d)[1-9一二两三四五]年的|期限|期满|延长|有效期|之日起",
    "who": r"^对.{2,}?的|条件|对象|范围|包括",
    # "申请" alone is in most measures ("可申请…贷款"): a procedure sentence says how, where or when
    # "申请日期原则上为疫情解除后3个月内…" (大政发〔2020〕18号（九）) is when to apply
    "procedure": r"申领|审核|经办|提交|材料|窗口|网办|网上|线上|平台(?!经济)|发放|拨付|到位|周期|预支|受理|手续|申请日期|申请时间",
    # a processing time stated ("15个工作日内", "办理时限"): what "多久到账", "多久能批下来" ask (eval6 E29, E31)
    "timing": r"\d+个?(?:工作日|日|天)内|时限|办结",
    # where to go: a place or an office the applicant turns to ("向贷款银行申请", "到…窗口办理")
    # "可在户籍地或常住地办理失业登记": where, said as the places one may go to
    "where": r"向.{0,14}(?:申请|申领|提出|提交|咨询)|到.{0,12}(?:办理|申请|申领)|窗口|网办|网上|线上办理|经办机构|"
    r"在[^，。；]{0,10}地(?:办理|申请|申领|进行)",
}
# "去哪办失业金": a sentence saying where leads, before one saying only how it is received (R01: "线上线下相结合"
# was quoted without "可在户籍地或常住地办理失业登记")
WHERE_ASKED = re.compile(r"去哪|到哪|上哪|在哪|哪里|哪儿|哪办|找谁|哪个部门|什么地方|啥地方")
# "多久到账", "多久能批下来", "几天能批": how long the office takes, not how long a measure lasts
TIMING_ASKED = re.compile(
    r"到账|批下来|能批|审批.{0,3}(?:多久|多长|几天)|(?:多久|多长时间|几天).{0,3}(?:批|放款|办好|办完)|放款"
)
# "有什么补贴" names no kind above, but asks what is given: a sentence that grants something
# (补贴, 贷款, 减免…) answers it before one that only mentions the group ("报到期限…延长").
BENEFIT_ASKED = re.compile(r"补贴|补助|优惠|扶持|奖励|好处|待遇|政策|钱|贷款|减免|返还")
GRANTS = re.compile(r"给予|补贴|补助|贴息|返还|减免|免征|缓缴|奖补|奖励|担保贷款|一次性")
TRANSITION = re.compile(r"按原政策执行")
# Where the money comes from ("所需资金从就业补助资金…列支") answers only a question about that.
FUNDING = re.compile(r"所需资金|资金从.{0,24}列支|从.{0,16}(?:基金|资金)中?列支")
# ...unless it grants as well ("…可给予临时生活补助，…所需资金由…就业补助资金列支": the 凌源 allowance itself)
GIVES = re.compile(r"给予|发放|可享受|纳入")
FUNDING_ASKED = re.compile(r"资金|经费|列支|谁出钱|哪出|从哪")


@dataclass(frozen=True)
class Quote:
    sentence: Sentence
    text: str  # verbatim; "…" marks where a long sentence was cut
    cut: bool


# "今年还有吗" asks whether the measure is in force, which every answer's validity words say: beside "返多少" the sum is
# what the sentence quoted must answer (eval77 TA12 heard 聊城 第5条's 困难企业 extension, not its 50%)
STILL_THERE = re.compile(r"还有吗|还有没有|还能|还在执行|还执行|今年还")


def question_kind(query: str) -> str | None:
    rest = STILL_THERE.sub("", query or "")
    if rest != (query or "") and re.search(dict(KINDS)["amount"], rest):
        return "amount"
    for kind, words in KINDS:
        if re.search(words, query or ""):
            return kind
    return None


def compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def has_feature(text: str, kind: str | None) -> bool:
    return kind is not None and bool(re.search(FEATURES[kind], compact(text)))


# "每个学员补多少钱", "按人头补多少": money per person is asked; a share of something else ("培训工作量可按25%比例
# 折算", 聊城 第12条) does not answer it (eval17 O11 heard that clause four times and never "原文没有写明")
MONEY_PER_HEAD = re.compile(
    r"(?:每人|每个(?:人|学员|学生|员工|职工|徒弟)|一个人|一人|按人头|人均|每名)[^，。？?！!]{0,8}?(?:多少钱|补多少|给多少|多少)"
)
# a sum, or a share of what is paid ("应缴纳社会保险费的30%", "最低工资标准的60%")
MONEY = re.compile(
    r"\d[\d.]*(?:万元|元)|全额|减半|最低工资|(?:缴|保险费|工资|基数|租金|学费).{0,30}?\d+%|\d+%.{0,12}?(?:缴|保险费|工资|基数|租金)"
)


def money_unsaid(query: str, texts: list[str]) -> bool:
    """Money per person asked and none of `texts` states a sum of money."""
    return bool(MONEY_PER_HEAD.search(compact(query or ""))) and not any(MONEY.search(compact(t)) for t in texts)


@per_build()
def _records() -> dict[str, ClauseRecord]:
    return clause_index(load_clauses())


def record_of(clause_id: str) -> ClauseRecord | None:
    return _records().get(clause_id)


def is_heading(rec: ClauseRecord, s: Sentence) -> bool:
    return compact(s.text).rstrip("。.") == compact(rec.heading or "").rstrip("。.")


def sentence_of(rec: ClauseRecord, fragment: str) -> Sentence | None:
    """The sentence of `rec` a highlight or a rule's quote comes from (windows carry "…")."""
    parts = [compact(p) for p in fragment.split("…") if compact(p)]
    if not parts:
        return None
    core = max(parts, key=len)
    for s in rec.sentences:
        if core in compact(s.text):
            return s
    return None


def _score(
    rec: ClauseRecord,
    s: Sentence,
    words: list[str],
    kind: str | None,
    matched: list[int],
    grants_asked: bool = False,
    funding_asked: bool = False,
    where_asked: bool = False,
    other_asked: bool = False,
    exempt_asked: bool = False,
) -> float:
    if is_heading(rec, s):
        return -10.0
    text = compact(s.text)
    score = 0.0
    if s.index in matched:
        score += 4.0 - 1.0 * matched.index(s.index)
    # a longer matched word is a more specific one ("一次性吸纳就业补贴" says more than "补助"); a word of the clause's
    # heading is what every sentence of it is about ("稳岗返还多少" under 聊城 5.“加大稳岗返还力度”: the 50% sentence, which
    # says only "返还", over the 困难企业 and 裁员率 sentences naming it, eval62 EB06); a heading of several subjects
    # ("减轻残保金、住房公积金负担") says each sentence is about one of them, not which
    topic = compact(rec.heading or "")
    topic = "" if re.search(r"[、和及与]", topic) else topic
    score += sum(min(len(w), 9) / 3 for w in words if w and (w in text or w in topic))
    if has_feature(text, kind):  # asked where: how it is received ("线上线下相结合") says less than where
        score += 1.0 if where_asked else 3.0
    if grants_asked and GRANTS.search(text):
        score += 3.0
    if where_asked and has_feature(text, "where"):
        score += 5.0
    elif kind == "procedure" and has_feature(text, "where"):
        score += 3.0  # "登记失业怎么办" (eval103 TB11): where one goes is how it is done, beside how it is received
    if exempt_asked and EXEMPT.search(text):
        score += 3.0  # "残保金要交吗" (eval42 F02 heard only "遭受重大直接经济损失的，可申请减免"): the exemption first
    if TRANSITION.search(text) or FUNDING.search(text) and not (funding_asked or GIVES.search(text)):
        score -= 4.0
    if measures.is_target(text):
        score -= 4.0
    if kind == "amount" and not other_asked and other_benefit(text, words):
        score -= 4.0
    if kind == "amount" and STANDARD_SET.search(text) and not has_feature(text, "amount"):
        score += 3.0  # "临时性提高失业保险金发放标准…": the standard, where no figure is given (eval8 F12)
    of_rate = any("率" in w or "裁员" in w for w in words)  # "裁员率写没写具体比例": the condition's rate is asked
    if kind == "amount" and CONDITION_RATE.search(text) and not of_rate:
        score -= 3.0  # "返还比例多少": not "裁员率标准放宽到5.5%", a condition (eval33 W15 missed the 50% sentence)
    elif kind == "amount" and ("比例" in words or "标准" in words) and not of_rate and re.search(r"\d\s*[%％]", text):
        # the share paid, where the question asks for a share or the standard ("聊城 稳岗返还 标准 原文", eval108 YB02, an
        # agent, heard the 困难企业 and 裁员率 sentences, not "返还其上年度实际缴纳失业保险费的50%")
        score += 3.0
    return score


# whether one still pays ("残保金要交吗", "社保能免吗"): a sentence exempting answers it
WHOM_ASKED = re.compile(r"谁能|谁可以|什么人|哪些人|啥人|什么样的人|啥样的人|谁来领|给谁|发给谁")
GRANTEE = re.compile(
    # "辽宁的公益性岗位谁能上" (eval99 PB09 heard the posts' plan sentence): whom posts go to first is whom they are for
    r"(?:人员|劳动者|毕业生|家庭|职工)[^。；]{0,40}(?:可给予|给予|发放|可申请|可享受)|优先安[排置]|重点安置"
)
COST_ASKED = re.compile(r"花钱|掏钱|自费|收费|收钱|要钱|交钱|报销|垫付|学费")
COST = re.compile(r"费用|垫付|免费|学费")
PAY_ASKED = re.compile(r"要交|用交|交不交|还交|得交|免不免|能免|免吗|免不")
EXEMPT = re.compile(r"暂免|免征|免收|免除|不再征收")
# a rate that is a condition, not what is paid ("将稳岗返还裁员率标准放宽到5.5%")
CONDITION_RATE = re.compile(r"率(?:标准)?(?:放宽|控制|不高于|低于|不超过)")
# a rate reached as a condition ("留用率达到50%以上的单位"), no sum granted (eval97 NB01, an agent, asked twice whether the
# text writes the 见习补贴's sum and never heard that it does not)
RATE_REACHED = re.compile(
    r"[\u4e00-\u9fff]{1,4}率(?:达到|达|在|超过|不低于|低于)?\s*\d+(?:\.\d+)?\s*[%％](?:以上|以下|及以上)?"
)


# "失业金领完了还能领啥", "除了失业金还有别的吗": another benefit than the one named is what is asked
OTHER_ASKED = re.compile(r"领完|期满|到期|用完|别的|其他|其它|还有|以外|除了")
STANDARD_SET = re.compile(r"(?:提高|调整|上调|确定|执行).{0,8}标准|标准(?:由|按)")
GRANTED = re.compile(r"(?:发放|给予)([\u4e00-\u9fff]{2,8}?(?:金|补贴|补助))[。；，]")
BENEFIT_WORD = re.compile(r"[\u4e00-\u9fff]{2,6}(?:金|补贴|补助)$")


def other_benefit(text: str, words: list[str]) -> bool:
    """The sentence grants another benefit than the one asked, naming the asked one only in its condition:
    "失业保险金一个月能领多少" is not answered by "对…不符合领取失业保险金条件…的参保失业人员，发放失业补助金"
    (eval8 F12)."""
    m = GRANTED.search(text)
    if m is None:
        return False
    asked = [w for w in words if BENEFIT_WORD.search(w)]
    return bool(asked) and all(w in text for w in asked) and not any(w in m.group(1) or m.group(1) in w for w in asked)


def fit(quotes: list[Quote], budget: int = MAX_TOTAL) -> list[Quote]:
    """The quotes, in the clause's order, that fit a phone screen (the first always)."""
    out: list[Quote] = []
    for q in sorted(quotes, key=lambda q: q.sentence.index):
        if out and len(q.text) > budget:
            continue
        out.append(q)
        budget -= len(q.text)
    return out


# a standard stated with its figure ("标准为 400 元", "最低工资标准 60%"), not a cap named ("以…标准为补贴上限")
STANDARD_STATED = re.compile(r"标准(?:为|是)?\s*\d|标准\s*的?\s*\d+(?:\.\d+)?\s*%")


def _with_amount(chosen: list[Sentence], ranked: list[Sentence], score_of, limit: int) -> list[Sentence]:
    """ "最高能贷多少，去哪申请，多久能批下来" asks the amount too: the best-scoring sentence with a figure is
    kept beside the one saying where (the 20万元 sentence was lost to "向贷款银行申请展期")."""
    if any(has_feature(s.text, "amount") for s in chosen):
        return chosen
    figure = next((s for s in ranked if has_feature(s.text, "amount") and score_of(s) > 0), None)
    if figure is None:
        return chosen
    return (chosen if len(chosen) < limit else chosen[: limit - 1]) + [figure]


QUALIFIED = re.compile(
    r"(家政|残疾人|退役军人|农民工|创业带头人)[\u4e00-\u9fff]{0,4}?(岗位补贴|社保补贴|社会保险补贴|创业补贴|培训补贴|场地补贴)"
)
COVERS_ASKED = re.compile(r"(?:补贴|补助)(?:都|具体|主要)?(?:包括|包含|含|补|用于|管)(?:啥|什么|哪些|哪几)")
COVERS = re.compile(r"用于支付|用于|范围包括")
TURNED_AWAY = re.compile(r"(?:不是|不要|不问|没问)[\u4e00-\u9fff]{1,8}")  # "…不是稳岗返还": no term of the ask
# "到底给不给见习的人钱" (eval107 XA01 heard the 1000元 of another group twice): whom the money pays, between
PAID_ASKED = re.compile(r"给钱|给不给[^，。？?]{0,6}钱|有没有钱|有钱(?:吗|没|不)|生活费|发工资|给工资|有工资")
NAMED_SUBSIDY = re.compile(r"(?:一次性)?(?:创业|求职创业|就业|吸纳就业|岗位|见习|培训|生活费|交通|场地)(?:补贴|补助)")


# how people name their own group, and the texts' words for it (read where something free is asked)
ASKER_GROUPS = (
    (r"失业(?!保险|金|补助)|被裁|下岗|没(?:了)?工作|没活", ("下岗失业人员", "失业人员")),
    (r"农民工|打工|进城务工", ("农民工", "农村转移")),
    (r"残疾", ("残疾人",)),
    (r"大学生|毕业生|刚毕业", ("高校毕业生",)),
    (r"灵活就业|打零工|网约车|外卖|跑车", ("灵活就业",)),
)


def runs(text: str, size: int = 4) -> set[str]:
    """Every run of `size` Chinese characters in the text: a term typed as a text writes it, whatever the words split."""
    return {
        p[i : i + size]
        for p in re.findall(rf"[\u4e00-\u9fff]{{{size},}}", text or "")
        for i in range(len(p) - size + 1)
    }


def figures_named(text: str) -> list[str]:
    """The sums a message names, as a sentence writes them ("20万", "600元", "60%")."""
    return [f"{n}{u}" for n, u in re.findall(r"(\d+(?:\.\d+)?)\s*(万|元|%)", compact(text))]


def named_subsidies(text: str) -> list[str]:
    """The subsidies a message names as the texts do ("一次性创业补贴": also "创业补贴"); "公益岗" is the posts' (eval100
    QB09, "公益岗都啥人能去 一个月给几个钱" in 聊城, heard 第9条's 岗位补贴 for firms hiring, not its 600元 posts)."""
    posts = ["公益性岗位"] if re.search(r"公益性?岗", compact(text)) else []
    return [
        n for m in NAMED_SUBSIDY.findall(compact(text)) for n in (m, m.removeprefix("一次性")) if len(n) >= 4
    ] + posts


def choose(
    rec: ClauseRecord,
    query: str = "",
    highlights: list[str] | tuple = (),
    words: list[str] | tuple = (),
    limit: int = 2,
    max_quote: int = MAX_QUOTE,
) -> list[Quote]:
    """Up to `limit` quotes of `rec` answering `query`, in the clause's order, within MAX_TOTAL."""
    kind = question_kind(query)
    matched: list[int] = []
    for h in highlights or ():
        s = sentence_of(rec, h)
        if s is not None and s.index not in matched:
            matched.append(s.index)
    # a place the person names chose the documents already; inside a clause it matches "非大连生源"
    places = set(regions_in_text("".join(words)))
    words = [compact(w) for w in words if len(compact(w)) >= 2 and not (set(regions_in_text(w)) & places)]
    grants = bool(BENEFIT_ASKED.search(query or "")) and kind in (None, "who")

    funding = bool(FUNDING_ASKED.search(query or ""))
    where = bool(WHERE_ASKED.search(query or ""))
    other = bool(OTHER_ASKED.search(query or ""))
    exempt = bool(PAY_ASKED.search(query or ""))

    # a subsidy named as the texts name it ("创业补贴 多少钱", eval67 JB03/JA10 heard the loan's 20万元): the sentence
    # writing that name answers, with or without a sum
    named = named_subsidies(query or "")

    # "见习补贴都包括啥" (eval67 JA04 heard 留用率 and "原文没有写明…范围"): the sentence saying what it pays for
    # "见习期间给钱吗" (eval103 TA01): whether it pays the person is the sentence saying what the subsidy pays for
    covers = bool(COVERS_ASKED.search(compact(query or "")) or PAID_ASKED.search(compact(query or "")))

    # "家政岗位补贴一个人给多少" (eval66 IA10, eval70 MA06 heard 第9条's 50% for hiring 就业困难人员): the kind the
    # subsidy is of, named with it, is in the sentence that answers
    qualified = QUALIFIED.findall(compact(query or ""))

    # "俺去培训要花钱不 培训完给不给钱" (eval89 FA03 heard 就业困难人员's 生活费 and the 去产能 sentence): who pays the
    # course's cost is the sentence on its fees ("免费提供…", "对自行垫付培训费用且培训合格的…给予职业培训补贴")
    cost = bool(COST_ASKED.search(query or ""))
    # "临时生活补助 谁能领" (eval91 HB02, an agent, heard "…在核算低保救助时不计入家庭收入" three times): whom it is
    # given to is the sentence naming them before it grants
    whom = bool(WHOM_ASKED.search(query or ""))

    # "被裁了 有没有免费培训" (eval101 RA01, RA10: an unemployed woman and a migrant worker heard the 灵活就业人员 and the
    # 20岁以下 sentences): the sentence giving it free, and of those the one naming the asker's own group
    free = "免费" in (query or "") and any("免费" in x.text for x in rec.sentences)
    own_groups = [texts for spoken, texts in ASKER_GROUPS if free and re.search(spoken, query or "")]

    # "凌源20万那个是给谁的" (eval102 SB10, an agent, heard the 10万元 sentence): the sentence writing the figure named
    figures = figures_named(query or "")
    # "见习期间给钱吗 一个月给多少" (eval103 TA01 heard 留用率 and 一次性求职创业补贴's 1000元/人): a measure named by its own
    # word and no subsidy's name is asked of the sentences writing that word
    own_word = [] if named else list(dict.fromkeys(MEASURE_WORD.findall(compact(query or ""))))
    typed = runs(TURNED_AWAY.sub("，", compact(query or "")))
    long_terms = [w for w in dict.fromkeys(words) if len(w) >= 4 and w in compact(query or "")]  # as typed
    # only a run that tells one sentence of the clause from the others ("在岗培训"; not "稳岗返还", in most of 第5条's)
    telling = {r for r in typed if sum(r in compact(x.text) for x in rec.sentences) == 1}

    # "聊城 稳岗返还 标准 原文" (eval108 YB02, an agent, heard the 困难企业 and 裁员率 sentences the search marked): the
    # clause's first sentence stating what is paid is its standard
    standard_asked = kind == "amount" and "标准" in (query or "")
    first_paid = next(
        (x for x in rec.sentences if has_feature(x.text, "amount") and not CONDITION_RATE.search(compact(x.text))),
        None,
    )

    def score_of(s: Sentence) -> float:
        said = compact(s.text)
        bonus = 5.0 if any(n in said for n in named) else 0.0
        bonus += 5.0 if standard_asked and s is first_paid else 0.0
        bonus += 6.0 if figures and any(f in said for f in figures) else 0.0
        bonus += (3.0 if "免费" in said else -3.0) if free else 0.0
        bonus += 4.0 if any(any(t in said for t in texts) for texts in own_groups) else 0.0
        bonus += 3.0 if cost and COST.search(said) else 0.0
        bonus += 4.0 if whom and GRANTEE.search(said) else 0.0
        for kind_of_subsidy, core in qualified:
            if core in said:
                bonus += 5.0 if kind_of_subsidy in said else -3.0
        # (over the first highlight's 4: what it pays for is the answer, eval107 XA01)
        bonus += 5.0 if covers and COVERS.search(s.text) else 0.0
        bonus += 3.0 if own_word and any(k in said for k in own_word) else 0.0
        # "企业搞在岗培训给补贴的" (eval103 TB09, an agent, heard 辽政发（一）'s 稳岗返还 sentence, not "…困难企业开展职工在岗
        # 培训的补贴政策…"): four characters typed as the text writes them are its term, though the words split it
        bonus += 2.0 if any(r in said for r in telling) else 0.0
        # "就业困难人员 灵活就业 社保补贴 标准" (eval104 UB05, an agent, heard 46号（十五）'s sentence for employers first): the
        # sentence holding every long term asked, over one the search marked that holds one of them
        bonus += 3.0 if len(long_terms) >= 2 and all(t in said for t in long_terms) else 0.0
        return _score(rec, s, words, kind, matched, grants, funding, where, other, exempt) + bonus

    def answers(s: Sentence) -> bool:
        return has_feature(s.text, kind) or (where or kind == "procedure") and has_feature(s.text, "where")

    ranked = sorted((s for s in rec.sentences if not is_heading(rec, s)), key=lambda s: (-score_of(s), s.index))
    if not ranked:
        ranked = list(rec.sentences[:1])
    best = ranked[0]
    chosen = [best]
    top = score_of(best)
    for s in ranked[1:]:
        if len(chosen) >= limit:
            break
        score = score_of(s)
        if (named or own_word) and not any(n in compact(s.text) for n in named or own_word):
            # "见习补贴 标准" (eval90 GB11 heard 一次性求职创业补贴's 1000元/人 beside it): another measure's figure; "见习咋弄"
            # (eval107 XA01 heard the 留学回国人员's 赤子计划 beside it): another measure's way
            continue
        # "how much": a second sentence is one with a figure (a matched one without adds nothing)
        if score >= top - 1.5 and score > 0 and (answers(s) or s.index in matched and kind != "amount"):
            chosen.append(s)
    if kind == "amount" and not has_feature(best.text, "amount"):
        # "一个徒弟给多少": the measure's sentence names no figure; the sentence after it does
        extra = measures.figure_of(rec, best)
        keys = MEASURE_WORD.findall(query or "")
        # nor another subsidy's ("…一次性求职创业补贴标准为1000元/人" after "…提高见习补贴标准", eval90 GB11)
        other_named = bool(named) and extra is not None and not any(n in compact(extra.text) for n in named)
        if extra is not None and (keys and not any(k in compact(extra.text) for k in keys) or other_named):
            # another measure's figure after it names nothing asked ("继续执行总费率为1%的…失业保险费率政策" after
            # 辽政发（二）'s 创业担保贷款 sentence, eval86 CB01; after 18号（三）'s 裁员率 sentence): the sentence alone, and the
            # reply says it gives no figure
            chosen = [best]
        elif extra is not None:
            chosen = [best, extra]
    elif kind == "amount" and len(chosen) < limit:
        # "见习补贴标准": the figures of one measure run over neighbouring sentences (生活费60%、保险费400元
        # just before the 留用率 shares); a neighbour that opens a measure of its own is another measure
        near = [x for x in rec.sentences if abs(x.index - best.index) == 1 and x not in chosen]
        near = [x for x in near if measures.a_figure(x) and not measures.opens_measure(x.text)]
        # nor another measure's figure beside it when the measure is asked by its own word ("给不给见习的人钱", eval107 XA01
        # heard 一次性求职创业补贴's 1000元/人 beside 见习's 留用率 twice)
        near = [x for x in near if not (named or own_word) or any(n in compact(x.text) for n in named or own_word)]
        chosen += near[:1]
    if kind != "amount" and re.search(dict(KINDS)["amount"], query or ""):
        chosen = _with_amount(chosen, ranked, score_of, limit)
    if "标准" in (query or "") and not any(STANDARD_STATED.search(x.text) for x in chosen):
        # "凌源见习补贴标准 见习期限" (eval101 RB02, an agent): the 期限 and 留用率 sentences were quoted, not the one stating
        # the standard ("基本生活费不低于当地最低工资标准 60%，…保险费标准为 400 元/人…")
        # of the measure named, by its own word ("见习"), never another's ("…一次性求职创业补贴标准为1000元/人", eval90 GB11)
        cores = [re.sub(r"(?:补贴|补助)$", "", n).removeprefix("一次性") for n in named]
        stated = next(
            (
                x
                for x in ranked
                if STANDARD_STATED.search(x.text)
                and score_of(x) > 0
                and (not cores or any(c in compact(x.text) for c in cores if len(c) >= 2))
            ),
            None,
        )
        if stated is not None:
            chosen = (chosen if len(chosen) < limit else chosen[: limit - 1]) + [stated]
    chosen.sort(key=lambda s: s.index)
    quotes: list[Quote] = []
    budget = MAX_TOTAL
    # "能补多少钱 补几年" (eval40 H01): both halves of a long sentence answer, so the first is whole up to a screen
    first = MAX_TOTAL if kind == "period" and re.search(dict(KINDS)["amount"], query or "") else max_quote
    # "7800那句" (eval58 B13, an agent, read "…以及登记失业半年以上…" without whom it grants and by when): the sentence
    # asked for is the whole sentence, up to a screen
    first = MAX_TOTAL if SENTENCE_ASKED.search(query or "") else first
    for s in chosen:
        q = quote_of(s, words, kind, min(max_quote, budget) if quotes else first)
        if quotes and len(q.text) > budget:
            break
        quotes.append(q)
        budget -= len(q.text)
    return quotes


# the measure a question names by its own word ("贷款", "见习"): a figure's sentence must name it too
MEASURE_WORD = re.compile(
    r"贷款|贴息|见习|培训|公益性岗位|稳岗|返还|学徒|场地|房租|租金|失业保险金|失业补助金|社保补贴"
)
SENTENCE_ASKED = re.compile(r"那句|这句|那一句|这一句|整句|原句|那段|这段")
LONGEST = re.compile(r"最长|不超过\s*\d+\s*(?:年|个月)")  # a length granted ("最长不超过3年"), not a deadline


# a quote of a sentence listed for its period: the run holding the sentence's own dates (answers/document_overview.py)
DATED = "dated"


def quote_of(
    s: Sentence, words: list[str] | tuple = (), kind: str | None = None, limit: int = MAX_QUOTE, keep_condition=True
) -> Quote:
    """The sentence whole when it fits; else the run of its clauses that says the most, marked "…",
    with the sentence's opening condition on who ("对…企业，") kept in front (clause_cuts)."""
    text = s.text.strip()
    if len(text) <= limit:
        return Quote(s, text, False)
    if (
        kind in ("period", DATED)
        and len(text) <= MAX_TOTAL
        and sum(bool(LONGEST.search(p)) for p in split_top(text, "；;，,")) > 1
    ):
        # "…烈属等补贴期限最长不超过3年，其余人员…最长不超过1年" (eval43 E10, a veteran, read only the 1 year): every
        # period of the sentence, or none is cut away from its people
        return Quote(s, text, False)
    for seps in ("；;", "；;，,"):
        pieces = split_top(text, seps)
        if len(pieces) < 2:
            continue
        run = _best_run(pieces, words, kind, limit)
        if run is not None and kind == DATED and seps == "；;":
            # the sentence's dates asked for (eval96 MB03: 18号（九）'s "截至2020年2月9日" stands in a part too long to
            # quote whole, the 1000元 part after it was quoted under that date): its finer pieces, the dates among them
            if not any(w in compact("".join(pieces[run[0] : run[1]])) for w in words):
                continue
        if run is not None:
            i, j = run
            start = len("".join(pieces[:i]))
            out = quoted_run(text, start, start + len("".join(pieces[i:j])), keep_condition, MAX_TOTAL)
            return Quote(s, out, True)
    return Quote(s, text, False)  # one clause longer than a screen: whole rather than broken


def _piece_score(piece: str, words, kind) -> float:
    p = compact(piece)
    return (
        sum(1.0 for w in words if w in p)
        + (2.0 if has_feature(p, kind) else 0.0)
        + (0.5 if has_feature(p, "amount") else 0.0)
    )


def _best_run(pieces: list[str], words, kind, limit: int) -> tuple[int, int] | None:
    """[i, j) of consecutive pieces within `limit` with the best score (earliest on ties); unless the
    question asks when or where, a run with the sentence's figure first (E04: "…企业所得税优惠…" stopped
    just before "定额标准为每人每年 7800 元")."""
    dated = kind == DATED  # the run must hold one of `words` (the sentence's dates) where any can
    kind = "period" if dated else kind
    figure = kind not in ("period", "procedure")
    best, best_key = None, None
    for i in range(len(pieces)):
        length = 0
        for j in range(i + 1, len(pieces) + 1):
            length += len(pieces[j - 1])
            if length > limit:
                break
            run = pieces[i:j]
            has_figure = figure and any(has_feature(p, "amount") and not measures.is_target(p) for p in run)
            # "补几年" (eval40 H01): every period the sentence gives ("…3年，其余人员…1年") outweighs the words it
            # shares with the question, which the sentence's opening always has most of
            periods = sum(has_feature(p, "period") for p in run) if kind == "period" else 0
            holds = dated and any(w in compact(p) for p in run for w in words)
            key = (has_figure, holds, periods, sum(_piece_score(p, words, kind) for p in run), j - i, -i)
            if best_key is None or key > best_key:
                best, best_key = (i, j), key
    return best


def whole_quote(rec: ClauseRecord, fragment: str, limit: int = MAX_QUOTE) -> str:
    """A rule's quote (verified verbatim, sometimes part of a sentence, sometimes two) said as a
    person reads it: whole sentences when they fit, else the quote marked "…" where it leaves them."""
    pieces = [p for p in re.split(r"(?<=。)", fragment.strip()) if p.strip()]
    if len(pieces) > 1:
        return "".join(whole_quote(rec, p, limit) for p in pieces)
    s = sentence_of(rec, fragment)
    if s is None:
        return fragment
    text = s.text.strip()
    if len(text) <= limit:
        return text
    frag = fragment.strip().rstrip("；;，,")
    at = text.find(frag)
    if at >= 0:  # widened to whole clauses: "…重点保障企业" stopped at "〔指列入…〕" (E15)
        return whole_clauses(text, at, at + len(frag))
    start = compact(text).find(compact(frag))
    head = "…" if start > 0 else ""
    tail = "…" if start < 0 or start + len(compact(frag)) < len(compact(text).rstrip("。")) else ""
    return f"{head}{frag}{tail}"
