"""A condition stated as a share of an agreed period still left, put to the person's own figures (eval7 R08).

大政发〔2020〕18号（十三）: "对距见习协议确定的见习期满不足1/3时与高校毕业生签订劳动合同的，给予见习单位全部期限见习
补贴". A graduate said "见习协议签的12个月，干到第9个月单位就跟我签了劳动合同" and then "那我这情况算不算不足1/3？";
the reply only said "以经办部门认定为准". With both figures said, the share is worked: 12 − 9 = 3 months left,
3/12 < 1/3, so the condition as written is met; the office still decides.

The comparison is the text's own word (COMPARISONS: data, evaluated here) and its fraction is read from the
sentence, never assumed. "第9个月签了合同" is read as 9 months served (the reading the supervisor took; see
docs/notes/answers-ii.md for the ruling); a figure not said is never supplied, and nothing is concluded then.
"""

from __future__ import annotations

import re
from fractions import Fraction

from actions.context import event_text
from actions.profile_facts import numeric_text
from answers.sentences import compact

# the text's word → (how the share left compares with the fraction, the word for the opposite case)
COMPARISONS = {
    "不足": ("lt", "不少于"),
    "少于": ("lt", "不少于"),
    "低于": ("lt", "不低于"),
    "超过": ("gt", "不超过"),
    "多于": ("gt", "不多于"),
}
SHARE = re.compile(r"(" + "|".join(COMPARISONS) + r")(\d+)/(\d+)")
# "见习协议签的12个月", "协议期12个月", "见习期一年" is not read (a figure in months only)
AGREED = re.compile(r"(?:协议|见习期|合同期|期限)[^，。,；\d]{0,6}?(\d+)\s*个月")
# "干到第9个月", "第9个月签了劳动合同", "见习了9个月", "干满9个月"
SERVED = re.compile(r"第\s*(\d+)\s*个月|(?:干了|干满|见习了|实习了|满)\s*(\d+)\s*个月")


def figures(said: list[str]) -> tuple[int, int] | None:
    """(months agreed, months served) from the newest message that says both, or None."""
    for text in said:
        digits = numeric_text(text or "")
        agreed, served = AGREED.search(digits), SERVED.search(digits)
        if agreed and served:
            total, done = int(agreed[1]), int(served[1] or served[2])
            return (total, done) if 0 < done <= total else None
    return None


def conclusion(sentence: str, said: list[str]) -> str:
    """ "按您说的（…），距见习期满还剩3个月，3/12不足协议期限的1/3，符合原文“不足1/3”的条件…", or "" (the
    sentence states no such share, or the person did not say both figures)."""
    m = SHARE.search(compact(sentence or ""))
    found = figures(said)
    if m is None or found is None:
        return ""
    word, n, d = m[1], int(m[2]), int(m[3])
    if not 0 < n < d:
        return ""
    total, done = found
    left = total - done
    how, opposite = COMPARISONS[word]
    share, limit = Fraction(left, total), Fraction(n, d)
    met = share < limit if how == "lt" else share > limit
    verdict = "符合" if met else "不符合"
    return (
        f"按您说的（协议期限{total}个月，第{done}个月签订劳动合同，按已满{done}个月计），距期满还剩{left}个月，"
        f"{left}/{total}{word if met else opposite}协议期限的{n}/{d}，{verdict}原文“{word}{n}/{d}”的条件；"
        "最终以经办部门认定为准。"
    )


def user_said(tracker, turns: int = 4) -> list[str]:
    """The person's last messages, newest first (the figures may come a turn before the question)."""
    said = [event_text(e) for e in reversed(tracker.events) if e.get("event") == "user"]
    return said[:turns]


# "距离法定退休年龄不足1年" in the sentence; the person's own months to retirement: "离60还差4个来月", "差4个月退休",
# "离退休不到半年"
TO_RETIREMENT_BOUND = re.compile(r"距(?:离)?法定退休年龄不足(\d+)年")
MONTHS_LEFT = re.compile(
    r"离(?:退休|\d{2}岁?)(?:还)?(?:差|有|剩)?(?:不到)?\s*(\d+)\s*个(?:来|多)?月|差\s*(\d+)\s*个(?:来|多)?月(?:就)?(?:到|满)?(?:退休|\d{2})"
)
UNDER_HALF_YEAR = re.compile(r"离退休(?:还)?不到半年|差不到半年(?:就)?退休")


def to_retirement(sentence: str, said: list[str]) -> str:
    """ "按您说的（距退休约4个月），在原文“距离法定退休年龄不足1年”之内…", or "" (eval20 R01: a man of 59 who said
    "离60还差4个来月" heard only "您的情况是否符合…以经办部门认定为准"). Only the person's own months are read; the legal
    age and the measure's other conditions stay the office's."""
    m = TO_RETIREMENT_BOUND.search(compact(sentence or ""))
    if m is None:
        return ""
    bound = int(m[1]) * 12
    for text in said:
        digits = numeric_text(text or "")
        left = MONTHS_LEFT.search(digits)
        months = int(left[1] or left[2]) if left else (5 if UNDER_HALF_YEAR.search(digits) else None)
        if months is None:
            continue
        about = "不到半年" if left is None else f"约{months}个月"
        where = "之内" if months < bound else "之外"
        return (
            f"按您说的（距退休{about}），在原文“距离法定退休年龄不足{m[1]}年”{where}；"
            "法定退休年龄和其他条件以经办部门认定为准。"
        )
    return ""
