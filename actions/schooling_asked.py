""" "孩子上学有没有啥帮扶补助" (eval97 NA10, a mother in 凌源 on 低保, heard the 临时生活补助 sentence, then the training
subsidy's): schooling aid is not what the collected employment texts are about; where a text of the place does write it
(大连's aid for disabled students and children of poor disabled families), that sentence is quoted, else it is said none
does, and who to ask."""

from __future__ import annotations

import re
from datetime import date

from answers import place_sentences
from answers.contact import HOTLINE_NAME
from answers.models import Reply

ASKED = re.compile(
    # asked of, not only said: "家里现在吃低保 孩子还上学 他身体还行…" (eval101 RB07, a wife asking for her husband, heard
    # school aid first)
    r"(?:孩子|小孩|闺女|儿子|女儿|娃)[^，。？?\s]{0,6}(?:上学|读书|念书|学费)[^，。？?\s]{0,8}?"
    r"(?:能|有没有|有啥|有什么|补|减|免|帮|资助|咋|怎么|吗|不)|学费[^，。？?]{0,4}(?:减免|补助|能不能|有没有)|"
    r"助学金|上学[^，。？?]{0,6}(?:帮扶|补助|补贴|资助|减免)"
)
WRITTEN = re.compile(r"学前教育到高等教育|助学|学费|学生[^。；]{0,10}资助")


def reply(text: str, region: str | None, as_of: date) -> Reply | None:
    if not ASKED.search(text or "") or not region:
        return None
    found = place_sentences.find(WRITTEN, region, as_of)[:2]
    ask = f"子女上学的资助请咨询当地教育部门（学生资助管理部门）或民政部门，或拨打{HOTLINE_NAME}。"
    if not found:
        return Reply(
            f"收录的适用于{region}的文件是就业创业扶持政策，没有子女上学资助、学费减免的规定。{ask}",
            meta={"low_confidence": False, "not_served": "schooling"},
        )
    lines = ["收录的文件是就业创业扶持政策，写到上学资助的只有下面的规定（只给所列的人员）："]
    lines += [place_sentences.line(c) for c in found]
    lines.append(f"原文没有写资助标准和办理方法。{ask}")
    return Reply("\n".join(lines), found, meta={"low_confidence": False, "not_served": "schooling"})
