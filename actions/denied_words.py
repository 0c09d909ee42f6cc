"""What a person says they are not asking about is not searched for.

eval29 P12: "我不是要生活补助 我要领失业金 一个月给多少" was answered with the 临时生活补助 sentence again (its words were
the closest to the question's), and "不是贷款。失业金领完了…" after a loan clause. Only a topic turned away is cut
("不是要X", "不是问X", a message opening "不是X。"); a condition said with 不是 ("不是本地户口能领吗") stays.
"""

from __future__ import annotations

import re

DENIED = re.compile(
    r"(?:(?<!是)(?:我|俺)?(?:不是要|不是问|不是说|(?<![要用能得])不要|不问|没问)[^，。,\s；;！!？?吗呢]{1,10}(?:[，。,\s；;！!]+|$))|"
    r"^(?:不对[，,。\s]*)?不是[^，。,\s；;！!？?]{1,8}[。！!]+|"
    # "啥人才安家的跟我有啥关系" (eval59 AA12 heard 人才安家补助 again as "直接相关的原文")
    r"(?:啥|什么)?[^，。,\s；;！!？?]{1,10}?(?:的)?\s*(?:跟|和|与)(?:我|俺)(?:们|家)?(?:有啥|有什么|没|没有|有)(?:啥|什么)?关系"
    r"[吗呢啊啦]?[。！!？?，,\s]*"
)


def without_denied(text: str) -> str:
    """The message without the topics it turns away; the message itself when nothing else is left."""
    rest = DENIED.sub(" ", text or "").strip()
    return rest if len(rest) >= 2 else text
