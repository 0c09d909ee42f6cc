"""A total from the person's own figures, by the formula of the measure in play (12345 evaluation 6, A4).

"俺们去年交了2万块失业保险费，能返多少" after 聊城 第5条 was answered with the 50% sentence and no sum (and a
sentence reading "万块失业保险费" as a group of people); "我房子租了18个月，一共能拿多少" got the 24-month
ceiling; "3月到6月一共能领多少" got the clause again. The rule citing the clause in play has the formula
(rules/*.yaml): here the person's own figures are put into it — a sum of money for the formula's money
fact, a situation said in everyday words (spoken_facts: "合伙") for a condition of it, a number of months
for a per-month or per-year amount — and the worked sum is said. Deterministic and never more than the
text: a duration is cut at the text's longest period and at the measure's own end, a per-year amount is
split into months only where the text says "按月折算", and every figure says "以经办部门认定为准".
"""

from __future__ import annotations

import re
from datetime import date

from actions import local_figures
from actions.profile_facts import numeric_text
from actions.spoken_facts import SAYINGS
from answers import validity_words
from answers.figures_said import NAMED_FIGURE, NAMES_MEASURE_AFTER, PAID_BEFORE
from knowledge.builds import per_build
from knowledge.eligibility.amounts import compute, num
from knowledge.eligibility.facts import vocabulary
from knowledge.eligibility.loader import default_rule_set
from knowledge.eligibility.logic import Context
from knowledge.eligibility.period_total import DURATION
from knowledge.eligibility.schema import Formula, Rule

# "2万块", "20000元", "1.5万元": a sum of money said (on numeric_text, so "两万块" too). A bare "5万" is read by
# actions/sum_measure.py (money_said), which knows the measure it belongs to.
MONEY = re.compile(r"(\d+(?:\.\d+)?)\s*(万)?\s*(?:块钱|块|元)")
# a premium paid said without 元: a sum of 3 digits or more, or with 万, right after 交/缴 (and what was paid)
PAID_BARE = re.compile(
    r"(?:交|缴)(?:了|的|纳)?(?:失业)?(?:保险)?(?:费)?(?:大概|大约|约|一共|共|差不多)?\s*"
    r"(?:(\d{3,7}(?:\.\d+)?)(?![\d.]|\s*(?:万|个|人|年|月|日|号|天|%|％|多个))|(\d+(?:\.\d+)?)\s*万(?![\d.]|\s*多))"
)
# "18个月", "一年半" is not read (never guessed); "3月" alone is a month of the year, not a duration
# "前两年在外面打工", "这3个月没活干" (eval21 S12 heard "按您说的2年计算：…12000元" of a rent): a time before now, no term
PAST = r"(?<!前|这|那|近|头)(?<!过去|最近)"
# "算不算在2年内", "6个月以上": a bound of a condition, no length to be paid for (eval36 T12 heard "按您说的2年计算：
# 6000元/年 ÷ 12 × 24个月 = 12000元" of a premises subsidy she never asked about)
MONTHS = re.compile(PAST + r"(\d+)\s*个月(?!内|以内|之内|以上)")
# "20年毕业的" is the year 2020, no length (eval38 K03 heard "按您说的20年计算…=12000元")
YEARS = re.compile(
    PAST
    + r"(?<![\d年])(\d{1,2})\s*年(?!\d|底|初|末|内|以内|之内|以上|毕业|入职|退伍|退役|来|回|开|办|注册|的|春|夏|秋|冬|[上下]半年)"
    # "社保一年好几千" (eval48 M02 heard "按您说的1年计算：600元/月×12个月"): a yearly sum, no length
    + r"(?![^，。,；;\d\s]{0,4}?(?:\d{3,}|\d+\s*[千万块元]|[几]?[百千万]))"
)
# "3月1号开始…干到6月底", "3月到6月": a span of months of the year; a start after the 1st counts from
# the next month (a part month is not promised)
SPAN = re.compile(
    r"(\d{1,2})\s*月(?:份)?\s*(?:(\d{1,2})\s*[号日])?[^0-9月]{0,8}?(?:到|至|—|-|~)[^0-9月]{0,4}?(\d{1,2})\s*月(?:底|末|份)?"
)
PER_MONTH_ASKED = re.compile(r"1\s*个月[^，。,；;\d]{0,8}多少")
# "3个人 一年23400对不对" (eval60 CA04 heard "没有理解"): a sum read back for a yes or no asks the sum too
ASKS_SUM = re.compile(
    r"多少|几|一共|总共|合计|能返|能拿|能领|能贷|\d\s*(?:元|块|万)?\s*(?:对不对|对吗|对不|是吗|是不是|没错吧)"
)
# "9万是五险一共的 失业保险具体多少我得问会计" (eval41 G06 heard "100% × 90000元 = 最高90000元"): the sum said is not
# the premium a refund is of
NOT_THE_PREMIUM = re.compile(
    r"五险|社保(?:一共|总共|加起来|合计)|不是(?:光|只|单)?(?:失业保险|失业险)|"
    r"(?:失业保险|失业险)[^，。]{0,8}(?:不知道|得问|不清楚|还不知道|说不准)"
)
PER_MONTHS = {"per_month": 1, "per_year": 12}
PER_WORD = {"per_month": "/月", "per_year": "/年", "per_day": "/天"}


def _rules(clause_id: str) -> list[Rule]:
    return [r for r in default_rule_set().rules if any(c.clause_id == clause_id for c in r.citations)]


def _facts_in(f: Formula | None) -> set[str]:
    """Every fact a formula (or a condition inside an `if`) reads."""
    if f is None:
        return set()
    dumped = f.model_dump_json()
    return set(re.findall(r'"fact":"([a-z0-9_]+)"', dumped))


def formula_constants(rule: Rule) -> list[float]:
    """The figures a measure's formula states (7800 of "7800元/人·年 × 人数")."""
    dumped = rule.amount.formula.model_dump_json() if rule.amount.formula else ""
    return [float(x) for x in re.findall(r'"const":([0-9.]+)', dumped)]


def money_facts(rule: Rule) -> list[str]:
    vocab = vocabulary()
    return [n for n in sorted(_facts_in(rule.amount.formula)) if n in vocab and "（元）" in vocab[n].meaning]


def premium_based(rule: Rule) -> bool:
    """The rule's formula reads a premium paid (上年度实际缴纳的失业保险费): a refund of it (稳岗返还)."""
    return any("保险费" in vocabulary()[f].meaning for f in money_facts(rule))


def said_money(text: str) -> float | None:
    """The one sum of money said, or None (none, or two: which is which is not guessed)."""
    digits = numeric_text(text)
    found = [
        m
        for m in MONEY.finditer(digits)
        if not NAMED_FIGURE.search(digits[max(0, m.start() - 6) : m.start()])
        # "大连那个2000元的，…能拿吗" (eval30 Q23 was worked as its 失业保险费 2000元): the measure named by its sum
        and not re.search(r"(?:那个|这个|那项|那条)\s*$", digits[max(0, m.start() - 4) : m.start()])
        and not (NAMES_MEASURE_AFTER.match(digits[m.end() - 1 :]) and not PAID_BEFORE.search(digits[: m.start()]))
    ]  # a daily rate or a sum naming a measure is the text's figure, not the person's own
    if not found:  # "去年单位交失业保险交了25000" (eval58 B18 heard the 100% sentence three times, never the sum)
        bare = list(PAID_BARE.finditer(digits))
        if len(bare) == 1:
            plain, wan = bare[0].groups()
            return float(plain) if plain else float(wan) * 10000
    if len(found) != 1:
        return None
    value, wan = found[0].groups()
    return float(value) * (10000 if wan else 1)


def said_months(text: str, as_of: date) -> tuple[int, str, int | None] | None:
    """(months, how the person said them, the first month of a span): "18个月" → (18, "18个月", None);
    "3月1号…6月底" → (4, "2020年3月至6月", 3)."""
    digits = numeric_text(text)
    span = SPAN.search(digits)
    if span:
        first, day, last = int(span[1]), int(span[2] or 1), int(span[3])
        first += 1 if day > 1 else 0  # a part month is not promised
        if 1 <= first <= last <= 12:
            return last - first + 1, f"{as_of.year}年{first}月至{last}月", first
        return None
    months = MONTHS.findall(digits)
    years = YEARS.findall(digits)
    if len(months) + len(years) != 1:
        return None
    if months == ["1"] and PER_MONTH_ASKED.search(digits) and not re.search(r"一共|总共|合计|加起来", text):
        return None  # "一个月大概能补多少钱" asks the monthly rate (eval25 W01 heard "6000元/年÷12×1个月=500元")
    n = int(months[0]) if months else int(years[0]) * 12
    return (n, f"{months[0]}个月" if months else f"{years[0]}年", None) if n else None


def wan(value: float) -> str:
    """ "60万元" for a round sum of ten thousands, as the text writes its ceilings; "10000元" otherwise."""
    if value >= 100000 and value % 10000 == 0:
        return f"{num(value / 10000)}万元"
    return f"{num(value)}元"


def _longest(rule: Rule) -> int | None:
    m = DURATION.fullmatch((rule.amount.max_duration or "").strip())
    return int(m[1]) * (12 if m[2] == "年" else 1) if m else None


def _until_end(rule: Rule, as_of: date, first_month: int | None) -> int | None:
    """Months from the person's first month to the measure's own end ("补贴期限至2020年6月底")."""
    end = rule.validity.end
    if end is None or end.year != as_of.year:
        return None
    # no first month said: from the month asked in, the earliest a subsidy could begin ("…补贴期限至2020年6月底" on
    # 2020-06-01 is one month, never 12)
    return end.month - (first_month or as_of.month) + 1


def _end_words(rule: Rule) -> str:
    quote, end = rule.validity.quote, rule.validity.end
    return f"原文“{quote}”" if quote else f"实施期限至{end.year}年{end.month}月{end.day}日" if end else ""


def _period_line(rule: Rule, text: str, as_of: date) -> str:
    """ "按您说的18个月计算：6000元/年 ÷ 12 × 18个月 = 9000元…" for a per-month or per-year amount."""
    a = rule.amount
    size = PER_MONTHS.get(a.period or "")
    if size is None or a.formula is None:
        return ""
    said = said_months(text, as_of)
    c = compute(a.formula, Context(profile={}, as_of=as_of))
    if said is None or c.value is None or (a.cap is not None and c.value > a.cap):
        return ""  # a capped one-period figure is the standard's to say, not a sum of periods
    months, words, first = said
    if months == size and first is None:  # "一个月给多少钱", "一年给多少": the rate itself, said by the standard
        return ""
    longest, until = _longest(rule), _until_end(rule, as_of, first)
    limits = [
        (n, why) for n, why in ((longest, f"补贴期限最长{a.max_duration}"), (until, _end_words(rule))) if n is not None
    ]
    counted, cut = months, ""
    for limit, why in limits:
        if counted > limit:
            counted, cut = limit, f"（{why}，按{limit}个月计）"
    per = f"{show(c.value)}元/{'月' if size == 1 else '年'}"
    if size == 1:
        total, sum_text = c.value * counted, f"{per} × {counted}个月"
    elif "按月折算" in a.standard:
        total, sum_text = c.value / 12 * counted, f"{per} ÷ 12 × {counted}个月"
    elif counted % 12 == 0:
        total, sum_text = c.value * counted // 12, f"{per} × {counted // 12}年"
    else:
        return ""  # a part year the text does not say how to count: no sum promised
    word = "最高" if a.bound == "at_most" else ""
    return f"按您说的{words}计算{cut}：{sum_text} = {word}{show(total)}元（原文“{a.standard}”），以经办部门认定为准。"


def _other_premium(text: str, meaning: str) -> bool:
    """The sum said is all social insurance ("社保一共交了1.8万") while the fact is the 失业保险费 part of it."""
    return "失业保险费" in meaning and bool(re.search(r"社保|社会保险|五险", text)) and "失业保险" not in text


def show(value: float) -> str:
    return str(num(value))


def _formula_line(rule: Rule, text: str, as_of: date, sum_read: float | None = None) -> str:
    """ "按您说的上年度实际缴纳失业保险费20000元计算：50% × 20000元 = 10000元…" for a formula reading a
    fact the person said: a sum of money, or a situation in everyday words."""
    a = rule.amount
    if a.formula is None or any(_another_measures_sum(text, c.clause_id) for c in rule.citations[:1]):
        return ""
    wanted = _facts_in(a.formula)
    profile: dict = {}
    said: list[str] = []
    money = money_facts(rule)
    value = sum_read if sum_read is not None else said_money(text)
    if value is not None and len(money) == 1 and _other_premium(text, vocabulary()[money[0]].meaning):
        value = None  # "社保一共交了1.8万" is not its 失业保险费 (eval32 V03 was promised 9000元 of 稳岗返还)
    if (
        value is not None
        and sum_read is None
        and len(money) == 1
        and premium_based(rule)
        and (re.search(r"贷|每人|一人|/人", text) or not re.search(r"保险|保费|交|缴|上年|去年", text))
    ):
        value = None  # "能贷多少 是20万吗", "每人2500的" (eval56 O02, O04): a loan or a rate per head, no premium paid
    if value is not None and len(money) == 1:
        profile[money[0]] = value
        said.append(f"{vocabulary()[money[0]].meaning.removesuffix('（元）')}{wan(value)}")
    for name, fact_value, pattern in SAYINGS:
        m = pattern.search(text) if name in wanted else None
        if m and not re.search(r"(?:不是|不|没|非|并非)$", text[max(0, m.start() - 2) : m.start()]):  # "不是合伙的"
            profile[name] = fact_value
            said.append(vocabulary()[name].meaning)
    if not said:
        return ""
    c = compute(a.formula, Context(profile=profile, as_of=as_of))
    if c.value is None:
        return ""
    word = "最高" if a.bound == "at_most" else ("不低于" if a.bound == "at_least" else "")
    per = PER_WORD.get(a.period or "", "")
    capped = f"，封顶{wan(a.cap)}" if a.cap is not None and c.value > a.cap else ""
    result = f"{wan(c.value)}{per}{capped}"
    worked = "" if c.text.strip() in (f"{show(c.value)}元", "") else f"{c.text} = "
    lines = f"按您说的（{'；'.join(said)}）计算：{worked}{word}{result}"
    if a.nature == "loan":
        lines = f"按您说的（{'；'.join(said)}），本条的贷款额度：{word}{result}"
    return f"{lines}（原文“{a.standard}”），以经办部门认定为准。"


# "我3个人算下来多少" of the 7800元/人·年 deduction (eval52 Y04 heard the sentence again, no sum): heads said, no money
ALL_OF = re.compile(r"都算|一共|总共|全部|合计|加起来|加一起|都加上")
HEADS = re.compile(r"(?<![\d.])(\d{1,4})\s*(?:个人|个员工|个工人|名|人)(?!\s*(?:以上|以下|以内|次))")


def _heads_line(rule: Rule, text: str) -> str:
    """The per-head sum times the heads the person counts, for a formula of one per-head figure times head counts;
    which group each head is in is not asked here, so the line says so."""
    a = rule.amount
    if a.nature != "tax_relief":
        return ""  # subsidies per head have their own worked lines (figure_named, "不低于：4000元/人·年 × 10人")
    f = a.formula.model_dump() if a.formula else {}
    per_head = [
        x
        for x in f.get("mul") or []
        if isinstance(x, dict) and "/人" in (x.get("unit") or "") and x.get("const") is not None
    ]
    heads = HEADS.findall(numeric_text(text or ""))
    if len(set(heads)) > 1 and ALL_OF.search(text or ""):
        # "那俩人的证上有注明…三个人都算的话一年能减多少" (eval60 CA04): the count said of them all
        heads = [max(heads, key=int)]
    if len(per_head) != 1 or len(f.get("mul") or []) != 2 or len(set(heads)) != 1 or said_money(text) is not None:
        return ""
    n, figure = int(heads[0]), float(per_head[0]["const"])
    word = "最高" if a.bound == "at_most" else ""
    per = PER_WORD.get(a.period or "", "")
    lasting = f"；每人最长享受{a.max_duration}" if a.max_duration else ""
    years = re.fullmatch(r"(\d+)年", a.max_duration or "")
    if years and a.period == "per_year":  # "三年一共多少" (eval60 CA04): the longest period's total, at most
        lasting += f"，按每人享受满{years.group(1)}年计合计{word}{wan(figure * n * int(years.group(1)))}"
    return (
        f"按您说的{n}人计算：{show(figure)}元/人 × {n}人 = {word}{wan(figure * n)}{per}{lasting}"
        f"（原文“{a.standard}”；每人须符合原文所列条件），以经办部门认定为准。"
    )


def rule_total(rule: Rule, text: str, as_of: date, money: float | None = None) -> str:
    """The worked sum for the person's own figures by one measure's formula, or "". `money`: the sum said,
    when the caller has read it ("那5万", which MONEY leaves alone)."""
    line = (
        _formula_line(rule, text, as_of, money)
        or local_figures.line(rule, text, as_of)
        or _period_line(rule, text, as_of)
    )
    return f"{line}{_years_old(rule, as_of)}" if line else ""


def _years_old(rule: Rule, as_of: date) -> str:
    """A sum by a measure with no stated end, worked years after it began (eval12 J31 was told "最高50000元" in
    2026 by 辽政发〔2020〕9号's 2020 refund): said to be the text's standard, not what is paid today."""
    from knowledge.eligibility.engine import default_engine
    from knowledge.eligibility.periods import validity_result

    rec = default_engine().records.get(rule.citations[0].clause_id) if rule.citations else None
    begun = validity_words.open_since(validity_result(rule.validity, as_of, issued=rec.issued if rec else None), as_of)
    if begun is None:
        return ""
    return (
        f"注意：该项自{begun.year}年起实施，原文未载明截止日期，至今已逾{as_of.year - begun.year}年；"
        "以上只是按原文标准的计算，不代表现在还能领取，能否申请请向经办部门核实。"
    )


def _another_measures_sum(text: str, clause_id: str) -> bool:
    """ "招失业人员减税那个7800的…一年能减多少" on 18号（三）'s 100% refund (eval66 IA04 heard "100% × 7800元 = 7800元"
    three times): a sum the message says that another measure's standard states, and this clause does not, names that
    measure, not a premium paid."""
    from answers.figures_said import named_sums
    from answers.sentences import compact, record_of

    rec = record_of(clause_id)
    sums = [n for n in named_sums(text) if rec is None or n not in compact(rec.text)]
    return bool(sums) and any(n in _standards() for n in sums)


@per_build()
def _standards() -> str:
    """Every rule's name and standard, compacted: read once per build (each rule of a message asks)."""
    from answers.sentences import compact

    return compact("".join(f"{r.name}{r.amount.standard or ''}" for r in default_rule_set().rules if r.amount))


def own_total(text: str, clause_id: str, as_of: date) -> str:
    """The worked sum for the person's own figures on the clause in play, or "" (nothing to put in). A sum or a
    premium said decides the measure before a number of months does: "每个月交1100 那一个月补多少" is the 60%
    premium subsidy, not a month of 18号（十二）'s 6000元/年 premises subsidy (eval9 G07)."""
    if not ASKS_SUM.search(text or "") or NOT_THE_PREMIUM.search(text or ""):
        return ""
    rules = _rules(clause_id)
    # heads alone say which measure only where one measure of the clause pays per head (辽政发（十） has two)
    heads = [line for line in (_heads_line(r, text) for r in rules) if line]
    for r in rules:
        line = (
            _formula_line(r, text, as_of) or local_figures.line(r, text, as_of) or (heads[0] if len(heads) == 1 else "")
        )
        if line:
            return f"{line}{_years_old(r, as_of)}"
    for rule in rules:
        line = _period_line(rule, text, as_of)
        if line:
            return f"{line}{_years_old(rule, as_of)}"
    return ""


def first_reply_totals(benefit_ids: list[str], text: str, as_of: date) -> dict[str, str]:
    """The worked sums for the measures a first reply lists, from the figures of the question itself
    (eval8 F15: "从3月干到6月底，一个月给600…一共能领多少" → 600元/月 × 4个月 = 2400元 under the 临时公益性岗位
    measure, whose period the months are inside of, though it has ended by the day asked)."""
    if not ASKS_SUM.search(text or ""):
        return {}
    by_id = {r.id: r for r in default_rule_set().rules}
    out = {}
    for bid in benefit_ids:
        line = rule_total(by_id[bid], text, as_of) if bid in by_id else ""
        if line:
            out[bid] = line
    return out
