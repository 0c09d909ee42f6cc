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
    r"(?P<p>[\u4e00-\u9fff]{2})(?:籍|省)?(?:的|来的|过来的)?(?:毕业生|大学生|学生|人员|务工人员|农民工|人|老乡|工人|员工)"
    r"[^，。？?]{0,10}?(?:有没有|有啥|有什么|照顾|专门|优惠|政策|补贴|给多少|补多少)|"
    # "招湖北的有没有啥补贴" (eval103 TA06, a 大连 firm hiring 5 from 湖北)
    r"招(?:了|用)?(?:\d+个|[一二两三四五六七八九十几]+个)?(?P<h>[\u4e00-\u9fff]{2})(?:籍|省)?(?:的|来的|过来的)"
    r"[^，。？?]{0,10}?(?:有没有|有啥|有什么|补贴|给多少|补多少)|"
    r"(?:专门|照顾|针对)[^，。？?]{0,4}?(?:给|对)?(?P<q>[\u4e00-\u9fff]{2})(?:籍|省)?(?:的)?(?:毕业生|大学生|人员|人)"
)
MOST = 2
HIRING = re.compile(r"招(?:了|用|收)?|雇|吸纳")
# the place's hiring subsidies for groups of people, whoever they are from
GENERAL_HIRING = re.compile(
    r"^对[^。；]{0,10}(?:吸纳|招用)(?:登记失业|就业困难人员|毕业年度高校毕业生)[^。]{0,140}(?:元|补贴)"
)
FIRM_HIRING = re.compile(r"招用|吸纳|新招")  # a firm's hiring in a text ("…计划招募人员时" is a programme's)


def lead(first: Reply | None, text: str, profile: dict, as_of: date) -> Reply | None:
    said = reply(text, profile.get("region"), as_of)
    if first is None or said is None:
        return first if said is None else said
    first.text = f"{said.text}\n{first.text}"
    first.citations = said.citations + list(first.citations)
    return first


def reply(text: str, region: str | None, as_of: date) -> Reply | None:
    m = ASKED.search(text or "")
    origin = (m.group("p") or m.group("q") or m.group("h")) if m else None
    if not origin or not region or regions.regions_in_text(origin) or not places.places_in_text(origin):
        return None  # "大连的毕业生": a covered place is where, not whence; "我们的毕业生" names no place
    mark = re.compile(rf"{origin}籍|{origin}省")
    here = place_sentences.find(mark, region, as_of)[:MOST]
    if HIRING.search(
        text or ""
    ):  # a firm hiring them: the sentences for hiring them, not those paying them (graduates')
        here = [c for c in here if FIRM_HIRING.search(c["quote"])]
        if not here:
            general = [
                c
                for c in place_sentences.find(GENERAL_HIRING, region, as_of)
                if (c.get("validity") or {}).get("status") not in ("expired", "not_started")
            ][:MOST]
            lines = [
                f"{region}适用的文件里没有专门针对招用{origin}籍人员的补贴；招用他们，按一般的吸纳就业政策，看的是"
                "被招用的人属于哪类人员、合同和社保（是否符合以经办部门认定为准）："
            ]
            return Reply(
                "\n".join(lines + [place_sentences.line(c) for c in general]),
                general,
                meta={"origin_group": origin},
            )
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
