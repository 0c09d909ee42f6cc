""" "聊城对我们湖北的毕业生有没有什么照顾政策" (eval41 G11 heard 聊城's general graduate measures, then "湖北省不在收录范围",
then that 聊城 had no 见习): whether the texts where the person is have a measure for people from that province,
said first. Only the texts' own "<省>籍" sentences count; another place's are named as that place's only."""

from __future__ import annotations

import re
from datetime import date

from answers import place_sentences
from answers.models import Reply
from knowledge import coverage, places, regions

ASKED = re.compile(
    r"(?P<p>[\u4e00-\u9fff]{2})(?:籍|省)?(?:的|来的)?(?:毕业生|大学生|学生|人员|务工人员|农民工|人|老乡)"
    r"[^，。？?]{0,10}?(?:有没有|有啥|有什么|照顾|专门|优惠|政策|补贴)|"
    r"(?:专门|照顾|针对)[^，。？?]{0,4}?(?:给|对)?(?P<q>[\u4e00-\u9fff]{2})(?:籍|省)?(?:的)?(?:毕业生|大学生|人员|人)"
)
MOST = 2


def lead(first: Reply | None, text: str, profile: dict, as_of: date) -> Reply | None:
    said = reply(text, profile.get("region"), as_of)
    if first is None or said is None:
        return first if said is None else said
    first.text = f"{said.text}\n{first.text}"
    first.citations = said.citations + list(first.citations)
    return first


def reply(text: str, region: str | None, as_of: date) -> Reply | None:
    m = ASKED.search(text or "")
    origin = (m.group("p") or m.group("q")) if m else None
    if not origin or not region or regions.regions_in_text(origin) or not places.places_in_text(origin):
        return None  # "大连的毕业生": a covered place is where, not whence; "我们的毕业生" names no place
    mark = re.compile(rf"{origin}籍|{origin}省")
    here = place_sentences.find(mark, region, as_of)[:MOST]
    if here:
        lines = [f"{region}适用的文件里有专门针对{origin}籍人员的规定："] + [place_sentences.line(c) for c in here]
        return Reply("\n".join(lines), here, meta={"origin_group": origin})
    elsewhere = [
        c
        for p in coverage.document_regions()
        if not regions.covers(p, region)
        for c in place_sentences.find(mark, p, as_of)
    ][:1]
    lines = [f"{region}适用的文件里没有专门针对{origin}籍人员的规定；下面是与您的情况相关的一般政策。"]
    if elsewhere:
        lines.append(f"（收录的其他地方的文件有，只适用于当地，不适用于{region}：）")
        lines += [place_sentences.line(c) for c in elsewhere]
    return Reply("\n".join(lines), [], meta={"origin_group": origin})
