"""Whether an online shop counts as starting a business ("开网店算创业吗 还是得有门面才行").

eval103 TA05, a man of 28 in 沈阳, asked three times and heard 辽政发（二）'s loan sentence again, then 低保 measures: the
only text naming it is 大政发〔2017〕46号（八）, whose 创业担保贷款 covers those "以个体、合伙经营和组织起来创业（含网络创业）".
The place's own sentence naming 网络创业 is the answer; where the place's texts have none, that is said, and the other
place's sentence is named as that place's only. Whether one's own shop qualifies is the office's to say.
"""

from __future__ import annotations

import re
from datetime import date

from answers import place_sentences
from answers.models import Reply
from answers.notices import HOTLINE_NAME

SHOP = re.compile(r"网店|网上(?:开店|开个店|卖|做买卖|做生意)|开(?:个)?网店|电商|直播带货|淘宝|抖音小店|微商")
COUNTS = re.compile(r"算(?:不算)?(?:是)?(?:创业|自主创业)|算不算|能不能算|能算|算吗|算数|认不认")
WRITTEN = re.compile(r"网络创业")


def reply(text: str, region: str | None, as_of: date) -> Reply | None:
    """The sentences naming 网络创业, the place's own first; None when the message does not ask whether a shop online
    counts, or no place is known."""
    if not (SHOP.search(text or "") and COUNTS.search(text or "")) or not region:
        return None
    own = place_sentences.find(WRITTEN, region, as_of)
    if own:
        lines = ["按原文，网络创业写在创业扶持的范围里（您的店是否符合，以经办部门认定为准）："]
        lines += [place_sentences.line(c) for c in own[:2]]
        return Reply("\n".join(lines), own[:2], meta={"low_confidence": False})
    elsewhere = place_sentences.find(WRITTEN, None, as_of)
    lines = [f"收录的适用于{region}的文件没有写网店（网络创业）算不算创业。"]
    if elsewhere:
        where = elsewhere[0].get("region") or ""
        lines.append(f"写到“网络创业”的只有{where}的文件，只适用于{where}：")
        lines.append(place_sentences.line(elsewhere[0]))
    lines.append(f"您的网店能否按创业享受扶持，请向当地人力资源社会保障部门咨询，或拨打{HOTLINE_NAME}。")
    return Reply("\n".join(lines), elsewhere[:1], meta={"low_confidence": False})
