"""Whose situation a message tells: the speaker's own or a family member's (eval8 F23).

A 56-year-old father ("俺56了，在瓦房店，失业金能领几年啊") then asked for his daughter ("俺闺女刚毕业在瓦房店找不着
活，有见习补贴不") and read "年龄：56；高校毕业生：是；就业状态：失业": two people merged into one. When a message
tells of another person than the messages before it, the person's facts said before are not theirs: they are
replaced (dropped, then read from this message), never merged. The place and who is asking (a person) stay.
"""

from __future__ import annotations

import re
from typing import Any, Dict, Iterable

from knowledge.eligibility.facts import vocabulary

# The family member a message tells of, as one canonical word; "俺家老头子" and "他" after it are the husband.
MEMBERS = [
    ("闺女", r"闺女|女儿|姑娘"),
    ("儿子", r"儿子|小子"),
    ("孩子", r"孩子|娃"),
    ("老伴", r"老头子?|老伴|老公|丈夫|爱人|男人|媳妇|老婆|对象"),
    ("父母", r"爸|妈|父亲|母亲|老人|婆婆|公公|奶奶|爷爷|姥姥|姥爷|外婆|外公"),
    ("兄弟姐妹", r"哥|姐|弟|妹"),
]
MEMBER = re.compile(r"(?:我|俺|咱)(?:家|们家)?(?:的)?(" + "|".join(p for _, p in MEMBERS) + ")")
# The speaker telling of themselves ("俺56了", "我是瓦房店的", "我失业了"), not of a member
# asking on a member's behalf ("替俺儿子问问", "帮我闺女咨询一下", "俺是替他问")
PROXY = re.compile(
    r"(?:替|帮|给)(?:我|俺|咱)?(?:家)?(?:的)?(?:" + "|".join(p for _, p in MEMBERS) + r"|他|她)(?:问|咨询|打听)"
)
SELF = re.compile(r"(?:^|[，。,；\s])(?:我|俺)(?!家|们家|的?(?:" + "|".join(p for _, p in MEMBERS) + "))")


def subject(text: str) -> str | None:
    """The member a message tells of ("闺女"), "本人" for the speaker, None when it does not say."""
    # of several ("我爸妈在大连 我妹妹今年刚毕业", eval33 W24), the last named is the one whose facts follow
    m = ([None] + list(MEMBER.finditer(text or "")))[-1]
    if m:
        return next(name for name, pattern in MEMBERS if re.fullmatch(pattern, m.group(1)))
    return "本人" if SELF.search(text or "") else None


# the sex the member's own word says ("我婆婆…六十岁了", eval40 H24: the years to retirement are hers)
SEX = (
    ("female", re.compile(r"妈|母亲|婆婆|奶奶|姥姥|外婆|闺女|女儿|姑娘|媳妇|老婆|姐|妹")),
    ("male", re.compile(r"爸|父亲|公公|爷爷|姥爷|外公|儿子|小子|老头子?|老公|丈夫|男人|哥|弟")),
)


SPEAKER_AGAIN = re.compile(r"(?:我|俺)(?:自己|本人|今年|也)|(?:^|[，。,；\s])(?:我|俺)(?=\d)")
# the speaker's sex said by a spouse named: "我老婆" is a husband speaking
SPOUSES = (("male", re.compile(r"媳妇|老婆|妻子")), ("female", re.compile(r"老公|丈夫|老头子?")))


def sex(text: str) -> str | None:
    """The sex of the family member a message tells of, when the word naming them says it and the first
    number of the message (the age) comes after it."""
    found = ([None] + list(MEMBER.finditer(text or "")))[-1]
    number = re.search(r"(?<!\d)\d{2}(?!\d)", text or "")  # the age: "一个公司" read as 1 is no age (eval61 DB10)
    if found is None or number is None or number.start() < found.start():
        return None  # "我56了 我媳妇在家": the age said before the member is the speaker's
    if SPEAKER_AGAIN.search(text[found.end() : number.start() + 1]):
        # "我老婆厂子黄了…我自己52岁" (eval60 CB10 was recorded 性别：女): the age is the speaker's; a husband or wife
        # named says the speaker's own sex
        spouse = next((s for s, pattern in SPOUSES if pattern.search(found.group(1))), None)
        return spouse
    return next((s for s, pattern in SEX if pattern.fullmatch(found.group(1)) or pattern.search(found.group(1))), None)


def last_subject(texts: Iterable[str]) -> str | None:
    out = None
    for text in texts:
        out = subject(text) or out
    return out


def person_facts() -> set[str]:
    vocab = vocabulary()
    return {k for k, v in vocab.items() if v.group == "person"}


def switched(earlier: Iterable[str], text: str) -> bool:
    """The message tells of another person than the messages before it did."""
    now, before = subject(text), last_subject(earlier)
    return bool(now and before and now != before)


def replaced(found: Dict[str, Any], slots: Dict[str, Any]) -> Dict[str, Any]:
    """`found` with every person's fact stored before and not said now cleared (None)."""
    cleared = {k: None for k in person_facts() if slots.get(k) is not None and k not in found}
    return {**cleared, **found}


def others_dropped(before: Dict[str, Any], found: Dict[str, Any]) -> Dict[str, Any]:
    """The facts said before (the place) with this message's, a person's facts only from this message."""
    person = person_facts()
    return {**{k: v for k, v in before.items() if k not in person}, **found}
