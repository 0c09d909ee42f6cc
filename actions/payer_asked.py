"""Whose money a hiring subsidy is, asked by the one hired: "老板说招我能拿政府补贴 这钱是给我的还是给公司的啊" (eval45
C24, 28, heard a list of graduates' measures and then the 2500元 clause again, never "发给企业"). The texts grant these
to the unit that hires ("对吸纳…就业…的企业，按2500元/人标准给予…"): said plainly, with the sentences in force on
the day for the person's place, then what the person may hold in their own name."""

from __future__ import annotations

import re
from datetime import date

from answers import place_sentences, validity_words
from answers.models import Reply

ASKED = re.compile(
    r"(?:给|发给|打给|归|是)(?:我|俺|员工|个人|工人|职工)(?:的)?(?:还是|或是)(?:给|发给|打给|归)?(?:公司|企业|单位|厂|老板)|"
    r"(?:给|发给|打给|归|是)(?:公司|企业|单位|厂|老板)(?:的)?(?:还是|或是)(?:给|发给|打给|归)?(?:我|俺|员工|个人|工人|职工)|"
    r"(?:钱|补贴|补助)(?:是)?(?:给谁|发给谁|归谁)|"
    # "公司招我能拿什么补贴" (eval49 P24, eval51 V24): the hire asks what the unit gets for hiring them
    r"(?:公司|企业|单位|老板|厂子?)(?:要是|如果)?(?:招|录用|雇)(?:了)?(?:我|俺)[^。？?]{0,8}?(?:能|可以)?(?:拿|领|得|享受|有)(?:到)?(?:什么|啥|多少|哪些)?(?:补贴|补助|钱|优惠|政策)|"
    # "公司说招我能拿社保补贴 这个钱我能分到吗" (eval47 R24, a hire, heard 公益性岗位 and the form): a share asked
    r"(?:公司|企业|单位|厂子?|老板)[^。？?]{0,14}(?:拿|领|得|有|申请)[^。？?]{0,8}(?:补贴|补助|钱)[^。？?]{0,12}"
    r"(?:分到|分给(?:我|俺)|分(?:我|俺)|分一部分|分点|分些|能分|该分|给(?:我|俺)(?:一部分|点|些))"
)
# a sentence granting a unit for the people it hires ("对吸纳…就业…的企业，按…给予", "对招用…的单位…给予"), or
# relieving its taxes for them ("对企业招用…登记失业半年以上…予以定额依次扣减…每人每年7800元": eval48–51, four hires of
# 2020–21 never heard it until they named the tax)
HIRING = re.compile(
    r"对[^。；]{0,80}(?:吸纳|招用|新招用)[^。；]{0,80}(?:企业|单位)[^。；]{0,30}(?:给予|补贴|补助)|"
    r"对(?:企业|单位)(?:招用|吸纳)[^。]{0,160}(?:扣减|减免)|"
    # "鼓励发展员工制家政企业，对新招用城乡劳动者并与其签订1年以上劳动合同…的，…给予家政服务业岗位补贴" (eval50 Q06)
    r"对新招用[^。；]{0,80}(?:给予)[^。；]{0,20}(?:补贴|补助)|"
    # "对企业吸纳贫困劳动力就业的，参照就业困难人员落实社会保险补贴等政策" (eval82 YA08, a poor hire, heard none)
    r"对(?:企业|单位)(?:招用|吸纳)[^。；]{0,60}(?:给予|落实|享受)[^。；]{0,30}(?:补贴|补助)"
)
MOST = 3
OWN_GROUP = (
    (r"毕业|大学|本科|大专|研究生|应届|届", "高校毕业生"),
    (r"失业|下岗", "失业"),
    (r"贫困|建档立卡", "贫困"),
    (r"残疾", "残疾"),
)
# a group no unit's sentence may cover under another name: 残疾人, 贫困 and long-unemployed hires can be 就业困难人员
# (辽政发〔2020〕9号（十六）), whose hiring subsidies then are theirs, so only graduates hear "none names you"
OWN_ONLY = "高校毕业生"
# "刚被一家小公司招了 签了1年合同 公司能拿啥补贴 我自己有啥" (eval53 L24 heard only a 3-year insured's measures, twice):
# one just hired, asking what the unit gets
HIRED = re.compile(
    r"被[^，。？?]{0,10}(?:招|录用|雇|聘)|(?:招|录用|雇|聘)(?:了)?(?:我|俺)|刚入职|刚上班|要(?:我|俺)了|"
    # "7月进了大连一家科技公司 签了3年合同 我或者公司能拿什么补贴吗" (eval59 BB12)
    r"(?:进了|入职了?)[^，。？?\s]{0,10}?(?:公司|企业|单位|厂子?|饭店|超市)"
)
EMPLOYER = r"(?:公司|企业|单位|老板|饭店|饭馆|酒店|超市|商场|厂子?|店里?)"
UNIT_GETS = re.compile(
    EMPLOYER
    + r"(?:(?:或者|还是|和|跟)(?:我|俺))?(?:能|可以)?(?:拿|领|得|享受|有)(?:到)?(?:啥|什么|哪些)(?:补贴|补助|钱|优惠|政策)"
)


def reply(text: str, region: str | None, as_of: date) -> Reply | None:
    asked = ASKED.search(text or "") or (HIRED.search(text or "") and UNIT_GETS.search(text or ""))
    if not asked or not re.search(r"招|雇|录用|吸纳|入职|补贴|补助|钱", text):
        return None
    if not re.search(r"招|雇|录用|吸纳|入职|公司|企业|单位|老板|厂", text) and not HIRED.search(text):
        return None  # "临时生活补助给谁" (eval56 O14, an agent, heard that hiring subsidies go to the unit): not a hire
    named = _named_grant(text, region, as_of)
    if named is not None:  # "见习补贴是发给我还是发给单位" (eval91 HB04 heard "招人的补贴是给招用的单位的" twice)
        return named
    found = [
        c
        for c in place_sentences.find(HIRING, region, as_of)
        if (c.get("validity") or {}).get("status") not in ("expired", "not_started")
        and not (c.get("validity") or {}).get("window_closed")  # 复工 by 2020-03-10 asked in May: no new hire meets it
        and not validity_words.long_after_epidemic(c.get("validity") or {}, as_of)
    ]
    # the sentence naming the speaker's own group first ("21届本科…进了一家科技公司": 46号（十二）'s graduates, eval59 BB12)
    own = [w for pattern, w in OWN_GROUP if re.search(pattern, text)]
    found = sorted(found, key=lambda c: not any(w in (c.get("quote") or "") for w in own))[:MOST]
    lines = ["招人的补贴是给招用的单位的，不发给个人：原文都是对招用人员的企业（单位）给予补贴。"]
    named = [c for c in found if any(w in (c.get("quote") or "") for w in own)]
    if own and own[0] == OWN_ONLY and not named:
        # "聊城 今年刚大专毕业…企业招我的话有补贴吗？我自己有没有" (eval88 EA09 heard 困难人员 and 家政 hiring sentences,
        # neither his): the unit's sentences for other groups are not his answer; what the text grants his own group is
        lines = [f"按您问的日期，原文没有对招用{OWN_ONLY}的单位给予补贴的现行规定（其他人群的招用补贴与您无关）。"]
        yours = _own_grants(OWN_ONLY, region, as_of)
        if yours:
            lines.append(f"原文给{OWN_ONLY}本人的规定有：")
            lines += [place_sentences.line(c) for c in yours]
            lines.append("能否享受、享受多少，以经办部门认定为准。")
        return Reply("\n".join(lines), yours, meta={"payer": "unit"})
    if found:
        lines.append("按您问的日期仍可适用的这类规定有：")
        lines += [place_sentences.line(c) for c in found]
    lines.append(
        "您个人能享受的，要看您自己的情况（如是否登记失业、是否高校毕业生、是否就业困难人员），可以接着说说您的情况。"
        "单位能否领取、领多少，以经办部门认定为准。"
    )
    return Reply("\n".join(lines), found, meta={"payer": "unit"})


def _named_grant(text: str, region: str | None, as_of: date) -> Reply | None:
    """A subsidy the question names that is no hiring subsidy ("见习补贴"): whom the place's sentence granting it gives it
    to, quoted; None when the question names none, or it is a hiring one."""
    from answers.measure_exists import BENEFIT_NOUN

    nouns = [re.sub(r"^(?:是|那|这|个|项|种|的)+", "", n) for n in BENEFIT_NOUN.findall(text)]
    nouns = [n for n in nouns if len(n) >= 4 and not re.match(r"招|吸纳", n)]
    if not nouns:
        return None
    granting = re.compile(
        r"给予[^。；]{0,10}" + re.escape(nouns[0][-4:]) + r"|" + re.escape(nouns[0]) + r"[^。；]{0,6}(?:给|发)"
    )
    found = [
        c
        for c in place_sentences.find(granting, region, as_of)
        if (c.get("validity") or {}).get("status") not in ("expired", "not_started") and not HIRING.search(c["quote"])
    ][:2]
    if not found:
        return None
    to_unit = [c for c in found if UNIT_GRANTED.search(c["quote"])]
    lines = [f"{nouns[0]}按原文是给单位的：" if to_unit else f"{nouns[0]}按原文写的是："]
    lines += [place_sentences.line(c) for c in (to_unit or found)]
    lines.append("由谁申请、发给谁，以经办部门认定为准。")
    return Reply("\n".join(lines), to_unit or found, meta={"payer": "named"})


def _own_grants(group: str, region: str | None, as_of: date) -> list[dict]:
    """Sentences in force granting `group` itself a subsidy, allowance or loan ("离校2年内未就业高校毕业生，到小微企业就业或
    灵活就业的，给予社会保险补贴")."""
    grant = re.compile(re.escape(group) + r"[^。；]{0,60}(?:给予|发放)[^。；]{0,30}(?:补贴|补助|贷款)")
    return [
        c
        for c in place_sentences.find(grant, region, as_of)
        if (c.get("validity") or {}).get("status") not in ("expired", "not_started")
        and not (c.get("validity") or {}).get("window_closed")
        and not validity_words.long_after_epidemic(c.get("validity") or {}, as_of)
        and not HIRING.search(c.get("quote") or "")
        and not re.search(r"用人单位|见习单位", c.get("quote") or "")  # a unit's grant for them is not their own
    ][:MOST]


POINTED = re.compile(r"这个|这项|那个|那项|这条|那条|刚才|上面|第\s*\d+\s*条")
UNIT_GRANTED = re.compile(
    r"(?:企业|单位|机构|载体|基地|雇主)[^。；，]{0,12}(?:给予|补贴|补助|返还|奖补)|给予(?:企业|单位|见习单位)"
)


def in_play_reply(text: str, tracker, as_of: date) -> Reply | None:
    """ "那这个补贴是给我还是给公司的" right after a clause was quoted (eval60 CB12 heard "招人的补贴是给招用的单位的" of
    聊城 第7条, whose sentence names no unit): the sentence just quoted says whom it grants to, or that it does not."""
    from actions.clause_in_play import in_play
    from answers import citations

    if not ASKED.search(text or "") or not POINTED.search(text or ""):
        return None
    cite, _ = in_play(tracker)
    quote = (cite or {}).get("quote") or ""
    from answers.measure_exists import BENEFIT_NOUN

    named = [m for n in BENEFIT_NOUN.findall(text) if len(m := re.sub(r"^(?:那|这|个|项|种|笔)+", "", n)) > 2]
    if not quote or any(n not in quote for n in named):
        return None  # "临时生活补助给谁" after the 90% sentence of the same clause: another measure's sentence
    where = citations.where(cite)
    if UNIT_GRANTED.search(quote):
        said = f"{where}写的是给单位的：“{quote}”"
    else:
        said = f"{where}原文是：“{quote}”这一句没有写明补贴发给个人还是发给单位，由谁申请、发给谁以经办部门认定为准。"
    units = "、".join(cite.get("departments") or [])
    said += f"\n责任单位：{units}。" if units else ""
    return Reply(said, [cite], meta={"payer": "in_play"})
