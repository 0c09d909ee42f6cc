"""Facts that settle a sum, read from what a firm says: the premiums it paid last year ("上年交了失业保险费
八万六" → 86000元, and so insured), the month it hired ("2020年8月招了2个…" → the contract date the 7800元
deduction runs from), "没招失业人员" (none of those hires) and what it pays per hire and month
("每人每月交社保1200"). Split from profile_facts.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from actions.money_said import sum_said
from knowledge.eligibility.facts import vocabulary

PREMIUMS = re.compile(
    r"(?:上年|去年|上一年|上年度)度?(?:一共|1共|总共|共)?(?:交|缴)(?:了|纳了?)?(?:的)?失业(?:保险)?(?:费)?\s*(\d+(?:\.\d+)?)\s*(万)?"
)
HIRED_ON = re.compile(
    r"(20\d{2})\s*年\s*(\d{1,2})\s*月(?:份)?(?:\s*(\d{1,2})\s*[日号])?[^，。,；;]{0,3}(?:招|签|入职|雇)"
)
NONE_HIRED = re.compile(
    r"(?<!有)没(?:有)?(?:招|雇)(?:过|用)?(?:登记)?失业(?:人员|的)|"
    # "这个员工不是登记失业的，也不是应届毕业生，就是建档立卡贫困户" (eval31 T06 heard the 2500 as "可以分别申请")
    r"(?:员工|人|他|她|这人|这个人|招的)(?:也)?(?:不是|并非|不属于)(?:登记)?失业(?:半年以上)?(?:的|人员)"
)
# "没招大学生", "一个大学生也没招" (eval13 K05 was asked "新招用了多少名毕业年度高校毕业生" after saying so)
NO_GRADUATES = re.compile(
    r"(?<!有)没(?:有)?(?:招|雇|要)(?:过|用|到)?(?:[一1]个|任何)?(?:应届|高校)?(?:大学生|毕业生)|"
    r"[一1](?:个|名)(?:应届|高校)?(?:大学生|毕业生)(?:也|都)没(?:有)?(?:招|雇|要)|"
    # "招的这人不是毕业生"; never "他不是大学生 就是高中毕业" said by a mother of her son (eval41 G05 became a firm)
    r"(?:员工|招的人|招的|这人|这个人|新招的)[^，。,；]{0,8}?(?:也)?(?:不是|并非|不属于)(?:应届|高校|毕业年度的?)?(?:大学生|毕业生)"
)
EACH = r"(?:每人每月|每月每人|每个人每个月|每人每个月|每个月每人|一人一个月|每人一个月|人均每月)"
SI_WORDS = r"(?:社保|社保费|社会保险|社会保险费)"
PAY = r"(?:交|缴|缴纳|交纳)?(?:了|的)?"
PAYER = r"(?:单位|公司|企业|厂里)?(?:交|缴)?(?:的)?"  # "每人每月单位社保900" (eval9 G10)
# "每人每月交社保1200" / "社保每人每月1200元" / "每月每人缴纳社会保险费1200块": a firm's premium per hire and month
SI_PER_HEAD = re.compile(
    rf"{EACH}{PAY}{PAYER}{SI_WORDS}{PAY}(?:是|为|大概|约)?\s*(\d+(?:\.\d+)?)|{SI_WORDS}{EACH}{PAY}(?:是|为|大概|约)?\s*(\d+(?:\.\d+)?)"
)


# "去年招了3个建档立卡贫困户的人" (eval8 F14: the 7800元 deduction held back for the contract date, though any day
# of that year is before its "2021年12月31日前"): a year said relative to the day asked, its month if said
# "今年打算招一批" is a plan, no day of hiring (eval21 S05 was told "签订…的日期：2020年5月18日", the day asked)
HIRED_IN = re.compile(
    r"(前年|去年|今年)(?:(\d{1,2})\s*月(?:份)?)?(?:(?!打算|准备|计划|想|要|将)[^，。,；;\d]){0,3}(?:招|签|入职|雇)"
)


# a month with no year before it, then the signing ("合同是3月15号签的", "3月份签的合同", "都是3月来的")
HIRED_MONTH = re.compile(
    r"(?<![年\d])(\d{1,2})\s*月(?:份)?(?:\s*(\d{1,2})\s*[日号])?[^，。,；;\d]{0,3}?(?:签|招|入职|雇|来的|开始交)"
)


def hire_date(text: str, facts: dict, as_of: date | None = None) -> None:
    """ "2020年8月招了2个…" dates the hiring (the 7800元 deduction runs 3 years from that month); a month
    without a day is read as its last day, and a year without a month as its last day (never after the day
    asked), so a window ending in that month or year is never promised."""
    m = HIRED_ON.search(text)
    if m:
        year, month = int(m.group(1)), int(m.group(2))
        if 1 <= month <= 12:
            last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
            day = int(m.group(3)) if m.group(3) and 1 <= int(m.group(3)) <= last else last
            facts["hires_contract_date"] = date(year, month, day).isoformat()
        return
    m = HIRED_MONTH.search(text) if as_of else None
    if m and as_of and 1 <= int(m.group(1)) <= 12:
        # "合同是3月份签的 不是6月1号" (eval64 GA04 kept the day asked as the contract's): the month of the year asked in,
        # or of the year before when it is still to come
        month = int(m.group(1))
        year = as_of.year if month <= as_of.month else as_of.year - 1
        last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
        day = int(m.group(2)) if m.group(2) and 1 <= int(m.group(2)) <= last else last
        facts["hires_contract_date"] = min(date(year, month, day), as_of).isoformat()
        return
    m = HIRED_IN.search(text) if as_of else None
    if m and as_of:
        year = as_of.year + {"前年": -2, "去年": -1, "今年": 0}[m.group(1)]
        month = int(m.group(2) or 12)
        if 1 <= month <= 12:
            last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
            facts["hires_contract_date"] = min(last, as_of).isoformat()


# "没招新人 就问稳岗返还", "否 没招人" (eval37 Z08 was asked three times about contracts with new hires)
NO_ONE_HIRED = re.compile(
    r"(?:没|没有|未)(?:再)?(?:新)?(?:招|雇|招聘|招用|吸纳)(?:过|到|了)?(?:任何)?(?:新)?(?:人|员工|工人)(?![^，。,\s]{0,2}(?:吗|么|呢))|"
    r"[一1]个(?:新)?(?:人|员工)?(?:都|也)没(?:有)?(?:招|雇)"
)


# "疫情那时候也没招人" (eval58 B04: read as no hire at all, and the 7800元 deduction for the two hired in May said
# "不符合"): no hire in the epidemic's windows, not none ever
EPIDEMIC_TIME = re.compile(r"(?:疫情|春节|防控)[^，。,；;]{0,8}$")
WINDOW_HIRES = ("spring_festival_new_hires", "epidemic_new_hires", "new_hires_feb10_month")


# "就这8个毕业生，之前没招人" (eval93 JA11, a firm hiring 8 graduates, was told 新招用人员：无 and 不符合 the 2500元 per
# head): a count said beside "没招人" is the hires; "之前/以前" puts the none before them, in the epidemic's windows
COUNT_SAID = re.compile(r"\d+\s*(?:个|名|位)")
BEFORE_THEM = re.compile(r"(?:之前|以前|此前|先前|那以前|前面)[^，。,；;]{0,4}$")


def none_hired(text: str, facts: dict) -> None:
    said = NO_ONE_HIRED.search(text)
    counted = bool(said) and COUNT_SAID.search(text[: said.start()] + "，" + text[said.end() :]) is not None
    if (
        said
        and counted
        and not (BEFORE_THEM.search(text[: said.start()]) or EPIDEMIC_TIME.search(text[: said.start()]))
    ):
        said = None  # "招了3个，别的没招人": the count is the answer
    if said and (EPIDEMIC_TIME.search(text[: said.start()]) or counted):
        for name in WINDOW_HIRES:
            facts.setdefault(name, 0)
    elif said:  # no hire at all: every count of new hires is 0 (one said beside it is kept)
        vocab = vocabulary()
        for name in vocab:
            if vocab[name].type == "int" and re.search(r"新招用|新吸纳|招用的", vocab[name].meaning or ""):
                facts.setdefault(name, 0)
    if NONE_HIRED.search(text):  # "没招失业人员 就这5个毕业生": the firm's answer, whoever the words seem to be
        facts.setdefault("new_hires_long_term_unemployed", 0)
        facts.setdefault("new_hires_registered_unemployed", 0)
    if NO_GRADUATES.search(text):
        facts.setdefault("new_hires_graduates", 0)


def premium_per_head(text: str, facts: dict) -> None:
    """ "每人每月交社保1200" → 1200元 per hire and month: the graduate social-insurance subsidy is what the firm
    paid for 1 year (3人 × 1200元/月 × 12个月 at most, eval4 N31)."""
    m = SI_PER_HEAD.search(text)
    if m:
        value = float(m.group(1) or m.group(2))
        facts["si_paid_for_graduate_hires"] = int(value) if value.is_integer() else value


# "去年交了失业保险一共4万2", "去年企业和职工一共交失业保险6万", "失业保险去年交了2万块": one clause naming
# last year, paying and the unemployment insurance (eval6 E02/E07: read as 1元, or not at all)
# "一年失业保险交了大概3600" (eval8 F10, asked again two turns later): a year's premiums said without naming
# the year are read as last year's, the refund's base (以经办部门认定为准)
LAST_YEAR = re.compile(r"上年|去年|上一年|上年度|(?:^|[^\d])(?:1|一)年(?!多|以上|内)|每年|全年")
# "失业保险上年度是1万2" (eval47 R18's correction): the sum said with 是 too
PAID_UI = re.compile(
    r"(?:交|缴)[^，。；;,]{0,10}失业(?:保险)?|失业(?:保险)?[^，。；;,]{0,8}(?:交|缴)|失业保险(?:费)?[^，。；;,\s]{0,5}是"
)


def premiums(text: str, facts: dict) -> None:
    """ "上年交了失业保险费八万六" → 86000元 paid last year, and so insured (the refund's own base)."""
    value = sum_said(text, lambda c: bool(LAST_YEAR.search(c) and PAID_UI.search(c)))
    m = PREMIUMS.search(text) if value is None else None
    if m:
        value = float(m.group(1)) * (10000 if m.group(2) else 1)
    if value:
        facts["last_year_unemployment_insurance_paid"] = int(value) if value.is_integer() else value
        facts["insured"] = True


# "这次培训一共花了5万块" (eval6 E11 said it twice; the 80% of the total was never worked out)
TRAINING_SPENT = re.compile(r"培训.{0,10}(?:花|支出|费用|花费|用了|投入)|(?:花|支出|花费|投入).{0,8}培训")


def training_cost(text: str, facts: dict) -> None:
    """ "培训一共花了5万块" → the firm organises in-post training, and its total cost (元)."""
    value = sum_said(text, lambda c: bool(TRAINING_SPENT.search(c)))
    if value:
        facts["on_job_training_cost"] = int(value) if value.is_integer() else value
        facts["organizes_on_job_training"] = True


# "参保120人", "参保职工120人", "120人参保" (eval6 E17 was then asked how many are insured)
INSURED_COUNT = re.compile(
    # "参保20个", "参保的有20个" (a count with no 人 after it)
    r"参保(?:的)?(?:职工|人数|员工)?(?:有|是|共|一共)?\s*(\d+)\s*(?:个人|名|个|人)(?!月|年)|(\d+)\s*(?:个|名)?人(?:都)?参保|"
    # "交社保的22个人" (eval37 Z02 was asked the staff again: "22个 刚说了")
    r"(?:交|缴|上)(?:了)?社保的(?:有|是|共|一共)?\s*(\d+)\s*(?:个人|名|个|人)(?!月|年)|"
    # "35个人都上着保险" (eval37 Z18)
    r"(\d+)\s*(?:个|名)?(?:人|员工|职工)(?:都|全|全都)?(?:上着|上了|交着|交了|有)(?:社保|保险)"
)


def insured_count(text: str, facts: dict) -> None:
    m = INSURED_COUNT.search(text)
    if m:
        facts["insured_employees"] = int(next(g for g in m.groups() if g))


# "企业和职工一个月应缴社保一共4万" (eval6 E30 was then asked it): the monthly premiums due, firm and staff
MONTHLY_DUE = re.compile(
    r"(?:每月|每个月|一个月|1个月|月)(?:应缴|应交|要交|要缴|交|缴)(?:纳)?(?:的)?(?:社保|社会保险)|"
    # "一个月社保企业加个人一共交4800" (eval8 F02: asked again after it)
    # "每个月单位加个人社保一共交2万4" (eval24 V17 was asked again)
    r"(?:每月|每个月|一个月|1个月)(?:的)?(?:单位|企业|公司|厂里)?(?:加|和|连)?(?:个人|职工)?(?:的)?(?:社保|社会保险)(?:费)?"
    r"[^，。,；;]{0,10}?(?:交|缴)"
)


def monthly_due(text: str, facts: dict) -> None:
    value = sum_said(text, lambda c: bool(MONTHLY_DUE.search(c)) and "每人" not in c)
    if value:
        facts["monthly_social_insurance_due"] = int(value) if value.is_integer() else value


# "接收了4个见习生，见习6个月，期满留用了3个" (eval9 G32: each asked again, and the result said "约定见习期（月）（未知）")
INTERNS = re.compile(r"(\d+)\s*(?:个|名|位)?(?:见习生|见习人员|见习的学生|见习学生|见习大学生)")
# "见习一个月给多少" is a monthly rate asked, not a term (eval29 P16 was told "约定见习期（月）：1")
AGREED_MONTHS = re.compile(r"见习(?:期|协议)?(?:是|为|定的|签的)?\s*(\d{1,2})\s*个月")
PER_MONTH = re.compile(r"(?:能|可以|可)?(?:给|发|补|领|拿)|多少|几")
KEPT = re.compile(r"留(?:用|下|住)?(?:了)?\s*(\d+)\s*(?:个|名|位|人)")


def internships(text: str, facts: dict) -> None:
    """The interns hosted, the agreed months and the share kept (rounded down: a rate over 50% pays more, so a
    rate is never stated above what the counts give)."""
    m = INTERNS.search(text)
    if m:
        facts.setdefault("interns", int(m.group(1)))
    m = AGREED_MONTHS.search(text)
    if m and not (m.group(1) == "1" and PER_MONTH.match(text[m.end() :])):
        facts.setdefault("internship_agreed_months", int(m.group(1)))
    kept = KEPT.search(text)
    hosted = facts.get("interns")
    if kept and hosted and 0 <= int(kept.group(1)) <= hosted:
        share = int(1000 * int(kept.group(1)) / hosted) / 10
        facts.setdefault("intern_retention_rate", int(share) if share.is_integer() else share)
