"""Facts of a measure's event window, read from what a firm says (evaluation N34, c38): the day it
reopened ("3月5日复工", "春节期间2月1日就开工了"), the people it hired on a day inside the window a fact
is defined by ("2月15日新招了6个人" → 2020年2月10日起一个月内新吸纳就业的人数), and the person-days
worked ("10个工人干了9天", "一共90个人天"). The windows are read from the facts' own definitions
(knowledge/facts_extra.yaml), so a date outside one says nothing about that fact. A day without a
year is in the year asked about (as_of).
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from knowledge.eligibility.facts import vocabulary
from knowledge.validity import read_sentence

DAY = r"(?:(20\d{2})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]"
# "1月29号）我们就复工了" (eval71 NA09): a few words between, none a denial
RESUMED = re.compile(DAY + r"[^，。,；;没未不]{0,5}?(?:复工|复产|开工)")
HIRED = re.compile(DAY + r"[^，。,；;\d]{0,3}?(?:招|吸纳|雇)(?:了|用了?|收了?)?\s*(\d+)\s*(?:个|名|位)")
# "这12个人是3月5号入职的" (eval20 R17's correction), "这20个新工人是2月15号前后招的" (eval71 NA09, a mask maker, was
# asked the count three times): the count before the day, the day give or take a few ("前后")
HIRED_ON = re.compile(
    r"(\d+)\s*(?:个|名|位)\s*(?:人|工人|员工|新人)?[^，。,；;\d]{0,4}?"
    + DAY
    + r"\s*(?:前后|左右|上下)?\s*(?:入职|进厂|上岗|招的|招进来)"
)
# "4月份新招了12个人", "4月份招的" (eval20 R17: told "要看" three times): hires in a month said without a day
HIRED_IN_MONTH = re.compile(
    r"(?:(20\d{2})\s*年\s*)?(\d{1,2})\s*月份?[^，。,；;\d日号]{0,3}?(?:新)?(?:招|吸纳|雇|入职|进厂|上岗)"
)
PERSON_DAYS = re.compile(r"(\d+)\s*个?人\s*[·・]?\s*天")
# "30个工人每人干了10天", "50个人春节干了10天", "50人，春节期间干了10天" (eval8 F11, F30): a few words
# between the head-count and the days, none of them a figure or a sentence's end
WORKERS_DAYS = re.compile(
    r"(\d+)\s*(?:个|名)?(?:工人|员工|人)[^\d。；;？?！!]{0,6}?(?:干|做|上|工作|开工)了?\s*(\d+)\s*天"
)
# "春节期间一直开工", "春节一直开工", "春节期间开工了" (eval8 F11: the first message was not read, and the answer
# "不是说了嘛，春节一直开工" was taken as 否); "春节没开工" is read as 否
SPRING_OPEN = re.compile(
    r"春节(?:期间)?(?:我们|俺们|厂里)?(?:也|都|就|一直|1直|照常|正常|没停)*(?P<neg>没(?:有)?|未|不)?(?:开工|生产|干活|上班)"
)
FESTIVAL = re.compile(r"春节|过年|大年|正月|(?<![\d一二三四五六七八九十])初[一二三四五六七八九十]")
PRODUCER = re.compile(r"(?:生产|做|造)(?:口罩|防护服|消毒|医用|防疫)|(?:口罩|防护服|消毒液|防疫物资)(?:的)?(?:生产|厂)")


def _day(m: re.Match | None, as_of: date) -> date | None:
    if m is None:
        return None
    try:
        return date(int(m.group(1) or as_of.year), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _window(fact: str):
    """The period a fact's definition states ("2020年2月10日起一个月内…", "春节期间（截至2020年2月9日）…")."""
    return read_sentence(vocabulary()[fact].meaning, None)


def read(text: str, facts: dict, as_of: date) -> None:
    m = RESUMED.search(text)
    resumed = _day(m, as_of) if m else None
    if resumed:
        facts["resumption_date"] = resumed.isoformat()
        spring = _window("opened_during_spring_festival")
        # "大年初三（1月27号）就开工了" (eval71 NA09) names the festival by its days
        if FESTIVAL.search(text) and spring is not None and spring.end and resumed <= spring.end:
            facts["opened_during_spring_festival"] = True
    for h in HIRED.finditer(text):
        hired, window = _day(h, as_of), _window("new_hires_feb10_month")
        if hired and window is not None and window.start <= hired <= window.end:
            facts["new_hires_feb10_month"] = facts.get("new_hires_feb10_month", 0) + int(h.group(4))
    for h in HIRED_ON.finditer(text):
        hired, window = _day(re.search(DAY, h.group(0)), as_of), _window("new_hires_feb10_month")
        if hired and window is not None and window.start <= hired <= window.end:
            facts.setdefault("new_hires_feb10_month", int(h.group(1)))
    for h in HIRED_IN_MONTH.finditer(text):
        window = _window("new_hires_feb10_month")
        year, month = int(h.group(1) or as_of.year), int(h.group(2))
        if window is None or not 1 <= month <= 12 or window.start is None or window.end is None:
            continue
        first, last = date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        if last < window.start or first > window.end:  # the whole month outside: none of them in the window
            facts.setdefault("new_hires_feb10_month", 0)
    epidemic_hires(text, facts, as_of)
    m = SPRING_OPEN.search(text)
    if m:
        facts.setdefault("opened_during_spring_festival", not m.group("neg"))
    m = PERSON_DAYS.search(text)
    if m:
        facts["spring_festival_worker_days"] = int(m.group(1))
    elif "春节" in text and (m := WORKERS_DAYS.search(text)):
        facts["spring_festival_worker_days"] = int(m.group(1)) * int(m.group(2))
    m = PRODUCER.search(text)
    if m and re.search(r"(?:不是|不|没|没有|并非|非)(?:搞|做|干|生产)?$", text[max(0, m.start() - 3) : m.start()]):
        facts.setdefault("epidemic_supplies_role", "none")  # "不是防疫物资厂" (eval6 E09 read as 生产企业)
    elif m:
        facts.setdefault("epidemic_supplies_role", "producer")


# "2月份新招了20个工人", "疫情期间招了20个人" (eval45 C20, a mask maker, was asked the count twice): hires in the
# epidemic period. Ruling: February and March 2020 are inside "疫情防控期间" on every reading (the national
# first-level response); other months are said by the person ("疫情期间…") or asked
EPIDEMIC_HIRED = re.compile(
    r"(?:(?P<said>疫情(?:防控)?期间|疫情那阵|疫情时候)|(?:(?P<year>20\d{2})\s*年\s*)?(?P<month>\d{1,2})\s*月份?)"
    r"[^，。,；;\d日号]{0,4}?(?:新)?(?:招|吸纳|雇)(?:了|用了?|收了?)?\s*(?P<n>\d+)\s*(?:个|名|位)"
)
SURELY_EPIDEMIC = {(2020, 2), (2020, 3)}


def epidemic_hires(text: str, facts: dict, as_of: date) -> None:
    m = EPIDEMIC_HIRED.search(text)
    if m is None or "epidemic_new_hires" in facts:
        return
    month = (int(m.group("year") or as_of.year), int(m.group("month"))) if m.group("month") else None
    if m.group("said") or month in SURELY_EPIDEMIC:
        facts["epidemic_new_hires"] = int(m.group("n"))
