"""What happens after the clause in play's end date, asked of it ("那过了截止日期招的 还能申请吗 比如明年一月份招的").

eval104 UB09, an agent on 2020-10-01, asked it of 18号（九）'s 2500元 ("实施期限至2020年12月31日") and heard the sentence on
when to apply ("申请日期原则上为疫情解除后3个月内…"), then a 聊城 question: the answer is the end the sentence writes, and
that what comes after it is outside that period; whether the measure is carried on is not written, so it is not promised.
"""

from __future__ import annotations

import re
from datetime import date

from rasa_sdk import Tracker

from actions.clause_in_play import in_play
from answers.dates import cn_date
from answers.models import Reply

AFTER_END = re.compile(
    r"过了(?:截止|期限|到期|这个日子|那个日子)|(?:截止|截至)(?:日期|时间|日)?(?:以|之)?后|到期(?:以|之)?后|"
    r"(?:明年|下一年|过了年)[^，。？?]{0,6}(?:招|雇|办|申请|录用|入职)"
)


def reply(text: str, tracker: Tracker, as_of: date) -> Reply | None:
    """The end of the measure in play and that later events fall outside it; None when not asked or no end is written."""
    if not AFTER_END.search(text or ""):
        return None
    cite = in_play(tracker, text)[0]
    end = str(((cite or {}).get("validity") or {}).get("end") or "")[:10]
    if not cite or not end:
        return None
    quote = cite.get("quote") or ""
    lines = [
        f"按原文，所引规定的实施期限至{cn_date(date.fromisoformat(end))}；在这之后才发生的（如之后招用的人员），不在这一期限内。"
        "原文没有写到期后是否延续，以届时的文件和经办部门认定为准。",
    ]
    if quote:
        lines.append(f"原文：“{quote}”")
    return Reply("\n".join(lines), [cite], meta={"low_confidence": False, "after_end": end})
