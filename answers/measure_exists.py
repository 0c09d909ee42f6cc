""" "辽宁省有还是没有": whether the documents of a place have a measure, said first, from the clause texts.

eval7 R03: "那到底有没有毕业生去小微企业的社保补贴？直接说" got 辽政发（二） "多措并举减轻企业和个体工商户…负担"
and then "辽宁省有还是没有" 辽政发（二十五） "就业创业先进奖评选". The measure asked about is read as the text's
words the question names (毕业生, 小微企业, 社会保险补贴: `TERMS`); a sentence of the place's documents that
has them all is the measure. None there: "没有" said plainly, with the covered places whose text has one. A
sentence that names the measure only as an existing policy ("享受灵活就业社会保险补贴政策期满…延长1年")
sets no standard or term of its own: said so (eval7 R14), never offered as the measure.
"""

from __future__ import annotations

import re
from datetime import date

from answers import citations, clause_json, validity_words
from answers.departments import departments_text
from answers.models import Reply
from answers.notices import HOTLINE_NAME
from answers.sentences import _records, compact
from knowledge.records import ClauseRecord, Sentence
from knowledge.regions import covers

# (what people say, the text's word, how it is said back): generic words of the documents, one each
TERMS = (
    (r"毕业生|大学生|高校毕业", "毕业生", "高校毕业生"),
    (r"小微企业", "小微企业", "小微企业"),
    (
        r"社保[^，。？?！!]{0,3}补贴|社会保险[^，。？?！!]{0,3}补贴|社保补助",
        "社会保险补贴",
        "社会保险补贴",
    ),  # "社保全额补贴"
    (r"灵活就业|打零工|零工", "灵活就业", "灵活就业"),
    (r"个体户|个体工商户", "个体工商户", "个体工商户"),
    (r"创业带头人", "创业带头人", "创业带头人"),
    (r"见习", "见习", "就业见习"),
    (r"核酸|防疫检测", "核酸检测", "核酸检测"),
    (r"稳岗返还", "稳岗返还", "稳岗返还"),
    (r"失业金|失业保险金", "失业保险金", "失业保险金"),  # "失业金能不能接着领到退休" (eval19 Q10)
    (r"担保贷款", "担保贷款", "创业担保贷款"),
    (r"就业困难", "就业困难人员", "就业困难人员"),
    (r"公益性?岗", "公益性岗位", "公益性岗位"),
    (r"学徒", "学徒", "学徒制培训"),  # "学徒那个能不能申请" after the 1% rate cut (eval21 S24 heard "能。" of the rate)
    (r"技能提升", "技能提升", "技能提升补贴"),
    (r"孵化", "孵化", "创业孵化"),
    # "社保和住房公积金能不能缓交" (eval41 G20, 大连 on 2020-03-25, heard 灵活就业's 公积金 sentence)
    (r"缓交|缓缴|晚交|延期交|延缓交|延期缴", "缓缴", "缓缴"),
    # "2020年3月的时候大连企业社保能免吗" (eval89 FB08, asked of 2020-03, heard 46号's 技能提升 and 创业带头人 sentences):
    # the relief is only in later texts ("按规定执行阶段性减免社会保险费"), said so
    (
        r"社保[^，。？?！!]{0,4}(?:能免|免不免|免吗|免交|免缴|减免|减半)|免(?:交|缴)?社保|社会保险费?[^，。？?]{0,3}(?:减免|免)",
        "减免社会保险费",
        "社会保险费减免",
    ),
    # "俺就问职业技能培训 失业的年轻人能不能免费参加" (eval41 G05 heard 不能 of a graduates' 社保补贴)
    (
        r"职业技能培训|职业培训|技能培训|免费培训|学手艺|学技术|学技能",
        "职业技能",
        "职业技能培训",
    ),  # "孵化基地能不能免费进" after a premises subsidy (eval23 U08 heard 不能 of it)
)
OWN_MEASURE = re.compile(r"补贴|补助|贷款|返还|培训|岗位|保险|减免|见习|贴息|费")
# a benefit named by its own noun ("临时生活补助", "这个补贴"): up to four characters before the benefit's ending
BENEFIT_NOUN = re.compile(r"[\u4e00-\u9fff]{2,4}(?:补助金|补助|补贴|保险金|津贴)")
BENEFIT_WORDS = {"社会保险补贴", "稳岗返还", "担保贷款", "核酸检测", "见习", "公益性岗位"}
# who or what kind of firm a measure is for; every other word of TERMS is a thing given
GROUP_WORDS = {"毕业生", "小微企业", "灵活就业", "个体工商户", "创业带头人", "就业困难人员"}
# "享受灵活就业社会保险补贴政策期满": the measure named as a policy already in place, not set here
REFERS = "(?:享受|落实|执行)[^，。；]{{0,6}}{w}[^，。；]{{0,4}}政策"
# the phrase a person asked about, said back: "有没有毕业生去小微企业的社保补贴", "…就业有社保补贴吗"
ASKED = (
    re.compile(r"有没有(?P<x>[^？?，,。！!]{4,30})"),
    re.compile(r"(?P<x>[^？?，,。！!]{2,20})有(?P<y>[^？?，,。！!]{2,12}?)(?:吗|没有|不)"),
)


def terms_in(text: str) -> list[tuple[str, str]]:
    """(the text's word, how it is said) for each measure word the message names, not one it denies ("我不是就业困难
    人员", eval43 E05, was asked after as a measure)."""
    return [(word, said) for spoken, word, said in TERMS if _said(spoken, text or "")]


def _said(spoken: str, text: str) -> bool:
    return any(
        # "也没领过失业金" (eval100 QA01) names no measure asked about, as "我不是就业困难人员" names no group
        not re.search(
            # "没有毕业生 都是附近的大姐" (eval109 ZA10, a shop's hires, was told 大连 has no 创业带头人 社保补贴)
            r"(?:不是|不算|并非|非|(?<!有)没有|没|没(?:有)?(?:领|拿|享受|申请)过?)\s*$",
            text[max(0, m.start() - 5) : m.start()],
        )
        # "跟毕业生没关系 就问创业带头人社保补贴" (eval109 ZA10): a word said to have nothing to do with it
        and not re.match(r"\s*(?:的)?(?:没关系|没啥关系|没有关系|无关)", text[m.end() : m.end() + 6])
        for m in re.finditer(spoken, text)
    )


def asked_phrase(text: str) -> str:
    for pattern in ASKED:
        m = pattern.search(re.sub(r"\s+", "", text or ""))
        if m and terms_in(m.group(0)):
            x = re.sub(r"^(?:那|到底|就|你|直接说)+", "", m.group("x"))
            y = m.groupdict().get("y")
            if len(x) > 16 or re.search(r"\d|吧|了|吗", x):
                return ""  # "锦州的45了跑网约车的算灵活就业吧社保能" (eval30 Q05): a question's run, said back garbled
            return f"{x}的{y}" if y else x
    return ""


# how the texts also write a word: 大政发〔2017〕46号（六） "创业带头人…社保补贴" (eval22 T18 was told 大连 has none)
WRITTEN = {
    "社会保险补贴": ("社会保险补贴", "社保补贴"),
    # 凌政发〔2019〕14号 三、（一） "返还其上年度实际缴纳失业保险费", 大政发〔2017〕46号（四） "失业保险稳定岗位补贴": the
    # same measure in the words of older texts (eval52 Y08, Y11 heard "没有直接对应的规定" of 稳岗返还)
    "稳岗返还": ("稳岗返还", "返还其上年度实际缴纳失业保险费", "稳定岗位补贴", "稳岗补贴"),
    # 聊城 第4条 "免征中小微企业基本养老保险、失业保险、工伤保险单位缴费部分" (eval100 QA03 heard 聊城 has no 社保减免)
    "减免社会保险费": ("减免社会保险费", "保险单位缴费部分"),
}


def written(word: str, text: str) -> bool:
    """Whether `text` names the measure `word`, in any of the ways the documents write it."""
    return any(w in text for w in WRITTEN.get(word, (word,)))


def matching(region: str, words: list[str]) -> list[tuple[ClauseRecord, Sentence]]:
    """The sentences of the documents covering `region` that have every word."""
    out = []
    for rec in _records().values():
        if rec.kind != "clause" or not covers(rec.region, region):
            continue
        out += [(rec, s) for s in rec.sentences if all(written(w, compact(s.text)) for w in words)]
    return out


def only_referred(s: Sentence, words: list[str]) -> bool:
    benefit = [w for w in words if w in BENEFIT_WORDS]
    return bool(benefit) and all(re.search(REFERS.format(w=w), compact(s.text)) for w in benefit)


def _cited(rec: ClauseRecord, s: Sentence, as_of: date) -> tuple[list[str], dict]:
    cite = citations.from_hit(clause_json.as_hit(rec, as_of, [s.text]), s.text)
    v = validity_words.own(rec, s, as_of)
    cite["validity"] = v
    lines = [
        f"{citations.where(cite)}：",
        f"“{s.text}”",
        f"责任单位：{departments_text(rec.departments, rec.lead_departments)}。",
        f"该项规定{validity_words.status_words(v, as_of)}。",
    ]
    return lines, cite


def reply(text: str, earlier: list[str], region: str | None, places: list[str], as_of: date) -> Reply | None:
    """Whether `region`'s documents have the measure the message (or, for "辽宁省有还是没有", the last earlier
    question naming one) asks about; None when no such measure is named or the place is unknown."""
    # an earlier question only for a message naming no measure of its own ("辽宁省有还是没有"): "我这样的去培训，有没有
    # 生活费补贴" is not about the terms asked two turns before (eval21 S09 heard "没有“灵活就业”、“失业保险金”…")
    asked_before = [] if OWN_MEASURE.search(text or "") else earlier
    source = next((t for t in [text, *asked_before] if len(terms_in(t)) >= 2), "")
    found = terms_in(source)
    if source == text and not set(w for w, _ in found) & BENEFIT_WORDS:
        # "就是普通毕业生灵活就业，到底有没有补贴？" after "…灵活就业交社保…有没有社保补贴" (eval43 E05, 丹东): the measure
        # is the one asked before, the words now say whose
        before = next((t for t in earlier if set(w for w, _ in terms_in(t)) & BENEFIT_WORDS), "")
        found += [x for x in terms_in(before) if x[0] in BENEFIT_WORDS and x not in found]
    words = [w for w, _ in found]
    if not region or len(found) < 2 or len(set(words) & BENEFIT_WORDS) != 1:
        # two measures named ("就业见习、创业担保贷款、就业困难人员的都有啥", eval24 V19) are a list of topics, not one
        # measure no sentence holds: the ordinary answer takes each (it was told "聊城市文件里没有…的规定")
        return None
    given = [w for w in words if w not in GROUP_WORDS]
    if len(given) >= 2 and all(any(not only_referred(s, [w]) for _, s in matching(region, [w])) for w in given):
        # "稳岗返还 社保减免这些我能有吗" (eval100 QA03, 聊城) and "还有见习…失业金" (QA01, 大连) were told "…文件里没有
        # “稳岗返还”、“社会保险费减免”的规定": two things given, each written in the place's texts, are two topics
        return None
    asked = asked_phrase(source) or "、".join(f"“{s}”" for _, s in found) + "的规定"
    here = matching(region, words)
    setting = [(r, s) for r, s in here if not only_referred(s, words)]
    if setting:
        return None  # the measure is there: the ordinary answer cites it
    both = "、".join(f"“{w}”" for w in words)
    own = "、".join(p for p in places if covers(p, region)) or region  # 朝阳市: the province's documents
    lines = [f"{own}文件里没有{asked}（收录的{own}文件中没有同时写到{both}的规定）。"]
    cites: list[dict] = []
    if here:  # named only as a policy already in place (R14): what that sentence does say
        lines.append("提到它的只有下面这句，它没有规定该项补贴本身的标准和期限：")
        said, cite = _cited(*here[0], as_of)
        lines += said
        cites.append(cite)
    elsewhere = [(r, s) for p in places if p != region and not covers(p, region) for r, s in matching(p, words)]
    elsewhere = [(r, s) for r, s in elsewhere if not only_referred(s, words)]
    if elsewhere:
        rec, s = elsewhere[0]
        lines.append(f"收录的其他地方中，{rec.region}的文件有（只适用于{rec.region}）：")
        said, cite = _cited(rec, s, as_of)
        lines += said
        cites.append(cite)
    lines.append(f"以上以经办部门认定为准；{region}的具体做法请拨打{HOTLINE_NAME}，由热线转相关部门。")
    return Reply("\n".join(lines), cites, meta={"low_confidence": False, "exists": False})
