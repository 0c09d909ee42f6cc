""" "我们的人失业保险都交了两年 今年考了证 能领不" (eval101 RA09, a factory's HR, 大连 2020-05): 46号（四） grants the 技能提升
补贴 to "依法参加失业保险3年以上…的企业职工", and the reply quoted it without saying that two years fall short; "那意思是两年
不够 领不了呗" then heard a 国有企业 "今明两年" sentence. The years of insurance said are set against the years the quoted
sentence requires, in one line, with the office's word last."""

from __future__ import annotations

import re

import cn2an

REQUIRED = re.compile(r"(?:参加失业保险|参保|缴纳失业保险费?|缴费)\s*(\d+)\s*年以上")
SAID = re.compile(
    r"(?:交|缴|参保|上|参加)(?:了|过)?(?:失业保险|社保|保险)?(?:都|也|才|就)?(?:交|缴)?(?:了)?\s*([一二两俩三四五六七八九十\d]+)\s*年"
)


def _years(text: str) -> int | None:
    m = SAID.search(text or "")
    return int(cn2an.cn2an(m.group(1).replace("俩", "两"), "smart")) if m else None


def line(text: str, quoted: str) -> str | None:
    """The line setting the years said in `text` against the years `quoted` requires, or None."""
    found = list(REQUIRED.finditer(quoted or ""))
    # "由…参加失业保险 3 年以上放宽至参保 1 年以上" (凌源 三、（二）): the loosened requirement is the one in force
    need = (found[-1] if "放宽" in (quoted or "") else found[0]) if found else None
    have = _years(text)
    if need is None or have is None:
        return None
    required = int(need.group(1))
    if have < required:
        return f"原文要求“{need.group(0)}”；按您说的{have}年，不满足这一条件（以经办部门认定为准）。"
    return f"原文要求“{need.group(0)}”；按您说的{have}年，满足这一条件，其他条件以经办部门认定为准。"
