"""A question naming only a place ("你好 大连有啥补贴", "聊城有什么政策"): no benefit, group or situation to answer
from, so the reply lists nothing (the search's three nearest to "补贴" were 2020 epidemic hiring subsidies for 防疫
firms, said first to anyone in 2026) and asks who is asking, the question that splits the place's measures most."""

from __future__ import annotations

import re

from knowledge import regions

# what is left once the place and the greeting are taken out: "有啥补贴", "都有什么政策吗"
GENERIC = re.compile(
    r"(?:我在|我是|在)?(?:这边|这里|当地|本地)?(?:现在|目前|今年)?(?:都)?(?:有|能申请|能领|能享受)(?:啥|什么|哪些|没有)"
    r"(?:样的|些)?(?:补贴|补助|政策|扶持|优惠|帮扶|好政策|就业政策|扶持政策|补贴政策)(?:吗|呀|啊|呢|没有|不)?"
)
FILLER = re.compile(r"你好|您好|请问|咨询一下|问一下|想问下|想问一下|[，,。？?！!\s]|市|县|区")


def is_bare(text: str) -> bool:
    """Whether the message names a place and asks what there is, and nothing else."""
    said = text or ""
    places = regions.regions_in_text(said)
    if not places:
        return False
    for alias in sorted(regions.aliases_in_text(said), key=len, reverse=True):
        said = said.replace(alias, "")
    return bool(GENERIC.fullmatch(FILLER.sub("", said)))


def line(place: str) -> str:
    return (
        f"{place}的扶持政策分个人和单位两类，条件各不相同。先问您几个问题，我再告诉您能申请哪些、能领多少；"
        "也可以直接说说您的情况（如“失业半年了”“应届毕业生”“公司招了新员工”）。"
    )
