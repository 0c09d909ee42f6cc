"""A sum of money as people say it: "4万2" (42000), "6万", "4.2万", "八万六", "42000元", "2万块".

The form's number reader took the first digits it saw: "去年交了失业保险一共4万2" gave 1 (cn2an turns 一共
into 1共) and "6万" read from DIET's entity "6" gave 6元 — a refund of 0.5元 told to a firm (eval6 E02/E07).
A count or a span ("3个人", "1个月", "5年") is not a sum; a figure with 万/千/元/块 beside it is preferred.
"""

from __future__ import annotations

import re
from typing import Callable

from answers.figures_said import CAP_AFTER, NAMED_FIGURE, PAID_BEFORE, THAT_ONE_AFTER

# "十来万" (eval26 A04 was worked as 10元): 来/多/余 before 万/千 is a rough sum of that size
FIGURE = re.compile(r"(\d+(?:\.\d+)?)\s*(来|多|余)?\s*(?:(万|千)(?:\s*(\d)(?![\d.万千]))?)?")
# "50来人", "20多个月": a count said roughly is still a count (eval11 I10 was told a refund of 25元 on "50来人")
# "最后问一句", "问一下" (eval25 W14 was worked with 上年度失业保险费1元): a count of words or times, no sum
NOT_MONEY = re.compile(
    r"\s*(?:来|多|余|几)?\s*(?:个|人|名|位|月|年|岁|次|天|号|日|%|％|倍|项|家|户|周|季|成|句|遍|声|趟|回|下|张|份|条|"
    # "买两台封边机" (eval51 V02 was worked as 失业保险费2元): counted things, no sum
    r"台|辆|套|间|件|批|亩|头|只|平|米|吨|斤|箱|层|栋|座|部|把)"
)
MONEY_MARK = re.compile(r"\s*(?:元|块|圆)")
# "一开始", "按一半", "一直" (eval35 S02 was worked as 失业保险费1元): 一 of a word, not a figure
ONE_WORD = re.compile(r"(?:开始|半|直|样|定|般|些|下|点|会|起|边|面|切|向|旦|再|致|同|共|齐|律|概)")


COMPARED = re.compile(
    r"(?:比|超过|高于|多于|少于|低于|啥|什么|哪来的?|哪儿来的?)(?:那个|那)?\s*$"
)  # "啥1元？" (eval24 V17)
# "跟那个18000能一块拿吗" (eval24 V17 was worked with 每月1元): "一块" before a verb is "together", not 1元
TOGETHER = re.compile(r"\s*块儿?(?:拿|领|享受|申请|办|用|算|给|补|发|去|来|走|交|儿)")


PLACE_OWNS = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,3}?)(?:市|县|省)?(?:的|这个?|那个?)\s*$")


def _place_named(before: str) -> bool:
    from knowledge import regions

    m = PLACE_OWNS.search(before)
    return bool(m and regions.regions_in_text(m.group("place")))


def money_in(text: str) -> float | None:
    """The sum of money `text` states, in 元, or None."""
    from actions.profile_facts import numeric_text  # (profile_facts reads sums through profile_counts)

    digits = re.sub(r"(?<!\d)1(?=共)", "", numeric_text(text or ""))  # "一共" is not a figure
    found: list[tuple[bool, float]] = []
    rough: list[float] = []  # figures said with 多 after them: at least that much
    for m in FIGURE.finditer(digits):
        value, rough_word, unit, tail = float(m.group(1)), m.group(2), m.group(3), m.group(4)
        after = digits[m.end() :]
        if rough_word and not unit:
            after = digits[m.start(2) :]  # "20多个": the count words after the figure
        elif rough_word == "来":
            continue  # "十来万" may be under 10万: not read (asked again), never a sum made larger or up

        if unit is None and (NOT_MONEY.match(after) or value == 1 and (TOGETHER.match(after) or ONE_WORD.match(after))):
            continue
        if (
            unit is None
            and re.match(r"\s*(?:了|周岁)", after)
            and re.search(r"(?:我|俺|他|她|今年|都)\s*$", digits[: m.start()])
        ):
            continue  # "我52了" (eval35 S06 was worked as 失业保险费52元): an age
        if COMPARED.search(digits[max(0, m.start() - 3) : m.start()]):
            continue  # "比1800多不": a figure compared with, the bot's own earlier sum, not the person's (eval9 G03)
        if NAMED_FIGURE.search(digits[max(0, m.start() - 4) : m.start()]) or CAP_AFTER.match(after):
            continue
        if THAT_ONE_AFTER.match(after) and not PAID_BEFORE.search(digits[: m.start()]):
            continue  # "那每人每年7800扣税的那个呢" (eval28 Z08): the figure names a measure
        if _place_named(digits[max(0, m.start() - 6) : m.start()]):
            continue  # "大连这2500", "大连的2500": a place's measure named by its sum (eval26 B17), no sum paid
        if unit == "万":
            value = value * 10000 + (int(tail) * 1000 if tail else 0)  # "4万2" is 42000
        elif unit == "千":
            value = value * 1000 + (int(tail) * 100 if tail else 0)
        found.append((bool(unit) or bool(MONEY_MARK.match(after)), value))
        if after.startswith("多") or rough_word in ("多", "余") and unit:
            rough.append(value)
    if not found:
        return None
    marked = [v for sure, v in found if sure]
    first = (marked or [v for _, v in found])[0]
    # "一万四千多，14400左右" (eval14 L04 was worked with 14000): the exact figure said after the rough one
    if first in rough:
        return next((v for _, v in found if first < v < first * 1.1), first)
    return first


def is_money(fact) -> bool:
    """A fact whose value is a sum in 元 (its question or definition says so)."""
    return "元" in f"{getattr(fact, 'prompt', '')}{getattr(fact, 'meaning', '')}"


CORRECTION = re.compile(r"^\s*(?:不对|不是|说错了|我说错了|搞错了|错了|更正|纠正)")


def corrected_sum(text: str, slots: dict) -> dict:
    """ "不对，是60000元" after a sum was read: that sum, when exactly one sum is known (eval6 E07 repeated
    6元 twice after it). Nothing when the message corrects anything else or no single sum is known."""
    if not CORRECTION.search(text or ""):
        return {}
    from knowledge.eligibility.facts import vocabulary

    vocab = vocabulary()
    known = [name for name, fact in vocab.items() if is_money(fact) and slots.get(name) is not None]
    total = TOTAL_SAID.search(text)  # "6万只是单位那部分…加一起是8万" (eval23 U22 kept 6万): the sum said last
    money = money_in(total.group(1)) if total else money_in(text)
    if len(known) > 1:  # the one the message speaks of ("社保…每月…" is not 上年度失业保险费)
        said = {text[i : i + 2] for i in range(len(text) - 1)}
        scored = sorted(((len(said & _pairs(vocab[n].meaning)), n) for n in known), reverse=True)
        known = [scored[0][1]] if scored[0][0] > scored[1][0] else known
    if len(known) != 1 or money is None:
        return {}
    return {known[0]: int(money) if money.is_integer() else money}


TOTAL_SAID = re.compile(r"(?:加一起|加起来|一共|总共|合计|总的)(?:是|有)?\s*([\d.]+\s*万?\s*(?:元|块)?)")


def _pairs(words: str) -> set[str]:
    return {words[i : i + 2] for i in range(len(words) - 1)}


HEADS = re.compile(r"(?<![\d.])(\d+)\s*(?:个人|个|人|名|位)(?!月|年|天|小时|季度|工作日)")


def is_head_count(fact) -> bool:
    """A fact counting people (hires, staff, interns, placements), not person-days."""
    meaning = getattr(fact, "meaning", "")
    return (
        fact.type == "int"
        and ("人数" in meaning or "人员数" in meaning or "职工总数" in meaning)
        and "天" not in meaning
    )


def corrected_count(text: str, slots: dict) -> dict:
    """ "说错了 是15个人" after one head count was read: that count (eval10 H26 kept 5 after it). Nothing when
    the message corrects anything else or no single count of people is known."""
    if not CORRECTION.search(text or ""):
        return {}
    from actions.profile_facts import numeric_text
    from knowledge.eligibility.facts import vocabulary

    known = [name for name, fact in vocabulary().items() if is_head_count(fact) and slots.get(name) is not None]
    said = re.sub(r"(?:不是|而不是|并非)\s*\d+\s*(?:个人|个|人|名|位)", "", numeric_text(text))  # "是6个 不是8个"
    from actions.spoken_facts import LAID_OFF

    said = LAID_OFF.sub("", said)  # "裁的是3个人不是2个": the people laid off, not the staff (eval30 Q03)
    found = HEADS.findall(said)
    only = re.search(r"(?:只有|只是|就|才)\s*(\d+)\s*(?:个人|个|人|名|位)", said)
    if len(found) > 1 and only:  # "满三个月的只有95个，另外25个还不满" (eval32 V10 kept 120): the count that counts
        found = [only.group(1)]
    if len(known) > 1 and len(found) == 1:  # "不对，毕业生是4个" with 5 unemployed hires known too (eval33 W06)
        known = _named_count(said, known)
    if len(known) != 1 or len(found) != 1:
        return {}
    return {known[0]: int(found[0])}


def _named_count(said: str, known: list[str]) -> list[str]:
    """Of the counts known, the one whose title shares most with the words just before the number ("毕业生是4个" →
    新招用的毕业年度高校毕业生人数); all of them when none or several share as much."""
    from knowledge.eligibility.facts import vocabulary

    m = re.search(r"([\u4e00-\u9fff]{2,6}?)(?:的)?(?:是|有|为|其实是|应该是)?\s*\d+\s*(?:个人|个|人|名|位)", said)
    if m is None:
        return known
    # people's words for the titles' ("应届生" is a 毕业年度高校毕业生, "贫困户" 建档立卡)
    word = re.sub(r"应届生?|大学生|学生", "毕业生", re.sub(r"其实|应该|实际", "", m.group(1)))
    word = re.sub(r"贫困户|贫困的", "建档立卡", word)
    pairs = {word[i : i + 2] for i in range(len(word) - 1)}
    scores = {k: sum(p in vocabulary()[k].title for p in pairs) for k in known}
    best = max(scores.values())
    top = [k for k, v in scores.items() if v == best]
    return top if best > 0 and len(top) == 1 else known


def sum_said(text: str, about: Callable[[str], bool]) -> float | None:
    """The sum stated in the first clause of `text` (split at ，。； …) that `about` accepts and that states one."""
    for clause in re.split(r"[，。；;,！!？?]", text or ""):
        if about(clause) and (value := money_in(clause)):
            # "单位每月交养老失业工伤大概3万 上年度失业保险交了1万2" typed without commas (eval47 R18 was refunded 50%
            # of the 3万): the piece between spaces that the words are about, where one holds them
            pieces = [p for p in re.split(r"\s+", clause) if about(p) and money_in(p)]
            return money_in(pieces[0]) if pieces else value
    return None
