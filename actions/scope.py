"""Which benefits the conversation is about: retrieval over the opening message.

The logic lives in retrieval/rule_scope.py, shared with the hotline console's calculator; this
module keeps the name the actions use, and ranks the chat's candidates for the group the person
described (actions/profile_rank.py: the console's calculator scopes by words alone).
"""

import re

from actions import profile_rank
from actions.retirement_age import maybe_within
from knowledge.eligibility.engine import default_engine
from retrieval.lexicon import load_lexicon
from retrieval.rule_scope import MIN_CANDIDATES, MIN_SCORE, TOP_CLAUSES, all_candidates, candidates, rules_by_clause  # noqa: F401
from retrieval.tokens import normalize

# a policy term naming who (毕业生, 就业困难人员, 零就业家庭) is a group, not what a measure pays for
PERSON = re.compile(r"(?:生|人员|人|者|家庭|户)$")


def message_terms(text: str) -> list[str]:
    """The policy words the message names through the lexicon (three characters or more, no group of people)."""
    return [normalize(t) for t in load_lexicon().expand(text).terms if len(t) >= 3 and not PERSON.search(t)]


def named_in(text: str, benefit_ids: list[str]) -> set[str]:
    """The measures the message asks for in its own words: "买房有补贴吗" is, through the lexicon, 凌源's
    人才安家补助 (its quote says 首次购房), so a graduate who asks about buying a home hears of it even
    though it is for a 人才类型 he did not name (whether he is one is for the office to decide)."""
    terms = message_terms(text)
    by_id = default_engine().by_id
    out = set()
    for bid in benefit_ids:
        rule = by_id.get(bid)
        if profile_rank.rule_facts(bid) & profile_rank.ASKED_ONLY_IF_SAID:
            continue
        quotes = normalize("".join(c.quote or "" for c in rule.citations)) if rule is not None else ""
        if any(t in quotes for t in terms) and not other_thing(text, quotes):
            out.add(bid)
    return out


# what a firm pays that may be deferred or spared: "社保能不能先缓缓再交" (eval76 SA06, a restaurant, heard the deferral of
# 农民工工资保证金 first) asks of the one named, not of every deferral
THINGS_PAID = (
    re.compile(r"社保|社会保险|养老|医保|失业保险"),
    re.compile(r"公积金"),
    re.compile(r"保证金|押金"),
    re.compile(r"残保金|残疾人就业保障金"),
    re.compile(r"税"),
)


# paying later, less or nothing asked ("缓缓再交", "能免吗"): the thing paid is what the question is about
RELIEF_ASKED = re.compile(r"缓|免|减|少交|晚交|不交|停交|延期|延缓")


def other_thing(text: str, quotes: str) -> bool:
    """Relief asked of a thing paid, and the measure's quotes name none of the things named."""
    if not RELIEF_ASKED.search(text or ""):
        return False
    named = [t for t in THINGS_PAID if t.search(text or "")]
    return bool(named) and not any(t.search(quotes) for t in named)


def titled_in(text: str, benefit_ids: list[str]) -> set[str]:
    """The measures whose own name holds a word of the message ("首次购房" → 凌源's 首次购房安家补助): asked for
    by name, unlike words many quotes share ("招了" → 新招用)."""
    terms = message_terms(text)
    by_id = default_engine().by_id
    titled = {b for b in benefit_ids if b in by_id and any(t in normalize(by_id[b].name) for t in terms)}
    return {b for b in titled | spelled_in(text, benefit_ids) if not other_thing(text, by_id[b].name)}


# what a measure pays or spares, in a name ("稳岗返还", "一次性吸纳就业补贴"; not a group, "登记失业")
PAYS = re.compile(r"补贴|补助|返还|贷款|贴息|减免|免征|减征|缓缴|缓交|奖补|奖励|保障金|保险金|救助")


def spelled_in(text: str, benefit_ids: list[str], kind: re.Pattern | None = None) -> set[str]:
    """The measures whose own name holds a policy word the message types as the texts write it ("残保金今年还用
    交吗" → 暂免征收残保金, eval9 G06: the lexicon maps only people's other words to it)."""
    said = normalize(text)
    own = [normalize(p) for g in load_lexicon().groups for p in g.policy if len(p) >= 3 and normalize(p) in said]
    terms = [t for t in own if not PERSON.search(t) and (kind is None or kind.search(t))]
    by_id = default_engine().by_id
    return {b for b in benefit_ids if b in by_id and any(t in normalize(by_id[b].name) for t in terms)}


def for_person(text: str, profile: dict, as_of, region: str | None = None) -> tuple[list[str], list[str]]:
    """(benefit ids, clause ids) for the question, the person's own group's measures only (and those
    the message asks for by what they pay for)."""
    place = region or profile.get("region")
    found, clauses = candidates(text, profile.get("applicant_type"), place, as_of)
    found += [b for b in near_retirement(text, profile, place, as_of) if b not in found]
    found = [b for b in for_workers(profile, place) if b not in found] + found
    found += [b for b in for_hires(profile, place) if b not in found]
    found += [b for b in lasting_hiring(text, profile, place) if b not in found]
    found = [b for b in for_relief(text, profile, place) if b not in found] + found
    kept = profile_rank.ranked(found, {**profile, "region": place} if place else profile)
    asked = named_in(text, found) - set(kept)
    return [b for b in found if b in asked] + kept if asked else kept, clauses


# a question for whatever there is ("有啥补贴没", "能享受啥", "有什么政策")
GENERAL_ASK = re.compile(
    r"(?:有|能|可以)(?:啥|什么|哪些|没有)(?:补贴|补助|政策|待遇|钱|扶持|帮扶)|(?:能|可以)(?:享受|领|拿|得)(?:到)?(?:啥|什么|哪些)"
)


# relief asked of nothing named ("关门这阵子工资一直照发 现在能减免啥", eval103 TA03, a 聊城 restaurant, heard 残保金, 见习 and
# 公积金, never 第4条's 免征 of its social insurance): what the firm pays that the place's texts spare or defer
ANY_RELIEF = re.compile(r"减免|能免|免(?:啥|什么|哪些)|减(?:啥|什么|哪些)|少交(?:啥|什么|点)|缓(?:啥|什么)")
THING_NAMED = re.compile(r"社保|社会保险|养老|医保|失业保险|工伤|公积金|残保金|税|房租|租金|保证金|利息|贷款")


def for_relief(text: str, profile: dict, place: str | None) -> list[str]:
    """The place's fee reliefs for a firm asking what may be spared, social insurance first (the largest it pays)."""
    if profile.get("applicant_type") != "enterprise" or not place:
        return []
    if not ANY_RELIEF.search(text or "") or THING_NAMED.search(text or ""):
        return []
    by_id = default_engine().by_id
    found = [
        b
        for b in all_candidates("enterprise", place)
        if b in by_id and (by_id[b].amount.nature if by_id[b].amount else None) == "fee_relief"
    ]
    return sorted(found, key=lambda b: "社会保险" not in by_id[b].name)


NOT_FIRST = re.compile(r"延长|期满|线上培训")


def near_retirement(text: str, profile: dict, place: str | None, as_of) -> list[str]:
    """The 就业困难人员 measures the message's words point to, for a jobless person within 5 years of retirement
    (辽政发〔2020〕9号（十六）: "登记失业人员中距法定退休年龄5年以内的人员"; recognition is the office's). eval37 Z01, 57,
    registered unemployed, planning to sell breakfast and pay her own 社保, never heard 46号（十五）'s 30%."""
    age, gender = profile.get("age"), profile.get("gender")
    if profile.get("applicant_type") != "person" or profile.get("employment_status") not in (None, "unemployed"):
        return []
    if not maybe_within(age, gender, as_of):
        return []
    near = [b for b in all_candidates("person", place) if "is_hard_to_employ" in profile_rank.rule_facts(b)]
    # "女的 今年五十一 厂子黄了…有啥补帖没" (the twentieth session's last live conversation heard 创业带头人's subsidy first):
    # a question naming none of them asks of all a jobless person this near retirement may be recognised for
    named = named_in(text, near)
    # of all of them, not the extensions for those whose term ran out, nor the epidemic's online courses (a newly laid-off
    # man of 56 heard two 延长1年 items first: tests/live/test_eval8_compute.py)
    general = (
        [b for b in near if not NOT_FIRST.search(default_engine().by_id[b].name)]
        if GENERAL_ASK.search(text or "")
        else []
    )
    return sorted(named or general, key=near.index)


def for_workers(profile: dict, place: str | None) -> list[str]:
    """The measures of a person at work (企业职工: 参保职工技能提升补贴) for one who says they work ("我45 在厂里上班
    交了十来年社保 我有啥能享受的", eval44 D07 heard the flexible workers' and graduates' measures); the words of such a
    question name no measure, so the search never finds them."""
    if profile.get("applicant_type") != "person" or profile.get("employment_status") != "employed":
        return []
    return [b for b in all_candidates("person", place) if profile_rank.requires(b, "employment_status", "employed")]


# the counts of hires a firm may state, each read by the measures for hiring that group
HIRE_COUNTS = ("new_hires_long_term_unemployed", "new_hires_poverty", "new_hires_graduates", "new_hires_hard_to_employ")


def for_hires(profile: dict, place: str | None) -> list[str]:
    """The measures reading a count of hires the firm states ("招了3个人：2个是登记失业10个月的…能申请什么补贴", eval54 U04
    never heard of 18号（二）'s 7800元 deduction: a tax relief, which "补贴" does not find)."""
    said = [f for f in HIRE_COUNTS if isinstance(profile.get(f), int) and profile[f] > 0]
    registered = isinstance(profile.get(REGISTERED_HIRES), int) and profile[REGISTERED_HIRES] > 0
    if profile.get("applicant_type") != "enterprise" or not (said or registered):
        return []
    # "招了5个人，里头有2个是登记过失业的" (eval75 RA08, a small 凌源 firm in 2019, heard nothing settled): whether those
    # hired are "符合创业担保贷款申请条件的人员" is the office's to say, so the small firms' loan for such hires is asked
    reading = set(said) or {LOAN_HIRES}  # only where no hire of a group read by other measures was said
    return [b for b in all_candidates("enterprise", place) if reading & profile_rank.reads(b)]


LOAN_HIRES = "new_hires_loan_eligible"
REGISTERED_HIRES = "new_hires_registered_unemployed"


def lasting_hiring(text: str, profile: dict, place: str | None) -> list[str]:
    """The measures for employers hiring a group, with no end written (大政发〔2017〕46号（十二）（十五）), for a firm asking
    what hiring brings: its words find the dated 一次性吸纳就业补贴 and the 疫情防控期间 ones (eval71 NA01, a restaurant
    hiring in 2026, heard only those), and these are what the texts may still offer it."""
    if profile.get("applicant_type") != "enterprise" or not profile_rank.HIRING_SAID.search(text or ""):
        return []
    by_id = default_engine().by_id
    return [
        b
        for b in all_candidates("enterprise", place)
        if b in by_id
        and by_id[b].validity.kind == "none"
        and "招用" in by_id[b].name
        and set(HIRE_COUNTS) & profile_rank.reads(b)
    ]


def same_base(named: set[str], benefit_ids: list[str]) -> set[str]:
    """The measures of `benefit_ids` paying for a base one of `named` pays for (rules/bases.yaml): 凌源's "可返还其上年度
    实际缴纳失业保险费的 50%" is the 稳岗返还 the province's 100% names, though its own words never say 稳岗 (eval82 YA03, a
    凌源 restaurant, never heard it in the first list)."""
    by_id = default_engine().by_id
    bases = {p.base for b in named if b in by_id for p in by_id[b].pays_for}
    return {b for b in benefit_ids if b in by_id and any(p.base in bases for p in by_id[b].pays_for)}


def same_clauses(named: set[str], benefit_ids: list[str]) -> set[str]:
    """The measures of `benefit_ids` citing a clause one of `named` cites."""
    by_id = default_engine().by_id
    clauses = {c.clause_id for b in named if b in by_id for c in by_id[b].citations}
    return {b for b in benefit_ids if b in by_id and any(c.clause_id in clauses for c in by_id[b].citations)}
