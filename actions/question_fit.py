"""Which questions concern this person: a few questions, not a census (DESIGN.md).

The engine asks for whatever fact settles most open measures, and retrieval puts measures of every role
in play; the seventh evaluation found a laid-off worker's wife asked "您（贵单位）推荐的创业项目是否已被
创业者采纳实施？" after "不创业" (R01), a 饭馆个体户 asked "贵单位是否为工程建设项目的建设单位…" (R09), a
company asking about 吸纳 asked "贵单位是就业见习单位吗？" (R06), a graduate asked 残疾人吗/建档立卡吗/低保吗
(R16). A question is left out here when

- it is about a role the person never spoke of (recommending projects, founding a business, building
  projects, traineeships): the role's words must be in what they said, and not denied ("不创业");
- it is an employer's (its hires, their premiums) and a person never spoke of hiring or a business;
- it counts hires of a group the person did not mention, once they have said which people they hired
  ("招了4个…登记失业半年以上的": not "多少名建档立卡贫困人口");
- it asks a person's membership of a group after they said which group they are in (a graduate is not
  asked "您是残疾人吗"), unless they spoke of it; "是否已被认定为就业困难人员" is the umbrella of the
  groups and stays.

A question left out leaves its fact unknown: the summary says the measure still depends on it (还要看…),
so nothing is promised that the answer might not have given.
"""

from __future__ import annotations

import re

from actions.profile_rank import GROUP_LIKE, group_facts, stated_groups
from knowledge.eligibility.facts import vocabulary

# the role a fact belongs to → the words that show the person has that role
# (not 厂/公司: "俺家老头子厂子黄了" is a worker's story, R01)
FOUNDER = (
    r"创业|创办|开店|开了个|开个|开家|个体|营业执照|做生意|做买卖|带头人|自己干|当老板|网店|贷款|小卖|整个.{0,4}店"
)
LOST_WORK = r"失业|下岗|被裁|裁了|辞退|辞了|开除|炒|没活|没工作|没了工作|黄了|倒闭|关门|停产|厂子没了|领完"
ROLE_WORDS = {
    "recommended_project_": r"推荐",
    "is_construction_project_unit": r"工程|施工|建筑|工地|建设单位|总承包",
    "is_key_project_unit": r"工程|施工|建筑|工地|重点项目|建设单位",
    "labor_credit_a_grade": r"工程|施工|建筑|工地|农民工|工资",
    "wage_payment_record_good": r"工程|施工|建筑|工地|农民工|工资",
    "is_internship_unit": r"见习",
    "internship_": r"见习",
    "interns": r"见习",
    "intern_retention_rate": r"见习",
    "first_time_business": FOUNDER,
    "rents_business_premises": FOUNDER,
    "business_operating_months": FOUNDER,
    "high_tech_business": FOUNDER,
    "has_guarantee_loan": FOUNDER,
    "partnership_business": FOUNDER + r"|合伙",
    "is_business_leader": FOUNDER,
    "guarantee_loan_eligible": FOUNDER,
    "premises_subsidy_eligible": FOUNDER,
    "had_covid19": r"贷款",
    # a public-welfare post and the unemployment benefit are asked of those who spoke of them or of losing work: a
    # taxi driver was asked "公益性岗位…是否已期满" twice and a fresh graduate "是否正在领取失业保险金" (eval15 M08, M02)
    "public_welfare_post_": r"公益",
    "in_public_welfare_post": r"公益",
    "in_temporary_public_welfare_post": r"公益|临时岗",
    "receiving_unemployment_insurance": LOST_WORK,
    "unemployment_insurance_exhausted": LOST_WORK,
    "meets_unemployment_insurance_conditions": LOST_WORK,
}
# the group a count of new hires is about → the words that name it
HIRED_WORDS = {
    "new_hires_graduates": r"毕业|大学生|学生",
    "new_hires_graduates_job_search_period": r"毕业|大学生|择业",
    "new_hires_unemployed_graduates": r"毕业|大学生",
    "new_hires_long_term_unemployed": r"失业",
    "new_hires_registered_unemployed": r"失业|下岗",
    "new_hires_hard_to_employ": r"困难|残疾|低保|零就业|单亲",
    "new_hires_poverty": r"贫困|建档立卡|扶贫",
    "new_hires_paired_poverty": r"贫困|建档立卡|扶贫|帮扶",
    "new_hires_skilled": r"技能|技师|技工|人才",
    "new_hires_loan_eligible": r"贷款",
}
# a person's group → the words that name it (a group not named is not asked after another was said)
GROUP_NAMED = {
    "is_disabled": r"残疾",
    "is_poverty_registered": r"贫困|建档立卡|扶贫",
    "is_low_income_family": r"低保",
    "is_urban_low_income_family": r"低保",
    "is_zero_employment_family": r"零就业",
    "is_veteran": r"退役|退伍|转业|军人|当兵",
    "is_migrant_worker": r"农民工|进城务工|打工|农村",
    "is_single_parent": r"单亲",
    "is_military_spouse": r"军嫂|随军|军人配偶",
    "is_from_poor_disabled_family": r"残疾|贫困",
    "is_extremely_poor": r"特困",
    "is_land_expropriated_farmer": r"失地|征地|征收",
    "is_college_graduate": r"毕业|大学生|学生",
}
# what an employer is asked (its hires and their premiums) → asked of a person only when they spoke of hiring or
# of a business of their own (a 57-year-old whose 失业金 ran out was asked "贵企业是否为这些新招用人员…缴纳了社会保险费"
# and "贵单位（创业实体）招用了多少名城镇登记失业人员" for 创业带头人's measure: evaluation 11's rehearsal)
EMPLOYER_FACTS = {*HIRED_WORDS, "social_insurance_paid", "recommended_project_hires"}
EMPLOYER = r"招|雇|员工|用工|吸纳|录用|老板|" + FOUNDER
# "别老问防疫的了" (eval11 I05 was asked three epidemic questions after it): no more questions of the epidemic measures
NO_EPIDEMIC = re.compile(
    r"(?:别|不要|甭|不用|别再)(?:老|再|总)?问.{0,4}(?:防疫|疫情)|(?:防疫|疫情)的?(?:别|不要|甭|不用)(?:老|再)?问"
)
EPIDEMIC_WORDS = re.compile(r"疫情|防疫|隔离|核酸")
# "别问培训了", "不要再问公益岗的了": questions naming that word are not asked again
NOT_ASKED = re.compile(r"(?:别|不要|甭|不用)(?:老|再|总)?问(?:我)?([\u4e00-\u9fff]{2,4}?)(?:的事|的)?了")


def _asked_of(fact: str) -> str:
    f = vocabulary().get(fact)
    return f"{getattr(f, 'prompt', '') or ''}{getattr(f, 'meaning', '') or ''}"


UMBRELLA = {"is_hard_to_employ"}  # 就业困难人员 covers the groups: asked of any of them
DENIED = re.compile(r"[不没无别非未][想要打算是有再曾]{0,2}$")  # "不创业", "没推荐啥项目", "不是见习单位"


def spoken_of(pattern: str, words: str) -> bool:
    """The words name it, and not only to deny it ("不创业", "我没创业也没推荐啥项目")."""
    return any(not DENIED.search(words[max(0, m.start() - 3) : m.start()]) for m in re.finditer(pattern, words))


def _role_words(fact: str) -> str | None:
    return next((w for prefix, w in ROLE_WORDS.items() if fact == prefix or fact.startswith(prefix)), None)


def _role_unspoken(fact: str, profile: dict, words: str) -> bool:
    role = _role_words(fact)
    if role is not None:
        return not spoken_of(role, words)
    return profile.get("applicant_type") == "person" and fact in EMPLOYER_FACTS and not spoken_of(EMPLOYER, words)


def other_roles(benefits: list[dict], profile: dict, words: str) -> set[str]:
    """The open measures that wait only on a role the person never spoke of (创业带头人's premiums for a laid-off
    man): not theirs, so the summary leaves them out rather than listing "还要看：贵企业是否…"."""
    return {
        b["benefit_id"]
        for b in benefits
        if b["status"] == "needs_info"
        and b["missing_facts"]
        and any(_role_unspoken(f, profile, words) for f in b["missing_facts"])
    }


def not_for(facts, profile: dict, words: str) -> list[str]:
    """The facts among `facts` not asked of this person, by the rules of the module docstring.
    `words`: everything the person said in this conversation (simplified characters)."""
    hires_said = any(profile.get(f) not in (None, 0) for f in HIRED_WORDS)
    groups_said = stated_groups(profile)
    out = []
    for fact in facts:
        if _role_unspoken(fact, profile, words):
            out.append(fact)
        elif NO_EPIDEMIC.search(words) and EPIDEMIC_WORDS.search(getattr(vocabulary().get(fact), "meaning", "") or ""):
            out.append(fact)
        elif any(t in _asked_of(fact) for t in NOT_ASKED.findall(words)):  # "别问培训了" (eval12 J34)
            out.append(fact)
        elif fact in HIRED_WORDS and hires_said and fact not in profile and not spoken_of(HIRED_WORDS[fact], words):
            out.append(fact)
        elif (
            groups_said
            and fact in group_facts([fact])
            and fact not in GROUP_LIKE
            and fact not in UMBRELLA
            and fact not in groups_said
            and not spoken_of(GROUP_NAMED.get(fact, "(?!)"), words)
        ):
            out.append(fact)
    return out
