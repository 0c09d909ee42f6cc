"""Cantonese (and a few northern) question words read as Mandarin ("失业补助金系咩" → "失业补助金是什么", "咁我而家仲可以领吗" →
"那我现在还可以领吗").

Older callers from the south type as they speak (eval8 F33: "失业补助金系咩" was never answered, "咁我而家仲可以领吗"
was read as a question about 孵化基地). The knowledge base, the lexicon and the NLU are Mandarin, so the few
Cantonese words that carry the question are replaced once, after the traditional characters are simplified;
the transcript keeps what was typed. Only whole Cantonese words and characters that Mandarin does not use are
replaced (系 alone is 关系's 系, so only 系咩/系乜/系唔系 are read; 唔 alone may be Mandarin's "嗯", so only
唔 before a verb is 不).
"""

from __future__ import annotations

import re

# longest first; each a word Mandarin text never contains
WORDS = [
    ("系唔系", "是不是"),
    ("系咪", "是不是"),
    ("乜嘢", "什么"),
    ("系咩", "是什么"),
    ("系乜", "是什么"),
    ("点样", "怎样"),
    ("点解", "为什么"),
    ("几多钱", "多少钱"),
    ("几多", "多少"),
    ("边度", "哪里"),
    ("边个", "哪个"),
    ("而家", "现在"),
    ("仲可以", "还可以"),
    ("仲有", "还有"),
    ("仲系", "还是"),
    ("唔系", "不是"),
    ("我系", "我是"),
    ("你系", "你是"),
    ("佢系", "他是"),
    ("就系", "就是"),
    ("都系", "都是"),
    ("唔该", "请"),
    ("唔可以", "不可以"),
    ("唔喺", "不在"),
    ("唔知", "不知道"),
    ("唔明", "不明白"),
    ("唔会", "不会"),
    ("唔识", "不会"),
    ("唔得", "不行"),
    ("唔使", "不用"),
    ("唔好", "不要"),
    ("唔要", "不要"),
    ("唔够", "不够"),
    ("唔能", "不能"),
    ("冇", "没有"),
    ("嘅", "的"),
    ("咩", "什么"),
    ("乜", "什么"),
    ("喺", "在"),
    ("佢哋", "他们"),
    ("佢", "他"),
    ("啲", "些"),
    ("嗰", "那"),
    ("咁", "那"),
    ("俾", "给"),
    ("呢个", "这个"),  # eval97 NB04: "大连 呢个 社宝 补贴"
    # northern words that carry the question (eval10 H18: "中不中 能领几年" was "没听明白"); whole words only
    ("中不中", "行不行"),
    # pinyin-input slips of older callers (eval45 C21: "俺家老头子 下刚了 有啥补帖" heard 两后生 and 贫困家庭毕业生
    # measures): homophones of the policy words, none of them a word of its own
    ("补帖", "补贴"),
    ("补占", "补贴"),
    ("下刚了", "下岗了"),  # not 下刚 alone: "等一下刚才说的"
    ("残急", "残疾"),  # eval67 JA06: "腿有残急…给残急人安排工作" was never read as 残疾
    ("退逸", "退役"),  # eval71 NA07: "我是退逸军人" heard 高校毕业生 measures
    ("陪训", "培训"),  # eval71 NA07: "有没有免费陪训" was passed over
    ("公议岗", "公益岗"),  # eval72 OA02: "听说有公议岗" heard the 人才安家补助 twice
    ("公义岗", "公益岗"),
    ("失叶", "失业"),
    ("就叶", "就业"),
    ("创叶", "创业"),
    ("社宝", "社保"),
    # eval100 QB07, eval101 RB04: "大连高校必业生有啥补帖", "听说疫清期间提高了"
    ("必业", "毕业"),
    ("疫清", "疫情"),
    ("社报", "社保"),
    # "离退修还差两年" (the seventeenth session's last live conversation): the retirement never read
    ("离退修", "离退休"),
    ("到退修", "到退休"),
    ("贷宽", "贷款"),
    # "能带多少款啊", "能贷多少款" (eval89 FA01: a taxi driver's loan question heard a graduates' sentence): the loan's
    # amount asked with the noun split; "带款" is no word of its own
    ("带多少款", "贷款多少"),
    ("贷多少款", "贷款多少"),
    ("带款", "贷款"),
    # "那贷这个款 利息谁出" (eval103 TA02, a farmer in 凌源, heard 低保's sentence as the nearest clause)
    ("贷这个款", "这个贷款"),
    ("贷这笔款", "这笔贷款"),
    ("贷的款", "贷款"),
    ("保险今", "保险金"),
    ("失业今", "失业金"),
    # "多小钱" (eval96 MB04 heard "没有理解"): 多少 typed by sound; "多小" alone stays ("多小的企业")
    ("多小钱", "多少钱"),
    ("灵活就页", "灵活就业"),  # "就页" is no word of its own
]
_PATTERN = re.compile("|".join(re.escape(w) for w, _ in WORDS))
_TO = dict(WORDS)


def mandarin(text: str) -> str:
    """`text` with Cantonese question words in Mandarin (unchanged when it has none)."""
    return _PATTERN.sub(lambda m: _TO[m.group()], text) if text else text
