"""A family out of money opening the conversation ("我老公失业了家里没钱了！！凌源有啥救济", eval96 MB11 heard 失业保险金 twice,
the 临时生活补助 held back behind three questions and then quoted by its "不计入家庭收入" sentence): the sentences of the
person's place that give a temporary living allowance or bring a family into 低保 and 临时救助, first, each quoted whole
with its own validity; who qualifies and how much are the offices' to decide."""

from __future__ import annotations

import re
from datetime import date

from answers import place_sentences
from answers.models import Reply

ASKED = re.compile(
    r"没钱|没有钱|揭不开锅|生活困难|日子(?:过不下去|没法过)|过不下去|救济|救急|吃不上饭|困难补助|生活补助|活不下去|"
    # "家里现在吃低保…失业金也没领过…能有啥政策帮帮不" (eval101 RB07, a wife for her husband, heard 失业保险金 first)
    r"(?:家里|家)(?:现在|一直|已经)?(?:吃|是|享受|领着?)低保|低保户"
)
# the sentences that give help, not those counting it ("临时生活补助在核算低保救助时不计入家庭收入")
GIVES = re.compile(
    r"(?:可|给予|发放)[^。；]{0,6}临时生活补助|纳入(?:最低生活保障|低保)|给予临时救助|临时救助等社会救助"
)
MOST = 3


def lead(first: Reply | None, text: str, profile: dict, as_of: date) -> Reply | None:
    """The first reply led by the place's sentences on help for a family in hardship."""
    if (
        not ASKED.search(text or "")
        or not profile.get("region")
        or profile.get("applicant_type") not in (None, "person")
    ):
        return first
    found = place_sentences.find(GIVES, profile["region"], as_of)[:MOST]
    if not found:
        return first
    head = "家里生活困难的，原文写有这些帮扶（能否享受、标准多少，以经办部门认定为准；低保、临时救助由民政部门办理）："
    if first is None:
        first = Reply("", meta={"low_confidence": False})
    first.text = "\n".join([head, *(place_sentences.line(c) for c in found), first.text]).strip()
    first.citations = found + list(first.citations)
    return first


def for_uninsured(region: str | None, as_of: date) -> Reply | None:
    """After a summary for one never insured ("厂里好像没给我交失业保险…让我回家", eval97 NB07, rated 1, heard 失业保险金
    "不符合" and then a 去产能 training sentence): what the place's texts give those without 失业保险待遇."""
    found = place_sentences.find(GIVES, region, as_of)[:MOST] if region else []
    if not found:
        return None
    lines = [
        "没有失业保险待遇的，原文另写有这些帮扶（能否享受、标准多少，以经办部门认定为准；低保、临时救助由民政部门办理）：",
        *(place_sentences.line(c) for c in found),
    ]
    return Reply("\n".join(lines), found, meta={"low_confidence": False, "uninsured_help": True})
