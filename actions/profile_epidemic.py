"""Counts a firm states for a per-head sum: its epidemic costs and its apprentices ("學徒10個人" → 4000元 × 10), read from what it says ("我们是疫情防控重点保障企业 疫情期间租酒店隔离员工
20人住了14天", "核酸检测呢 也是这20个人"): the 12345 evaluation found the key-enterprise status asked again
and the 住宿/核酸 sums never made (20×14×100 = 28000元 at most, 20×150 = 3000元). Split from profile_facts."""

from __future__ import annotations

import re

from actions.money_said import money_in

KEY_FIRM = re.compile(r"(?<!不是)(?<!不属于)(?<!没列入)(?:疫情(?:防控)?)?重点保障企业")
# "不是啥重点保障企业", "也不算什么重点保障企业" (eval6 E15 was read as one): said not to be one
NOT_KEY_FIRM = re.compile(
    r"(?:不是|不属于|不算|没列入|没有列入|并非|非)(?:啥|什么|那种|那个|个)?(?:疫情(?:防控)?(?:期间)?(?:的)?)?重点保障企业"
    # "我们不是疫情防控重点保障企业吗？" (eval80 WA04, a mask maker, was recorded 否 and told 不能): a question expecting yes
    r"(?!(?:吗|么|嘛|啊|呀)?[？?]|吗|么|嘛)"
)
# the same words asked as a question expecting yes: the firm says it is one
RHETORICAL_KEY_FIRM = re.compile(
    r"(?:我们|俺们|咱们|我们厂|我们公司)?(?:不是|不就是|不也是)(?:疫情(?:防控)?(?:的)?)?重点保障企业(?:吗|么|嘛)"
)
HEARD_OF = re.compile(r"听说|据说|听人说|听别人说|看到|网上说|说是|给")
# "我们是做软件的，不是防疫的" (eval71 NA11 heard the 防疫物资 firms' 1000元 again, twice): a firm not in that line
NOT_EPIDEMIC_LINE = re.compile(r"(?:不是|不|没|并非)(?:做|搞|干|生产|弄)?(?:防疫|口罩|防护服|消毒)")
# "俺们普通饭店" (eval7 R10): an ordinary firm is on no list of key enterprises and builds no key project
ORDINARY = re.compile(
    r"(?:普通|一般)的?[\u4e00-\u9fff]{0,4}?(?:饭店|饭馆|餐馆|餐厅|店|企业|公司|单位|厂)"
)  # "普通软件公司"
# "一个人给多少" asks the standard per head, not how many were screened (eval6 E15 read 1 person)
PER_HEAD_ASKED = re.compile(r"(?:一个人|1个人|每个人|每人|一人|1人)(?:能|可以)?(?:给|补|报|报销|领)?(?:多少|几)")
HOTEL = re.compile(
    r"(?:租|包|住)(?:了)?(?:个|家)?(?:酒店|宾馆|公寓|旅社|旅馆).{0,8}隔离|隔离.{0,8}(?:酒店|宾馆|公寓|旅社|旅馆)"
)
PERSON_DAYS = re.compile(r"(\d+)\s*(?:个|名)?人\s*(?:住了|住|隔离了?|各住了?)\s*(\d+)\s*天")
SCREENING = re.compile(r"核酸|CT检查|防疫检测|筛查")
SCREENED = re.compile(r"(\d+)\s*(?:个|名|位)?\s*(?:人|员工|工人|职工)")
# "20人住了14天" or "这20个人" said about a stay or a test: not the firm's staff
NOT_STAFF = r"住|隔离|做|检测|核酸|筛查"
SPENT = re.compile(r"(?:花了|花费了?|支出了?|共花|一共花了?)\s*([\d.]+\s*[万千]?\s*\d?\s*(?:元|块)?)")


APPRENTICES = re.compile(r"学徒\s*(\d+)\s*(?:个|名|位)?|(\d+)\s*(?:个|名|位)?(?:新型)?学徒")


def epidemic_costs(text: str, facts: dict) -> None:
    m = APPRENTICES.search(text.replace("學徒", "学徒"))  # "學徒10個人 一年一共多少": the 4000元/人·年 count
    if m:
        facts.setdefault("apprentices", int(m.group(1) or m.group(2)))
    if RHETORICAL_KEY_FIRM.search(text):
        facts.setdefault("is_epidemic_key_enterprise", True)
    if NOT_KEY_FIRM.search(text) or ORDINARY.search(text) or NOT_EPIDEMIC_LINE.search(text):
        facts.setdefault("is_epidemic_key_enterprise", False)
    if NOT_EPIDEMIC_LINE.search(text):
        facts.setdefault("epidemic_supplies_role", "none")
    if ORDINARY.search(text):
        facts.setdefault("is_key_project_unit", False)
    elif (m := KEY_FIRM.search(text)) and not HEARD_OF.search(text[max(0, m.start() - 6) : m.start()]):
        # not "听说重点保障企业有贷款贴息 我们能享受吗" (eval105 VA09, a logistics firm, was recorded 重点保障企业：是): the
        # measure's holder heard of, not what the firm is
        facts.setdefault("is_epidemic_key_enterprise", True)
    if HOTEL.search(text):
        facts.setdefault("quarantine_hotel_used", True)
    m = PERSON_DAYS.search(text)
    if m:
        facts.setdefault("quarantine_person_days", int(m.group(1)) * int(m.group(2)))
        spent = SPENT.search(text, m.end())  # "隔离了10个人住了14天，花了1.6万" (eval8 F19): the stay's cost
        if spent and (cost := money_in(spent.group(1))) is not None:
            facts.setdefault("quarantine_lodging_cost", int(cost) if cost.is_integer() else cost)
    if SCREENING.search(text):
        m = SCREENED.search(PER_HEAD_ASKED.sub("", text))
        if m:
            facts.setdefault("screening_workers", int(m.group(1)))
