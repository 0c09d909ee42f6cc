"""The measures of a first reply, for the group the person actually described.

Retrieval scopes by words, so "我是大连理工今年刚毕业的 还没找到工作" also finds 低保渐退 and 距退休不足1年续领
失业金 (the words 就业, 失业), and a veteran hears of graduates' public-welfare posts. A hotline agent names
the measures of the caller's own group: once a person has said who they are (a graduate, a veteran, a
disabled person…), a measure that is for another group (its conditions name a group the person did not
say, and none they did) is left out of the first reply and of the questions; "还有别的补贴吗" still widens
to every measure. A measure for 湖北籍 graduates is never offered to someone who did not say 湖北.

The group a measure is for is read from its rule's conditions (rules as data), never listed here.
"""

from __future__ import annotations

import re
from datetime import date

from actions import retirement_age
from actions.profile_facts import numeric_text
from answers import citations, clause_json
from answers.figures_said import own_sums
from answers.sentences import runs
from answers.validity_words import EPIDEMIC_ASKED, epidemic_long_past, long_after_epidemic
from knowledge import regions
from knowledge.eligibility.engine import default_engine
from knowledge.eligibility.facts import vocabulary
from knowledge.eligibility.schema import cond_facts, formula_facts
from knowledge.records import clause_index, load_clauses, not_yet_issued

# facts that say which group of people a measure is for (besides the is_* flags)
# (a measure after 失业保险金 ran out leads only for one who said so: eval41 F24's widow heard 失业补助金 first)
GROUP_LIKE = ("years_to_retirement", "talent_type", "unemployment_insurance_exhausted")
# a measure for 湖北籍 people, or for borrowers who had COVID-19, is offered only to those who say so (eval67 JB08, a
# veteran opening a repair shop in 2026, heard 聊城's 患新冠肺炎 loan extension first)
ASKED_ONLY_IF_SAID = {"is_hubei_native", "had_covid19"}
EARLIEST_RETIREMENT = 50  # the lowest legal retirement age (women workers): no one younger is nearer


def group_facts(names) -> set[str]:
    vocab = vocabulary()
    return {f for f in names if f in vocab and vocab[f].group == "person" and (f.startswith("is_") or f in GROUP_LIKE)}


def rule_facts(benefit_id: str) -> set[str]:
    rule = default_engine().by_id.get(benefit_id)
    return set(cond_facts(rule.conditions)) if rule is not None and rule.conditions is not None else set()


def stated_groups(profile: dict) -> set[str]:
    return {f for f in group_facts(profile) if profile.get(f) is True}


def for_this_person(benefit_id: str, profile: dict) -> bool:
    facts = rule_facts(benefit_id)
    if any(f in facts and profile.get(f) is not True for f in ASKED_ONLY_IF_SAID):
        return False
    said = stated_groups(profile)
    if facts & said or profile.get("applicant_type") not in (None, "person"):
        return True
    if too_young(benefit_id, profile.get("age")):
        return False  # 距退休不足1年: not for a 45-year-old
    if too_old_for_school(facts, profile):
        return False  # 离校2年内高校毕业生: not first for a woman of 58 who never said she studied (eval44 D10)
    return not said or not group_facts(facts) - set(profile)


SCHOOL_FACTS = {"is_college_graduate", "graduation_year", "graduation_date"}
GRADUATE_AGE = 40  # a recent graduate this old is rare: their measures wait until they say they studied


def too_old_for_school(facts: set[str], profile: dict) -> bool:
    age = profile.get("age")
    return (
        bool(facts & SCHOOL_FACTS)
        and isinstance(age, (int, float))
        and age >= GRADUATE_AGE
        and not any(profile.get(f) for f in SCHOOL_FACTS)
    )


def _retirement_bounds(c) -> list[float]:
    """The "years to retirement ≤ N" thresholds a condition requires (under `all`: a branch of `any`,
    "或其余人员距法定退休年龄1年以内" beside the listed groups, does not make the measure too young)."""
    out = []
    for part in c.all or []:
        out += _retirement_bounds(part)
    if c.fact == "years_to_retirement":
        out += [float(v) for v in (c.le, c.lt) if isinstance(v, (int, float))]
    return out


def too_young(benefit_id: str, age) -> bool:
    """A measure for people N years or less from retirement, and the person is younger than any
    legal retirement age minus N ("我45了" and 距法定退休年龄不足1年)."""
    rule = default_engine().by_id.get(benefit_id)
    if not age or rule is None or rule.conditions is None:
        return False
    bounds = _retirement_bounds(rule.conditions)
    return bool(bounds) and age < EARLIEST_RETIREMENT - max(bounds)


def requires_unsaid_trait(benefit_id: str, profile: dict) -> bool:
    """The measure requires, among all its conditions, a trait of the person (残疾人, 高校毕业生…) they never spoke
    of; recognition as 就业困难人员 is not such a trait (it comes from the office, actions/summary's "经认定…后")."""
    rule = default_engine().by_id.get(benefit_id)
    if rule is None or rule.conditions is None:
        return False
    tops = rule.conditions.all if rule.conditions.kind == "all" else [rule.conditions]
    facts = {c.fact for c in tops or [] if c.kind == "fact" and isinstance(c.fact, str)}
    return bool({f for f in group_facts(facts) if f.startswith("is_") and f not in RECOGNISED} - set(profile))


def needs_unsaid_group(benefit_id: str, profile: dict) -> bool:
    return bool(group_facts(rule_facts(benefit_id)) - set(profile))


# 就业困难人员 is a status a person is recognised into (from their age, family, registration), not a trait they would
# have said like 高校毕业生 or 残疾人: a laid-off worker of 46 who said neither hears its measures before the
# graduates' (eval13 K04 heard 离校1年内未就业高校毕业生 30% first)
RECOGNISED = {"is_hard_to_employ": 0.5}


def _unsaid(c, profile: dict) -> float:
    """The fewest groups the person has not spoken of that they must belong to for the condition to
    hold: all → each counts, any → the easiest branch (就业困难人员 OR 退役军人 OR … is one group away)."""
    if c.kind == "all":
        return sum(_unsaid(part, profile) for part in c.all)
    if c.kind == "any":
        return min((_unsaid(part, profile) for part in c.any), default=0)
    if c.kind in ("not_", "expr"):
        return 0
    fact = c.fact
    if fact == "years_to_retirement" and profile.get("age"):
        return 0  # the age said places them (the engine reads the years from it)
    if fact in profile or fact not in group_facts([fact]):
        return 0
    return RECOGNISED.get(fact, 1)


def groups_away(benefit_id: str, profile: dict) -> float:
    """How many unsaid groups a measure needs: 就业困难残疾人 60% is two away from a 48-year-old casual
    worker who said neither, 就业困难人员 30% one away; 0 is a measure for what the person said."""
    rule = default_engine().by_id.get(benefit_id)
    return _unsaid(rule.conditions, profile) if rule is not None and rule.conditions is not None else 0


EXTENDED_ASKED = re.compile(r"延长|期满|到期后|满了以后|续")


def ranked(candidates: list[str], profile: dict) -> list[str]:
    """The candidates for this person, in their order, then the measures of a group a definition
    places them in. Empty when nothing is for them: the reply then quotes what the search finds."""
    kept = [c for c in candidates if for_this_person(c, profile)]
    kept = sorted(kept + described_group_measures(kept, profile), key=lambda c: groups_away(c, profile))
    return with_group_measures(kept, profile)


def described_group_measures(candidates: list[str], profile: dict) -> list[str]:
    """When every measure found needs a group the person did not name ("俺48岁 在大连打零工": the search finds
    残疾人 60% and graduates' 30%), the person measures of their place for the work they described
    (employment_status: 就业困难人员灵活就业 30%) that are one group away are added, so that one can lead."""
    status = profile.get("employment_status")
    if not status or profile.get("applicant_type") not in (None, "person"):
        return []
    if not candidates or any(groups_away(c, profile) == 0 for c in candidates):
        return []
    region = profile.get("region")
    out = []
    for rule in default_engine().rules:
        if rule.id in candidates or "person" not in rule.applicant_types or rule.conditions is None:
            continue
        if region and not regions.covers(rule.jurisdiction, region):
            continue
        if "employment_status" in cond_facts(rule.conditions) and groups_away(rule.id, profile) == 1:
            out.append(rule.id)
    return [r for r in out if for_this_person(r, profile)]


def with_group_measures(candidates: list[str], profile: dict) -> list[str]:
    """A group that a definition places among others (连续失业1年以上的退役军人 "参照就业困难人员享受相关政策"):
    the measures of the group it joins follow the person's own."""
    region = profile.get("region")
    out = list(candidates)
    for d in group_definitions(profile):
        for rule in default_engine().rules:
            if rule.id in out or "person" not in rule.applicant_types:
                continue
            if region and not regions.covers(rule.jurisdiction, region):
                continue
            if rule.conditions is not None and d.defines in cond_facts(rule.conditions):
                out.append(rule.id)
    return out


def group_definitions(profile: dict) -> list:
    """Definitions in force where the person is that name a group they said they belong to."""
    said = stated_groups(profile)
    region = profile.get("region")
    out = []
    if profile.get("employment_status") != "unemployed" and not profile.get("unemployment_registered"):
        return out  # the groups defined here are of registered unemployed people: not for someone in work
    for defs in default_engine().definitions.values():
        for d in defs:
            if region and not regions.covers(d.jurisdiction, region):
                continue
            if said & set(cond_facts(d.when)):
                out.append(d)
    return out


def definition_citations(profile: dict, as_of: date, words: list[str]) -> list[dict]:
    """The sentence of each such definition that names the person's group (`words`: its names)."""
    records = clause_index(load_clauses())
    out = []
    for d in group_definitions(profile):
        for c in d.citations:
            # a text not yet issued on the day asked places nobody (eval33 W08 heard 辽政发〔2020〕9号（十六） in 2019)
            if (
                any(w in c.quote for w in words)
                and c.clause_id in records
                and not not_yet_issued(records[c.clause_id], as_of)
            ):
                hit = clause_json.as_hit(records[c.clause_id], as_of, [c.quote])
                out.append(citations.from_hit(hit, c.quote))
                break
    return out


def reads(benefit_id: str) -> set[str]:
    """Every fact a measure reads: its conditions and its amount."""
    rule = default_engine().by_id.get(benefit_id)
    if rule is None:
        return set()
    formula = rule.amount.formula
    return rule_facts(benefit_id) | (set(formula_facts(formula)) if formula is not None else set())


# Measures for someone starting a business (场地补贴, 项目推荐补贴): a laid-off worker or a veteran asking "有什么政策"
# who has said nothing of a business hears them after the rest (eval6 E01, E06 led with 创业场地补贴)
# a loan already taken is a business's too: 聊城 第16条's extension for borrowers who caught COVID-19 led a laid-off
# single mother's first reply (eval58 B21)
FOUNDING = {
    "first_time_business",
    "is_business_leader",
    "rents_business_premises",
    "recommended_project_adopted",
    "partnership_business",
    "has_guarantee_loan",
}
BUSINESS_WORDS = re.compile(
    r"创业|开店|开个|开了|开家|做生意|个体|办厂|营业执照|自己干|当老板|门面|门市|贷款|贷了|借款"
)


def business_unsaid(profile: dict, text: str = "") -> bool:
    """Nothing said of a business of one's own: no founding fact, not self-employed, no business word."""
    said = profile.get("employment_status") == "self_employed" or any(profile.get(f) for f in FOUNDING)
    return not said and not BUSINESS_WORDS.search(text or "")


def founding_unsaid(benefit_id: str, profile: dict, text: str = "") -> bool:
    # the lump sum "领取失业保险金期间实现自主创业的" reads only the status it requires (自主创业)
    founding = bool(reads(benefit_id) & FOUNDING) or requires(benefit_id, "employment_status", "self_employed")
    return business_unsaid(profile, text) and founding


def _name_shares(name: str, text: str) -> int:
    """How many two-character words of the message a measure's name holds."""
    said = {w[i : i + 2] for w in re.findall(r"[\u4e00-\u9fff]+", text or "") for i in range(len(w) - 1)}
    return sum(1 for p in said if p in name)


def first_reply_order(
    benefits: list[dict],
    profile: dict,
    asked: set[str] | None = None,
    text: str = "",
    titled: set[str] | None = None,
    shown: int = 0,
    spelled: set[str] | None = None,
    as_of=None,
) -> list[dict]:
    """Measures reading more of what the person said first ("招了2个建档立卡贫困人口" → the 7800元 deduction
    per poor hire before the 2020 Q1 property tax); ties keep the search's order (an expired measure asked
    about by name stays where the search put it). A measure the message asks for by what it pays for
    (`asked`: "买房" → 人才安家补助) leads. `titled`: measures whose own name holds the message's words;
    `shown`: how many the reply lists (the most relevant measure not in force is one of them); `spelled`: measures
    whose name holds a policy word the message types itself ("残保金…交不交"), which lead the rest."""
    said = {k for k in profile if k not in ("region", "applicant_type")}
    if "age" in said:  # "俺48岁": a measure reading the years to retirement speaks of what was said
        said.add("years_to_retirement")
    # asked for by what it pays for lifts a measure over the group ordering only where that ordering would
    # sink it (买房 → 人才安家补助 for a 人才类型 not said); "招了应届毕业生有什么补贴" names, through the lexicon,
    # half the hiring measures, which then keep the search's order
    named = set(asked or set())
    # a trait never spoken of is not lifted by a word its quote shares ("想开公司…创业补贴" names, through 登记注册, the
    # disabled founders' 6000元 premises subsidy; eval82 YB04 heard it before the 3000元 for every first founder)
    asked = {b for b in named if groups_away(b, profile) > 0 and not requires_unsaid_trait(b, profile)}
    listed = {b["benefit_id"] for b in benefits}
    if any(groups_away(b, profile) == 0 for b in named & listed):
        # "毕业生灵活就业社保补贴我还能申请吗" (eval47 R07) names 46号's 30% and 18号's for disabled graduates alike: the
        # one for what was said keeps the lead; a group's measure leads only when none asked is for the person
        asked = set()
    by_title = set(titled or set())

    def relevance(b: dict) -> tuple:
        # a measure asked for by what it pays for leads; then a measure for a group the person has not said never
        # leads: the fewest unsaid groups first
        return (
            b["benefit_id"] not in asked,
            b["benefit_id"] not in named and founding_unsaid(b["benefit_id"], profile, text),
            groups_away(b["benefit_id"], profile),
            -len(reads(b["benefit_id"]) & said),
            needs_unsaid_group(b["benefit_id"], profile),
            # "我是大连的失业了有什么补助" (eval75 RB05 heard 低保渐退 first): of measures alike so far, the one whose name
            # says what the person said
            -_name_shares(b.get("name") or "", text),
        )

    def ended(b: dict) -> bool:
        # a measure that has ended (or not begun) on the day asked follows those in force, unless its own name is
        # what was asked (R13: a single mother heard first of two extensions that ended in 2020); "招了" reads, through
        # the lexicon, as 新招用 in many quotes, which names none of them
        status = (b.get("validity") or {}).get("status")
        # a window for the event that closed before the day asked ("2017年9月1日至2020年8月30日期间来凌的人才", asked
        # in 2026 by a laid-off man, eval22 T24) follows the measures one can still come to, as an ended one does
        closed = (b.get("window") or {}).get("status") == "closed" or long_after_epidemic(
            b.get("validity") or {}, as_of
        )
        return (b["benefit_id"] not in by_title or titled_in_force) and (status in ("expired", "not_started") or closed)

    # a name asked that both an ended extension and the measure itself hold ("灵活就业…社保补贴", eval33 W01 heard the
    # 2020 extension first and then "不能"): the one in force leads
    titled_in_force = any(b["benefit_id"] in by_title and not _not_in_force(b) for b in benefits)
    said_figures = own_sums(numeric_text(text or ""))
    natures = natures_asked(text)
    own_word = set(spelled or set())
    typed_runs = runs(re.sub(r"\s+", "", text or ""), 5)

    def kind_asked(b: dict) -> bool:
        # "税上能减多少": the tax relief (7800元/人·年) before a social-insurance subsidy found by 招用/社保 (eval9 G17)
        return bool(natures) and (b.get("amount") or {}).get("nature") in natures

    def figured(b: dict) -> bool:
        # "一个月给600": the measure whose name carries the figure the person said is the one they mean (F15)
        return bool(said_figures) and any(re.search(rf"(?<![\d.]){f}元", b["name"]) for f in said_figures)

    epidemic_said = bool(EPIDEMIC_ASKED.search(text or ""))

    def stale(b: dict) -> bool:
        # "今年想再招俩人 有没有啥补贴" in 2026 (eval71 NA01, a restaurant, heard two 疫情防控期间 hiring subsidies first): a
        # measure of the epidemic years asked about years later follows the others, unless the epidemic is what is asked
        # (a window of the event, "2017年9月1日至2020年8月30日期间来凌的人才", is not the epidemic's: it keeps its place)
        return not epidemic_said and epidemic_long_past(b.get("validity") or {}, as_of)

    hiring = profile.get("applicant_type") == "enterprise" and bool(HIRING_SAID.search(text or ""))

    def for_hires(b: dict) -> bool:
        # "明年想多雇两个人 有啥补贴" (eval71 NA01): the measures paying per hire of the firm before a recommender's
        return not hiring or any(f.startswith("new_hires_") for f in reads(b["benefit_id"]))

    def order(b: dict) -> tuple:
        r = relevance(b)  # once per measure: it reads the engine's rules
        return (
            not kind_asked(b),
            # "五十六了 失业金领着呢" (a laid-off man of 56): 续领至退休 for those "不足1年" from the age is not his to come to
            stale(b) or (as_of is not None and retirement_age.out_of_reach(b["benefit_id"], profile, as_of)),
            # "大连 社保补贴 俺灵活就业 可以拿么" (eval97 NB04 heard the ended 2020 extension first, the 30% subsidy itself
            # not among the three): an extension that has ended follows the measures in force
            ended(b) and "延长" in (b.get("name") or "") and not EXTENDED_ASKED.search(text or ""),
            r[:1],
            not figured(b),
            b["benefit_id"] not in own_word,
            # "听说有个创业带头人社保补贴 我们能申请不" from a shop that hires (eval109 ZA10, eval110 QA10 heard the hiring
            # subsidies first): five characters typed as the measure's own name writes them
            not any(r in (b.get("name") or "") for r in typed_runs),
            r[1:2],
            not for_hires(b),
            ended(b),
            r[2:],
        )

    ordered = sorted(benefits, key=order)
    return with_ended_shown(ordered, sorted(benefits, key=relevance), shown) if shown else ordered


# a firm asking what hiring brings (scope.lasting_hiring too): "想再招俩人", "招了两个应届生", "多雇两个人"; not a hire
# described on the way to another measure ("疫情期间新招的员工做核酸检测能报销不")
HIRING_SAID = re.compile(
    r"(?:招|雇|吸纳|录用)(?:了|过|用|收|聘)?(?:\d+|[一二两三四五六七八九十几俩仨]+)?(?:个|名|位)?"
    r"(?:人|员工|工人|应届|大学生|毕业生|贫困|残疾|退伍|退役|下岗|失业)|(?:想|再|多|要|准备|打算)(?:招|雇)|用工|招人|雇人"
)


# what the message asks to be paid or spared, in the rules' `amount.nature` words
NATURE_ASKED = (
    (re.compile(r"税"), {"tax_relief"}),
    (re.compile(r"贷款|能贷|贷多少"), {"loan"}),
    (re.compile(r"贴息|利息"), {"interest_subsidy"}),
    (re.compile(r"返还|返多少|能返"), {"refund"}),
    (re.compile(r"失业金|失业保险金"), {"unemployment_benefit"}),
)


# "失业金领着呢" states the benefit drawn; it asks for none of the measures paid as 失业保险金 (a laid-off man of 56
# heard the lump sum for founding a business first, ahead of what he could come to)
DRAWING_SAID = re.compile(
    r"(?:在领|领着|正领|正在领|还在领)(?:失业金|失业保险金)(?:呢|了)?"
    r"|(?:失业金|失业保险金)(?:正|还|也)?(?:领着|在领|正在领|领上了)(?:呢|了)?"
)


def natures_asked(text: str) -> set[str]:
    asked = DRAWING_SAID.sub("", text or "")
    return {n for pattern, kinds in NATURE_ASKED if pattern.search(asked) for n in kinds}


def with_ended_shown(ordered: list[dict], benefits: list[dict], shown: int) -> list[dict]:
    """`ordered` with the most relevant measure not in force on the day (2500元 for a firm hiring graduates,
    ended 2020-12-31), when `benefits` (by relevance alone) would have shown it, in the last of the `shown`
    places: it is told that it ended or has not begun, never left out, and never leads."""
    if len(ordered) <= shown or any(_not_in_force(b) for b in ordered[:shown]):
        return ordered
    # only one the relevance order itself would have shown: an ended 2020 Q1 property tax far down the list does
    # not push the 7800元 deduction for the hires described out of the reply
    first = next((b for b in benefits[:shown] if _not_in_force(b)), None)
    if first is None:
        return ordered
    rest = [b for b in ordered if b is not first]
    return rest[: shown - 1] + [first] + rest[shown - 1 :]


def _not_in_force(b: dict) -> bool:
    return (b.get("validity") or {}).get("status") in ("expired", "not_started")


def requires(benefit_id: str, fact: str, value) -> bool:
    """Whether the rule's conditions require, at their top, `fact` = `value` (employment_status = employed,
    enterprise_size = large)."""
    rule = default_engine().by_id.get(benefit_id)
    if rule is None or rule.conditions is None:
        return False
    parts = rule.conditions.all if rule.conditions.kind == "all" else [rule.conditions]
    return any(getattr(p, "fact", None) == fact and getattr(p, "eq", None) == value for p in parts or [])


def for_large_firms(benefit_id: str) -> bool:
    return requires(benefit_id, "enterprise_size", "large")
