"""Which measure "how much" with a sum in it is about, and that measure's worked sum (12345 evaluation 7, §1).

凌源, a struggling firm's on-the-job training: "交了交了 失业保险交了。那5万最多补多少" was answered with 三、（一）
稳岗返还 50% (the words "失业保险" answered the form's question, and a fresh search took them for the topic),
and "不是稳岗返还，是培训！培训花了5万，按80%最多补多少" with the same 稳岗 sentence again (the clause in play).
The sum belongs to the measure whose formula reads a sum of money that the person's words are about:

1. "不是X，是Y": X is set aside (a measure naming X is not taken), Y is what is asked;
2. the words beside the sum ("培训花了5万"), and a rate said that the measure's standard states ("按80%");
3. the words said with the same sum earlier ("这次培训一共花了5万块" before "那5万最多补多少");
4. what the conversation is about (its topic: "企业培训…能补多少").

Measures are those of the conversation (the clauses cited in the last turns and the benefits the questions
are about); each level is tried in turn, and no measure is picked on a tie. The reply quotes that measure's
own sentence, whole, and the sum worked by its rule's formula (actions/own_figures.py).
"""

from __future__ import annotations

import re
from datetime import date

from rasa_sdk import Tracker

from actions import failed_leaf, figure_named, local_figures, own_figures, question_parts
from actions.context import event_text
from actions.denied_words import without_groups_denied
from actions.dialogue_state import cited_clauses
from actions.earlier_facts import said_earlier
from actions.money_said import money_in
from actions.own_figures import PER_WORD, show
from actions.profile import CANDIDATES, TOPIC, evaluate, profile_from_slots
from actions.profile_rank import group_facts
from answers import clause_detail, validity_words
from answers.models import Reply
from answers.sentences import compact, named_subsidies
from knowledge.eligibility.amounts import Computed, compute
from knowledge.eligibility.facts import vocabulary
from knowledge.eligibility.loader import default_rule_set
from knowledge.eligibility.logic import Context
from knowledge.eligibility.schema import Rule, formula_facts

# "不是稳岗返还，是培训": the words after 不是 up to the comma are set aside
NOT_THIS = re.compile(r"(?:不是|并不是|不是说)([\u4e00-\u9fff]{2,12}?)(?:[，,。！!；;\s]|(?=而是|是))")
RATE = re.compile(r"\d+(?:\.\d+)?\s*[%％]")
PIECES = re.compile(r"[，。；;,！!？?\s]")
RECENT_TURNS = 6
# a question of how much ("一共4万2" alone answers the form's question, it asks nothing)
ASKS = re.compile(r"多少|几[个年月天次]?(?:钱|块|万|千)|能返|能拿|能领|能贷|能补|能减")
# "裁员率标准是多少，我们28个人裁了5个" (eval9 G34) asks a rate or a rule, not a sum: the sentence that states it
RULE_ASKED = re.compile(r"(?:率|标准|比例|期限|条件|年龄)\s*(?:是|为|定的是|定在)?\s*多少")
# words every measure's name shares: they single none out
GENERIC = {
    "补贴",
    "补助",
    "企业",
    "人员",
    "政策",
    "就业",
    "一次",
    "次性",
    "多少",
    "能领",
    "能拿",
    "每人",
    "每年",
    "每月",
    "每天",
}


# a figure right after what the measure gives ("能返1500", "给2500是吧"): the person's reckoning of the sum
OUTCOME = re.compile(
    r"(?:能|可以|就|会)?(?:返|退|拿|领|补|给|减)(?:还|回|到)?(?:个|了)?\s*\d+(?:\.\d+)?\s*(?:块|元|万)?"
)


def set_aside(text: str) -> tuple[str, list[str]]:
    """(the message without its "不是X" parts, the Xs)."""
    denied = [compact(m.group(1)) for m in NOT_THIS.finditer(text or "")]
    return NOT_THIS.sub("，", text or ""), denied


def _pairs(text: str) -> set[str]:
    han = re.sub(r"[^\u4e00-\u9fff]", "", text or "")
    return {han[i : i + 2] for i in range(len(han) - 1)}


def _money_fact(rule: Rule) -> str | None:
    money = own_figures.money_facts(rule)
    return money[0] if len(money) == 1 else None


def _words(rule: Rule) -> str:
    """What a measure is called: its name and the sum its formula reads ("职工在岗培训总支出")."""
    fact = _money_fact(rule) or ""
    return f"{rule.name}{vocabulary()[fact].meaning if fact else ''}"


def _sum_piece(text: str, value: float) -> str:
    """The part of `text` (split at ，。 …) stating `value`."""
    return next((p for p in PIECES.split(text or "") if money_in(p) == value), "")


def _cited_clauses(tracker: Tracker) -> list[str]:
    return cited_clauses(tracker, RECENT_TURNS)


def _earlier(tracker: Tracker, value: float) -> str:
    """The words said earlier beside the same sum ("这次培训一共花了5万块")."""
    said = [event_text(e) for e in tracker.events if e.get("event") == "user"][:-1]
    return "".join(_sum_piece(t, value) for t in said)


def measures_in_play(tracker: Tracker) -> list[Rule]:
    """The conversation's measures whose formula reads one sum of money."""
    clauses = set(_cited_clauses(tracker))
    benefits = set(tracker.get_slot(CANDIDATES) or [])
    return [
        r
        for r in default_rule_set().rules
        if _money_fact(r) and (r.id in benefits or any(c.clause_id in clauses for c in r.citations))
    ]


def measures_of_place(tracker: Tracker) -> list[Rule]:
    """The place's measures whose formula reads one sum of money (when none of the conversation's is named)."""
    region = tracker.get_slot("region")
    who = tracker.get_slot("applicant_type")  # a person's premium is no firm's property tax (eval10 H28)
    return [
        r
        for r in default_rule_set().rules
        if _money_fact(r) and region and r.jurisdiction == region and (not who or who in r.applicant_types)
    ]


def denies(rule_words: str, denied: list[str], kept: str) -> bool:
    """ "不是稳岗返还，是培训": a measure sharing a word with 稳岗返还 ("…失业保险费返还") that the rest of the
    message does not say is set aside."""
    own, said = _pairs(rule_words), _pairs(kept)
    return any(p in own and p not in said for d in denied for p in _pairs(d) - GENERIC)


def _known(tracker: Tracker, as_of: date, denied: list[str], kept: str) -> list[tuple[Rule, Computed]]:
    """The conversation's measures whose sum the facts already said give (1000元/人 × 5人), with that sum."""
    # facts said in questions answered without the form count too ("去年交了失业保险大概3000块", eval14 L11)
    profile = profile_from_slots({**tracker.slots, **said_earlier(tracker, as_of)})
    clauses = set(_cited_clauses(tracker))
    benefits = set(tracker.get_slot(CANDIDATES) or [])
    # never a sum for a measure the person does not qualify for, or one not in force on the day asked
    judged = {b["benefit_id"]: b for b in evaluate(profile, as_of)["benefits"]}
    out = []
    for r in default_rule_set().rules:
        b = judged.get(r.id) or {}
        if not b or b["status"] == "not_eligible" or b.get("in_force") is False:
            continue
        if (
            b["status"] != "eligible"
            and own_figures.premium_based(r)
            and any(failed_leaf.FAILED.match(x) for x in b.get("reasons", []))
        ):
            continue  # a branch the person's own figures fail (eval55 I18: 裁员率6.3% > 5.5%) is no sum of theirs
        if b["status"] != "eligible" and group_facts(b.get("missing_facts") or []):
            continue  # a graduate's 1000元 is no sum "按您前面说的情况" for one who never said so (eval13 K04)
        if r.amount.formula is None or denies(r.name, denied, kept):
            continue
        if not formula_facts(r.amount.formula):
            continue  # "最高10万元" reads nothing the person said: never "按您前面说的情况" (eval17 O13)
        if r.id in benefits or any(c.clause_id in clauses for c in r.citations):
            c = compute(r.amount.formula, Context(profile=profile, as_of=as_of))
            if c.value:
                out.append((r, c))
    return out


def _unique(scored: list[tuple[int, str, object]]):
    scored = sorted(scored, key=lambda x: x[:2], reverse=True)
    if scored and scored[0][0] and (len(scored) == 1 or scored[1][0] < scored[0][0]):
        return scored[0][2]
    return None


def named_better(kept: str, tracker: Tracker, worked: list[Rule]) -> Rule | None:
    """The measure of the clauses in play the words name better than any whose sum is worked, or None."""
    asked = _pairs(kept) - GENERIC
    clauses = set(_cited_clauses(tracker))
    in_clause = [r for r in default_rule_set().rules if any(c.clause_id in clauses for c in r.citations)]
    best = max(in_clause, key=lambda r: len(asked & _pairs(r.name)), default=None)
    if best is None or best.id in {r.id for r in worked} or not _reads_local(best.amount.formula):
        return None
    # named by words of its own ("困难企业…6个月"), not only by those it shares with the measures worked
    head = best.name.split("（")[0]  # the measure's own name, not the standard in brackets
    # words no other measure of the clause has ("困难" of 聊城 第5条's 困难企业 refund)
    others = [r for r in in_clause if r.id != best.id] + list(worked)
    distinct = (asked & _pairs(head)) - set().union(*(_pairs(r.name) for r in others)) - GENERIC
    top = max((len(asked & _pairs(r.name)) for r in worked), default=0)
    return best if distinct and len(asked & _pairs(best.name)) > top else None


def _reads_local(formula) -> bool:
    """The formula takes a local standard no collected text states ("当地月人均失业保险金")."""
    if isinstance(formula, dict):
        return bool(formula.get("local")) or any(_reads_local(v) for v in formula.values())
    if isinstance(formula, (list, tuple)):
        return any(_reads_local(v) for v in formula)
    dumped = getattr(formula, "model_dump", None)
    return _reads_local(dumped()) if dumped else False


def unworked(text: str, tracker: Tracker, as_of: date) -> Reply | None:
    """ "困难企业那个 按6个月失业保险金乘人数那个…能算多少" (eval69 LA02 heard the 50% sum twice): the measure named, its
    standard, and what the text leaves to the office (the local monthly benefit is no figure of the texts)."""
    from actions.clause_in_play import clause_hit

    if not re.search(r"多少|几千|几万", text or "") or re.search(r"几年|多久|多长|几个月|几次", text or ""):
        return None  # a sum asked, not a period ("补几年") nor a yes or no ("还能拿…不")
    kept, denied = set_aside(without_groups_denied(text))
    # the measures worked are judged (an evaluation) only where some measure is named by words of its own at all
    if named_better(kept, tracker, []) is None:
        return None
    rule = named_better(kept, tracker, [r for r, _ in _known(tracker, as_of, denied, kept)])
    if rule is None or not (rule.amount.standard or ""):
        return None
    # "我初中毕业…开超市能贷款多少" (eval89 FA01 heard 残疾高校毕业生's 60% by "毕业"): a measure the message names by
    # its kind ("贷款") that the rule is not of is another question
    kinds = question_parts.MEASURE.findall(kept)
    if kinds and not any(w in rule.name for k in kinds for w in question_parts.SAID_AS.get(k, (k,))):
        return None
    # "离退休三四年呢，不是不足1年。那公益岗一个月给多少钱" (eval71 NA12 heard the extension to retirement twice): a
    # measure the person's facts rule out is not the one their sum is about
    judged = {b["benefit_id"]: b["status"] for b in evaluate(profile_from_slots(tracker.slots), as_of)["benefits"]}
    if judged.get(rule.id) == "not_eligible":
        return None
    cite = rule.citations[0]
    hit = clause_hit({"clause_id": cite.clause_id, "quote": cite.quote}, as_of)
    if hit is None:
        return None
    answer = clause_detail.detail(hit, "amount", as_of, "", about=cite.quote)
    lines = answer.text.split("\n")
    at = next((i for i, x in enumerate(lines) if x.startswith("责任单位")), len(lines))
    lines.insert(
        at,
        f"按原文，{rule.name}：{rule.amount.standard}；原文没有写当地标准的数额，算不出具体金额，以经办部门核定为准。",
    )
    answer.text = "\n".join(x for x in lines if not x.startswith("原文没有写明"))
    return answer


def from_known(text: str, tracker: Tracker, as_of: date) -> tuple[Rule, Computed] | None:
    """ "你前面不是算了5000吗？…最后到底能拿多少" (the sum computed before, said back) and "那税费一年能减多少"
    (the measure named, its figures said before): the measure and its sum from the facts already said."""
    if not ASKS.search(text or ""):
        return None
    kept, denied = set_aside(text)
    known = _known(tracker, as_of, denied, kept)
    value = money_in(kept)
    if value is not None:  # a figure said back: the sum computed before, or the measure's own rate ("每人每年7800")
        return _unique([(int(value in (c.value, *own_figures.formula_constants(r))), r.id, (r, c)) for r, c in known])  # type: ignore[return-value]
    asked = _pairs(kept) - GENERIC
    # "我问的是困难企业那个 按6个月失业保险金乘人数那个" (eval69 LA02 heard the 50% sum twice): a measure of the clause
    # named better than any sum already worked is not answered with one of those sums
    if named_better(kept, tracker, [r for r, _ in known]) is not None:
        return None
    # "那一次性创业补贴呢 多少钱" after the 合伙 loan (eval67 JA10 heard the loan's sum): a subsidy named is not a loan
    named = named_subsidies(kept)
    known = [(r, c) for r, c in known if not named or any(n in compact(r.name) for n in named)]
    return _unique([(len(asked & _pairs(r.name)), r.id, (r, c)) for r, c in known])  # type: ignore[return-value]


PREMIUM_SAID = re.compile(r"保险|保费|交了|缴了|缴纳|交的|缴的|上年|去年.{0,6}交")
PER_HEAD_SUM = re.compile(r"每人|每个人|一人|/人|每名|一个人")
LOAN_ASKED = re.compile(r"贷")


def pick(text: str, tracker: Tracker) -> Rule | None:
    """The measure a message stating a sum and asking how much is about, or None (no sum, no measure of the
    conversation reads one, or the person's words do not single one out)."""
    if not ASKS.search(text or ""):
        return None
    kept, denied = set_aside(text)
    value = money_in(kept)
    if value is None or OUTCOME.search(kept):
        return None  # "那就是能返1500是吧": the sum said back, never the base (eval14 L11 heard 50% × 1500元)
    rules = [r for r in measures_in_play(tracker) if not denies(_words(r), denied, kept)]
    rates = {compact(r) for r in RATE.findall(kept)}
    levels = [
        lambda r: (
            len(_pairs(_sum_piece(kept, value)) & _pairs(_words(r)))
            + sum(x in compact(r.amount.standard) for x in rates)
        ),
        lambda r: len(_pairs(_earlier(tracker, value)) & _pairs(_words(r))),
        lambda r: len(_pairs(tracker.get_slot(TOPIC) or "") & _pairs(_words(r))),
    ]
    piece_said = _sum_piece(kept, value)
    # "那企业能贷多少 是20万吗", "每人2500的还能领不" (eval56 O02, O04 heard 50% × 200000元, 100% × 2500元 of 稳岗返还): a
    # loan asked or a rate per head is no premium; a formula on a premium paid takes a sum said as one
    rules = [r for r in rules if not own_figures.premium_based(r) or PREMIUM_SAID.search(piece_said or kept)]
    if PER_HEAD_SUM.search(piece_said) or LOAN_ASKED.search(piece_said):
        rules = [r for r in rules if not own_figures.premium_based(r)]
    for score in levels:
        found = _unique([(score(r), r.id, r) for r in rules])
        if found is not None:
            return found  # type: ignore[return-value]
    # the measure named beside the sum, among the place's own ("培训花了5万" when 三、（二） is no longer in play)
    piece = _pairs(_sum_piece(kept, value)) - GENERIC
    place = [r for r in measures_of_place(tracker) if not denies(_words(r), denied, kept)]
    return _unique([(len(piece & _pairs(vocabulary()[_money_fact(r) or ""].meaning)), r.id, r) for r in place])  # type: ignore[return-value]


def reply(text: str, tracker: Tracker, as_of: date) -> Reply | None:
    """The measure's own sentence, whole, with the person's sum worked by its formula; None when no measure
    is singled out (the follow-up reading of the clause in play answers)."""
    from actions.clause_in_play import clause_hit  # follow_ups calls this module first

    if RULE_ASKED.search(text or ""):
        return None
    local = _local_in_play(text, tracker, as_of)  # "按最低缴费基数每月应缴社保1000元 一年能补多少" (eval10 H28)
    if local is not None:
        return local
    left = unworked(text, tracker, as_of)
    if left is not None:
        return left
    said = pick(text, tracker)
    kept = set_aside(text)[0]
    line = own_figures.rule_total(said, kept, as_of, money_in(kept)) if said is not None else ""
    # "我房子租了18个月，一共能拿多少": the clause in play's own formula takes the person's figures (own_figures)
    known = None if line or _in_play_total(text, tracker, as_of) else from_known(text, tracker, as_of)
    named = None if line or known else figure_named.pointed(text, tracker, as_of, set(_cited_clauses(tracker)))
    if said is not None and line:
        rule = said
    elif known is not None:
        rule, line = known[0], known_line(known[0], known[1])
    elif named is not None:  # "4个人… 那个1000的一共给多少" (eval9 G10): the measure its figure names
        rule, line = named[0], known_line(named[0], named[1], "按您说的人数计算")
        if named[2]:
            line += "是否符合还要看：" + "".join(named[2])
    else:
        return None
    if _issued_later(rule, as_of):
        return None  # "稳岗返还 到底返多少…三千多" on 2020-04-01 (eval54 U11 heard 18号（三）'s 100% worked out, "尚未实施")
    since = aged_since(rule, tracker, as_of)
    if since is not None:  # eval17 O10: "1000元/人 × 5人 = 最高5000元" in 2026 from a 2020 epidemic-period measure
        line = (
            f"该项自{since.year}年起实施，原文未载明截止日期，至今已逾{as_of.year - since.year}年，现在是否仍在执行"
            "无法从原文判断，因此不按您说的情况计算金额；能否申请、能领多少，以经办部门认定为准。"
        )
    cite = rule.citations[0]
    hit = clause_hit({"clause_id": cite.clause_id, "quote": cite.quote}, as_of)
    if hit is None:
        return None
    answer = clause_detail.detail(hit, "amount", as_of, "", about=cite.quote)
    from actions.new_topic import with_line

    return with_line(answer, line)


def _issued_later(rule: Rule, as_of: date) -> bool:
    from knowledge.records import clause_index, load_clauses, not_yet_issued

    records = clause_index(load_clauses())
    return any(c.clause_id in records and not_yet_issued(records[c.clause_id], as_of) for c in rule.citations)


def aged_since(rule: Rule, tracker: Tracker, as_of: date) -> date | None:
    """The start of a measure with no stated end, begun years before the day asked (validity_words.open_since):
    its sum is not worked for today, as the summary keeps it out of the total."""
    judged = evaluate(profile_from_slots(tracker.slots), as_of)["benefits"]
    b = next((b for b in judged if b["benefit_id"] == rule.id), None)
    return validity_words.open_since(b.get("validity") or {}, as_of) if b else None


def _in_play_total(text: str, tracker: Tracker, as_of: date) -> bool:
    from actions.clause_in_play import in_play

    cite = in_play(tracker, text)[0]
    return bool(cite and own_figures.own_total(text, cite.get("clause_id") or "", as_of))


def known_line(rule: Rule, c: Computed, basis: str = "按您前面说的情况计算") -> str:
    """ "按您前面说的情况计算：7800元/人·年 × 4人 = 最高31200元/年（原文“…”），以经办部门认定为准。" """
    a = rule.amount
    word = "最高" if a.bound == "at_most" else ("不低于" if a.bound == "at_least" else "")
    worked = "" if c.text.strip().startswith(f"{show(c.value or 0)}元") else f"{c.text} = "  # "6000元/年" alone
    sum_words = own_figures.wan(c.value or 0)  # "最高10万元", as the text writes its ceilings (eval14 L14: 100000元)
    return (
        f"{basis}：{worked}{word}{sum_words}{PER_WORD.get(a.period or '', '')}"
        f"（原文“{a.standard}”），以经办部门认定为准。"
    )


def _local_in_play(text: str, tracker: Tracker, as_of: date) -> Reply | None:
    """The one measure of the conversation whose local figure the message states ("当地最低工资1730"), worked
    with it; None when none or several take it."""
    from actions.clause_in_play import clause_hit
    from actions.new_topic import with_line

    if not local_figures.said_locals(text):
        return None
    clauses = set(_cited_clauses(tracker))
    benefits = set(tracker.get_slot(CANDIDATES) or [])
    earlier = "\n".join(event_text(e) for e in tracker.events if e.get("event") == "user")
    judged = {b["benefit_id"]: b for b in evaluate(profile_from_slots(tracker.slots), as_of)["benefits"]}
    found = [
        (r, line)
        for r in default_rule_set().rules
        if (r.id in benefits or any(c.clause_id in clauses for c in r.citations))
        and judged.get(r.id, {}).get("status") not in (None, "not_eligible")
        and (line := local_figures.line(r, text, as_of, earlier))
    ]
    # 18号（十二）'s two 60% measures (a disabled graduate, a disabled person) give the same sum: the one that
    # applies first; different sums are not chosen between
    if len({line.split("（原文")[0] for _, line in found}) != 1:
        return None
    order = list(tracker.get_slot(CANDIDATES) or [])
    rule, line = min(
        found,
        key=lambda f: (
            judged[f[0].id]["status"] != "eligible",
            order.index(f[0].id) if f[0].id in order else len(order),
        ),
    )
    cite = rule.citations[0]
    hit = clause_hit({"clause_id": cite.clause_id, "quote": cite.quote}, as_of)
    if hit is None:
        return None
    return with_line(clause_detail.detail(hit, "amount", as_of, "", about=cite.quote), line)
