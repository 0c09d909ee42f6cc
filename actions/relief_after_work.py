""" "我上班了以后低保还能给几个月" (eval42 F08, 凌源 on 2019-11-01, heard the training allowance clause three times): what
the texts where the person is say of 低保 once a member of a 低保 family works, quoted (低保渐退, "继续给予3至12个月的低保
救助"), or that they say nothing of it; 低保 itself is the 民政 departments'."""

from __future__ import annotations

import re
from datetime import date

from answers import place_sentences
from answers.models import Reply

ASKED = re.compile(
    r"(?:上班|就业|工作|干活|找到活|找着活|挣钱)[^，。？?]{0,6}?(?:以后|之后|后|了)[^，。？?]{0,8}?低保|"
    r"低保[^，。？?]{0,8}?(?:上班|就业|找到工作)(?:以后|之后|后|了)"
)
SAYS = re.compile(r"低保渐退|实现就业的低保对象|继续给予[^。]{0,8}低保|不计算劳动收入")
MOST = 3


def reply(text: str, region: str | None, as_of: date) -> Reply | None:
    if not ASKED.search(text or "") or not region:
        return None
    found = place_sentences.find(SAYS, region, as_of)[:MOST]
    if found:
        lines = [f"就业以后的低保，{region}适用的文件里是这样写的："] + [place_sentences.line(c) for c in found]
    else:
        lines = [f"按收录的文件，{region}适用的文件里没有写就业以后低保还能领多久。"]
    lines.append("低保的认定和发放由民政部门按规定办理，具体请向当地民政部门（乡镇、街道）咨询，以经办部门认定为准。")
    return Reply("\n".join(lines), found, meta={"relief_after_work": True})
