"""A question about what a word means, and the word ("什么样的人算就业困难人员", "…咋认定", "…的定义").

The defining sentence answers it and it gives no fact of the speaker (DESIGN). Split from actions/turns.py.
"""

from __future__ import annotations

import re

from actions import clause_in_play
from knowledge.script import simplified

DEFINITION = re.compile(
    r"(?:什么|啥)样的?(?:人|人员|企业|单位|情况)?(?:才|能|可以)?(?:算|属于|叫)|(?:什么|啥)(?:人)?才?算|"
    r"(?:算不算|属不属于).{0,10}(?:人员|企业|群体)|^.{2,10}(?:算不算|属不属于|算吗|算不)[?？]?$|是什么意思|啥意思|什么意思|指的是|是指什么|指什么|是?指啥|"
    # "重点群体具体指谁 文件里写了没" (eval103 TB12, an officer, heard 聊城 第10条's 残疾人 sentence as the answer)
    r"(?:具体)?指(?:的是)?谁|"
    r"(?:都)?(?:包括|包含)(?:哪些|哪几种|什么|啥)|都有哪些人|(?:怎么|如何|怎样|咋)认定|认定标准|认定条件|的定义|定义是(?:什么|啥)|"
    # "困难企业有定义吗", "怎么界定" (eval38 K23 heard three 稳岗返还 clauses and never "没有定义")
    r"有(?:没有)?(?:明确的?)?定义|有无定义|下(?:了|过)?定义|(?:怎么|如何|怎样|咋)界定|界定标准|"
    # "创业带头人是啥" (eval108 YB11, an officer, heard a sentence using it called "政策原文对该词的说明")
    # (not of a measure's standard or terms: "经营困难企业的返还标准是啥", eval53 L14)
    r"^(?!那|这|你|我)(?![\u4e00-\u9fff]*(?:标准|多少|比例|期限|条件|时间|流程|材料|区别))[\u4e00-\u9fff]{2,12}是(?:啥|什么)(?:呀|啊|呢)?[?？]?$|"
    # "小微企业怎么划分" (eval108 YB11, an officer, was recorded 企业规模：小型企业 and asked about loans)
    r"(?:怎么|如何|怎样|咋)划分|按(?:啥|什么)标准划分|划分标准|"
    # "城镇零就业家庭 定义" (eval44 D23, an agent, got the questions), "零就业家庭怎么定义"
    r"\s?定义[?？]?$|(?:怎么|如何|怎样|咋)定义|"
    # "就业困难人员 范围" (eval54 U23, an agent, heard the 纳入…范围 sentences twice, never the list)
    r"[\u4e00-\u9fff]{3,12}\s*(?:的)?范围[?？]?$|"
    r"(?:什么|啥)(?:叫|是)(?!补贴|政策)|"
    # "就业困难人员呢？哪些人算", "…的范围是啥，哪几类人" (eval18 P23 heard 18号（十二）'s subsidy sentences twice)
    r"哪些人(?:算|属于)|哪几类人|认定的?\s*(?:哪些人|范围)|(?:的)?范围是(?:啥|什么)|(?:的)?范围(?:包括|有)(?:哪些|啥|什么)|"
    # "灵活就业人员指哪些人" (eval33 W23 was asked the form's questions as if 灵活就业)
    r"指(?:的是)?(?:哪些|哪几类|哪类|什么样的?)(?:人|人员|企业|单位|情况)|"
    # "简单说 是不是家里两口子都没工作就算零就业家庭" (eval100 QB08, asking a meaning, was recorded as one and listed
    # benefits): whether a case falls under a term is the term's definition
    r"是不是[^？?，,。]{2,24}?就(?:算|属于|叫)[\u4e00-\u9fff]{2,12}|"
    # "初次创业怎么算" (eval102 SB08 heard 辽政发（十）'s 200元/人): how a status counts, not a sum
    r"^(?:那)?[\u4e00-\u9fff]{0,6}(?:创业|就业|人员|家庭|企业|单位|群体|对象|毕业生|农民工|带头人)(?:是)?(?:怎么|咋|如何)算(?:的|呢)?[?？]?$"
)
# "是不是家里两口子都没工作就算零就业家庭" (eval100 QB08): a case put to a term, no fact of the speaker's own
SUPPOSED = re.compile(r"是不是[^？?，,。]{2,24}?就(?:算|属于|叫)[\u4e00-\u9fff]{0,12}")


def without_supposed(text: str) -> str:
    return SUPPOSED.sub(" ", text or "")


# The speaker's words around a definition asked ("我没被认定，我就是问问啥样的人算", "你就告诉我…的定义", eval8
# F22): they ask, they state nothing of their own, so the defining sentence answers.
ONLY_ASKING = re.compile(
    # "先别问我 你还没说啥叫灵活就业人员呢" (eval28 Z18 was asked the form's questions three times)
    r"(?:先)?(?:别|不要|甭)(?:再)?问我|"
    # "我不是问我自己 我是坐席" (eval33 W23): a hotline agent asking for the text, no facts of their own
    r"(?:我|俺)?不是(?:在)?(?:问|说)(?:我|俺)(?:自己)?|(?:我|俺)是(?:热线)?(?:的)?(?:坐席|接线员|话务员|工作人员)|(?:我|俺)都问(?:了)?[三两几\d]遍了?|"
    r"(?:你)?(?:就|直接)?(?:告诉|跟|给)我(?:说说)?|(?:我|俺)(?:就是|只是|就|只)?(?:想)?(?:问问|问一下|问|知道|打听)|"
    r"(?:我|俺)(?:没|没有|不是|还没)被?认定(?:为|成)?(?:就业困难人员)?|"
    # "退伍军人算不算就业困难人员？我听说退伍的失业一年以上可以算" (eval86 CB06, a firm, heard a heading quoted): what
    # one has heard is no fact of one's own
    r"(?:我|俺)(?:也)?(?:听说|听人说|听别人说|看到|看网上说|看新闻说)|"
    # "来电人想知道就业困难人员都包括哪些人" (eval90 GB01, an agent, read the term "来电人想知道就业困难人员"): who asks
    r"来电(?:人|的|者)?(?:想知道|想了解|想问问?|问的?是?|问|说)?|(?:他|她)(?:想知道|想问问?|问)"
)

_TERM = re.compile(
    r"(?:(?:什么|啥)样的?|什么|啥)(?:人|人员|企业|单位)?(?:才|能|可以)?(?:算|属于|叫|是)(?P<a>[\u4e00-\u9fff]{2,12}?)(?:[?？。，,]|$)|"
    r"(?P<b>[\u4e00-\u9fff]{2,12}?)(?:(?:享受(?:相关)?政策)?的?都?(?:是|有)?(?:哪几类人|哪些人)|是?(?:个)?(?:什么|啥)意思|指的是|是指什么|指什么|是?指啥|(?:具体)?指(?:的是)?谁|都?(?:包括|包含)(?:哪些|哪几种|什么|啥)|"
    r"(?:怎么|如何|怎样|咋)认定|的认定标准|认定标准|的认定条件|的定义|呢?[?？，,]?(?:哪些人算|哪些人属于|哪几类人)|"
    r"有(?:没有)?(?:明确的?)?定义|有无定义|(?:怎么|如何|怎样|咋)界定|的?界定标准|定义[?？]?$|(?:怎么|如何|怎样|咋)定义|"
    r"(?:是)?(?:怎么|如何|怎样|咋)划分|(?:是)?按(?:啥|什么)标准划分|的?划分标准|是(?:啥|什么)(?:呀|啊|呢)?[?？]?$|"
    r"的?范围(?:是|包括|有)(?:啥|什么|哪些)|\s*(?:的)?范围[?？]?$|指(?:的是)?(?:哪些|哪几类|哪类|什么样的?)(?:人|人员|企业|单位|情况))|"
    r"(?:算不算|属不属于)(?P<c>[\u4e00-\u9fff]{2,12}?)(?:吗|呢|[?？。，,]|$)|"  # "零就业家庭的人算不算就业困难人员"
    r"是不是[^？?，,。]{2,24}?就(?:算|属于|叫)(?P<d>[\u4e00-\u9fff]{2,12}?)(?:吗|呢|了|[?？。，,\s]|$)|"
    r"^(?:那)?(?P<e>[\u4e00-\u9fff]{0,6}(?:创业|就业|人员|家庭|企业|单位|群体|对象|毕业生|农民工|带头人))(?:是)?(?:怎么|咋|如何)算(?:的|呢)?[?？]?$"
)


# "没有 不知道咋认定" (eval42 F24 heard "…都没有给“没有不知道”下定义"): the speaker's not knowing is no term
NOT_A_TERM = re.compile(
    r"^(?:(?:我|俺)?(?:也|都|还|就)?(?:没有|没办过|没办|没去过|不知道|不清楚|不懂|不会|不晓得|没|是|真|过)+)+"
)


DOCUMENT_NAMED = re.compile(
    r"[\u4e00-\u9fff]{0,4}[〔\[(（]\s*\d{4}\s*[〕\])）]\s*\d+\s*号(?:文件|文)?|第\s*[一二三四五六七八九十百\d]+\s*[条项]"
)
GROUP_ASKED = re.compile(
    r"(?:哪些人|哪几类人|哪类人|什么人|啥人)(?:才)?(?:算|属于|算是)([\u4e00-\u9fff]{2,12}?)(?:[?？。，,]|$)"
)


def defined_term(text: str) -> str:
    term = NOT_A_TERM.sub("", _defined_term(text))
    # "那在凌源怎么认定" (eval85 BB12 read the term "那在"): what is left of a place's words names nothing; nor does one
    # character ("有没有个定义", eval107 XB11, an officer, read the term "个")
    return "" if re.fullmatch(r"(?:那|这|在|到|去|的|里|边)+", term) or len(term) < 2 else term


def _defined_term(text: str) -> str:
    # "遼寧省 就業困難人員 包括哪些人": the term without the place and the spaces around it
    # "我不是问我自己 我是坐席 问文件里灵活就业人员的定义" (eval33 W23): the words about the asker are no term
    plain = clause_in_play.without_places(ONLY_ASKING.sub(" ", simplified(text or "")))[0]
    # "辽政发〔2020〕9号 第十六条 就业困难人员 范围" (eval109 ZB03, an officer, read the term "号第十六条就业困难人员"): the
    # document and clause named are no part of the term
    plain = DOCUMENT_NAMED.sub(" ", plain)
    # "大连那个高校毕业生全额贴息 高校毕业生怎么界定" (eval62 EB07 read "毕业生全额贴息高校毕业生"): the term of the
    # part that asks, where the message is in parts; the whole message joined only where no part names it
    # "不是问补贴 问的是认定范围 哪些人算就业困难人员" (eval67 JB07 read "的是认定" and said it back in a template): the
    # group after "哪些人算" is the term wherever the message names it so
    named = GROUP_ASKED.search(re.sub(r"\s+", "", plain))
    m = named or _TERM.search(re.sub(r"\s+", "", plain))
    term = (named.group(1) if named else _term_of(m)) if m else ""
    if term and not any(term in part for part in plain.split()):
        parts = [_term_of(t) for t in map(_TERM.search, reversed(plain.split())) if t]
        term = next((t for t in parts if t), term)
    term = re.sub(r"[啊呀呢吧嘛哈哦]+$", "", term)  # "啥叫灵活就业人员啊" (eval28 Z18 read "灵活就业人员啊的范围")
    # "就业困难人员到底指哪些人" (eval98 OB10, an officer, was told 辽宁's text writes no range for "就业困难人员到底")
    term = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:到底|究竟|具体|都|又|是不是)+$", "", term)
    term = re.sub(r"(?<=[\u4e00-\u9fff]{2})是$", "", term)
    term = re.sub(
        r"(?<=[\u4e00-\u9fff]{3})的?(?:认定|界定)$", "", term
    )  # "就业困难人员 认定 哪些人" (eval67 JB07)  # "大龄是怎么界定的" (eval52 Y15 read "大龄是")
    # "参照就业困难人员享受政策的是哪几类人" (eval56 O23 read "就业困难人员享受政策的"): the group referred to
    term = re.sub(r"享受(?:相关)?(?:政策)?的?$", "", re.sub(r"^参照", "", term))
    return re.sub(
        r"^(?:[\u4e00-\u9fff]{0,6}?的?(?:文件|原文|政策)(?:里面|里|中)的?|有没有|有无|请问|问一下|想问问|想问一下|想问|问问|想了解一下|想了解|想知道|打听一下|那个|这个|那(?=[\u4e00-\u9fff]{2})|所谓的?|咱们|你们说的|(?:这边|那边|这里|那里|文件)?(?:说的|讲的|提的|写的)|政策里的?|文件里的?|你?就?告诉我|"
        r"(?:我|俺|咱)们?(?:在|是)(?:这边|这儿|这里)?|问(?=[\u4e00-\u9fff]{2})|"
        # "文件里是不是写了建档立卡贫困劳动力是啥意思" (eval107 XB11 read the term "写了建档立卡贫困劳动力")
        r"(?:是不是|有没有|不是|是)?(?:写了|写的|写着|提到|提了|说了)(?=[\u4e00-\u9fff]{2})|(?:就|只)(?:想)?问(?:问|一下)?(?=[\u4e00-\u9fff]{2}))+",  # "我在大连 那就业困难人员呢" (the place cut out before)
        "",
        term or "",
    )


def _term_of(m: re.Match[str]) -> str:
    return m.group("a") or m.group("b") or m.group("c") or m.group("d") or m.group("e") or ""


def more_terms(text: str) -> list[str]:
    """The parts of a message asking what a second (third) word means, after the first: "什么算灵活就业？还有什么是
    就业困难人员？" asks two (eval18 P23 heard the first only)."""
    parts = [p for p in re.split(r"[？?。！!；;]", text or "") if DEFINITION.search(p)]
    first = defined_term(text)
    seen = {first}
    out = []
    for part in parts:
        term = defined_term(part)
        if term and term not in seen:
            seen.add(term)
            out.append(part)
    return out[:2]
