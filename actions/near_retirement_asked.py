"""What the texts give those near retirement, asked ("听说快退休的有啥照顾 是真的不", eval108 YA01, a laid-off woman of 49
in 大连, heard the extension of 失业保险金 "不足1年", then had to ask for 公益岗 by name). The sentences of the person's
place naming those within five years of the legal age (posts placed first, the hard-to-employ group, subsidies running
to retirement) are quoted whole, each with its own validity, then the one-year extension of 失业保险金; where an age was
said, how far it is from five years on each reading (the office decides)."""

from __future__ import annotations

import re
from datetime import date

from actions.retirement_age import against
from answers import place_sentences
from answers.models import Reply
from answers.notices import HOTLINE_NAME

ASKED = re.compile(
    r"(?:快|马上|临近|接近|眼看|就要|快要)(?:到)?退休|离退休(?:没几年|不远|就几年|也就几年)|退休前(?:的)?(?:人|几年)|大龄"
)
CARE = re.compile(r"照顾|政策|优待|帮扶|扶持|有啥|有什么|补贴|安排|说法|待遇")
# the texts' words for those within five years of the legal age, and the one-year extension of the benefit
FIVE_YEARS = re.compile(r"(?:距|距离)法定退休年龄(?:5年以内|不足5年)")
ONE_YEAR = re.compile(r"不足1年的，可继续领取失业保险金直至法定退休年龄")
MOST = 3


def reply(text: str, profile: dict, as_of: date) -> Reply | None:
    if not (ASKED.search(text or "") and CARE.search(text or "")) or profile.get("applicant_type") not in (
        None,
        "person",
    ):
        return None
    region = profile.get("region")
    # who is placed or counted, not who pays for it ("…继续安置所需资金由就业补助资金列支")
    five = [c for c in place_sentences.find(FIVE_YEARS, region, as_of) if "资金" not in c["quote"]][:MOST]
    if not five:
        return None
    one = place_sentences.find(ONE_YEAR, region, as_of)[:1]
    lines = ["临近退休的人员，收录的文件里写的是（距法定退休年龄5年以内的，公益性岗位优先安置）："]
    lines += [place_sentences.line(c) for c in five]
    years = against(profile, as_of, 60, "在“距法定退休年龄5年以内”之列", "不在“距法定退休年龄5年以内”之列")
    if years:
        lines.append(f"{years}。")
    if one:
        lines.append("领完失业保险金时距法定退休年龄不足1年的，还可以接着领：")
        lines += [place_sentences.line(c) for c in one]
    where = "" if region else "您没说在哪个市县，以上是收录文件的写法；"
    lines.append(
        f"{where}能否安排公益性岗位、是否认定为就业困难人员，以当地人力资源社会保障部门认定为准，也可拨打{HOTLINE_NAME}。"
    )
    return Reply("\n".join(lines), five + one, meta={"near_retirement": True, "low_confidence": False})
