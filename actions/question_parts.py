""" "稳岗返还能返多少，还有给工人培训有没有补贴": a message asking about two measures, joined by "还有", "另外"…

eval52 found the second half dropped again and again (Y02 免征 beside 缓缴, Y08 training beside 稳岗返还, Y06, Y10,
Y12): the search answers the message as one question, and its best clause is about one of the measures. Each part
naming a measure the first answer does not name is answered on its own, in the place and on the day of the message.
"""

from __future__ import annotations

import re

from knowledge import regions

# the words that start another question in the same message
JOINS = re.compile(
    r"(?:[，,。；;？?！!\s]+|^)(?:还有就是|还有|另外|再就是|以及|再问一下|再问|还想问一下|还想问|顺便问一下|顺便问)[，,\s]*"
)
# what a part asks about: the measure's own word, not the words many measures share (补贴, 社保, 政策)
MEASURE = re.compile(
    # "另外我想自己创业…有没有创业补贴" (eval93 JA09 heard nothing of it beside 失业金)
    r"稳岗|返还|培训|见习|贷款|贴息|公益性?岗|缓缴|缓交|免征|减免|(?<![减])免(?!费)|减半|创业补贴|创业场地|场地|房租|租金|"
    r"失业金|失业保险金|失业补助金|生活补助|低保|救助|学徒|技能提升|鉴定|税|吸纳|残保金|公积金|医保|养老|"
    # "还有俺想去学个手艺…能给补贴不" (eval85 BA01 heard nothing of training): a trade learnt is training asked
    r"手艺|学(?:门|个|点)?技术"
)
# a measure named in the answer under another of its words ("稳岗" for 返还…失业保险费, "减免" for 免)
SAID_AS = {
    "稳岗": ("稳岗", "返还"),
    "缓交": ("缓缴", "缓交"),
    "失业金": ("失业保险金", "失业金"),
    "免": ("免征", "免除", "减免"),
    "手艺": ("培训",),
}
TRAINING = re.compile(r"手艺|学(?:门|个|点)?技术")
MAX_PARTS = 2


# "社保能减免不 稳岗返还咋弄" (eval108 YA03 heard only how 稳岗返还 is done): a verb then 不 asks too
ASKING = re.compile(
    r"能不能|可不可以|有没有|有没|多少|几[年个月次]|吗|么|咋|怎么|啥|什么|[给补能免减缓领办行]不[？?]?$"
)


def parts(text: str) -> list[str]:
    """The message's questions, when it joins two or more; [] for one question."""
    pieces = [p.strip(" ，,。；;") for p in JOINS.split(text or "")]
    pieces = [p for p in pieces if len(re.sub(r"[^\u4e00-\u9fff]", "", p)) >= 4]
    return pieces if len(pieces) >= 2 else _listed(text or "") or _each(text or "")


EACH = re.compile(r"(?:分别|各自|各)(?:是|给|能给|能拿|补)?(多少|几[年个月]|怎么规定|啥标准|什么标准)")
NAMED = re.compile(r"[\u4e00-\u9fff]{2,12}(?:补贴|补助|贷款|贴息|返还)")


def _each(text: str) -> list[str]:
    """Measures named one after another and asked of together ("凌源 技能培训补贴 职业技能鉴定补贴 分别多少", eval93 JB09
    heard the first alone, twice): each measure with the question."""
    asked = EACH.search(text)
    if asked is None:
        return []
    names = [p for p in re.split(r"[和与跟及、，,；;\s]+", text[: asked.start()]) if NAMED.fullmatch(p)]
    keys = [tuple(keys_of(n)) for n in names]
    if len(names) < 2 or len(set(keys)) != len(keys):
        return []
    return [f"{n}{asked.group(1)}" for n in names]


def first_question(text: str, placed: bool = True) -> str:
    """The message's first question, when it joins another with "另外", "还有"… and asks of a measure of its own
    ("聊城 失业了 能领多少失业金？另外公益岗怎么申请": eval92 IB06 heard the online claim for "多少", the second part's
    "申请" read into the first); the whole message otherwise."""
    pieces = [p.strip(" ，,。；;") for p in JOINS.split(text or "")]
    pieces = [p for p in pieces if len(re.sub(r"[^\u4e00-\u9fff]", "", p)) >= 4]
    if len(pieces) < 2 or not (ASKING.search(pieces[0]) and MEASURE.search(pieces[0])):
        return text
    return with_place(pieces[0], text) if placed else pieces[0]


def _listed(text: str) -> list[str]:
    """Questions typed one after another with no joining word ("聊城 失业了 能领多少失业金 能不能贷款 有没有公益岗",
    eval89 FB06 was told the place has no 公益性岗位 "同时写到" with 失业保险金): each asking piece naming a measure of
    its own is a question, the words before the first one its setting."""
    pieces = [p for p in re.split(r"[，,；;？?\s]+", text) if p]
    out: list[str] = []
    setting: list[str] = []
    for piece in pieces:
        if ASKING.search(piece) and MEASURE.search(piece):
            out.append(" ".join([*setting, piece]) if not out else piece)
            setting = []
        elif not out:
            setting.append(piece)
        else:
            out[-1] += " " + piece
    keys = [tuple(keys_of(p)) for p in out]
    return out if len(out) >= 2 and len(set(keys)) == len(keys) else []


def keys_of(part: str) -> list[str]:
    """The measure words a part names ("鉴定" of "职业技能鉴定补贴多少")."""
    return list(dict.fromkeys("手艺" if TRAINING.fullmatch(k) else k for k in MEASURE.findall(part)))


def unanswered(text: str, answered: str, after_first: bool = False) -> list[str]:
    """The parts naming a measure the answer given never names, at most MAX_PARTS. `after_first`: the answer was
    given to the first part (a follow-up's reply), which is not asked again."""
    out = []
    for part in parts(text)[1 if after_first else 0 :]:
        keys = keys_of(part)
        if keys and not any(w in answered for k in keys for w in SAID_AS.get(k, (k,))):
            out.append(part)
    return out[:MAX_PARTS]


def with_place(part: str, text: str) -> str:
    """The part, with the place the whole message names when the part names none ("还有培训补贴" of "凌源的…")."""
    if regions.regions_in_text(part):
        return part
    named = regions.regions_in_text(text)
    return f"{named[0]} {part}" if len(named) == 1 else part
