"""A 中职 leaver ("儿子22岁 中职毕业两年了 一直没找到工作", eval65 HB08, in traditional characters) heard the graduates'
公益性岗位 上浮 and questions on the years to retirement; the 见习 that 凌政发〔2019〕14号 三、（三） opens to "离校2年内未就业的
高校、中职毕业生" came only when she named it. The sentences of the person's place that name 中职 (and no rule lists for
the one asking) lead the first reply, each with its own validity."""

from __future__ import annotations

import re
from datetime import date

from answers import place_sentences
from answers.models import Reply
from knowledge.script import simplified

SAID = re.compile(r"中职|职高|职业高中|中专|技校|技工学校")
WRITTEN = re.compile(r"中职毕业生|中职")
MOST = 2


def lead(first: Reply | None, text: str, profile: dict, as_of: date) -> Reply | None:
    if first is None or not SAID.search(simplified(text or "")) or not profile.get("region"):
        return first
    found = [c for c in place_sentences.find(WRITTEN, profile.get("region"), as_of) if c["quote"] not in first.text]
    if not found:
        return first
    lines = ["原文写到中职毕业生的规定（能否享受以经办部门认定为准）："] + [
        place_sentences.line(c) for c in found[:MOST]
    ]
    first.text = "\n".join(lines + [first.text]).strip()
    first.citations = found[:MOST] + list(first.citations)
    return first
