""" "税呢？？问你税" (eval101 RB11, an owner in 凌源, heard "超出了我的服务范围"): taxes asked in a word. The texts write
tax relief in a few sentences (凌源 三、（二）'s 职工教育经费 税前扣除, 大连's 房产税 and the 7800元 扣减, 辽宁's 税费
负担): those of the person's place are quoted, each with its own validity; the tax office decides the rest."""

from __future__ import annotations

import re
from datetime import date

from answers import place_sentences
from answers.contact import HOTLINE_NAME
from answers.models import Reply

ASKED = re.compile(r"^[^，。？?]{0,8}税[^，。？?]{0,8}$|税(?:呢|能减|能免|减免|优惠|收)")
RELIEF = re.compile(r"(?:减|免|扣除|扣减|退)[^。；]{0,20}税|税[^。；]{0,20}(?:减|免|扣除|扣减|优惠)")
MOST = 3


def reply(text: str, region: str | None, as_of: date) -> Reply | None:
    if not region or not ASKED.search(re.sub(r"[\s？?！!。]+", "", text or "")):
        return None
    found = place_sentences.find(RELIEF, region, as_of)[:MOST]
    if not found:
        return None
    lines = [f"收录的适用于{region}的文件里，写到税费减免的规定有（能否享受以税务等经办部门认定为准）："]
    lines += [place_sentences.line(c) for c in found]
    lines.append(f"具体税种和办理，请咨询当地税务部门或拨打{HOTLINE_NAME}。")
    return Reply("\n".join(lines), found, meta={"low_confidence": False})
