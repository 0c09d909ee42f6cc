"""A person asking whether they can draw 失业保险金 (失业金) or 失业补助金 ("可唔可以攞失业金", "失业补助金我能领不"):
the documents never state who may draw 失业保险金 (that is the unemployment-insurance law's); they say who gets
失业补助金, that those near retirement may draw on after the benefit ends, and where one registers. Evaluation 14
(L22, L18, L15) heard the conditions of the extension to retirement ("领取失业保险金期满仍未就业；距离法定退休年龄
不足1年") as if they were the benefit's own, and a man of twenty-odd was told he must be near retirement."""

from __future__ import annotations

import re
from datetime import date

from actions import past_retirement, question_parts
from actions.registration import WHO_REGISTERS, age_line
from actions.retirement_age import ENDED_SAID, UNTIL_END, against, months_left, years_said
from actions.within_place import most_specific
from answers import place_sentences, validity_words
from answers.contact import HOTLINE_NAME
from answers.models import Reply
from knowledge import regions

BENEFIT = re.compile(r"失业(?:保险)?金|失业补助金|失业保险待遇")
# whether / how one gets it, in Mandarin, dialect (攞, 唔) or a plain "有没有"
# "能领几个月", "一个月多少" alone are the period and the standard (actions/benefit_unset.py answers them)
CAN = re.compile(
    r"(?:能不能|可不可以|可唔可以|得唔得|能否|咋|怎么|怎样|点样|如何|[去上到在]哪|去边)(?:样)?(?:一直|接着|继续)?(?:领|拿|攞|申请|申领|办)|"
    r"(?:领|拿|攞|申请)(?:得)?(?:到|了)?(?:吗|不|么|唔|冇)(?=[？?，,。！!\s]|$)|有(?:没有|冇|无)(?:得)?(?:领|攞)|"
    # "我能领失业金吗", "失业金能一直领到退休不" (the seventeenth session's last live conversation heard the form's list)
    r"(?:能|可以)(?:一直|接着|继续)?(?:领|拿|攞|申请)(?:到)?[^，。？?几多久]{0,8}?(?:吗|不|么)(?=[？?，,。！!\s]|$)|"
    # "失业金领完了…还有啥能领的" (eval84 AB02); "那领完了咋整 还有啥钱能领" (the eighteenth session's live
    # conversation): money named between
    r"还有(?:啥|什么|哪些|别的)(?:钱|补贴|补助)?(?:能|可以)(?:领|拿)|"
    r"(?:能|可以)(?:领|拿|攞)多少(?=失业|[？?，,。！!\s]|$)|"  # "失业了能领多少失业金" (eval92 IB06): its standard
    r"想(?:领|拿|攞|申请)[^，。？?]{0,8}?(?:怎么办|咋办|咋整|怎么弄|有没有办法)"  # "我没失业但想领失业补助金怎么办"
)
# "我没失业但想领…", "我现在还在上班": one at work asking for the benefits of the jobless (eval71 NB10 was asked whether
# the benefit had run out, and told "要看您是否符合这些条件")
AT_WORK = re.compile(r"没(?:有)?失业|还在上班|正在上班|在职|还上着班|有工作(?!吗)|没下岗")
# asked of something else: a firm's premiums or refund, drawing it in one sum to found a business
# (the extension to retirement is answered here too, by its own sentence first: "还有俩月就到期了 能不能一直领到退休"
# heard a founder's one-time payout first, eval50 Q01)
ELSEWHERE = re.compile(r"稳岗|返还|费率|一次性领|创业")
# drawing on after the benefit ends, near retirement
# "俺退休金够花" is the speaker's pension (eval93 JA12, a father asking for his son, heard what follows the benefit's end)
EXTENSION_ASKED = re.compile(r"领完|期满|领到头|接着领|继续领|续领|退休(?!金|工资|费|了|好几年|多年)")
RUN_OUT = re.compile(r"领完|领到头|期满")
TO_RETIREMENT = re.compile(r"到退休|至退休|接着领|继续领|续领|一直领")
AFTER_ASKED = re.compile(r"还有(?:啥|什么|别的|没有|哪些)|之后|以后(?:咋办|怎么办)|咋办|怎么办")
UNTIL_RETIREMENT = re.compile(r"直至法定退休年龄|至法定退休年龄")
SUPPLEMENT = re.compile(r"发放失业补助金")
# drawing the benefit now, and what else there is meanwhile
DURING = re.compile(
    r"(?:领|拿)着?失业(?:金|保险金)?[^，。？?]{0,6}(?:这段时间|这期间|期间|的时候|这段)|正(?:在)?领着|(?:还在|正在)领(?:失业|取失业)"
)
NOT_ENDED = re.compile(r"(?:不是|并不是|还没)(?:说)?(?:领完|期满|领到头)(?:了)?(?:以后|之后)?")
PRICE = re.compile(r"为领取失业保险金人员发放价格临时补贴")
WHILE_DRAWING = re.compile(r"领取失业保险金期间[^。；]{0,20}(?:可|给予|享受)")
HARDSHIP = re.compile(r"生活困难下岗失业人员.{0,8}临时生活补助")  # for those who qualify for neither
# "对生活困难的失业人员及其家庭，及时按规定纳入低保、临时救助等社会救助保障范围" (聊城 第21条): what follows for a family in need
RELIEF = re.compile(r"失业人员[^。；]{0,10}纳入低保")
MOST = 4  # sentences quoted: short enough to read on a phone
FIGURE = re.compile(r"\d+(?:\.\d+)?\s*(?:%|％|元)")
STANDARD = re.compile(r"失业保险金(?:发放)?标准|由失业保险基金发放失业保险金")
# where and how it is claimed ("失业金去哪领", eval92 IB06 heard the 90% standard under "没有写明…条件和期限"), and how
# much ("能领多少失业金", heard the online claim): each asked is its own sentence first
CLAIM = re.compile(r"申领失业保险金|失业保险金网上申领")
WHERE_ASKED = re.compile(r"[去上到在]哪|哪里|哪儿|怎么领|咋领|如何领|怎么申请|咋申请|如何申请|怎么办理")
AMOUNT_ASKED = re.compile(r"多少|几多|标准|一个月")
# "可不可以领失业金 一个月多少钱" asks whether first: the registration and "没有写明…条件" come with it
WHETHER = re.compile(r"能不能|可不可以|可唔可以|能否|(?:领|拿|攞)(?:得)?(?:到)?(?:吗|不|么)(?=[？?，,。！!\s]|$)")


# which of two places one claims in: "在聊城领还是得回大连领", "回大连能领不"
PLACE_CHOICE = re.compile(
    r"领还是(?:得|要)?(?:回|在|去|到)?[\u4e00-\u9fff]{2,3}领|(?:在|去|到)(?:哪|哪儿|哪里)领(?:啊|呢)?(?:[？?]|$)"
)
SPAN_SAID = re.compile(r"差|离.{0,4}退休|不到|不足|还有.{0,4}(?:年|月)")
OTHER_BENEFIT = re.compile(r"补贴|补助(?!金)|贷款|培训费")


def asked(text: str) -> bool:
    """Whether 失业金 itself is what can or cannot be had: "我领着失业金 参加培训还能拿生活费补贴吗" (eval51 V08) asks of
    the allowance (another benefit between the two)."""
    # "那领完了咋整": what runs out is the benefit, named or not
    # (only what comes after it is asked so: "…领完了 能接着领到退休不" is the extension's, actions/share_left.py)
    text = NOT_ENDED.sub("", text or "")
    ran_out = AFTER_ASKED.search(text) and not TO_RETIREMENT.search(text) and RUN_OUT.search(text)
    if DURING.search(text) and AFTER_ASKED.search(text) and not ELSEWHERE.search(text):
        return True  # "现在领失业金期间…还有啥？" (eval96 MA12): what else is there while drawing it
    # "领完了咋整 能领到退休不" (a laid-off man of 56 drawing it): what is drawn to retirement after it runs out is it
    # (a span to retirement said with it is share_left's and turns' to set against the text's 不足1年)
    to_end = RUN_OUT.search(text) and TO_RETIREMENT.search(text) and not SPAN_SAID.search(text)
    # "在聊城领还是得回大连领" (eval107 XB04, laid off in 聊城 with a 大连 户口, was asked yes/no questions three times)
    if PLACE_CHOICE.search(text) and not OTHER_BENEFIT.search(text):
        return True
    can, named = CAN.search(text), BENEFIT.search(text) or ran_out or to_end
    if not (can and named) or ELSEWHERE.search(text):
        return False
    # "…还有啥补助能领": the money asked after the benefit is whatever follows it
    if named is ran_out or named is to_end:
        return True
    between = text[min(named.end(), can.start()) : max(named.start(), can.end())]
    return not OTHER_BENEFIT.search(between)


def _retirement_words(profile: dict, as_of: date) -> str:
    line = against(profile, as_of, 12, "不足1年", "1年以上", strict=True)
    if not line or line.endswith("已到法定退休年龄，不在劳动年龄之内"):
        return ""  # past the age on every reading: said by the registration line
    return f"{line}。领取失业保险金期满仍未就业且距法定退休年龄不足1年的，可继续领取至法定退休年龄。"


def reply(text: str, profile: dict, as_of: date) -> Reply | None:
    text = NOT_ENDED.sub("", text or "")  # "现在领失业金期间，不是领完以后" (eval96 MA12): the end denied
    retired = past_retirement.retired_reply(text, profile, as_of)
    if retired is not None:  # "我说了我去年已经退休了…退休了还能领失业金吗" (eval97 NA06)
        return retired
    own = question_parts.first_question(text or "")  # "…能领多少失业金？另外公益岗怎么申请": the first question's words
    if not asked(own) or profile.get("applicant_type") not in (None, "person"):
        return None
    region = profile.get("region")
    places = most_specific(regions.regions_in_text(text))
    if PLACE_CHOICE.search(text) and len(places) >= 2:
        return _places_apart(places, as_of)
    supplement = "补助金" in text
    # where one registers before what follows the benefit's end (eval48 M01, laid off a month before, heard five
    # sentences and never where to register until asked twice)
    extension = bool(EXTENSION_ASKED.search(text))
    # the benefit already run out (said or recorded): the years to retirement are those of now
    ended = profile.get("unemployment_insurance_exhausted") is True or bool(ENDED_SAID.search(text))
    patterns = [STANDARD, WHO_REGISTERS, UNTIL_RETIREMENT, SUPPLEMENT, HARDSHIP]
    # more than a year from retirement on every reading: by the years said, or by the age (and sex) said ("我男的 57",
    # eval83 ZA06, heard the extension's conditions twice and never that it is not his)
    far = (years_said(profile) or 0) > 1 or (
        isinstance(profile.get("age"), int) and months_left(profile["age"], profile.get("gender"), as_of)[0] > 12
    )
    during = bool(DURING.search(text)) and not RUN_OUT.search(text) and not supplement
    if during:
        # "我现在领失业金这段时间还有啥能领的" (eval96 MA12 heard 失业补助金, for after the benefit ends, three times): what
        # the texts give those drawing it
        patterns = [PRICE, WHILE_DRAWING, HARDSHIP]
    elif supplement:
        patterns = [SUPPLEMENT, HARDSHIP, WHO_REGISTERS]
    elif extension and far and TO_RETIREMENT.search(text) and not ended:
        # "离退休还差两年，失业金能一直领到退休不": the extension asked of is its own first sentence, then what follows
        # the benefit's end for others (where one registers is not this question)
        patterns = [UNTIL_RETIREMENT, SUPPLEMENT, HARDSHIP, RELIEF]
    elif extension and far:
        # "失业金领完了还有别的钱能领不" three years before retirement (eval71 NA12 heard the extension to retirement,
        # which needs less than a year): what follows the benefit's end for others first
        patterns = [SUPPLEMENT, HARDSHIP, RELIEF, WHO_REGISTERS, UNTIL_RETIREMENT]
    elif extension and AFTER_ASKED.search(text):
        # "失业金领完了还没找着活，还有啥能领的" in 聊城 (eval84 AB02, an agent, heard the extension to retirement and the
        # online claim; 第21条's 一次性临时生活补助 and 低保、临时救助 only when named)
        patterns = [SUPPLEMENT, HARDSHIP, RELIEF, UNTIL_RETIREMENT, WHO_REGISTERS]
    elif extension:
        # "失业金领完了 离退休不到一年 能接着领吗" (eval29 P12 heard "没有写明…条件和期限" beside 聊城 21's own sentence)
        patterns = [UNTIL_RETIREMENT, SUPPLEMENT, STANDARD, WHO_REGISTERS]  # 失业补助金: the case of more than a year
        if TO_RETIREMENT.search(text):  # "能不能一直领到他退休" (eval96 MA08 heard 聊城 第8条's 就失业登记 among them)
            patterns = [UNTIL_RETIREMENT, SUPPLEMENT, STANDARD]
    elif WHERE_ASKED.search(own):
        patterns = [CLAIM, WHO_REGISTERS]
    elif AMOUNT_ASKED.search(own) and not WHETHER.search(own):
        patterns = [STANDARD, CLAIM]
    elif not isinstance(profile.get("age"), int) or months_left(profile["age"], profile.get("gender"), as_of)[0] > 60:
        patterns = [p for p in patterns if p is not UNTIL_RETIREMENT]  # a young person: the extension is noise
    cites = [
        found[0]
        for p in patterns
        if (
            found := [
                c
                for c in place_sentences.find(p, region, as_of)
                # "疫情防控期间，临时性提高失业保险金发放标准…" told in 2026 (M01): the epidemic's, years after it
                if not validity_words.long_after_epidemic(c.get("validity") or {}, as_of)
            ]
        )
    ][:MOST]  # one sentence a topic: "农村转移劳动者可在城镇常住地进行失业登记" is not a second answer to where
    if not cites:
        return None
    if during:
        head = "领取失业保险金期间，原文写有："
    elif supplement and not any(SUPPLEMENT.search(c["quote"]) for c in cites):
        # 聊城's text has no 失业补助金 (eval17 O07 read its 临时生活补助 under the heading "失业补助金")
        head = f"{region or '收录'}的文件里没有写失业补助金；与之相近的规定有："
    elif supplement:
        head = "失业补助金，原文是这样规定的："
    elif extension and far and TO_RETIREMENT.search(text) and ended:
        head = (
            "按原文不能接着领到退休：接着领到退休限领取失业保险金期满时距法定退休年龄不足1年的，"
            "按您说的情况距退休1年以上（以经办部门认定为准）。领完以后，原文写有："
        )
    elif extension and far and TO_RETIREMENT.search(text):
        # "离退休还差两年…能不能一直领到退休" before drawing any (eval90 GA01, rated 1, heard 不能): judged at the end
        # the years reckoned from the age said, set against the text's "不足1年" (a man of 56 heard only "1年以上")
        now = against(profile, as_of, 12, "不足1年", "在1年以上", strict=True)
        until = UNTIL_END.replace("您现在距退休1年以上", now) if now and now.endswith("在1年以上") else UNTIL_END
        head = f"能否接着领到退休，{until}原文是这样写的："
    elif extension and (far or AFTER_ASKED.search(text)):
        head = "领完失业保险金以后，原文写有："
    elif extension and any(UNTIL_RETIREMENT.search(c["quote"]) for c in cites):
        head = "领完失业保险金后能否接着领，原文是这样规定的："
    elif WHERE_ASKED.search(own) and not extension:
        whether = "能不能领，收录的文件没有写明领取条件；" if WHETHER.search(own) else ""
        head = f"{whether}去哪领、怎么领：所收录的政策文件没有写明经办地点（以经办部门为准）；与之有关的规定有："
    elif (
        AMOUNT_ASKED.search(own)
        and not WHETHER.search(own)
        and not extension
        and any(FIGURE.search(c["quote"]) for c in cites)
    ):
        head = "失业保险金领多少，原文是这样写的（具体数额以经办部门核定为准）："
    else:
        head = "所收录的政策文件没有写明领取失业保险金的条件和期限（以经办部门认定为准）；与之有关的规定有："
    if AT_WORK.search(text) and any(re.search(r"失业人员|无业状态", c["quote"]) for c in cites):
        # the reading that promises nothing: the texts give these to the jobless; the office judges
        head = (
            "按原文不能：失业补助金发给“参保失业人员”，失业登记限“处于无业状态”的劳动者；您说现在在上班、没有失业，"
            f"不符合这些条件（以经办部门认定为准）。{head}"
        )
    lines = [head] + [place_sentences.line(c) for c in cites]
    if not supplement and not any(STANDARD.search(c["quote"]) and FIGURE.search(c["quote"]) for c in cites):
        if AMOUNT_ASKED.search(own) and not region:
            # no place said: 聊城's text writes its own standard (eval107 XA04), others none
            lines.append("所引原文没有写明失业保险金每月发多少；各地标准不同，告诉我您在哪个市县，我按当地的文件说。")
        elif AMOUNT_ASKED.search(own):
            lines.append("原文没有写明失业保险金每月发多少。")
    # the extension to retirement said only where a quoted sentence in force gives it (eval26 A08, 凌源 in 2019,
    # heard it from 辽政发〔2020〕9号, not yet issued, after being told 不能)
    extended = any(UNTIL_RETIREMENT.search(c["quote"]) for c in cites)
    said_at_end = head.startswith("能否接着领到退休")  # the years now and the rule are said in the head already
    tail = (_retirement_words(profile, as_of) if extended and not said_at_end else "") or age_line(
        profile, as_of, [c["quote"] for c in cites]
    )
    if tail:
        lines.append(tail.rstrip("；") + ("" if tail.endswith("。") else "。"))
    lines.append("能否领取、领多少，以经办部门认定为准。")
    # one answer, its first sentence in play ("现在还是这样吗" after the extension asks of it: tests/live/test_profile_ii)
    return Reply("\n".join(lines), cites, meta={"jobless_pay": True, "clause_ids": [c["clause_id"] for c in cites]})


def lead(first: Reply | None, text: str, profile: dict, as_of: date) -> Reply | None:
    """The first reply of a conversation opened with the question: what the texts say of it, before the measures
    and the questions that settle them (the form goes on: "俺没交够一年" is then its answer)."""
    said = reply(text, profile, as_of)
    if said is None or first is None:
        return first if said is None else said
    first.text = f"{said.text}\n{first.text}"
    first.citations = said.citations + list(first.citations)
    return first


def _places_apart(places: list[str], as_of: date) -> Reply | None:
    """Where one claims between two places: the texts write where one registers as unemployed, not which place pays
    失业保险金; each place's sentence on registering, quoted."""
    cites = [c for place in places[:2] for c in place_sentences.find(WHO_REGISTERS, place, as_of)[:1]]
    cites = list({c["quote"]: c for c in cites}.values())
    if not cites:
        return None
    lines = [
        "失业保险金在参保地还是户籍地领取，收录的文件没有写，以失业保险经办机构认定为准。失业登记在哪办，文件写的是：",
        *(place_sentences.line(c) for c in cites),
        f"具体请向当地失业保险经办机构咨询，也可拨打{HOTLINE_NAME}。",
    ]
    return Reply("\n".join(lines), cites, meta={"low_confidence": False})
