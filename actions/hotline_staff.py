"""A 12345 operator asking on a caller's behalf ("我是12345热线的话务员", "12345这边", "坐席查询") is not told to ring
12345: the replies point to the responsible units instead (evaluation 14 L13: "我就是12345的，你让我打12345？？").
Applied to every message an action sends (actions/threaded.py), so no answer needs to know who is asking.

It also tells a lookup from an applicant's answer: "不是申请 我是坐席查政策…" ends the form's questions (actions/form.py),
an agent's short lookup read by DIET as a situation goes to the texts, and measures an agent asks about are listed with
the questions offered for the caller, not started (actions/eligibility.py)."""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Tracker

from actions.context import event_text
from answers import dialogue
from answers.contact import HOTLINE, HOTLINE_NAME
from answers.models import Reply, button

STAFF = re.compile(
    rf"{HOTLINE}(?:热线)?(?:的|这边|这里)?(?:话务员|坐席|工作人员|接线员)|(?:我是|我就是|这边是|这里是|这边|我们是|我们这边是?){HOTLINE}|{HOTLINE}这边|"
    r"热线(?:话务员|坐席|工作人员|接线员)|(?:我是|我就是)(?:话务员|坐席|接线员)|坐席查询|"
    # "来电人问大连 公益性岗位补贴 标准是多少" (eval86 CB02, an agent, was told "请拨打12345" three times): only one
    # taking calls speaks of the caller so
    r"来电(?:人|的人|群众|市民|企业)"
)
# the longest first: "…请拨打12345…，由热线转相关部门" before "拨打12345…"
SAID = [
    (f"具体办理和现行政策请拨打{HOTLINE_NAME}，由热线转相关部门。", "具体办理和现行政策请向上述责任单位核实。"),
    (f"或拨打{HOTLINE_NAME}，由热线转相关部门", "或向上述责任单位核实"),
    (f"，或拨打{HOTLINE_NAME}", ""),
    (f"或拨打{HOTLINE_NAME}", ""),
    (f"拨打{HOTLINE_NAME}，由热线转相关部门", "向相关责任单位核实"),
    (f"拨打{HOTLINE_NAME}", "联系相关责任单位"),
]


# "大政发〔2017〕46号第十二条原文": a clause looked up by its document number, as staff do (eval36–38: agents who never
# said who they were heard "请拨打12345" under every reply); a citizen who types one loses nothing by being pointed to
# the responsible units
LOOKUP = re.compile(
    r"〔\d{4}〕\s*\d+\s*号\s*(?:第|（|\(|[一二三四五六七八九十]+、)|"
    # "核对一下聊城那个通知 第5条 原文" (eval86 CB05, a quality checker, heard "拨打12345" under each reply)
    r"(?:核对|核实)(?:一下)?[^，。？?]{0,12}(?:第\s*[一二三四五六七八九十\d]+\s*条|原文)"
)


# "不是申请 我是坐席查政策 …原文分别怎么写的" mid-form (eval58 B19 then heard "按…的政策判断（个人、聊城市）：还没有
# 确定…"): a lookup, not an applicant's answer; the questions end without a summary
NOT_APPLYING = re.compile(
    r"不是(?:要|想|来|我)?(?:自己)?申请|不(?:要|想|用)申请|只是?(?:查|问问|了解|看看|核对)|"
    r"(?:查|核对|核实)(?:一下)?(?:政策|原文|条文|条款|文件)"
)
REFERENCE = re.compile(r"原文|条文|条款|怎么写|怎么规定|咋规定|第.{1,4}条|文号|责任单位|查政策")


def says_lookup(text: str) -> bool:
    """The message says it is a lookup, not an applicant's answer: "不是申请", or staff asking for a text."""
    return bool(NOT_APPLYING.search(text) or STAFF.search(text) and REFERENCE.search(text))


def asking(tracker: Tracker) -> bool:
    """Any message of this conversation says the one typing is hotline staff, or looks a clause up by number."""
    said = [event_text(e) for e in tracker.events or [] if e.get("event") == "user"]
    said.append((tracker.latest_message or {}).get("text") or "")
    return any(STAFF.search(t) or LOOKUP.search(t) for t in said)


def _reworded(value: Any) -> Any:
    if isinstance(value, str):
        for old, new in SAID:
            value = value.replace(old, new)
        return value
    if isinstance(value, list):
        return [_reworded(v) for v in value]
    if isinstance(value, dict):
        return {k: _reworded(v) for k, v in value.items()}
    return value


def adapt(messages: list[dict], tracker: Tracker) -> None:
    """The messages about to be sent, reworded in place for hotline staff."""
    if messages and asking(tracker):
        messages[:] = [_reworded(m) for m in messages]


# the first reply's offer of questions, as an agent reads it (eval58 B19: "延长1年的" from an agent looking texts up was
# asked "请问您是以什么身份申请？"; B16 was taken for a 人力资源服务机构 and asked how many it placed)
OFFERED = re.compile(r"想知道您(?:是否符合原文的条件|具体能领哪些、能领多少)？我问您几个问题（最多\d+个）。")
LATER = re.compile(r"，问完问题后一并告诉您。")
FOR_CALLER = (
    f"如需按来电人的情况判断能否申请、能领多少，请说来电人的情况（所在地、身份等），或点“{dialogue.CHECK_CALLER}”。"
)


def asks_measures_only(tracker: Tracker, found: dict, typed: str) -> bool:
    """Staff asking about measures without stating anyone's situation: the measures are the answer, no questions
    follow (a caller's facts, said, start them; so does the button)."""
    return (
        bool(typed) and not typed.startswith("/") and asking(tracker) and not set(found) - {"region", "applicant_type"}
    )


def offered_to_staff(first: Reply) -> Reply:
    """The first reply with the questions offered for the caller, not started."""
    text = LATER.sub("；按来电人情况判断时一并列出。", first.text)
    text, n = OFFERED.subn(FOR_CALLER, text)
    buttons = list(first.buttons or [])
    if n and not any(b.get("payload") == "/check_eligibility" for b in buttons):
        buttons.append(button(dialogue.CHECK_CALLER, "/check_eligibility"))
    return Reply(text, first.citations, buttons, first.meta)


# someone's situation, said by the caller or by an agent for one ("来电人50岁…")
SOMEONE = re.compile(r"我|俺|咱|来电人|来电的|市民|他|她|老公|媳妇|爱人|孩子|儿子|女儿|闺女|家里|父亲|母亲|爸|妈")


def short_lookup(tracker: Tracker, text: str) -> bool:
    """A short message of an agent's lookup conversation that speaks of nobody's situation ("残疾人那句", "补贴期限"
    after 18号第十二条: eval59 BB01 was asked "请问您在哪个市或县？" and recorded 残疾人：是): a follow-up on the texts."""
    return (
        bool(text)
        and not text.startswith("/")
        and len(text) <= 20
        and (asking(tracker) or TERM_ASKED.search(text) is not None)
        and not SOMEONE.search(text)
    )


# "中小微企业标准" (eval60 CB09 was recorded 企业规模：小型企业 and asked its region): a term's standard asked, by anyone
TERM_ASKED = re.compile(
    r"(?:标准|定义|界定|划型|划分|指什么|指的是什么|是什么意思|什么意思|怎么认定|包括哪些)[吗呢？?]?$"
)
