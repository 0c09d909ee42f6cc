"""低保 or 临时救助 asked for ("俺家能不能办低保 找谁办", "低保呢 你没说低保"): what the texts where the person is say
of it, quoted with the units their clause lists; who qualifies and how much are the 民政 rules', not these texts'.

12345 evaluation 48: a 聊城 wife (M06) heard "…没有列出“谁办”" with no sentence, though 第21条 says "对生活困难的失业人员
及其家庭，及时按规定纳入低保、临时救助等社会救助保障范围"; a 凌源 woman (M12) heard the training allowance's "不计入家庭
收入" instead of 一、（五）'s "对符合最低生活保障条件的家庭，及时纳入最低生活保障范围". After work, relief is
actions/relief_after_work.py's.
"""

from __future__ import annotations

import re
from datetime import date

from actions import relief_after_work
from answers import place_sentences
from answers.contact import HOTLINE_NAME
from answers.models import Reply

ASKED = re.compile(
    # not "家里现在吃低保" (eval101 RB07, a wife asking for her husband, heard the 低保 sentences): being on it is no ask
    r"(?<!现在)(?<!一直)(?<!已经)(?<!正在)(?<!在)(?<!家里)(?<!家)(?:办|申请|吃|领|享受|纳入|能不能办|能办)(?:个)?低保(?!户|家庭|了|呢|着)|低保(?:呢|能办|怎么办|咋办|去哪|找谁|能不能)|临时救助|救助金|"
    # "低保啥的能申请不" (eval62 EA05 heard "不能" of the 低保 continuation for those who found work)
    r"低保[^，。,？?]{0,4}(?:能|可以|可不可以)(?:申请|办|领)"
)
SAYS = re.compile(r"纳入(?:最低生活保障|低保)|(?:最低生活保障|低保)、临时救助|给予临时救助|临时救助等社会救助")
MOST = 2


# "我家不是低保 能领不" (eval104 UA01, a graduate asking of the 1000元 求职创业补贴, heard the 低保 sentences): 低保 denied
NOT_ON = re.compile(r"(?:不是|没有|没|不吃|不算|够不上|也不是)(?:啥|什么)?低保(?:户|家庭)?")


def reply(text: str, region: str | None, as_of: date) -> Reply | None:
    text = NOT_ON.sub("，", text or "")
    if not ASKED.search(text or "") or relief_after_work.ASKED.search(text or "") or not region:
        return None
    found = place_sentences.find(SAYS, region, as_of)[:MOST]
    if not found:
        return Reply(
            f"收录的适用于{region}的文件里没有写低保、临时救助的办理；这两项由民政部门按规定办理，"
            f"请向当地民政部门或乡镇（街道）咨询，或拨打{HOTLINE_NAME}。",
            meta={"relief": True},
        )
    lines = ["收录的文件里与低保、临时救助有关的规定："]
    for c in found:
        lines.append(place_sentences.line(c))
        units = "、".join(c.get("departments") or [])
        if units:
            lines.append(f"  本条责任单位：{units}。")
    lines.append(
        "原文没有写明申请条件、标准和办理地点；能否纳入以民政部门认定为准，可向当地民政部门或乡镇（街道）咨询，"
        f"或拨打{HOTLINE_NAME}。"
    )
    return Reply("\n".join(lines), found, meta={"relief": True, "low_confidence": False})
