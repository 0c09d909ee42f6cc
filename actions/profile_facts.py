"""Facts a message states, read deterministically (never by DIET alone).

Regions come from regions.yaml aliases ("大连" → 大连市, "凌源" → 凌源市), groups from the lexicon's
colloquial words ("退伍" → is_veteran), counts from cn2an ("招了五个应届生" → new_hires_graduates 5),
years relative to the evaluation date ("去年毕业" → graduation_year). A word right after a negation
("不是残疾人", "没交社保") gives false. Only facts of the vocabulary come out, already normalised.
"""

from __future__ import annotations

import re
import warnings
from datetime import date
from typing import Any

import yaml

from actions import event_dates, family_member, retirement_age, spoken_facts, window_facts
from actions.profile_applicant import FIRMS, applicant_type, keep_applicant, size  # noqa: F401  (keep_applicant, size: re-exported)
from actions.profile_counts import (
    NO_GRADUATES,
    NONE_HIRED,
    SI_PER_HEAD,
    hire_date,
    insured_count,
    internships,
    monthly_due,
    none_hired,
    premium_per_head,
    premiums,
    training_cost,
)
from actions.profile_epidemic import epidemic_costs
from actions.profile_region import region  # noqa: F401  (re-exported: callers read a message's place here)
from knowledge import paths, places, regions
from knowledge.builds import per_build
from knowledge.eligibility.facts import vocabulary
from knowledge.script import simplified

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    import cn2an

NEG = r"(?:不是|不算|并非|没有|没|不|非|未)"
# Lexicon groups (policy words) whose colloquial words state a person's group.
GROUP_FACTS = {
    "残疾人": ("is_disabled", True),
    "退役军人": ("is_veteran", True),
    "建档立卡": ("is_poverty_registered", True),
    "低保": ("is_low_income_family", True),
    "零就业家庭": ("is_zero_employment_family", True),
    "农民工": ("is_migrant_worker", True),
    "军人配偶": ("is_military_spouse", True),
    "烈属": ("is_martyr_family", True),
    "单亲抚养未成年人者": ("is_single_parent", True),
    "劳动模范": ("is_model_worker", True),
    "失地农民": ("is_land_expropriated_farmer", True),
    "特困人员": ("is_extremely_poor", True),
    "高校毕业生": ("is_college_graduate", True),
    "灵活就业": ("employment_status", "flexible"),
    "失业": ("employment_status", "unemployed"),
}
GROUP_WORDS = {fact: word for word, (fact, value) in GROUP_FACTS.items() if value is True}  # is_veteran → 退役军人
# Colloquial words too loose to state a fact ("毕业了" may be 初中).
LOOSE = {"毕业了", "农村的", "残疾证"}
EXTRA_WORDS = [
    ("is_hard_to_employ", True, ["就业困难人员", "认定为就业困难", "困难人员认定"]),
    (
        "is_college_graduate",
        True,
        ["毕业生", "大学毕业", "应届生", "应届毕业", "本科", "大专", "研究生", "硕士", "博士"],
    ),
    ("is_poverty_registered", True, ["建档立卡", "贫困户", "贫困人口"]),
    (
        "employment_status",
        "unemployed",
        ["找不到工作", "没找到工作", "没找着工作", "找不着工作", "没工作", "没有工作"]
        # "厂子黄了" (eval11 I02 was asked 就业状态 after it)
        + ["厂子黄了", "厂黄了", "单位黄了", "公司黄了", "厂子倒闭", "厂倒闭", "单位倒闭"]
        + ["丢了工作", "丢的工作", "工作丢了"]  # "今年10月丢的工作" (eval33 W09)
        + ["没的工作"]  # "上个月刚没的工作" (eval103 TB06)
        # "厂子把她辞了" said of a daughter (eval58 B21 was asked nothing and heard "还没有确定…")
        + ["把她辞", "把他辞", "把我辞", "把俺辞", "把她裁", "把他裁", "把我裁", "把俺裁", "被辞", "被裁", "被开除"]
        # "以前就是打零工…现在零活也没了" (eval59 AA12)
        + ["零活也没了", "活也没了", "没活干", "没活了", "没活儿干"]
        # "以前给人家当保洁…现在人家不用俺了" (eval60 CA12)
        + ["不用俺了", "不用我了", "不要俺了", "不要我了", "不让俺干了", "不让我干了"],
    ),
    ("is_migrant_worker", True, ["打工", "务工"]),
    ("is_hubei_native", True, ["湖北籍", "湖北人", "湖北的", "老家湖北", "老家是湖北"]),
]
HIRE_GROUPS = [  # what a count of new hires is about, most specific first
    ("new_hires_loan_eligible", r"符合(?:创业担保)?贷款(?:申请)?条件|符合(?:申请)?条件"),  # only when a loan is asked
    # "招了3个失业一年多的人" (eval9 G17): a year out of work is more than half a year; registration is the card the
    # 7800元 measure asks for (就业创业证 注明“企业吸纳税收政策”), asked as its own condition
    (
        "new_hires_long_term_unemployed",
        r"失业半年以上|失业6个月以上|长期失业|登记失业半年|失业(?:都|已经|快|有|了)*(?:\d+|[一两二三半])年|失业大半年|"
        r"失业(?:都|已经|快|有|了)*(?:[6-9]|1\d|[2-9]\d)个多?月",  # "失业8个月的": more than half a year
    ),
    ("new_hires_unemployed_graduates", r"失业的?(?:高校)?毕业生|登记失业的大学生"),
    ("new_hires_graduates", r"应届|毕业生|大学生|高校毕业|本科|大专|研究生|学生"),
    ("new_hires_poverty", r"贫困|建档立卡"),
    ("new_hires_hard_to_employ", r"就业困难|困难人员|困难户"),
    ("new_hires_registered_unemployed", r"失业人员|登记失业|失业的|下岗"),
    ("new_hires_skilled", r"技能人才|技术工人|高级工|技师"),
]
FLEXIBLE_SI = re.compile(
    r"(?:按|以|作为)灵活就业(?:人员)?(?:身份)?(?:自己)?(?:交|缴|上)|自己(?:交|缴|上)(?:的|了)?社保"
)
# "还有一个没交", "有俩没上社保": some of the people spoken of are not insured
OWN_YEARS = re.compile(
    r"(?:交|缴|上)(?:了|过)?\s*(?:\d+|[一二两三四五六七八九十]+)\s*(?:多)?年|被[^，。,]{0,6}(?:辞|裁|开除|解雇)"
)
SOME_UNPAID = re.compile(r"(?:还有|有|剩下|另外)[^，。,；;！？!?]{0,4}(?:没|没有|未)(?:交|缴|上)")
HIRING_GROUP = re.compile(
    r"(?<![被给])(?:想|要|准备|打算|计划)?(?:招|雇|招聘|招收|录用)[^，。,；;？?我俺他她咱]{0,8}?"
    r"(?:大学生|毕业生|高校毕业生|残疾人|贫困户|退役军人|失业人员|农民工)"
)
HIRE_VERB = r"(?:招了|招用了?|招收了?|新招了?|招聘了?|雇了|吸纳了?|录用了?|招)"
# "20多个" counts as 20: at least that many, so a per-head sum is never overstated ("十来个" may be
# fewer than ten and is not read).
COUNT = r"(\d+)\s*多?\s*(?:个|名|位|人)"
YEAR_WORDS = {"今年": 0, "去年": 1, "前年": 2, "大前年": 3}


@per_build()
def group_patterns() -> list[tuple[str, Any, re.Pattern]]:
    data = yaml.safe_load((paths.PACKAGE_DIR / "lexicon.yaml").read_text(encoding="utf-8"))
    out = []
    for g in data.get("groups", []):
        for key, (fact, value) in GROUP_FACTS.items():
            # The group's own policy word, not a word containing it: "稳岗返还"'s group holds
            # "失业保险稳定岗位补贴", which says nothing about the speaker being unemployed.
            if key in g.get("policy", []):
                words = [w for w in list(g.get("policy", [])) + list(g.get("say", [])) if w not in LOOSE]
                out.append((fact, value, _alternation(words)))
    for fact, value, words in EXTRA_WORDS:
        out.append((fact, value, _alternation(words)))
    return out


def _alternation(words: list[str]) -> re.Pattern:
    parts = sorted({re.escape(w).replace("…", ".{0,6}") for w in words if w}, key=len, reverse=True)
    return re.compile("|".join(parts))


# words holding 一 that are no number: "一般的就业困难人员" read as 1 (元) gave "失业保险费1元 … = 1元" (eval16 N20),
# "问一下" likewise; they are kept as written while the numerals are read
NOT_NUMERALS = re.compile(
    r"一次性|一般|一些|一样|一起|一直|一定|一旦|一切|一同|一致|一律|一边|一面|一下|一点儿?|统一|唯一|一线|一体|一揽子|一带一路|"
    r"一方面|一会儿?|一块儿|一样|万一|一口气|一概|一并|一味|一贯|一向|一开始|一开头|一上来|进一步|逐一|一一|一共|一起|一律|统一"
)


# "离退休还有三四年", "招了两三个人": two numerals in a row are a range, never 34 or 23 (eval71 NA12 was recorded
# 34 years from retirement); read as "at least the lower" ("3多年"), the way "20多个" is, so no sum is overstated
NUMERAL_RANGE = re.compile(
    r"(?<![一两二三四五六七八九十百千万\d])([一两二三四五六七八])([二三四五六七八九])(?=\s*(?:个|名|位|人|岁|月|天|周|次|家|块|元)|\s*年(?![^，。,]{0,4}(?:月|生)))"
)
NUMERAL_VALUE = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2}


def _range_floor(m: re.Match) -> str:
    low, high = NUMERAL_VALUE[m.group(1)], NUMERAL_VALUE[m.group(2)]
    return f"{low}多" if high == low + 1 else m.group(0)


def numeric_text(text: str) -> str:
    """Chinese numerals as digits ("招了五个" → "招了5个"); the text shown to people is never changed."""
    text = text.replace("两", "二") if re.search(r"两[个名位人年]", text) else text
    text = text.replace("俩", "2个").replace("仨", "3个")  # northern speech: "招了俩大学生"
    kept: dict[str, str] = {}

    def hide(m: re.Match) -> str:
        key = chr(0xE000 + len(kept))  # a private-use character: no numeral, no word
        kept[key] = m.group(0)
        return key

    hidden = NOT_NUMERALS.sub(hide, text)
    hidden = NUMERAL_RANGE.sub(_range_floor, hidden)
    # "2500一个人" is 2500 and 1个人: a numeral said right after digits is a figure of its own, never 25001
    hidden = re.sub(r"(\d)(?=[一二三四五六七八九十])", r"\1 ", hidden)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            out = cn2an.transform(hidden, "cn2an")
    except Exception:  # cn2an raises on odd inputs; the digits already in the text still count
        out = hidden
    for key, word in kept.items():
        out = out.replace(key, word)
    # "一年半" is 18 months (eval30 Q18 was read as 1个月 and 1年 and failed "正常运营6个月以上")
    return re.sub(r"(?<![\d.])(\d{1,2})\s*年半", lambda m: f"{12 * int(m.group(1)) + 6}个月", out)


LISTED_NOT_MINE = re.compile(
    r"[^，。,；？?！!\s]{0,8}?(?:跟|和|与)(?:我|俺|咱)(?:也|都|可|根本|压根)?(?:不|没|没有)(?:啥)?(?:沾边|搭边|相干|关系)"
)
NOTHING_TO_DO = re.compile(
    r"(?:人员|的)?(?:这个|那个|这|那|这些|那些)?\s*(?:跟|和|与)(?:我|俺|咱)[^，。,；？?]{0,4}?(?:有啥|有什么|有啥子|没|没有|不)\s*(?:关系|相干|沾边|搭边)|"
    # "我都45了问我湖北籍大学生干啥" (eval49 P05 was recorded 高校毕业生：是): asked why, not said
    r"(?:的)?\s*(?:干啥|干什么|干嘛|做啥|做什么)(?:[。？?！!，,\s]|$)"
)
HIRED_BEFORE = re.compile(
    r"(?:招|雇|吸纳|录用|招用|用)(?:了|的|过)?(?:些|一些|几个|\d+个|十来个|好几个)?(?:村里的?|本地的?)?$"
)
# the replies' subject complained of ("净说大学生的事", "老问我低保"), not the speaker's group
COMPLAINED = re.compile(
    # "你咋又说大学生的" (eval65 HA03 was recorded 高校毕业生：是 right after denying it)
    r"(?:净|老|总|光|尽|一直|咋都|怎么都|咋又|怎么又|又|还)(?:说|问|提|推|给我说|跟我说)(?:我|俺)?(?:些|的|那些)?\s*$"
)
RELIEF_ASKED = re.compile(r"(?:能不能|能否|可不可以|可以|想|申请|办理?|吃上?|纳入|给(?:个)?|要)\s*$")
SELF_BEFORE = re.compile(r"(?:我|俺|咱)(?:们)?家(?:里)?(?:也|都|可|又)?(?:不是|不算|并非|没有|没|不|非|未)$")


NEG_AFTER = re.compile(
    r"^\s?(?:也|都|可|倒|我|俺)?(?:不是|不算|没有?)(?=$|[\s，,。；;！!]|的|啊|呀)|"
    # "不是 低保够不上" (eval103 TB04 was recorded 低保家庭成员：是 and heard 低保救助 as 条件相符): not reached
    r"^\s?(?:也|都|可|还|根本|压根)?(?:够不上|够不着|评不上|没评上|吃不上|没吃上|办不下来|没批|不够格|不够)"
)


def _negated(text: str, start: int) -> bool:
    # "我都54了哪是大学生" (eval47 R01 was recorded 高校毕业生：是): a rhetorical 哪是 denies
    # "不是啥大学生", "也不是什么毕业生" (eval101 RA02, 45, was recorded 高校毕业生：是): the denial with a 啥 between
    before = text[max(0, start - 5) : start].rstrip()  # "不是 低保…": the space the person typed between
    if re.search(r"(?:够不上|够不着|评不上|没评上|吃不上|没吃上)$", before):
        return True  # "够不上低保"
    return bool(re.search(NEG + r"(?:啥|什么|个|一个)?$", before[-4:])) or bool(
        re.search(r"(?:哪是|哪里是|哪儿是|哪算)(?:什么|啥)?$", text[max(0, start - 5) : start])
    )


# "我爱人是军人，去年刚退役" (eval27 Y07, the wife, was recorded 退役军人：是): one comma may come between
SPOUSE_LEFT = re.compile(r"(?:老公|丈夫|爱人|对象|孩子他爸)[^。；]{0,12}?(?:退伍|退役|转业|复员)|不是现役")
SELF_VETERAN = re.compile(r"(?:我|俺)(?:也|自己)?(?:是)?(?:退役军人|退伍军人|退伍|退役)")
RETIRED = re.compile(r"(?<!没)(?<!不)(?:已经|已)?退休了|领退休金|退休金|已退休")
PAST_JOB = re.compile(r"原来|以前|之前|过去|当时|那时|早先|在[^，。,\s]{1,6}(?:是|当|干)\s*$")


def _groups(text: str, facts: dict) -> None:
    for fact, value, pattern in group_patterns():
        for m in pattern.finditer(text):
            if fact in facts:
                if facts[fact] is True and _negated(text, m.start()) and SELF_BEFORE.search(text[: m.start()][-6:]):
                    facts[fact] = False  # "低保的是俺姥家 俺家不是低保" (eval24 V03): the speaker's own is the denial
                break
            # "农民工跟我儿子有啥关系", "湖北籍跟我没关系" (eval26 A07, A11); "这些失业啊低保啊跟我也不沾边啊" (eval94 KA07, a
            # retiree, was recorded 低保家庭成员：是): groups listed before the words that disown them
            if NOTHING_TO_DO.match(text[m.end() :]) or LISTED_NOT_MINE.match(text[m.end() :]):
                if value is True:
                    facts[fact] = False
                break
            if fact == "employment_status" and re.search(
                r"(招|吸纳|雇|培训|安置)", text[max(0, m.start() - 8) : m.start()]
            ):
                continue  # "招了失业人员", "想培训失业人员" (eval67 JB06) are about others, not the speaker
            if re.match(r"工资|就业保障金", text[m.end() :]):
                continue  # "农民工工资保证金有什么规定" (eval88 EB08, a lawyer, was recorded 农民工：是): what a thing is of
            if HIRED_BEFORE.search(text[max(0, m.start() - 8) : m.start()]):
                continue  # "我们主要是雇贫困户" (eval50 Q20 was recorded 建档立卡：是): the hires' group, not the speaker's
            if COMPLAINED.search(text[max(0, m.start() - 6) : m.start()]):
                continue  # "你这咋净说大学生的事" (eval49 P21 was recorded 高校毕业生：是): the replies' words, not hers
            if fact == "is_low_income_family" and RELIEF_ASKED.search(text[max(0, m.start() - 6) : m.start()]):
                continue  # "能不能吃低保" (eval65 HA05 was recorded 低保家庭成员：是): asking for it, not being in it
            if (
                fact == "employment_status"
                and value == "flexible"
                and re.match(r"[^，。,]{0,6}?(?:能不能|能否|可不可以|可以吗|有没有|怎么|咋)", text[m.end() :])
                and not re.search(
                    r"(?:我|俺|现在|正在|已经|目前)(?:在|是|也|就)?$", text[max(0, m.start() - 3) : m.start()]
                )
            ):
                continue  # "还有灵活就业交社保能不能补" asks of the measure (eval38 K05, jobless, was recorded 灵活就业)
            if fact == "employment_status" and re.match(r"保险|险|金|补助|补贴", text[m.end() :]):
                continue  # "交了四万失业保险" names an insurance or a benefit, not the speaker's status
            if fact == "employment_status" and (
                re.search(r"(?:养老|医疗)[、，,和及\s]*$", text[max(0, m.start() - 4) : m.start()])
                or re.match(r"[、，,和及\s]*(?:工伤|医疗|生育)", text[m.end() :])
            ):
                continue  # "单位缴的养老、失业、工伤" lists insurances (eval21 S10, a firm, was recorded 就业状态：失业)
            if fact == "is_single_parent" and SPOUSE_HERE.search(text) and not SPOUSE_GONE.search(text):
                continue  # "我自己带孩子 老公在外地打工" is no single parent
            if fact == "employment_status" and value == "unemployed":
                if SUPPOSED.search(text[max(0, m.start() - 8) : m.start()]):
                    continue  # "我是问以后如果失业了能不能领" (eval76 SB04, at work, was recorded 失业): a case supposed
                if re.match(r"登记[^，。,]{0,3}(?:不|吗|么|没|？|\?)", text[m.end() :]) or RETIRED.search(text):
                    continue  # "61了，退休了…能去办失业登记不" (eval17 O12 was recorded 就业状态：失业)
            if (
                fact == "employment_status"
                and value != "unemployed"
                and PAST_JOB.search(text[max(0, m.start() - 10) : m.start()])
            ):
                continue  # "在食堂是临时工后来转的合同工" is the job lost, not the work now (eval14 L01)
            if spoken_facts.asked(text, m.start(), m.end()):
                continue
            if value is True and of_family(text, m.start(), m.end()):
                # "家里老伴是残疾人…我这情况算不算" (eval34 X01 was recorded 残疾人：是, kept after "残疾的是我老伴不是我")
                if re.search(r"不是(?:我|俺)|(?:我|俺)(?:自己)?(?:身体)?(?:没毛病|不是)", text):
                    facts[fact] = False
                break
            # "退役军人不是 零就业也不是" (eval36 T01 was recorded 退役军人：是): the denial said after the word
            negated = _negated(text, m.start()) or bool(NEG_AFTER.match(text[m.end() :]))
            if fact == "employment_status":
                if not negated:
                    facts[fact] = value
            else:
                facts[fact] = not negated if value is True else value


# "早些年厂子黄了下岗了 从去年3月开始给人家打扫卫生 社保是俺自己按灵活就业交的" (eval33 W01 was recorded 失业 and told
# the 灵活就业 measures were "须灵活就业后申请"): work said after the job lost is the work now
WORKING_NOW = re.compile(
    # "后来厂子黄了才跑车的" (eval71 NA10, a ride-hailing driver, was recorded 失业): driving for hire is the work now
    r"(?:现在|目前|如今|开始|后来|这几年|一直)[^。？?]{0,16}(?:灵活就业|打零工|零工|保洁|打扫卫生|做家政|跑(?:网约车|滴滴|外卖|出租)|"
    r"(?:才|就|改|又)跑车|开出租|送外卖|摆摊)|"
    r"(?:自己|俺|我)?按灵活就业(?:人员)?(?:身份)?(?:交|缴|参保)"
)


# "之前一直登记失业 现在找了个公司上班" (eval47 R24 was recorded 失业 and heard 公益性岗位): a job found after
EMPLOYED_NOW = re.compile(
    r"(?:现在|目前|如今|后来|已经|这不|\d{1,2}月(?:份)?)[^。？?，,]{0,6}?(?:找了|找到(?:了)?|进了|去了)(?:个|一个|一家|家)?[^。？?，,]{0,4}?"
    r"(?:公司|单位|企业|厂子?|工厂|工作)(?:里)?(?:上班|工作|就业|入职|干)?|"
    r"(?:现在|目前|如今|已经)(?:在[^。？?，,]{1,6})?(?:上班了|就业了|入职了|上岗了|找到工作了)|"
    # "否 我现在有工作 还没失业" (eval76 SB04 was asked about 失业金期满 after it)
    r"(?:我|俺)(?:现在|目前)(?:有工作|在上班|上着班)|还没(?:有)?失业|"
    # "这个月刚被一家小公司录用" (eval49 P24 stayed 失业 through two corrections)
    r"(?:刚|才|已经|已)?被[^。？?，,]{0,8}?(?:公司|单位|企业|厂子?|工厂)(?:录用|聘用|招聘|招用|录取|招)(?:了)?|"
    # "我已经被饭店招了", "现在一个饭店要我了" (eval55 I24 stayed 失业 through a correction): any employer
    r"(?:刚|才|已经|已)被[^。？?，,]{1,8}?(?:录用|聘用|招用|录取|招)了|"
    r"(?:公司|单位|企业|饭店|饭馆|酒店|超市|商场|厂子?|店)(?:里)?(?:要|录用|聘用)(?:我|俺)了"
)


# a case supposed, not the speaker's now ("以后如果失业了", "万一哪天下岗了")
SUPPOSED = re.compile(r"(?:要是|如果|假如|假设|万一|以后|将来|哪天)[^，。,；]{0,4}$")


def _working_now(text: str, facts: dict) -> None:
    if "employment_status" not in facts:
        # "不对 我已经被饭店招了 不是失业了" (a correction naming no loss first): a job now
        m = EMPLOYED_NOW.search(text)
        supposed = m is not None and re.search(
            r"要是|如果|假如|万一|打算|想|准备", text[max(0, m.start() - 6) : m.start()]
        )
        if (
            m
            and not supposed
            and not _negated(text, m.start())
            and not re.match(r"[^。，,]{0,2}?(?:吗|么|没有|没)(?!(?:有)?失业)", text[m.end() :])
        ):
            facts["employment_status"] = "employed"
        return
    if facts.get("employment_status") != "unemployed":
        return
    lost = re.search(r"失业|下岗|厂子黄|倒闭|没工作|找不到工作", text)
    for pattern, status in ((WORKING_NOW, "flexible"), (EMPLOYED_NOW, "employed")):
        m = pattern.search(text)
        planned = m is not None and spoken_facts.PLANNED.search(text[m.start() : m.end()])  # "现在想出去摆摊"
        asked = m is not None and re.match(r"[^。，,]{0,2}?(?:吗|么|没有|没)", text[m.end() :])
        # the work said after the loss ("后来厂子黄了才跑车的": its time word may come before the loss, eval71 NA10)
        if m and lost and lost.end() <= m.end() and not _negated(text, m.start()) and not planned and not asked:
            facts["employment_status"] = status
            return


@per_build()
def _college_facts() -> dict[str, str]:
    """The facts of where one studied, by the place their meaning names ("毕业院校在大连市（“在连院校”）")."""
    out = {}
    for name, fact in vocabulary().items():
        m = re.match(r"毕业院校在(.+?)(?:内)?(?:（|$)", fact.meaning or "")
        if m and fact.type == "bool":
            out[name] = regions.normalize_region(m.group(1))
    return out


def _studied_at(text: str, facts: dict) -> None:
    """ "我是在武汉上的大学" (eval33 W20 was asked "您的毕业院校在大连市吗" and then refused as outside): each fact of
    where one studied, for the place said as where one studied."""
    from actions.within_place import STUDIED_AFTER

    for place in places.places_in_text(text):
        pos = text.find(place.said)
        if pos < 0 or not STUDIED_AFTER.search(text[pos + len(place.said) :]):
            continue
        for fact, college_region in _college_facts().items():
            facts[fact] = place.covered is not None and regions.covers(college_region, place.covered)
        return


FAMILY = (  # "俺家那口子腿脚不好是残疾人" (eval38 K04 was recorded 残疾人：是)
    r"(?:老伴|老婆|媳妇|爱人|丈夫|老公|对象|孩子|儿子|闺女|女儿|我妈|我爸|俺妈|俺爸|父亲|母亲|那口子|老头子?|老头儿|孩子他爸|孩子他妈|当家的)"
)


def of_family(text: str, start: int, end: int) -> bool:
    """A group word about a family member while the speaker tells of themselves ("我今年56了…家里老伴是残疾人…我这
    情况算不算"), or said to be theirs ("残疾的是我老伴不是我"): not the speaker's."""
    # "俺家那口子腿脚不好是残疾人": what is said of the member may stand between (eval38 K04)
    before = re.search(
        FAMILY + r"[^，。,；\s]{0,6}?(?:也|还)?(?:是|有)?(?:个|一个)?$", text[max(0, start - 14) : start]
    )
    after = re.match(r"的?是(?:我|俺)?(?:家)?" + FAMILY, text[end:])
    # "俺是聊城的 今年50 一直打零工…媳妇还是残疾人" (eval62 EA12 was recorded 残疾人：是): an age said bare is the speaker's
    # "我家吃低保的 我45 老伴残疾干不了活" (eval68 KA08 was recorded 残疾人：是): the speaker's bare age too
    own = re.search(r"(?:我|俺)(?:今年|这|自己|本人)|(?:我|俺)\d{2}(?:了|岁|(?=[\s，,。]))|今年\d{2}(?!\d)", text) or (
        # "俺对象残疾 俺没工作" (eval48 M06, a wife, was recorded 残疾人：是): the speaker's own words after the member's
        re.search(r"(?:^|[，。,；\s])(?:我|俺)(?:没|也|就|在|还|现在)", text[end:])
    )
    return bool(after or before and own)


PER_HEAD_RATE = re.compile(r"\s*(?:招|招用|雇|吸纳)?\s*(?:1|一)\s*个[^，。,；]{0,10}?(?:补|给|奖|发|返)(?:贴|助)?\s*\d")


def _hires(text: str, facts: dict) -> None:
    """Counts after a hiring verb, up to the end of the clause: "招了3个贫困户和2个大学生"."""
    # "没招大学生，就这3个失业一年多的" (eval13 K05): the count after "就这/只有" is of the hires the firm speaks of
    # "招了3个应届生，还有1个…失业8个月的" (eval15 M06): the count after "还有" is of the same hiring
    more = r"|还有" if re.search(HIRE_VERB, text) else ""
    for verb in re.finditer(HIRE_VERB + r"|(?:就|只|仅)(?:这|有|是)" + more, text):
        clauses = re.split(r"[，。,；;！？!?]", text[verb.end() :], maxsplit=2)
        _, colon, breakdown = clauses[0].partition("：")
        if colon and re.match(r"\s*" + COUNT, breakdown):
            # "招了6个大学生：4个是2020届应届毕业生，2个是2019年毕业的" (eval68 KA11 was recorded 6 of 毕业年度): the
            # breakdown after the total says who they are
            clauses[0] = breakdown
        if PER_HEAD_RATE.match(clauses[0]):
            continue  # "招一个应届毕业生补2500块的那个补贴" (eval26 B23 counted 1 hire): the rate per head, no count
        # "招了2个人，1个今年刚毕业的大学生1个失业大半年的" (eval18 P21): a total alone, then who they are
        total = re.fullmatch(r"\s*" + COUNT + r"(?:人|员工|工人)?\s*", clauses[0])
        # "招了4个人：2个是登记失业7个月的，有就业创业证；1个是建档立卡贫困户家里的；还有1个应届毕业生" (eval61 DA04 lost
        # the poor family's hire, and 15600元 was said for 23400元): every clause of the sentence opening with a count
        named = hire_counts(clauses[0], text, facts)
        sentence = re.split(r"[。！!？?]", text[verb.end() :], maxsplit=1)[0][len(clauses[0]) :]
        for segment in re.split(r"[，,；;]", sentence)[2:]:  # [0] is empty, [1] is clauses[1], read below
            if re.match(r"\s*(?:还有|另外|其中|再有)?\s*" + COUNT, segment):
                hire_counts(segment, text, facts)
        if named or not total or len(clauses) < 2:
            if named and len(clauses) > 1 and re.match(r"\s*(?:还有|另外|其中|再有)?\s*" + COUNT, clauses[1]):
                hire_counts(clauses[1], text, facts)
            continue
        if re.match(r"\s*(?:都|全)(?:是|为)", clauses[1]):  # "招了5个人，都是应届生": the total, all of one group
            hire_counts(f"{total.group(1)}个{clauses[1]}", text, facts)
        else:
            hire_counts(clauses[1], text, facts)


def hire_counts(segment: str, text: str, facts: dict) -> bool:
    """The counts of one clause by group ("3个贫困户和2个大学生"); whether it named any group."""
    named = False
    # "3个失业1年多的人": a span of years inside the group's words (digits once numeric_text has read 一年)
    # "6个2020届大学毕业生" (eval32 V24 was never counted, and told no figure is written): the class year is part
    for m in re.finditer(
        COUNT + r"((?:是|为)?(?:(?:19|20)?\d{2}\s*届)?[^\d和及、]{0,12}(?:\d+(?:年|个多?月)[^\d和及、]{0,8})?)", segment
    ):
        count, about = int(m.group(1)), m.group(2)
        for fact, pattern in HIRE_GROUPS:
            if fact == "new_hires_loan_eligible" and "贷" not in text:
                continue  # "招了5个符合条件的人" names the loan's condition only in a loan question
            if re.search(pattern, about):
                named = True
                if fact not in facts:
                    facts[fact] = count
                    break
    return named


def _placements(text: str, facts: dict) -> None:
    m = re.search(r"(?:推荐|介绍)(?:成功)?(?:上岗|就业)?了?\s*" + COUNT + r"([^，。,；;！？!?]{0,24})", text)
    if m and facts.get("applicant_type") == "hr_agency":
        about = m.group(2)
        if re.search(r"疫情|防疫|物资", about):
            facts["placements_epidemic_supply"] = int(m.group(1))
        elif re.search(r"技能|职业院校|技工|毕业生|大学生", about):
            facts["placements_skilled_or_graduates"] = int(m.group(1))
        else:
            facts["placements"] = int(m.group(1))


# "带着个5岁的孩子" (eval16 N02 recorded the mother as 5): the age said before the child it belongs to
KIN_AFTER = re.compile(r"(?:多|半)?的?(?:孩子|小孩|儿子|女儿|闺女|娃|孙子|孙女|小子|丫头|男孩|女孩|宝宝)")
KIN = re.compile(
    r"(?:孩子|小孩|儿子|女儿|闺女|娃|孙子|孙女|老人|父亲|母亲|爸|妈|老公|老婆|媳妇|爱人)(?:今年|都|才|已经)?\s*$"
)


def _someone_elses(text: str, start: int) -> bool:
    """ "孩子6岁" is the child's age, not the single mother's (eval11 I09)."""
    return bool(KIN.search(text[max(0, start - 6) : start]))


# the family member a message asks for ("俺儿子30岁 残疾 一直没工作 想问问他能享受啥政策"): their age is the one
# recorded, the speaker's own said before is not
FOR_MEMBER = re.compile(r"(?:他|她|孩子|娃)(?:能|可以|有|该|咋|怎么|享受|算|符合)")


_KIN = "|".join(p for _, p in family_member.MEMBERS)
PROXY = family_member.PROXY
PROXY_AGE = re.compile(
    rf"(?:{_KIN}|他|她)(?:今年|都|才|已经|也)?\s*(\d{{1,2}})\s*(?:周岁|岁|了)?(?![\d年月号日个名位人块元万%])"
)


def _member_asked_for(text: str) -> int | None:
    """Where the words after the member asked for begin, or None when the message asks for the speaker."""
    last = ([None] + list(family_member.MEMBER.finditer(text)))[-1]
    if last is None:
        return None
    after = text[last.end() :]
    # "我儿子四十了工作没了…能有啥补助不" (eval51 V21): nothing after the member says the speaker, so it is theirs
    speaker_after = re.search(r"(?:我|俺)(?!家|们家|的?(?:儿|闺|女|孩|老|爸|妈))", after)
    if not (FOR_MEMBER.search(after) or not speaker_after) or re.search(r"(?:我|俺)(?:能|可以|自己)", after):
        return None
    return last.end()


# "71年生的", "1967年3月出生", "六七年三月生的" (numerals already digits): a birth year said, not a year of an event
BORN = re.compile(r"(?<!\d)((?:19)?[3-9]\d)\s*年\s*(?:(\d{1,2})\s*月(?:份)?)?\s*(?:出生|生的|生人|生)(?!活|产|意)")


def _numbers(text: str, facts: dict, as_of: date) -> None:
    m = (
        next(
            (
                m
                for m in re.finditer(r"(\d{1,3})\s*(?:周岁|岁)", text)
                if not _someone_elses(text, m.start())
                and not KIN_AFTER.match(text[m.end() : m.end() + 6])
                # "听说16到24岁的能参加" (eval28 Z03, 18, was recorded 24): an age range of a text, not one's age
                and not re.search(r"\d\s*(?:岁)?\s*(?:到|至|-|—|~)\s*$", text[max(0, m.start() - 5) : m.start()])
                # "我唔系20岁啊" (eval41 G21 was recorded 20): an age denied
                and not re.search(r"(?:不是|唔系|唔是|并非|不)\s*$", text[max(0, m.start() - 3) : m.start()])
                # "我上岗那会儿52岁，现在…" (eval85 BA08, 55, was recorded 52): an age at a past event is not one's age
                and not re.search(
                    r"(?:那会儿?|那时候?|当时|那年|的时候|时)\s*$", text[max(0, m.start() - 4) : m.start()]
                )
                # "今年56 …50岁就退休了" (eval69 LA12 was recorded 50): the age one retired at, not one's age
                and not re.match(
                    r"\s*(?:就|才|时|那年|的时候)?(?:退休|退了|退的|内退|办的?退休)", text[m.end() : m.end() + 8]
                )
            ),
            None,
        )
        # "说错了俺是59不是56", "不对，俺年龄59 不是56" (eval61 DB10 stayed 56 through three corrections)
        or re.search(
            r"(?:我|俺|年龄|岁数)(?:是|今年)?\s*(\d{2})\s*(?:岁|周岁)?\s*[，,]?\s*(?:不是|而不是)\s*\d{2}", text
        )
        or re.search(r"(?:年龄|岁数)(?:是)?\s*(\d{2})(?!\d)", text)
        or re.search(r"(?:我|俺|他|她|今年)(?:才|都|已经|刚)?\s*(\d{2})\s*(?:了|$|(?=[，,。\s！!]))", text)
        # "我瓦房店的 50了 原来在…" (eval55 I01): a bare "50了" between pauses
        or re.search(r"(?:^|[\s，,。])([1-7]\d)\s*了(?=[\s，,。！!]|$)", text)
        # "我大连的 57了失业金…", "我男的 57 到底能不能…" (eval83 ZA06, the chat joins words across spaces, lost the age
        # twice and was never told "距退休不足1年" fails)
        or re.search(r"(?:^|[\s，,。]|(?<![交缴领拿返补贷给付花挣赚])的)([1-7]\d)\s*了(?![\d个名位人块元万%])", text)
        or re.search(r"(?:我|俺)(?:是)?(?:男的|女的)[\s，,]*([1-7]\d)(?![\d个名位人块元万%年月号日])", text)
    )  # "我才38"
    asked_for = _member_asked_for(text)
    if asked_for is not None:  # "今年60了 俺儿子30岁 残疾…想问问他能享受啥" (eval47 R10 was recorded 年龄：60)
        member_age = re.match(r"\s*(?:今年|都|才|已经)?\s*(\d{1,2})\s*(?:周岁|岁|了)", text[asked_for:]) or re.match(
            # "帮我媳妇问问 她28 在大连…" (eval66 IA08 lost the wife's age and was offered 续领至退休): a bare age after 他/她
            r"[^，。,；\d]{0,4}?(?:他|她)(?:今年|都|才|已经)?\s*(\d{1,2})(?:\s*(?:周岁|岁|了)|(?=[\s，,。！!]))",
            text[asked_for:],
        )
        # asked for in so many words ("他能…"), the speaker's age is not theirs; else only the member's own age said
        # replaces it ("我56了 我媳妇在家" keeps 56)
        if member_age or FOR_MEMBER.search(text[asked_for:]):
            m = member_age
    if PROXY.search(text):
        # "俺62了…俺想替俺儿子问问，俺儿子今年34" (eval93 JA12 was recorded 62 and told the measures no longer apply):
        # asking on a member's behalf, the member's age is the one that counts
        m = PROXY_AGE.search(text) or m
    if m:
        facts["age"] = int(m.group(1))
    born = BORN.search(text) if "age" not in facts else None
    if born:  # "男的 71年生的" (eval44 D01 was asked how far from retirement): the age on the day asked, the lower
        year = int(born.group(1)) + (1900 if len(born.group(1)) == 2 else 0)  # when the month is unsaid
        month = int(born.group(2)) if born.group(2) else 12
        if 1930 <= year <= as_of.year - 14:
            facts["age"] = as_of.year - year - (1 if month > as_of.month else 0)
    m = (
        re.search(
            # "职工一个月应缴社保" is a month, not 1 employee (eval6 E30)
            r"(?:职工|员工|工人|在职)(?:总数|总共|一共|有)?\s*(\d+)\s*(?:个(?!月|年|天|小时|季度)|名|位|人)(?!\s*(?:住|隔离|做|检测|核酸|没|都没|也没|不))",  # "14个员工 一个没裁" (eval40 H08): none laid off
            text,
        )
        or re.search(r"(?:有|共|一共)\s*(\d+)\s*(?:个|名|位)?\s*(?:职工|员工|工人)", text)
    )
    if m and not re.search(r"(?:介绍|推荐|派遣|输送)了?\s*$", text[max(0, m.start() - 6) : m.start() + 1]):
        facts["employees"] = int(m.group(1))  # "介绍了120个工人" is the number placed, not the staff
    # "刚失业 10月份" (eval33 W09 was recorded 10 months): a month of the year, counted to the day asked
    since = re.search(
        r"(?:失业|没工作|没有工作|待业|丢的?工作|下岗)(?:了|的|是)?\s*((?:今年|去年)?\s*\d{1,2}\s*月(?:份|初|底|末|中旬|上旬|下旬|\d{1,2}\s*[号日]))",
        text,
    ) or re.search(
        r"((?:今年|去年)?\s*\d{1,2}\s*月(?:份|初|底|末|中旬|上旬|下旬|\d{1,2}\s*[号日])?)\s*(?:就)?(?:失业|没了工作|丢的?(?:了)?工作|下岗)",
        text,
    )
    m = re.search(r"(?:失业|没工作|没有工作|待业)(?:了|已经|有)?\s*(\d+)\s*个?月(?!份|初|底|末|[上中下]旬|\d)", text)
    if since and (months := event_dates.months_since(since.group(1), as_of)) is not None:
        facts["unemployment_months"] = months
    elif m:
        facts["unemployment_months"] = int(m.group(1))
    elif re.search(r"(?:失业|没工作|没有工作|待业)(?:了|已经|有)?\s*半年", text):
        facts["unemployment_months"] = 6
    elif re.search(r"(?:失业|没工作|没有工作|待业)(?:了|已经|有)?\s*1\s*年", text):
        facts["unemployment_months"] = 12
    _graduation(text, facts, as_of)
    if facts.get("graduation_year") and _members_event(text):
        # "我闺女今年大学毕业想去见习 我自己48岁打零工…" (eval62 EB10, the mother, was judged as a 2020 graduate): the
        # member's graduation, when the speaker then speaks of themselves
        facts.pop("graduation_year")
        if facts.get("is_college_graduate"):
            facts.pop("is_college_graduate")


def _members_event(text: str) -> bool:
    """ "我闺女…毕业…我自己48岁": a member's graduation, then the speaker's own words."""
    graduated = re.search(r"毕业", text)
    member = family_member.MEMBER.search(text[: graduated.start()]) if graduated else None
    return bool(
        member
        and graduated.start() - member.end() <= 12
        and family_member.SPEAKER_AGAIN.search(text[graduated.end() :])
    )


# "这上面写的是2020届、2021届，那我2025届的还能不能参加" (eval85 BA05 was recorded 毕业年份：2020): a class year read
# from the text, or one of a list, is not the person's
READ_BEFORE = re.compile(r"(?:写的是|写着|写了|上面|文件|原文|规定|只有|只给|说的是|里的|针对)[^，。,；;？?]{0,4}$")


def _own_class(text: str) -> re.Match | None:
    found = [
        m
        for m in re.finditer(r"(20\d{2})\s*届", text)
        if not READ_BEFORE.search(text[: m.start()])
        and not re.match(r"\s*[、和及与]", text[m.end() :])
        and not re.search(r"(?:20\d{2})\s*届\s*[、和及与]\s*$", text[: m.start()])
    ]
    return found[-1] if found else None


def _graduation(text: str, facts: dict, as_of: date) -> None:
    # "2019年7月毕业的" (eval28 Z07 was recorded 2020): a month between the year and 毕业
    m = re.search(
        # "2024年7月大专毕业的" (eval67 JA01 was asked the year again): the school between the month and 毕业
        r"(20\d{2}|\d{2})\s*(?:年|届)\s*(?:\d{1,2}\s*月(?:份)?(?:\s*\d{1,2}\s*[日号])?)?\s*(?:的)?\s*"
        r"(?:大专|本科|大学|研究生|硕士|博士|专科|高职)?\s*(?:毕业|应届|大学毕业)",
        text,
    ) or _own_class(text)
    if m:
        year = int(m.group(1))
        facts["graduation_year"] = year + 2000 if year < 100 else year
    elif m := re.search(r"(?:已经|都)毕业\s*(\d{1,2})\s*年|毕业(?:已经|都|有)?\s*(\d{1,2})\s*年了", text):
        facts["graduation_year"] = as_of.year - int(m.group(1) or m.group(2))  # "已经毕业三年了"
    else:
        for word, back in sorted(YEAR_WORDS.items(), key=lambda kv: -len(kv[0])):
            # a few words may stand between ("前年夏天大学毕业"), but not a hiring ("去年招的毕业生")
            if re.search(
                # nor an age ("今年21了 高中毕业", eval41 G05 was recorded 毕业年份：this year), nor a school below college
                word
                + r"(?:(?!招|雇|吸纳|公司|企业|单位|\d+\s*[了岁])[^，。,；;！？!?]){0,10}?(?<!初中|高中|小学|中专|职高)"
                r"(?:毕业|大学毕业|研究生毕业)",
                text,
            ):
                facts["graduation_year"] = as_of.year - back
                break
        else:
            if re.search(r"应届", text) and "enterprise" != facts.get("applicant_type"):
                facts["graduation_year"] = as_of.year


# "俺初中毕业", "刚毕业 高中" (eval28 Z01, Z03 were recorded 高校毕业生：是): schooling below a college's
SCHOOLING_BELOW = re.compile(
    r"(?:初中|高中|小学|中专|职高)(?:毕业|毕的业|没毕业|肄业|文化|学历|文凭)|毕业[^，。,；]{0,3}(?:初中|高中|小学)|^(?:初中|高中)$"
)
COLLEGE = re.compile(r"大学|大专|本科|研究生|高校|专科|硕士|博士|学院")


NEVER_INSURED = re.compile(
    # "矿上交没交失业保险我也不清楚" (eval62 EB08 was told "不能" of 失业保险金): 交没交 asks, it does not say
    # "我没交过什么失业保险" (eval70 MB08, a widow, was offered 失业保险金)
    r"(?:从来|一直|根本|压根)?(?<![交缴上])没(?:有)?(?:交过|交|缴过|缴|上过|上)(?:什么|啥)?(?:失业)?保险|没(?:有)?参(?:加)?(?:过)?(?:失业)?保险|"
    # "以前就是打零工 从来没交过社保" (eval59 AA12 heard 失业保险金 first): never insured at all
    r"(?:从来|一直|根本|压根)没(?:有)?(?:交过|缴过|上过|交|缴|上)社保|没(?:有)?(?:交过|缴过|上过)社保|"
    r"没(?:有)?参保|(?:单位|老板|厂里?|厂子|公司|饭店)(?:一直|从来|也|好像|根本|压根|都|就)*没(?:给|帮)?(?:他|她|我|俺)?(?:交|缴|上)(?:过)?(?:失业)?保险"
)
SPOUSE_HERE = re.compile(r"老公|丈夫|爱人|媳妇|老婆|孩(?:子)?他(?:爸|妈|爹|娘)|对象")
SPOUSE_GONE = re.compile(r"离婚|离了|去世|走了|没了|不在了|过世|病故|丧偶|跑了")


def _flags(text: str, facts: dict, who: str | None) -> None:
    if SCHOOLING_BELOW.search(text) and not COLLEGE.search(text):
        facts["is_college_graduate"] = False
    # "失业登记办了" (eval29 P05 was asked again)
    said = re.search(
        r"(?:登记了失业|登记失业了|办了失业登记|做了失业登记|有失业证|失业登记了|办了失业证|失业登记(?:也|都|早就?|已经|已)?(?:办了|办过|做了|已办|办好了)|"
        r"登记失业(?:已经|有|快|都)?(?:\d+\s*(?:年|个月)|半年|[一二两三四五六七八九十]+(?:年|个月))|"  # "登记失业一年了" (eval66 IA08)
        # "在社区登记失业半年多了" (eval101 RA08's words in a test): registered where one lives
        r"在(?:街道|社区|人社局?|就业局|劳动局|乡镇)[^，。,]{0,4}?登记(?:了)?失业)",
        text,
    )
    # "我没说我办了失业登记啊，我还没去办呢" (eval83 ZA05 was recorded 已办理失业登记：是 from it)
    denied = said and re.search(r"(?:没说|没讲|谁说|不是说|哪说|没有说)[^，。,]{0,3}$", text[: said.start()])
    if said and not denied:
        facts["unemployment_registered"] = True
    # "我还没去登记失业呢" (eval53 L12 stayed 连续登记失业月数：12 from "失业一年多"): not registered, no months
    elif re.search(r"(?:没|没有|未)(?:去|到)?(?:办|做)?(?:失业)?登记", text) or (
        "登记" in text and re.search(r"还没(?:去|有)?办|没(?:去)?办呢", text)
    ):
        facts["unemployment_registered"] = False
        facts["unemployment_months"] = 0
    if NEVER_INSURED.search(text):
        # "我小舅子没交过失业保险 去年底厂子不干了" (eval56 O22 was asked three times about 失业保险金): never insured,
        # so not one who meets its conditions (以经办部门认定为准)
        facts["meets_unemployment_insurance_conditions"] = False
        facts["receiving_unemployment_insurance"] = False
        # never drawn, never run out: 失业补助金 and 续领至退休 are for 参保失业人员 (eval70 MA12 heard them as hers)
        facts["unemployment_insurance_exhausted"] = False
    if re.search(r"(?<![没不未])(?:正在|在|还在)领(?:取)?失业(?:金|保险金)", text):  # "我没在领失业金" is no
        facts["receiving_unemployment_insurance"] = True
    # "签了3年合同", "合同都是签的3年" (eval14 L19 was asked about the contracts after saying so)
    m = re.search(r"签(?:了|的)?\s*(\d+|半)\s*年(?:以上)?(?:的)?(?:劳动)?合同", text) or re.search(
        r"合同(?:都|也|全)?(?:是)?(?:签(?:的|了)?)\s*(\d+|半)\s*年", text
    )
    if m:
        facts["contract_one_year_plus"] = m.group(1) != "半" and int(m.group(1)) >= 1
    elif re.search(r"(?:没|没有|未)签(?:劳动)?合同", text):
        facts["contract_one_year_plus"] = False
    # social_insurance_paid is the employer's "为上述新招用人员…缴纳社会保险费": a person who hires no one and
    # says "按灵活就业交社保" states pays_flexible_social_insurance (read by spoken_facts), not this.
    if who == "person" and not re.search(HIRE_VERB, text) or FLEXIBLE_SI.search(text):
        return _flags_rest(text, facts)
    if re.search(r"(?:没|没有|未)(?:给他们|给员工|给)?(?:交|缴|上)(?:纳)?(?:了)?社保", text):
        facts["social_insurance_paid"] = False
    elif SOME_UNPAID.search(text):  # "社保交了俩，还有一个没交" (eval17 O02): not every hire insured, so not 是
        pass
    elif OWN_YEARS.search(text):  # "刚被饭店辞了 社保交了5年了" (eval19 Q20): one's own years insured, no hire's
        pass
    elif re.search(
        r"(?:交|缴|上)(?:纳)?了?社保(?!的\s*\d)|社保(?:都|也|全|早就?|给){0,3}(?:交|缴|上)(?:上)?了", text
    ):  # "社保也交了" (E04), "社保也给交上了" (eval71 NA09); "交社保的22个人" counts the insured
        facts["social_insurance_paid"] = True
    elif SI_PER_HEAD.search(text):  # "每人每月单位社保900": the firm pays its hires' premiums (eval9 G10)
        facts["social_insurance_paid"] = True
    _flags_rest(text, facts)


def _flags_rest(text: str, facts: dict) -> None:
    if re.search(r"(?:没|没有|不)裁(?:过)?员|一个(?:人)?(?:都)?没裁", text) and not spoken_facts.NOT_LAID_ASKED.search(
        text
    ):
        facts["layoffs"] = "none"  # never of "…算不裁员少裁员 我们这算吗", a question (eval52 Y18)
    # "第一次开店" (eval6 E33 was asked "您是初次创业吗" after saying it); "不创业，他都58了" (E01 was asked it)
    # "有没有创业补贴" asks (eval18 P17 was recorded 初次创业：否 and told nothing applied)
    if (
        re.search(r"(?<!有)(?:不|没|没有|不想|不打算|不准备)(?:创业|开店|做生意)(?!补|贷|担保|扶持|政策|的?补贴)", text)
        or re.search(
            # "不知道算不算首次" asks (eval67 JA08 was recorded 初次创业：否)
            r"(?<![算是])(?:不是|不算|并非)(?:第一次|第1次|首次|初次|头一回|头一次)",
            text,
        )
        or re.search(
            # "以前开过店关了的算不算" (eval102 SB08 was recorded 初次创业：是): a business before, so no first licence (the
            # reading that never promises more; 以经办部门认定为准)
            r"(?:以前|之前|原来|曾经|过去|早些年)(?:也|还)?(?:开过|办过|干过|做过)(?:个|一个|家)?(?:店|公司|厂|个体|买卖|生意|执照|营业执照)|"
            r"(?:营业)?执照(?:也|早)?(?:注销|吊销)了?",
            text,
        )
    ):  # "不是初次创业 开了好几年了" (eval44 D11 was recorded 初次创业：是)
        facts["first_time_business"] = False
    elif re.search(
        r"(?:第一次|第1次|首次|初次|头一回|头1回|头一次|头1次)(?:创业|开(?:个|家|了)?(?:店|饭店|饭馆|超市|公司|厂|门市)|办(?:营业)?执照)",
        text,
    ):
        facts["first_time_business"] = True
    # "店面是租的", "一年房租2万" (eval9 G04 was asked "是否租用场地" after saying it)
    premises = r"(?:门市|门面|店面|场地|房子|铺子|商铺|店铺|铺面)"
    # "我在自己家干不租房子", "我没租场地，就在自己家里" (eval34 X12 was recorded 租用经营场地：是 and told 能 for the
    # 3000元 premises subsidy): renting denied, or the business run at home
    # "我不是出租房子" (eval36 T01 was recorded 租用经营场地：是): letting a house out is no renting of premises
    if re.search(rf"(?:不|没|没有|不用|未)(?:去)?租(?:个|了)?{premises}?|在(?:自己)?家(?:里)?(?:干|做|开|弄)", text):
        facts["rents_business_premises"] = False
    elif re.search(
        rf"(?<!出)(?:租|租了|租的)(?:个|了)?{premises}|{premises}(?:是|都是)?租(?:的|来的)|(?:一年|每年|每月|一个月|月)房租\s*\d",
        text,
    ):
        facts["rents_business_premises"] = True


CONTRACT_SAID = re.compile(r"合同|社保")


def extract(text: str, as_of: date | None = None) -> dict[str, Any]:
    """Facts stated in `text` (normalised values; absent = not said)."""
    as_of = as_of or date.today()
    if not text:
        return {}
    text = simplified(text)  # "大連失業了" is 大连 (R18 was asked again where it was, and heard a 聊城 measure)
    digits = numeric_text(text)
    facts: dict[str, Any] = {}
    place = region(text)
    if place:
        facts["region"] = place
    who = applicant_type(text)
    if who is None and (NO_GRADUATES.search(text) or NONE_HIRED.search(text) or HIRING_GROUP.search(text)):
        # "一个大学生也没招": who hires speaks, not a graduate (eval13 K05); "招应届毕业生 有哪些补贴" (eval89 FB09, a
        # firm's HR, was recorded 高校毕业生：是、毕业年份：2026)
        who = "enterprise"
    if who:
        facts["applicant_type"] = who
    if who in FIRMS or who is None:
        premiums(digits, facts)
        training_cost(digits, facts)
        insured_count(digits, facts)
        monthly_due(digits, facts)
        premium_per_head(digits, facts)
        epidemic_costs(digits, facts)
        if who is None and "insured" in facts:  # the premiums of "企业及其职工": a firm speaks
            who = facts["applicant_type"] = "enterprise"
    if who in FIRMS or who is None:
        internships(digits, facts)
        if who is None and "interns" in facts:  # "带了5个见习生": a host counts its interns
            who = facts["applicant_type"] = "enterprise"
    if who is None and CONTRACT_SAID.search(text):
        hire_date(digits, facts, as_of)  # "合同是3月份签的" answering a firm's questions (eval64 GA04): no one named
    if who in FIRMS:
        _hires(digits, facts)
        _placements(digits, facts)
        hire_date(digits, facts, as_of)
        sized = size(text)
        if sized and who == "enterprise":
            facts["enterprise_size"] = sized
    else:
        _groups(text, facts)
        _working_now(text, facts)
        _studied_at(text, facts)
    none_hired(digits, facts)
    _numbers(digits, facts, as_of)
    _flags(digits, facts, who)
    spoken_facts.spoken(digits, facts, who)
    window_facts.read(digits, facts, as_of)  # dates and counts inside a measure's event window
    event_dates.read(digits, facts, as_of)  # "2020年2月1日开始跑的外卖": a day said with its event
    if who is None and any(
        k.startswith("is_") or k in ("employment_status", "graduation_year") or vocabulary()[k].group == "person"
        for k in facts
        if k != "region"
    ):
        facts["applicant_type"] = "person"
    if "age" in facts and "gender" not in facts and who in (None, "person") and family_member.sex(digits):
        facts["gender"] = family_member.sex(digits)  # "我婆婆在聊城 六十岁了": her age, her sex (eval40 H24)
    if who in (None, "person"):  # "他明年7月满60": the age now and, the sex known, the years to retirement
        facts.update(retirement_age.birth_facts(digits, facts.get("gender") or family_member.sex(digits), as_of))
        facts.update({} if retirement_age.FACT in facts else retirement_age.retiring_on(digits, as_of))
    if SPOUSE_LEFT.search(
        digits
    ):  # "老公去年已经退伍了，现在不是现役了": no longer a serving soldier's spouse (eval15 M07)
        facts["is_military_spouse"] = False
        asks_for_him = re.search(r"他(?:能|可以|想|要|还)|(?:给|替|帮)(?:他|俺|我)?(?:老公|爱人|丈夫|男人)?问", digits)
        if re.search(r"不是现役|随军", digits) or not (SELF_VETERAN.search(digits) or asks_for_him):
            facts.pop("is_veteran", None)  # the veteran is the husband, not the wife asking
    if who in FIRMS:  # a person's facts said about the hires
        vocab = vocabulary()
        for k in [k for k in facts if vocab[k].group == "person"]:
            facts.pop(k)
    if facts.get("region"):  # a rate judged only where a text states the bounds (eval32 V14)
        spoken_facts.unbounded(facts, facts["region"])
    return facts
