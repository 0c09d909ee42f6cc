"""What the current turn carries besides its text: channel and as-of date.

Request metadata ({"channel": "web|wechat|console|cli", "as_of": "YYYY-MM-DD"}) is stored by Rasa on
the user event, not in `latest_message`: read it from the last user event. A time phrase in the
message ("2020年的时候…", "按2020年7月算") sets the evaluation date too and is remembered in the
`as_of` slot; otherwise the date is today.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Any

from rasa_sdk import Tracker

from actions.dialogue_state import last_user_event

AS_OF_SLOT = "as_of"
_FULL = re.compile(r"(20\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?")
_MONTH = re.compile(r"(20\d{2})\s*年\s*(\d{1,2})\s*月(?!\s*\d{1,2}\s*[日号])(份)?")
# A bare year is a point in time only when the phrase says so; "2020年毕业" is a graduation year.
_YEAR = re.compile(
    r"(?:(?:按|按照|在|截至|截止|到|当时|那时|那会儿?|回到|如果是|假如是|是)\s*(20\d{2})\s*年"
    r"(?!\s*(?:毕业|届|出生|生|以前毕业|入学))"
    r"|(20\d{2})\s*年\s*(?:的时候|那会儿?|那时候?|时|当时|的政策|的标准|的规定))"
)


def metadata(tracker: Tracker) -> dict:
    event = last_user_event(tracker) or {}
    meta = event.get("metadata") or {}
    return meta if isinstance(meta, dict) else {}


def channel(tracker: Tracker) -> str:
    value = metadata(tracker).get("channel")
    return value if value in ("web", "wechat", "console", "cli") else "web"


def typed(text: str, metadata: dict | None) -> str:
    """The message as typed, with its spaces between Chinese words, when the API sent it beside the text DIET reads
    (api/chat/service.py: the spaces are taken out for DIET, and the readers here take a space as a break)."""
    spaced = (metadata or {}).get("typed")
    if isinstance(spaced, str) and re.sub(r"\s+", "", spaced) == re.sub(r"\s+", "", text or ""):
        return spaced
    return text


def event_text(event: dict) -> str:
    """A user event's text as typed (see `typed`)."""
    return typed(event.get("text") or "", event.get("metadata"))


def user_text(tracker: Tracker) -> str:
    """The last user message, whitespace normalised (empty for a button payload like "/affirm")."""
    message = tracker.latest_message or {}
    text = message.get("text") or ""
    if text.startswith("/"):
        return ""
    return re.sub(r"\s+", " ", typed(text, message.get("metadata"))).strip()


def _valid(y: int, m: int, d: int | None = None) -> date | None:
    try:
        if d is None:
            d = calendar.monthrange(y, m)[1]
        return date(y, m, d)
    except ValueError:
        return None


def date_in_text(text: str, today: date | None = None, loose: bool = False) -> date | None:
    """The point in time a message asks about, or None. A year alone means the end of that year
    (the day its measures were last judged; its first half, June 30), or today when it is the
    current year; a month means its last day. `loose`: the message is known to be about a point
    in time (the as_of_date intent), so a date needs no cue words, only not to be an event's."""
    today = today or date.today()
    said_now = _NOW_IS.search(text)
    if said_now:  # "我今天是2020年6月15号", "我们现在是2018年" (eval27 Y19, Y23): over any other date of the message
        year, month, day = (int(g) if g else None for g in said_now.groups())
        if day and month:
            return _valid(year, month, day)
        if month:
            return _valid(year, month)
        if year != today.year:  # "现在都2026年了" in 2026 moves nothing
            return _valid(year, 12, 31)
    m = _FULL.search(text)
    if m and (_is_time_phrase(text, m) or loose and _loosely_a_time(text, m)):
        return _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if m and _is_event(text, m):  # its year is not read again alone ("是2020年12月31日到期的", eval21 S19)
        text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    m = _MONTH.search(text)
    if m and (_is_time_phrase(text, m) or loose and _loosely_a_time(text, m)):
        return _valid(int(m.group(1)), int(m.group(2)))
    m = _YEAR.search(text)
    if m and _is_event(text, m):
        m = None
    if not m and loose:
        m = _BARE_YEAR.search(text)
        m = m if m and _loosely_a_time(text, m) else None
    if m:
        year = int(m.group(1) or m.group(2))
        if year == today.year:
            return today
        return _valid(year, 6, 30) if text[m.end() : m.end() + 3].startswith("上半年") else _valid(year, 12, 31)
    return None


# A date is the point in time asked about only when the words around it say so ("按2020年7月1日",
# "2020年7月15日那会儿"). A bare date is an answer to something ("2024年7月1日" typed to a form
# question), and a date before an event is that event's ("2024年7月1日毕业", "…来凌源工作").
_CUE_BEFORE = re.compile(
    r"(?:按|按照|截至|截止|截到|到|在|如果是|假如是|要是|以|查|放到|回到|追溯到|调到|改为|改成|设成|设为|"
    r"换成|是)\s*$"
)
_CUE_AFTER = re.compile(
    r"\s*(?:的时候|时候|那天|当天|那会|那时|时|当时|的政策|的标准|的规定|为准|来算|算|来看|看|有效|申请|能领|"
    r"还能|还有|呢|的事|的情况|那个时候|政策)"
)
_BARE_YEAR = re.compile(r"(20\d{2})()\s*年(?!\s*\d{1,2}\s*月)")  # a year not already read as a date
_EVENT_AFTER = re.compile(r"\s*(?:毕业|入职|出生|复工|开工|开业|注册|离校|来(?!算|看)|到|签|招|参保|成立)")


# An event later in the same clause makes the date that event's: "我2019年底在大连办的营业执照",
# "2021年夏天从沈阳来的凌源", "前年3月被裁的" — facts about the person, not the day of the policy.
_EVENT_IN_CLAUSE = re.compile(
    r"办(?:了|的)?(?:营业)?执照|办的|注册|成立|毕业|入职|参加工作|上班|失业|下岗|被裁|裁的|离职|辞职|"
    # "2018年12月被厂里辞退的" (eval97 NB02, an agent, was answered as of 2018-12-31)
    r"辞退|被辞|开除|被开|解除(?:劳动)?合同|让(?:我|俺|他|她)回家|"
    r"退伍|退役|来(?!算|看)|搬|回(?:来|乡|到)|开(?:了|的)?(?:个|家|一家)?[\u4e00-\u9fff]{0,2}?(?:店|厂|公司|业|馆|铺)|开业|开张|"
    r"买(?:的)?房|"
    r"签(?:了|的)?合同|参保|创业|生的|出生|"
    r"低保|残疾证|登记|认定|开始(?!算|执行|实施)"  # "2018年开始吃低保", "2019年办的失业登记" (eval12 J02)
)
_POLICY_TIME = re.compile(r"政策|标准|规定|那会儿?|那时|当时|的时候|能领|能申请|还能|有效|为准|来算|算")


# "被2020年的文件替代了吗", "2020年出的那个文件" (eval10 H34): a document's year, not the day asked
# "聊城市2020年稳就业那个文件" (eval20 R19 heard "接下来按2020年12月31日的政策"): a few title words between
_DOCUMENT_YEAR = re.compile(
    # "聊城2020年稳就业文件里…" (eval27 Y19): the title words with no 的 before 文件
    r"\s*(?:的)?(?:(?:(?!当时|那时|那会|时候|政策|标准)[\u4e00-\u9fff]){1,8}?(?:那个|这个|的)?)?\s*"
    # "大连2017年那个46号文还执行吗" (eval100 QB12, an officer, was answered as of 2017-12-31): the document's number
    r"(?:第?\d{1,3}\s*号\s*)?(?:文件|文|通知|意见|办法|出台|出的|发的|印发|发布)"
)


def _is_event(text: str, m: re.Match) -> bool:
    """A date before an event is that event's ("2024年7月1日毕业", "2019年底在大连办的营业执照"); a year said of
    the policies while the message asks about now is which policies, not the day ("那这些2020年的政策 现在2026年了
    还有没有能申请的", eval10 H10, H16)."""
    if _EVENT_AFTER.match(text[m.end() : m.end() + 6]) or _DOCUMENT_YEAR.match(text[m.end() : m.end() + 14]):
        return True
    at = next((m.start(g) for g in range(1, (m.re.groups or 0) + 1) if m.group(g)), m.start())  # the figures
    span_end = re.search(r"\d\s*[日号月年]?\s*(?:至|到|—|－|-|~)\s*$", text[max(0, at - 6) : at])
    if _read_from_text(text, m):
        return True  # "不是2019年", "那句 2019年全市发放800万…", "“2019年…”" (eval22 T13 moved to 2019 twice)
    if _ENDS_AFTER.match(text[m.end() : m.end() + 8]) or _END_BEFORE.search(text[max(0, at - 6) : at]):
        return True  # "哪些是2020年12月31日到期的", "到2020年底的条款" (eval21 S14, S19): the measures' end, not the day asked
    if _QUOTED_BEFORE.search(text[max(0, at - 8) : at]) or _SPAN_AFTER.match(text[m.end() :]) or span_end:
        return True  # "原文写的是2019年1月1日至12月31日吧": the text's period read back, not the day asked (eval19 Q24)
    if _NOW.search(text) and not _CUE_BEFORE.search(text[max(0, m.start() - 4) : m.start()]):
        return True
    clause = re.split(r"[，。,；;！？!?]", text[m.end() :], maxsplit=1)[0][:16]
    event = _EVENT_IN_CLAUSE.search(clause)
    return bool(event) and not _POLICY_TIME.search(clause[: event.start()])


def _loosely_a_time(text: str, m: re.Match) -> bool:
    """With the as_of_date intent: any date but an event's, or one typed alone (DIET calls a bare
    "2024年7月1日" as_of_date, but typed into a form it answers the question asked)."""
    alone = not (text[: m.start()] + text[m.end() :]).strip(" \t，。,.!！?？的")
    return not (alone or _is_event(text, m))


# "2020年3月在凌源开的店，当时能领什么补贴" (eval82 YB10 was answered "按今天的政策"): the event's date, and a later
# clause asks what applied then
_BACK_THEN = re.compile(
    r"(?:当时|那时候?|那会儿?)(?:的)?[^，。,；;？?]{0,4}(?:能领|能申请|能享受|能拿|有(?:什么|啥|哪些)|可以|政策|补贴)"
)


def _event_then(text: str, m: re.Match) -> bool:
    clause = re.split(r"[，。,；;！？!?]", text[m.end() :], maxsplit=1)[0][:16]
    evented = bool(_EVENT_AFTER.match(text[m.end() : m.end() + 6]) or _EVENT_IN_CLAUSE.search(clause))
    return evented and not _read_from_text(text, m) and bool(_BACK_THEN.search(text[m.end() + len(clause) :]))


def _is_time_phrase(text: str, m: re.Match) -> bool:
    if _is_event(text, m):
        return _event_then(text, m)
    before, after = text[max(0, m.start() - 4) : m.start()], text[m.end() : m.end() + 6]
    return bool(_CUE_BEFORE.search(before) or _CUE_AFTER.match(after))


_NOW = re.compile(r"现在|目前|如今|今天|当前|眼下")
_NOW_IS = re.compile(
    r"(?:现在|今天|目前|如今|眼下|当前)(?:是|就是|都|已经)?\s*((?:19|20)\d{2})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?)?"
)
# "残保金那条…是到2022年12月31日对吧" (eval27 Y19 was answered "按2022年12月31日"): a measure's end read back
# "免缴那半句是不是也只到2020年6月底" (eval88 EB08, a lawyer, was moved to 2020-06-30): the text's end, read back
_END_BEFORE = re.compile(r"(?:是到|是至|只到|仅到|只限到|有效期(?:是|到)?|期限(?:是|到)|到期(?:是|日)?|截止日期是)\s*$")
_TARGET_AFTER = re.compile(r"\s*(?:全市|全县|全省|全区|各地|累计|共计|总共|年度目标|当年的?(?:工作)?目标)")


def _read_from_text(text: str, m: re.Match) -> bool:
    """A year denied, quoted or stating the text's own target is not the day asked."""
    before = text[: m.start()]
    quoted = before.count("“") > before.count("”") or before.count('"') % 2 == 1
    denied = re.search(r"(?:不是|并非|不按|别按)\s*$", text[max(0, m.start() - 4) : m.start()])
    # "你说的都是2020年的啊" (eval26 A03, asking in 2019, was answered "按2020年12月31日"): the assistant's measures
    said_by_us = _YOURS_BEFORE.search(text[max(0, m.start() - 8) : m.start()])
    after = text[m.end() : m.end() + 12]
    return bool(quoted or denied or said_by_us or _TARGET_AFTER.match(after) or _DOCUMENTS_AFTER.match(after))


# "收录的文件里有没有2021年以后出的" (eval26 B24 was answered "按2021年12月31日的政策"): documents issued since, no day
_DOCUMENTS_AFTER = re.compile(r"\s*(?:以后|之后|以来|后)[^，。,；？?]{0,6}?(?:出的|出台|发的|印发|新出|新的|文件)")


# "原文不是写的2019年1月1日至12月31日吗 你咋写到2020年底" (eval107 XB03, an officer, was moved to 2020-12-31): the end
# the assistant wrote, challenged
_YOURS_BEFORE = re.compile(
    r"(?:你|您)(?:咋|怎么|为啥|为什么|凭啥)?(?:说|讲|列|给|发|回|写|标|算)(?:的|了|成|到)?[^，。,；？?]{0,4}$"
)


_ENDS_AFTER = re.compile(
    r"\s*(?:底|末)?\s*(?:前)?\s*(?:到期|截止|结束|期满|为止|的条款|的句子|的措施|那些条|(?:这个|那个|的)?(?:期限|时限))"
)
# "这条开头不是写了从2019年1月1日起吗" (eval69 LB02, an agent, was moved to 2019-01-01): the text's own start, read back
_QUOTED_BEFORE = re.compile(r"(?:写的是|写着|写了|写的|原文是?|规定(?:的是)?|条文)\s*[“\"]?\s*(?:从|自)?\s*$")
_SPAN_AFTER = re.compile(r"\s*(?:至|到|—|－|-|~)\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月")


def _parse_iso(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        return None


def turn_as_of(tracker: Tracker, today: date | None = None) -> tuple[date, str, dict]:
    """(as-of date, source, slot updates) for this turn. Source: metadata | message | earlier | today.

    A page sends its day as metadata; the words still move it to another year ("2020年3月在凌源开的店，当时能领什么补贴",
    eval82 YB10 heard "按今天的政策"), as actions/detours does for a date typed alone, and the follow-ups stay on that
    time until "现在"."""
    from_meta = _parse_iso(metadata(tracker).get("as_of"))
    day = from_meta or today or date.today()
    intent = ((tracker.latest_message or {}).get("intent") or {}).get("name")
    text = user_text(tracker)
    said = date_in_text(text, day, loose=intent == "as_of_date" and not from_meta)
    if said and (not from_meta or said.year != from_meta.year):
        return said, "message", {AS_OF_SLOT: said.isoformat()}
    earlier = _parse_iso(tracker.get_slot(AS_OF_SLOT))
    if earlier and (not from_meta or earlier.year != from_meta.year):
        if _NOW.search(text):  # "那现在呢" after "按2020年5月20日": back to the page's day, or today
            return day, "message", {AS_OF_SLOT: None}
        return earlier, "earlier", {}
    return (from_meta, "metadata", {}) if from_meta else (day, "today", {})
