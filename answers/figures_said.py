"""The figures a message says, by what each reader needs of them. One place, because the same "2500" is a
measure's name in "2500那个要啥材料", a guess in "一个月1000？", the person's own sum in "要是当地最低工资1500" and a
date in "2021年5月": each reader below keeps only the figures of its kind, and they differ on purpose.
"""

from __future__ import annotations

import re

# any figure of two digits or more ("2500那个" → {"2500"}); a figure is compared with a clause's own figures
TWO_DIGITS = re.compile(r"(?<![\d.])\d{2,}(?![\d.])")
# a sum of money ("第九条里那个2500元一个人的 现在还能领不", eval10 H12): not a count, date, clause number or share
SUM = re.compile(r"(?<![\d.])(\d{3,6})(?![\d.%％个月年号日人条])")
# a figure a measure is named by in a yes/no question, a share included ("那个30%的灵活就业社保补贴"); "2021年5月" is a date
NAMING_FIGURE = re.compile(r"\d+(?:\.\d+)?%|(?<![\d.])\d{3,}(?![\d.]*\s*[年月日号届])")
# a sum naming a measure ("那个3000一年的场地补贴", "2500那个"), not the person's own figure ("要是当地最低工资1500，最多
# 能上浮多少", the live test of eval 11's 凌源 上浮 sentence)
NAMING_SUM = re.compile(
    r"(?:那个|这个|那|这|每人)\s*(\d{3,})(?![\d.])|(?<![\d.])(\d{3,})\s*(?:元|块)?\s*(?:一年|一个月|每年|每月|一人|每人)?\s*(?:的|那个|那项|那条)"
)
# a sum guessed, not named: "1000还是多少", "一个月1000？"
GUESS_AFTER = re.compile(r"\s*(?:块钱|块|元)?\s*(?:还是|吗|？|\?)")
# the person's own sum in digits ("一个月给600" → 600): three figures or more, so neither a month nor a head count
OWN_SUM = re.compile(r"(?<![\d.])(\d{3,6})(?![\d.]|\s*(?:年|月|日|号|人|个|天))")


def figures_in(text: str) -> set[str]:
    """The figures of two digits or more a text names."""
    return set(TWO_DIGITS.findall(text or ""))


def named_sums(text: str) -> set[str]:
    """The sums a message names a measure by ("那个3000一年的")."""
    return {a or b for a, b in NAMING_SUM.findall(text or "")}


def not_guessed(text: str) -> set[str]:
    """The figures of a message that are not a sum it guesses ("1000还是多少", "一个月1000？")."""
    return {m.group(0) for m in re.finditer(r"\d{2,}", text or "") if not GUESS_AFTER.match(text[m.end() :])}


def own_sums(digits: str) -> set[str]:
    """The sums of money a message in digits says ("一个月给600" → {"600"})."""
    return set(OWN_SUM.findall(digits or ""))


# The figures of a message that are the text's, not a sum the person paid (actions/money_said.py, own_figures.py):
# a ceiling or a daily rate the text states, asked about or worked ("超没超50万", "封顶50万", "每人每天200元", "×200
# 元"), never a sum the person paid (eval19 Q17: "超没超50万" became 上年度失业保险费 500000元 and a 25万 refund);
# "每人每月800" may be the firm's own premium per head and is still read
CAP_AFTER = re.compile(r"\s*(?:元|块)?\s*(?:[×xX*/]|是你说的|是封顶|的封顶|封顶|是上限)")
NAMED_FIGURE = re.compile(
    r"(?:超没超|超不超|超过没|封顶|上限|最高|最多|哪有|每人每天|每天|[一1]天|[×xX*])\s*(?:给|补|发|是)?\s*$|"
    # "听说一个人一年能抵7800块的税" (eval28 Z08 was worked as its training cost: 80% × 7800元): a yearly rate
    r"(?:每年|[一1]年)(?:能)?(?:抵|减|扣|免|给|补)\s*$|"
    # "加上那5000 总共多少" (eval48 M04 was worked as its 失业保险费 5000元): a sum the reply said, pointed back at
    r"(?:(?:加上|算上|再加上?|连同|还有)(?:那|这)|刚才(?:说的)?(?:那|这)?|你(?:刚才)?说的(?:那|这)?|前面(?:说的)?(?:那|这))"
    r"(?:个|笔)?\s*$"
)  # "听说每人每天给200块" (eval24 V10 was worked as its 失业保险费 200元)
# "7800元的税收扣减怎么享受" (eval24 V04 was worked as its 房产税 7800元): the sum names a measure of the text
NAMES_MEASURE_AFTER = re.compile(
    r"\s*(?:元|块)?\s*(?:的|那个|那项)\s*[^，。,；;？?]{0,4}(?:扣减|补贴|补助|减免|奖励|贷款|返还)"
)
THAT_ONE_AFTER = re.compile(r"\s*(?:元|块)?\s*(?:的)?[^，。,；;\d]{0,4}?(?:的)?(?:那个|那项|那条)")
PAID_BEFORE = re.compile(r"(?:交|缴|花|付|用|欠|亏|赔)(?:了|过)?\s*$")
