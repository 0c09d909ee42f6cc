"""What a person says they are not asking about is not searched for.

eval29 P12: "我不是要生活补助 我要领失业金 一个月给多少" was answered with the 临时生活补助 sentence again (its words were
the closest to the question's), and "不是贷款。失业金领完了…" after a loan clause. Only a topic turned away is cut
("不是要X", "不是问X", a message opening "不是X。"); a condition said with 不是 ("不是本地户口能领吗") stays.
"""

from __future__ import annotations

import re

DENIED = re.compile(
    # "我没问低保 我问单位辞退我给不给经济补偿" with its spaces stripped (eval107 XA10 heard 低保 twice): up to "我问"
    r"(?:(?<!是)(?:我|俺)?(?:不是要|不是问|不是说|(?<![要用能得])不要|不问|没问)[^，。,\s；;！!？?吗呢]{1,10}?"
    r"(?:[，。,\s；;！!]+|$|(?=(?:我|俺)(?:是)?(?:问|想问|要问|说的是|问的是))))|"
    r"^(?:不对[，,。\s]*)?不是[^，。,\s；;！!？?]{1,8}[。！!]+|"
    # "俺们是饭馆 不是做防疫的 招的是附近的大姐 社保能补不" (eval71 NA01 heard 辽政发（十）'s 疫情解除后 sentence as the clause
    # matching what it said): a line of business the firm is not in
    r"(?:也|并)?不是(?:做|搞|干|生产|弄)[^，。,\s；;！!？?]{1,8}的(?:[，。,\s；;！!]+|$)|"
    # "俺不贷款。就问招这个贫困户，社保补贴能补多少" (eval72 OA11 heard the loan sentence twice): a measure declined
    r"(?:我|俺)(?:们)?(?:也)?(?:不|不想|不打算|没想|用不着)(?:贷款|借贷款|贷)(?:[，。,\s；;！!]+|$)|"
    # "我不申请补贴。我问的是经济性裁员…" (eval75 RB11, a lawyer, heard subsidy lists twice): no benefit asked at all
    r"(?:我|俺)(?:们)?(?:也|并)?(?:不|不想|不打算|没想|不是来)(?:申请|要|领|问)(?:补贴|补助|钱)(?:[，。,\s；;！!]+|$)|"
    # "我又不是孵化基地 算了 贷款具体上哪个部门办" (eval63 FA06 heard 第15条's 孵化基地): 又不是 turns it away
    r"(?:我|俺)?(?:们)?又不是[^，。,\s；;！!？?]{1,10}(?:[，。,\s；;！!]+|$)|"
    # "啥人才安家的跟我有啥关系" (eval59 AA12 heard 人才安家补助 again as "直接相关的原文")
    r"(?:啥|什么)?[^，。,\s；;！!？?]{1,10}?(?:的)?\s*(?:跟|和|与)(?:我|俺)(?:们|家)?(?:有啥|有什么|没|没有|有)(?:啥|什么)?关系"
    r"[吗呢啊啦]?[。！!？?，,\s]*"
)


def without_denied(text: str) -> str:
    """The message without the topics it turns away; the message itself when nothing else is left."""
    rest = DENIED.sub(" ", text or "").strip()
    return rest if len(rest) >= 2 else text


# "我不残疾也不是低保，也没创业。有没有见习啥的" (eval63 FA01 heard 46号（十二）'s 1000元 for 低保 and 残疾 graduates): a group
# the person says they are not in is no word to search by (the facts are read from the whole message)
GROUP_NAMES = (
    r"(?:残疾人?|退役军人|当过兵|建档立卡(?:贫困户)?|贫困户|低保户?|低保家庭|零就业家庭|农民工|大学生|高校毕业生|毕业生|"
    r"创业|自己创业|军人配偶|烈属|单亲|劳动模范|劳模|失地农民|特困|"
    # "我不是啥平台的，就自己跑活" (eval89 FA12 heard 平台就业人员's loan twice), "俺不是啥去产能的" (FA03)
    r"平台(?:就业人员|的)?|去产能(?:失业人员|的)?)"
)
NOT_OF_GROUP = re.compile(
    # "店里没有毕业生" (a shop's hires): none of that group there
    r"(?:(?<=[我俺也都并又里上中])|^|(?<=[，。,\s；;]))(?:也|都|并)?(?:不是|不算|没有|没|不)(?:是|算)?(?:啥|什么)?"
    + GROUP_NAMES
    + "|"
    # "你咋老说大学生呢，我就一个普通农民" (eval85 BA03 heard 凌源's 20万元 for graduates a third time): a group the
    # person complains of hearing
    r"(?:老|总|总是|一直|又|怎么又|咋又|怎么老|咋老)(?:说|提|扯|给我说|跟我说)" + GROUP_NAMES + "|"
    # "啥高校毕业生啊 我初中毕业" (eval89 FA01 heard 残疾高校毕业生's 60% for "能贷多少"): the group asked back, scorned
    r"(?:^|(?<=[，。,\s；;]))(?:啥|什么)" + GROUP_NAMES + r"(?:啊|呀|哇|嘛)|"
    # "他没上大学 特教学校毕业的…补几年" (eval108 YA12, a mother, heard the graduates' 1年): college never attended
    r"(?:没|没有|不是)(?:上|念|读)(?:过)?(?:大学|大专|高校)(?:的)?|特教学校毕业(?:的)?|"
    # "跟毕业生没关系 就问创业带头人社保补贴" (eval109 ZA10, a shop couple, heard the graduates' clause)
    r"(?:跟|和|与)" + GROUP_NAMES + r"(?:的)?(?:没关系|没啥关系|没有关系|无关)"
)


def without_groups_denied(text: str) -> str:
    """The message to search by, without the groups the person says they are not in."""
    rest = NOT_OF_GROUP.sub(" ", without_denied(text)).strip()
    return rest if len(rest) >= 2 else without_denied(text)


def drop_denied(response: dict, text: str) -> dict:
    """The search's hits without those whose leading sentence is of a case the person says is not theirs ("我不是啥平台的，
    就自己跑活。这样也能贷吗", eval89 FA12, heard "平台就业人员购置生产经营必需工具的…" as the nearest clause); all of them
    when nothing else is left."""
    from answers.clause_detail import denied_cases
    from answers.sentences import runs

    denied = denied_cases(text)
    results = response.get("results") or []
    if not denied or not results:
        return response
    # "我问的是在岗培训补贴 不是稳岗返还" (eval103 TB09): a sentence naming the case turned away and the one asked, in the
    # words typed ("…稳岗返还及困难企业开展职工在岗培训的补贴政策…"), is the one asked for
    rest = text
    for d in denied:
        rest = rest.replace(d, "，")
    typed = runs(rest)

    def lead(h: dict) -> str:
        return (h.get("highlights") or [""])[0] or ""

    kept = [h for h in results if not any(d in lead(h) for d in denied) or any(r in lead(h) for r in typed)]
    return {**response, "results": kept} if kept else response
