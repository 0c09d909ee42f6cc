""" "那退役军人有专门的培训吗 学个开车修车啥的 花钱不": the measure a situation question names leads the first reply
when no measure listed names it.

eval53 L12, a veteran in 凌源, asked about training four times and heard 失业保险金 and ended 2020 extensions: the
measures with rules (what the form can work out) fill the list, and training, which the texts grant without an
amount (辽政发〔2020〕9号（十一）, 凌政发〔2019〕14号 一、（三）), has no rule. The sentence of the place's documents that
names the measure asked, in force or open on the day, is quoted first, cited with its own validity.
"""

from __future__ import annotations

import re
from datetime import date

from actions.question_parts import MEASURE
from actions.question_parts import SAID_AS as TEXT_NAMES
from answers import citations, not_yet_issued, validity_words
from answers.clause_answer import verbatim
from answers.models import Reply
from answers.sentences import compact, is_heading, quote_of, record_of
from retrieval.search import search

# the words shared by too many measures to say which one is asked ("税" of any tax, "免" of any waiver)
TOO_WIDE = {"税", "免", "返还", "吸纳"}
# a service asked in plain words, and the texts' word for it ("有没有帮我们这岁数的找工作的": 18号（十八）'s
# "针对大龄…提供电话推荐就业岗位服务", eval53 L01)
LABELS = {"职业指导": "找工作的帮助"}
# paying later asked in plain words ("社保能不能先缓一缓再交"): the texts' 缓缴
DEFERRAL = re.compile(r"缓一缓|缓几个月|晚点(?:再)?交|先不交|缓交|缓缴|推迟(?:交|缴)")
SAID_AS = (
    # "有没有那种去单位边干边学还给点钱的" (eval53 L03 heard 三支一扶 and an ended 安家补助)
    (re.compile(r"边干边学|边学边干|边学边挣"), "见习"),
    # "厂里一直没给上保险 现在失业了 有没有啥补助" (eval53 L22): what the texts give those without 失业保险待遇
    # "从来没交过社保 现在零活也没了 媳妇还病着" (eval59 AA12 heard 人才安家补助): the same for 社保 never paid
    (
        re.compile(r"(?<![交缴上])没(?:有)?(?:给)?(?:交过?|缴过?|上过?|参加?过?)(?:失业)?(?:保险|社保)|没参保"),
        "临时生活补助",
    ),
    (re.compile(r"(?:介绍|推荐|帮(?:我|俺|忙)?(?:们)?[^，。？?]{0,8}?找)(?:个)?(?:工作|活)|找工作|找活"), "职业指导"),
    # "社保能不能先缓一缓再交" (eval97 NA02 heard 不能 of a 2019 refund, never 辽政发（二）'s "实施企业缓缴社会保险费"): deferral
    (
        re.compile(
            r"(?:社保|社会保险)[^，。？?]{0,10}(?:缓一缓|缓几个月|晚点(?:再)?交|先不交|缓交|缓缴|推迟(?:交|缴))"
        ),
        "缓缴社会保险费",
    ),
    (DEFERRAL, "缓缴"),
)


# "我在大连跑外卖的…一直没交社保…能不能贷款买个电动车" (eval72 OA08 heard 临时生活补助 and a bank-credit sentence; the
# answer is 18号（十二）'s "平台就业人员购置生产经营必需工具的，可按规定申请创业担保贷款及贴息"): one at work is not asking
# what the jobless without insurance get, and the texts name the rider and the bike in words of their own
AT_WORK = re.compile(r"外卖|骑手|网约车|滴滴|开出租|跑车|快递|上班|打工|摆摊|开店")
TEXT_WORDS = (
    (re.compile(r"外卖|骑手|网约车|滴滴|快递员|跑单|货拉拉|直播带货"), "平台就业人员"),
    (re.compile(r"买(?:个|辆|台|些)?(?:电动车|电瓶车|摩托|三轮|车|工具|设备)"), "购置生产经营必需工具"),
)


SELF_EMPLOYED = re.compile(r"个体户|个体工商户")
ALL_ENDED = re.compile(r"以下\d+项相关措施均已到期")


def lead(first: Reply | None, text: str, region: str | None, as_of: date, plain_only: bool = False) -> Reply | None:
    """`plain_only`: only a service asked in plain words (`SAID_AS`), for a reply with nothing else to lead."""
    if first is None or not region:
        return first
    keys = [] if plain_only else [k for k in dict.fromkeys(MEASURE.findall(text or "")) if k not in TOO_WIDE]
    keys += [
        word
        for pattern, word in SAID_AS
        if pattern.search(text or "")
        and word not in keys
        and not (word == "临时生活补助" and AT_WORK.search(text or ""))
    ]
    keys = [k for k in keys if not any(k != o and k in o for o in keys)]  # "缓缴" within "缓缴社会保险费"
    # a list of measures that have all ended names nothing the person can have now ("退役军人培训有没有" in 凌源 listed
    # the 2019–2020 培训期间生活费补贴 alone once the search read the place's name no more): the sentence still leads
    shown = "" if ALL_ENDED.search(first.text) else compact(first.text)
    missing = [k for k in keys if k not in shown]
    if not keys or len(missing) != len(keys):
        return first  # a listed measure, or the lead above it, names what was asked
    # of the sentences naming the measure, the one sharing most of the message's other words ("退役军人…培训" before
    # "为去产能失业人员免费提供…培训")
    own = {text[i : i + 2] for i in range(len(text) - 1)} - set(missing)
    written = [w for pattern, w in TEXT_WORDS if pattern.search(text or "")]
    for word in written:  # "跑外卖的…贷款买个电动车": the texts' own words for what was said
        own |= {word[i : i + 2] for i in range(len(word) - 1)}
    # both the whole message and the measure's word first: "…税收有啥优惠？能贷款不" finds 46号（八） only by the latter
    found = _candidates(text[:200], region, as_of, missing, own)
    found += _candidates(f"{' '.join(missing)} {text[:100]}", region, as_of, missing, own)
    found += _candidates(" ".join(missing), region, as_of, missing, own)  # the measure's own clauses, by its word alone
    if written:
        found += _candidates(" ".join([*written, *missing]), region, as_of, missing, own)
    if found:
        *_, hit, rec, s = min(found, key=lambda x: x[:6])
        validity = validity_words.own(rec, s, as_of)
        q = quote_of(s, missing)
        cite = citations.from_hit(hit, verbatim(q.text))
        cite["validity"] = validity
        said = [
            f"关于您问的{'、'.join(LABELS.get(k, k) for k in missing)}，{citations.where(cite)}：",
            f"“{q.text}”",
            validity_words.sentence(validity, as_of),
        ]
        if SELF_EMPLOYED.search(text or "") and "企业" in q.text and "个体" not in q.text:
            # "个体户 社保能缓缴不" (eval103 TA11): the sentence defers what firms pay; the 个体户's own is not written
            said.insert(
                2,
                "原文写的是企业；没有写个体工商户缓缴或免缴本人的社会保险费，个体户本人的请向当地社会保险经办机构咨询。",
            )
        first.text = "\n".join(said) + (f"\n{first.text}" if first.text else "")
        first.citations = [cite] + list(first.citations)
    return first


def _candidates(query: str, region: str, as_of: date, missing: list[str], own: set[str]) -> list:
    """(rank keys…, hit, record, sentence) for the sentences of the search's clauses naming a word asked, in force or
    open on the day."""
    found = []
    for rank, hit in enumerate(search(query, region=region, top_k=5, as_of=as_of).model_dump()["results"]):
        rec = record_of(hit["clause_id"])
        if rec is None or not_yet_issued.later(rec.clause_id, as_of):
            continue
        for s in rec.sentences:
            if is_heading(rec, s):
                continue
            # "养老…能不能减免或者缓交" (eval82 YA04 heard 辽政发（十二）'s incubators' "减免租金" over（二）'s "减免社会保险费和
            # 实施企业缓缴…"): the sentence naming more of the measures asked, in the texts' words too, first
            named_keys = sum(any(w in compact(s.text) for w in TEXT_NAMES.get(k, (k,))) for k in missing)
            if any(k in compact(s.text) for k in missing) and validity_words.own(rec, s, as_of).get("status") not in (
                "expired",
                "not_started",
            ):
                named = [g for g in NARROW_GROUPS if g in s.text]  # a list naming the asker's group too is theirs
                narrower = bool(named) and not any(g in query for g in named)
                grants = GRANTS.search(s.text) is not None  # not "引导金融机构提高信用贷款…比例", about banks
                found.append(
                    (
                        -named_keys,
                        narrower,
                        -sum(p in compact(s.text) for p in own),
                        not grants,
                        rank,
                        s.index,
                        hit,
                        rec,
                        s,
                    )
                )
    return found


# a group a sentence grants to that the message never names: "平台就业人员购置…可申请创业担保贷款" is no answer to a veteran
# opening a shop (eval63 FA11 heard it three times over 大政发〔2017〕46号（八）'s "以个体、合伙经营…创业…城乡劳动者")
GRANTS = re.compile(r"可(?:按规定)?(?:申请|享受)|均可|给予|予以")
NARROW_GROUPS = (
    "平台就业人员",
    "高校毕业生",
    "大学生",
    "残疾人",
    "退役军人",
    "建档立卡",
    "农民工",
    "就业困难人员",
    "低保",
)
