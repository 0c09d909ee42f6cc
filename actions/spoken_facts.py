"""Facts as people say them in their own words, beside the lexicon's policy words (profile_facts).

"俺跟俺兄弟俩合伙", "失业金领完了", "跑网约车自己交社保", "没上过公益岗", "去年没裁", "二十八个人" — each
was asked again or not understood. And who is speaking: a person describing their own or a family
member's job ("我老公厂子倒闭了", "在单位就业") is a person, not the enterprise they name.
"""

from __future__ import annotations

import math
import re
from typing import Any

from actions.retirement_age import years_of
from knowledge import regions
from knowledge.builds import per_build

# The workplace named as where someone works or worked, or what happened to it: not the applicant.
WORKPLACE = re.compile(
    r"(?:原来|以前|之前|过去)?在[^，。,；]{0,6}?(?:单位|公司|企业|厂里|工厂|厂子|厂)(?:里)?"
    r"(?:上班|就业|工作|打工|干活|干)|"
    # "他在厂里一直交着社保呢" (eval93 JA12, a father asking for his son, became 企业): premiums paid at work
    r"在(?:单位|公司|企业|厂里|工厂|厂子|厂)(?:里)?(?:一直|都|也)?(?:交|缴)(?:着|了|的)?(?:社保|保险|五险)|"
    # "厂里前些天不要我了" (eval52 Y12): a few words of when between the workplace and what it did
    r"(?:单位|公司|企业|厂子|工厂|厂)(?:里)?(?:[^，。,；\s]{0,5}?(?:把(?:我|他|她|俺)(?:裁|辞|开|炒)|不要(?:我|他|她|俺)))|"
    r"(?:单位|公司|企业|厂子|工厂|厂)(?:里)?(?:倒闭|黄了|关门|停产|裁员|"
    r"辞退|破产|效益不好)|"
    r"被(?:单位|公司|企业|厂子|工厂|厂里|厂)(?:给)?(?:辞|裁|开除|炒)"  # "被厂里辞了", "单位把我辞了" (eval12 J06, J17)
)
FAMILY_OR_SELF = re.compile(
    r"(?:我|俺|咱)(?:老公|爱人|丈夫|媳妇|老婆|儿子|女儿|闺女|孩子|爸|妈|父亲|母亲|家|男人|对象|哥|姐|弟|妹)|"
    r"(?:我|俺)(?:被|失业|下岗|没工作|待业|今年|是个?)"
)
# The speaker says outright that they ask for themselves, not for a firm.
SAYS_PERSON = re.compile(
    # "不对 我不是孵化基地 我是创业的" (eval25 W04 stayed 创业孵化载体)
    # "个人！我问的是失业金 你扯企业干啥" (eval25 W16 became 企业 and was asked 贵企业参保职工有多少人)
    r"^\s*个人\s*[！!，,。]|(?:扯|说|提|问|讲)(?:什么|啥)?(?:企业|公司|单位)(?:干啥|干嘛|做啥|干什么)|"
    r"我是个人|(?:我|俺)?个人(?:申请|身份|来问|咨询|问的|问)|以个人|不是(?:企业|公司|单位|老板|厂|孵化|众创空间|人力资源|中介)|我是创业的|我(?:自己|本人)(?:申请|领|问)|我(?:被裁|被辞退|失业|下岗|没工作)"
)
CURRENTLY_EMPLOYED = re.compile(
    r"(?<!原来)(?<!以前)(?<!之前)(?<!过去)在(?:单位|公司|企业|厂里|工厂)(?:上班|就业|工作)|"
    # "我已经上班了不是失业" (eval49 P24, a correction, changed nothing)
    r"(?:已经|现在|目前)(?:在)?(?:上班了|就业了|入职了|上岗了|有工作了)|"
    # "今年刚毕业 进了个小公司" (eval68 KB10 was asked its 就业状态 twice, then heard 灵活就业 measures first)
    r"(?:(?<!没)进了|(?<!没)入职了?|(?<!没)签了)(?:个|一家|家|一个)?[^，。,；？?\s]{0,6}(?:公司|单位|企业|厂)(?!.{0,4}(?:没|不))"
)

# the person's own sex, only for the years to retirement (actions/retirement_age.py): "我57了男的" (the API joins
# the words: no spaces), "女，52岁", "单亲妈妈"; never 子女 / 女儿 / 男朋友 / 妇女主任, nor another person's
# ("我老婆是女的", "他是男的")
_NOT_OTHERS = r"(?<!他是)(?<!她是)(?<![婆公子儿妈爸哥姐弟妹孩]是)"
_ALONE = r"(?:(?<=^)|(?<=[，,。\s我俺])|(?<=本人))"  # a bare 男 / 女 at the start or after a comma: "男，57岁", "女52"
_AFTER = r"(?=[，,。\s！!？?]|$|\d|岁)"
# "俺男的早没了", "我家男的在外打工": the husband, in northern speech (eval23 U01, a widow, was recorded 性别：男)
_HUSBAND = r"(?<!我家)(?<!俺家)(?<!我们家)(?!男的(?:早|已经|都)?(?:没了|死了|走了|去世|不在|在外|出去|跑了|打工|上班))"
# "俺是老爷们 62年10月生的" (eval59 AA05 was told "要看您的性别"): a man calling himself one in northern speech
# "他55 离退休还有5年" (eval59 BB08, a wife, was told "要看您的性别" of her husband): 他 opening the message is the man
# asked about
MALE = re.compile(
    rf"{_NOT_OTHERS}{_HUSBAND}(?:男的|男职工|单亲爸爸|{_ALONE}男{_AFTER})|(?:我|俺)(?:是|一个|是个)?(?:大)?(?:老爷们儿?|爷们儿?)|"
    r"^(?:那)?他(?=\s*\d{2}|今年|已经|都)"
)
FEMALE = re.compile(
    rf"{_NOT_OTHERS}(?:女的|女职工|(?<!妇)女工|单亲妈妈|宝妈|{_ALONE}女{_AFTER})|^(?:那)?她(?=\s*\d{{2}}|今年|已经|都)"
)

STILL_RECEIVING = re.compile(
    r"失业(?:保险)?金[^，。,；？?]{0,3}(?:再有|还有|还剩|还差|就剩)(?:俩|两|三|四|五|几|一|半|\d+)个?多?月(?:就)?(?:领完|到期|期满)?"
)
SAYINGS: list[tuple[str, Any, re.Pattern]] = [
    ("gender", "male", MALE),
    ("gender", "female", FEMALE),
    (
        "partnership_business",
        True,
        re.compile(r"合伙|合开|一起(?:开|干|创业)|(?:兄弟|朋友|同学|亲戚)(?:俩|几个)?(?:一起|合)"),
    ),
    # "失业金再有俩月就领完了" (eval76 SA08 was later recorded 期满：是 from "我就问失业金领完了，能不能接着领"): receiving
    # it still, some months left
    ("receiving_unemployment_insurance", True, STILL_RECEIVING),
    ("unemployment_insurance_exhausted", False, STILL_RECEIVING),
    (
        "unemployment_insurance_exhausted",
        True,
        # "领失业金的期满了还没找到工作" (eval6 E28 was asked it again), "领完了失业金"
        re.compile(
            # "失业金上个月刚领完" (eval71 NA12 was asked whether it had run out)
            r"失业(?:保险)?金的?(?:也|已经|都|早就?|全|刚|才|(?:今年|去年)?\d{1,2}月份?(?:就|都)?|上(?:个)?月(?:份)?|前(?:几)?个?月|"
            r"年前|去年)*(?:领完|领满|到期|期满|领到头|没了|停了)|"
            r"领(?:完|满)了?失业(?:保险)?金"  # "失业金3月份领完了" (eval33 W10)
        ),
    ),
    (
        "receiving_unemployment_insurance",
        False,
        re.compile(
            r"失业(?:保险)?金的?(?:已经|都|早就?|(?:今年|去年)?\d{1,2}月份?(?:就|都)?)*(?:领完|领满|到期|期满|领到头|没了|停了)|"
            r"领(?:完|满)了?失业(?:保险)?金|"
            r"没(?:有)?领(?:过)?失业(?:保险)?金|不领失业(?:保险)?金|没在领失业(?:保险)?金|"
            # "失业金也没领过" (eval101 RB07, a wife for her husband, heard 失业保险金 first)
            r"失业(?:保险)?金(?:也|都|从来|一直|一次)?(?:没|没有|从没|从来没)(?:领|拿)(?:过)?|"
            # "一直没工作过" (eval67 JA06, a disabled son, heard 失业保险金上调 first): never insured, never paid it
            r"(?:一直|从来|从|都|还|根本)没(?:有)?(?:正经)?(?:工作过|上过班|干过活|参加过工作)"
        ),
    ),
    (
        "unemployment_insurance_exhausted",
        False,
        re.compile(r"(?:一直|从来|从|都|还|根本)没(?:有)?(?:正经)?(?:工作过|上过班|干过活|参加过工作)"),
    ),
    (
        # "领失业金呢 这个月底就领完了" (eval37 Z07 was asked "您是否正在领取失业保险金" after it)
        "receiving_unemployment_insurance",
        True,
        re.compile(
            r"(?<![没不未])(?:正在|正|还在|在)领(?:着)?失业(?:保险)?金|(?<![没不未])领(?:着)?失业(?:保险)?金(?:呢|着呢)|"
            r"失业(?:保险)?金(?:还)?(?:正)?(?:在)?领着|(?:这个月底|这月底|月底|下个月|下月)(?:就|才)?领完"
        ),
    ),
    (
        "employment_status",
        "flexible",
        re.compile(
            r"跑(?:网约车|滴滴|外卖|快递|出租)|开(?:网约车|滴滴)|送(?:外卖|快递)|"
            r"打零工|摆摊|干零活|打短工|"
            # "推个小车卖早点" (eval17 O01 was read as an enterprise and asked about hires)
            r"推(?:个|着)?(?:小)?(?:车|三轮)[^，。,\s]{0,2}?卖|卖(?:早点|早餐|煎饼|烤地瓜|菜|水果)(?!的(?:企业|公司))"
        ),
    ),
    (
        "pays_flexible_social_insurance",
        True,
        re.compile(r"(?:自己|个人|(?:按|以|作为)灵活就业(?:人员)?(?:身份)?)(?:自己)?(?:交|缴|上)(?:的|了)?社保"),
    ),
    # "现在是开小吃部的个体户": a self-employed person (the 10万 loan for "自主创业" is theirs)
    (
        "employment_status",
        "self_employed",
        re.compile(
            r"个体户|个体工商户|个体经营|(?<!想)(?<!要)(?<!打算)(?<!准备)开(?:了)?(?:个|家|1家)?(?:小吃部|饭店|饭馆|小店|小卖部|超市|门市|店)|"
            # "自己开了个修鞋铺" (eval8 F05 was asked "您现在的就业状态是？" after it)
            r"(?<!想)(?<!要)(?<!打算)(?<!准备)开(?:了)?(?:个|家|1家)[\u4e00-\u9fff]{1,3}?(?:铺|铺子|摊|店|馆|部)"
        ),
    ),
    ("high_tech_business", False, re.compile(r"(?:不|没|没有|不是)(?:搞|做|干|在|从事|属于)?高新技术")),
    ("high_tech_business", True, re.compile(r"(?:搞|做|干|在|从事)高新技术")),
    (
        "unemployment_insurance_exhausted",
        False,
        re.compile(r"(?:还|都|从)?没(?:有)?领(?:过|到|上)?失业(?:保险)?金|还在领失业(?:保险)?金|正在领失业(?:保险)?金"),
    ),
    ("in_public_welfare_post", False, re.compile(r"(?:没|没有|未)(?:上过|在|干过|做过|安置过?)(?:过)?公益(?:性)?岗")),
    # "能给安排个公益岗不" (eval77 TA01, jobless, was asked whether his 公益岗 term had ended, twice): one asking for a post
    # holds none, so none has ended
    (
        "public_welfare_post_expired_unstable",
        False,
        re.compile(
            r"(?:给|帮)(?:我|俺|咱)?(?:们)?安排(?:个|一个|上)?公益(?:性)?岗|(?:想|能不能|能否|可不可以)(?:去|上|干|安排)(?:个)?公益(?:性)?岗|"
            r"(?:从来)?没(?:有)?(?:干|上|做)过公益(?:性)?岗"
        ),
    ),
    # "我没领过啥补贴…还延长啥啊" (eval82 YA09, paying her own 灵活就业 社保, was asked three times whether her subsidy had run
    # out): no subsidy ever received, none has run out
    (
        "flexible_si_subsidy_expired_unstable",
        False,
        re.compile(r"(?:从来|从|都|还|根本|一直)?没(?:有)?(?:领|享受|拿|申请)过(?:啥|什么|任何|一分)?(?:社保)?补贴"),
    ),
    ("is_veteran", True, re.compile(r"退伍|退役(?:军人|士兵)?|当过兵")),
    # "第一次自己开了个修鞋铺" (eval8 F05: "您是初次创业吗" was asked after it)
    (
        "first_time_business",
        True,
        re.compile(r"(?:第1次|头1回|头1次|首次|第1回)(?:自己)?(?:开|创业|办|干个体|当老板|做生意)"),
    ),
]
# "开了快一年了" → 11 months: "快/将近/不到" a year is under it (the reading that never promises more); "一年多" is 12
RUNNING = re.compile(
    r"(?:开|开业|经营|营业)(?:了)?(?:有)?(?P<under>快|将近|近|差不多|不到|不足|没到)?(?P<n>\d+)\s*(?P<unit>年|个月)"
)
# "去年没裁", "一个人没裁": the 员 is often left out.
NO_LAYOFFS = re.compile(r"(?:没|没有|未|不)裁(?:过)?(?:员|人)?|一个(?:人)?(?:都|也)?没(?:裁|辞)|没(?:有)?(?:辞退|减员)")
TO_RETIREMENT = re.compile(
    # "听说55退 那就还差3年" (eval27 Y01, asked again): the retirement age just named, then the years
    r"(?:\d{2}\s*岁?\s*退(?:休)?)[^，。,；？?]{0,8}?(?:还|就)?差(?:不到|不足|不够)?\s*(\d+(?:\.\d+)?)\s*年|"
    # "离退休大概还有三四年" (eval71 NA12; "3多年" after numeric_text): a hedge before the years, the range's lower end
    r"(?:离|距离?)(?:法定)?(?:退休(?:年龄)?|(?:60|55|50)岁?)(?:大概|大约|差不多|估计|也就|顶多)?(?:就|还)?(?:有|差|剩)?"
    r"(?:不到|不足|不够)?\s*(\d+(?:\.\d+)?)\s*多?\s*年|"
    r"差(?:不到|不足|不够)?\s*(\d+(?:\.\d+)?)\s*年(?:就)?(?:到)?(?:退休|(?:60|55|50)岁?(?![\d万]))|"
    # "单位说我还得干一年来的才退", "还有一年退休" (eval102 SA02, a woman of 57, was told she was past the age twice)
    r"(?:还(?:得|要|有|能)?|再)(?:干|上|有)?\s*(\d+(?:\.\d+)?)\s*年(?:多|来的?|左右)?(?:才|就)?(?:能)?(?:退休|退(?!回|还|费|款))"
)
# "离退休就10个月了", "还差8个月退休" (eval11 I14 was not heard): months, read as part of a year
TO_RETIREMENT_MONTHS = re.compile(
    # "离60还差8个月" (eval23 U09, a man of 59): the retirement age named instead of 退休
    r"(?:离|距离?)(?:法定)?(?:退休(?:年龄)?|(?:60|55|50)岁?)(?:就|还)?(?:有|差|剩)?(?:不到|不足|不够)?\s*(\d+)\s*[多来余]?个?[多来余]?月|"
    # "差7个月就到50退休"; "按60退休还差三个来月" (eval87 DA08)
    r"(?:还)?(?:差|有|剩)(?:不到|不足|不够)?\s*(\d+)\s*[多来余]?个?[多来余]?月(?:就)?(?:到|能)?(?:\d{2}\s*岁?\s*)?退休|"
    r"退休(?:还|就)?(?:差|有|剩)(?:不到|不足|不够)?\s*(\d+)\s*[多来余]?个[多来余]?月"
)
# "还差半年退休", "离退休差半年" (eval34 X24 was asked again, then recorded 8 years from "8月份领完")
TO_RETIREMENT_HALF = re.compile(
    r"(?:离|距离?)(?:法定)?(?:退休(?:年龄)?|(?:60|55|50)岁?)(?:就|还)?(?:有|差|剩)?(?:不到)?半年|"
    r"(?:还)?(?:差|有|剩)(?:不到)?半年(?:就)?(?:到|能)?(?:\d{2}\s*岁?\s*)?退休"
)
# "员工是40个不是1个" (eval39 J06's correction was not read): the count after the word for staff too
STAFF_COUNT = re.compile(
    # "现在20个社员在干活" (eval67 JA09, a cooperative, was asked its staff again)
    r"(\d+)\s*(?:个|名)?\s*(?:员工|职工|工人|雇员|社员)|(?:员工|职工|工人)(?:是|有|一共|共|总共|总数)\s*(\d+)\s*(?:个|名|人)(?!来|左右|多|月|天|住)"
)
# "…能领吗，一人多少？" (eval39 J06 was recorded 在职职工人数：1): money per head asked, no head count
HEADCOUNT = re.compile(
    r"(?:^|[，,。；\s]|[一1]家|公司|企业|厂|单位|我们|俺们|店里|厂里|厂子里|公司里|单位里|一共|总共|共)(?:有|才|就)?\s*(\d+)\s*(?:个)?人"
    r"(?!员|\s*住|\s*隔离|\s*做|\s*检测|\s*核酸|\s*(?:多少|给|补|发|能|一个月|每月))"
    # "一个人单位交一千左右吧" (eval67 JA07 was recorded 在职职工人数：1): what is paid per head, no head count
    r"(?!\s*(?:单位|企业|公司|厂里)?\s*(?:每月|每个月|一个月|一月)?\s*(?:交|缴|出|掏))"
    # "30人以下的企业呢" (eval48 M14, an agent, was recorded 在职职工人数：30): a bound of a text, not a head count
    r"(?!\s*(?:（含）|\(含\))?\s*(?:及)?(?:以下|以上|以内))"
)


# What an employer says of its hires (12345 evaluation 7, R04): "没有贫困户" to the question how many 建档立卡贫困人口
# were hired is none (it was left unread, and "4个人都持证" later filled that count: "4人 + 4人"); "他们4个都有就业
# 创业证，注明了企业吸纳税收政策" is the 持证 condition of the 7800元 tax deduction.
HIRES_SAID: list[tuple[str, Any, re.Pattern]] = [
    (
        "new_hires_poverty",
        0,
        re.compile(r"(?<!有)没(?:有)?(?:招|雇|招用|招收)?(?:过)?(?:建档立卡)?(?:的)?贫困(?:户|人口|劳动力|人员)"),
    ),
    (
        "hires_hold_tax_certificate",
        True,
        re.compile(
            # the card alone is not the condition: it must note "企业吸纳税收政策" (eval61 DA04 was recorded 持证 from
            # "有就业创业证" and worked the deduction; the note is asked) — the reading that never promises more
            r"(?<![没不未])注明(?:了)?[“\"]?企业吸纳税收政策"
        ),
    ),
]


def who(text: str, enterprise_words: list[str]) -> str | None:
    """'person' when the enterprise words only name someone's workplace in a personal story."""
    rest = WORKPLACE.sub("", text)
    if WORKPLACE.search(text) or FAMILY_OR_SELF.search(text):
        if not any(w in rest for w in enterprise_words):
            return "person"
    return None


def _now(pattern: re.Pattern, text: str) -> bool:
    """The saying comes right after "现在/目前/如今": what the person does now."""
    return any(
        re.search(r"(?:现在|目前|如今)[^，。,；]{0,4}$", text[max(0, m.start() - 8) : m.start()])
        for m in pattern.finditer(text)
    )


PLANNABLE = {("employment_status", "flexible"), ("pays_flexible_social_insurance", True)}
# "俺想替俺儿子问问" (eval93 JA12) plans no work: it asks for a member
PLANNED = re.compile(
    r"(?:想|打算|准备|计划|寻思|琢磨)(?!问|知道|了解|咨询|请教|替|帮(?:我|俺)?(?:家)?[儿闺女孩老爸妈他她])"
)


def _planned(pattern: re.Pattern, text: str) -> bool:
    """The words said of work only planned: a planning word earlier in the same sentence, none of "已经/正在"."""
    m = pattern.search(text)
    if m is None:
        return False
    start = max(text.rfind(p, 0, m.start()) for p in "。！？!?")
    before = text[start + 1 : m.start()]
    return bool(PLANNED.search(before)) and not re.search(r"已经|正在|现在在|一直在", before)


DENIED_BEFORE = re.compile(r"(?:不是|并不是|也不是|没有?|不)(?:在|去|干|做)?$")


def spoken(text: str, facts: dict[str, Any], applicant: str | None) -> None:
    """Adds the facts said in everyday words (never overwriting one already read)."""
    if applicant in (None, "person"):
        if NOT_RECOGNISED.search(text):  # said over the group word of the same message ("我没被认定为就业困难人员")
            facts["is_hard_to_employ"] = False
        for name, value, pattern in SAYINGS:
            if (name, value) in PLANNABLE and _planned(pattern, text):
                continue  # "现在想推个小车卖早点 自己交社保" (eval37 Z01): the work planned is not the work now
            found = pattern.search(text) if name.startswith("is_") and value is True else None
            if found is not None and asked(text, found.start(), found.end()):
                continue  # "自谋职业的军队退役人员在哪条" (eval37 Z23): the group looked up, not the speaker's
            said = pattern.search(text)
            if said is not None and name == "employment_status" and DENIED_BEFORE.search(text[: said.start()]):
                continue  # "我不是平台就业的啊，不是送外卖那种" (eval78 UA05, a graduate, was recorded 灵活就业)
            if name not in facts and said is not None:
                facts[name] = value
            elif name == "employment_status" and value == "flexible" and _now(pattern, text):
                facts[name] = value  # "下岗了…现在推个小车卖早点": the work now, over the job lost (eval17 O01)
        m = TO_RETIREMENT.search(text)
        if m and _years_asked(text, m):
            m = None  # "54岁 到底算不算距退休5年以内" (eval47 R01 was recorded 距退休5年): the text's bound, asked
        if m and "years_to_retirement" not in facts:
            facts["years_to_retirement"] = years_of(float(next(g for g in m.groups() if g)), "年", m.group(0))
        m = TO_RETIREMENT_MONTHS.search(text)
        if m and "years_to_retirement" not in facts:
            facts["years_to_retirement"] = years_of(int(next(g for g in m.groups() if g)), "个月", m.group(0))
        m = TO_RETIREMENT_HALF.search(text)
        if m and "years_to_retirement" not in facts:
            facts["years_to_retirement"] = years_of(6, "个月", m.group(0))
        m = RUNNING.search(text)
        if m and "business_operating_months" not in facts:
            months = int(m.group("n")) * (12 if m.group("unit") == "年" else 1)
            facts["business_operating_months"] = months - 1 if m.group("under") else months
        if CURRENTLY_EMPLOYED.search(text) and "employment_status" not in facts:
            facts["employment_status"] = "employed"
    if applicant != "person" or re.search(r"招|雇|吸纳|录用", text):
        for name, value, pattern in HIRES_SAID:
            if name not in facts and pattern.search(text):
                facts[name] = value
    if applicant == "enterprise":
        m = LONG_JOBLESS.search(text) or LONG_JOBLESS_ALL.search(text)  # "那2个失业的登记失业有大半年了" (eval45 C09)
        if m and "new_hires_long_term_unemployed" not in facts:
            facts["new_hires_long_term_unemployed"] = int(m.group("n"))
        # "裁了2个人，还能申请吗？必须一个不裁吗" (eval20 R09 was recorded 不裁员): a count laid off, or 不裁 asked
        if (
            NO_LAYOFFS.search(text)
            and "layoffs" not in facts
            and not LAID_OFF.search(text)
            and not NOT_LAID_ASKED.search(text)
        ):
            facts["layoffs"] = "none"
        m = HEADCOUNT.search(text) or STAFF_COUNT.search(text)
        if (
            m
            and "employees" not in facts
            and not re.search(r"招|雇|吸纳|录用", text[max(0, m.start() - 6) : m.start()])
            # "我一个员工没裁" (eval52 Y11, of 10, was recorded 1): "one … not" says none, not the staff
            and not (
                int(next(g for g in m.groups() if g)) == 1 and re.match(r"\s*(?:都|也)?(?:没|不)", text[m.end() :])
            )
        ):
            facts["employees"] = int(next(g for g in m.groups() if g))
        laid_off(text, facts)


# hires said to have been registered unemployed half a year or more: the 2500元 measure's 登记失业半年以上人员
LONG_JOBLESS = re.compile(
    # "一个没裁 失业保险一年交了6000" (eval48 M11 was recorded 1 hire jobless half a year): the insurance, no hire
    r"(?P<n>\d+)\s*个[^，。,；;\d\s]{0,8}?(?:登记)?失业(?!保险|金)(?:的)?[^，。,；;\d]{0,6}?(?:有|了|都)?\s*"
    r"(?:大半年|半年以上|半年多|多半年|一年多|\d+年|(?:[6-9]|1[0-2])个多?月)"
)
# "招了3个人，都是失业登记8个月的" (eval52 Y04 was asked the count twice): the hires counted, then all said jobless long
LONG_JOBLESS_ALL = re.compile(
    r"(?:招|雇|招用|录用|吸纳)(?:了|进)?\s*(?P<n>\d+)\s*(?:个|名|位)(?:人|员工|工人)?[，,\s]*(?:都|全|全部|均)(?:是)?\s*"
    r"(?:登记)?失业(?!保险|金)(?:登记)?(?:了|的)?\s*(?:有|都)?\s*"
    r"(?:大半年|半年以上|半年多|多半年|一年多|\d+年|(?:[6-9]|1[0-2])个多?月)"
)
NOT_LAID_ASKED = re.compile(
    r"不裁(?:员|人)?(?:吗|么|嘛|呢|[？?])|(?:必须|一定要|得|要求)[^，。,]{0,4}不裁|"
    # "裁员率是多少算不裁员少裁员 我们这算吗" (eval52 Y18, 3 of 35 laid off, was recorded 不裁员 and told 能)
    r"算(?:是)?(?:不裁员|少裁员)|(?:不裁员|少裁员)[^，。,]{0,8}?(?:算吗|算不算|吗)|裁员率(?:是)?多少|"
    # "大连的文件里对企业不裁员或少裁员有什么支持" (eval76 SB10, a lawyer, was recorded 不裁员): the texts' words asked of
    r"对(?:企业|单位)?(?:不裁员|不裁)[或、和]?少裁员|不裁员[或、和]少裁员的(?:企业|单位)?(?:有|能|给)"
)
# "我们28个人裁了5个" (eval9 G34: "没裁员" stood, and 5/28 was never worked out)
# "裁的是3个人不是2个" (eval30 Q03, a correction) too
# "裁员是5个", "裁员有5个" (eval33 W18 stored 5 as the staff): the verb's count, however it is joined
# "4月份辞退了一个", "22个里头走一个" (eval37 Z02 was asked the rate twice and never heard it worked)
LAID_OFF = re.compile(
    r"(?<!没)(?<!不)(?<!未)(?:裁(?:了|掉了?|员了?|的是|的)|(?:辞退|辞掉|开除|减员|走)(?:了|掉了?|的是|的)?)"
    r"(?:是|有|了)?\s*(\d+)\s*(?:个|名|人|位)"
)
QUIT = re.compile(r"自己(?:不干|走|辞|要走|离职)|辞职|主动离职|跳槽|不想干|回老家")
# the rate bounds of the 稳岗返还 rules (rules/*/stable-jobs-*.yaml): 5.5%, and 20% for 30 people or fewer
RATE_BOUND, SMALL_FIRM, SMALL_BOUND = 5.5, 30, 20


def bounds_stated(region: str | None) -> bool:
    """Whether a text applying in `region` states the layoff-rate bounds in figures (聊城 第5条 does; 大连's and 辽宁's
    say "裁员率标准按照国家和省有关规定执行", which the collection does not hold)."""
    if not region:
        return True  # no place yet: the rate is judged as before, and again once the place is known
    return region in _bounded_regions() or any(regions.covers(r, region) for r in _bounded_regions())


@per_build()
def _bounded_regions() -> frozenset[str]:
    from knowledge.records import load_clauses

    return frozenset(
        r.region for r in load_clauses() if any(re.search(r"裁员率标准放宽到\d", x.text) for x in r.sentences)
    )


def layoffs_open(found: dict[str, Any], region: str | None, unknown: list[str]) -> list[str]:
    """`unknown` with "layoffs" added where `found` works a rate that no collected text bounds (its verdict dropped
    from `found`: the office judges, never asked); `unknown` as it was otherwise."""
    if unbounded(found, region) and "layoffs" not in unknown:
        return [*unknown, "layoffs"]
    return list(unknown)


def unbounded(found: dict[str, Any], region: str | None) -> bool:
    """Drops from `found` a verdict on the layoffs worked from a rate where no collected text states the bounds
    (eval32 V14: a 大连 firm's 7.5% was called "裁员超过标准" by 聊城's 5.5%); whether it did (then "layoffs" is
    the office's to judge, not asked)."""
    if "layoff_rate" not in found or bounds_stated(region):
        return False
    if found.get("layoffs") in ("few", "many"):
        found.pop("layoffs")
    return "layoffs" not in found


def relaid(text: str, known: dict[str, Any]) -> dict[str, Any]:
    """The rate again when a message states the people laid off and the staff was said before ("不对，裁的是3个人不是
    2个" after "12个员工…裁了2个": eval30 Q03 kept 16.7% and the 6000元 it allowed)."""
    staff = known.get("employees") or known.get("insured_employees")
    if not LAID_OFF.search(text) or not isinstance(staff, int):
        return {}
    facts: dict[str, Any] = {"employees": staff}
    laid_off(text, facts)
    return {k: facts[k] for k in ("layoff_rate", "layoffs") if k in facts}


def rate_of(laid: int, staff: int, bounds: tuple[float | None, ...] = (RATE_BOUND, SMALL_BOUND)) -> tuple[float, float]:
    """(the exact rate, the rate said): to one decimal, never rounded down onto a bound it is over (1 of 30 is 3.3%,
    eval21 S23 read "约3.4%")."""
    exact = 100 * laid / staff
    rate = math.floor(10 * exact + 0.5) / 10
    if any(b is not None and rate <= b < exact for b in bounds):
        rate = math.ceil(10 * exact) / 10
    return exact, int(rate) if rate.is_integer() else rate


def laid_off(text: str, facts: dict[str, Any]) -> None:
    """The layoff rate from the people laid off and the staff said (rounded up: never below what was said), and
    whether it is within the relaxed bounds (以经办部门认定为准: the rules count insured staff)."""
    m = LAID_OFF.search(text)
    staff = facts.get("insured_employees") or facts.get("employees")  # the bounds count 参保职工
    if m is not None and m.group(0).startswith("走") and QUIT.search(text) and "裁" not in text.replace("不算裁", ""):
        # "走了2个服务员 是他们自己不干了 不算裁吧" (eval63 FA02 was recorded 16.7%): people who quit are not laid off
        facts["layoffs"] = "none"
        return
    if m is None or not staff or int(m.group(1)) > staff:
        return
    exact, facts["layoff_rate"] = rate_of(int(m.group(1)), staff)
    within = exact <= RATE_BOUND or (staff <= SMALL_FIRM and exact <= SMALL_BOUND)
    facts["layoffs"] = "few" if within else "many"


# "零就业家庭的人 算不算就业困难人员": the group after "算不算" is what is asked about, not a fact said (the
# "不算" inside it stored "已被认定为就业困难人员：否", which nobody said).
# "我单亲带孩子 是不是算就业困难人员" (eval58 B12 was recorded 已被认定为就业困难人员：是)
ASKED = re.compile(
    # "我这样的算不算那个就业困难人员啊" (eval71 NA12 was recorded 已被认定为就业困难人员：是): "那个" between
    r"(?:算不算|是不是|属不属于|能不能算|可不可以算|算不|能算|可以算)(?:是|算|属于)?(?:那个|这个|那种|个)?\s*$|"
    r"是否(?:算|属于)\s*$"
    # "这算不算单亲抚养那种就业困难人员" (eval66 IA08 was recorded 已被认定为就业困难人员：是): the kind named between
    r"|(?:算不算|属不属于|能不能算)[^，。,；？?\s]{1,8}(?:那种|这种|那类|这类|那样的|这样的)\s*$"
)
ASKED_YES_NO = re.compile(r"(?:算|算是|属于|认定成|认定为|评成)\s*$")  # "得先认定成就业困难人员？" (eval14 L03)
# "单亲妈妈算吗" (after a definition): the group asked about comes first, the question after it
# "就业困难人员呢？哪些人算" (eval18 P23 recorded "已被认定为就业困难人员：是")
ASKED_AFTER = re.compile(
    r"^[^，。,]{0,3}(?:算不算|算吗|算么|算不|能算吗|属于吗|属不属于|能认定(?:不|吗|么)|能不能认定)|^呢?[？?，,\s]*(?:哪些人|哪几类人|什么人)(?:算|属于)?|"
    # "烈属算就业困难人员吗", "单亲抚养未成年人者 在哪条" (eval34 X23, a hotline agent, was recorded 烈属：是)
    r"^者?[^，。,]{0,2}(?:算|属于)[\u4e00-\u9fff]{2,8}(?:吗|么|不|[？?])|"
    # "自谋职业的军队退役人员在哪条" (eval37 Z23, an agent, was recorded 退役军人：是): the word read inside a longer name
    r"^(?:者|人员|人)?\s*(?:这个词|这几个字)?(?:在|出现在|是在|写在)?(?:哪条|哪一条|哪个文件|哪些文件|哪几条|第几条|哪个条款|哪些条款)"
)
# A group named in a question about the group itself is not a fact of the speaker (eval8 F22, F08 stored
# "已被认定为就业困难人员：是" from "就业困难人员咋认定", "告诉我就业困难人员的定义", "参照就业困难人员能享受啥").
ABOUT_GROUP_BEFORE = re.compile(
    # "我得先去认定就业困难人员是吧", "能不能认定为…" (eval27 Y09, Y01 were recorded as already recognised)
    r"(?:参照|比照|告诉我|问问|请问|(?:什么|啥)(?:样的)?(?:人)?(?:才)?算|谁算|何为|什么是|啥是|啥叫|什么叫|"
    r"(?:去|先去|要|得|需要|想|申请|能不能|能否|可不可以|怎么|咋)认定(?:为|成)?|"
    # "大连这边认定就业困难人员找哪个部门" (eval76 SB03, an officer, was recorded 已被认定为就业困难人员：是): recognition
    # named, not had (已/被/经…认定 is had)
    r"(?<![已被经])认定(?!了|过)(?:为|成)?)[^，。,；\s]{0,3}$"  # "什么样的人算高校毕业生": 毕业生 read inside the group's longer name
)
ABOUT_GROUP_AFTER = re.compile(
    # "就业困难人员到底包括哪些人", "“就业困难人员”都包括哪些人" (eval26 B18 recorded 已被认定为就业困难人员：是)
    # "听说有个就业困难人员认定 我能认定不": the recognition named, not had
    r"^(?:的)?认定(?!了|过|上了)|"
    # "就业困难人员上哪认定" (eval68 KA04 was recorded 已被认定为就业困难人员：是): where to be recognised, asked
    r"^[^，。,]{0,2}(?:上哪|去哪|在哪|哪里|哪儿|到哪)(?:去|儿)?(?:认定|办|申请|登记)|"
    r"^[^，。,]{0,2}(?:咋|怎么|如何|怎样)(?:认定|算|界定|定义|评)|^[”\"’]?的?(?:都|到底|具体|究竟|一般)?(?:定义|认定标准|认定条件|范围|是什么|是啥|指什么|指的是|是指|"
    r"啥意思|什么意思|包括哪些|包含哪些|能享受|享受啥|享受什么)|"
    r"^的?那(?:个|项|条|种)(?:补贴|政策)?(?:跟|和|与)?"  # "湖北籍的那个跟我有关系吗" names a measure (eval12 J02)
)
# "我是问就业困难人员灵活就业社保补贴", "问的是残疾人的": the words after 问 are the topic, not the speaker (eval36 T01
# was recorded 已被认定为就业困难人员：是 from it)
TOPIC_BEFORE = re.compile(
    r"(?:问|问的是|咨询|打听|了解|查)(?:一下|下|问)?(?:的是)?(?:那个|这个|关于)?[^，。,；\s]{0,2}$"
)
# a group word heading a measure's name ("就业困难人员灵活就业社保补贴", "这是大学生的吧"): the measure, not the speaker
MEASURE_AFTER = re.compile(
    r"^(?:人员)?的?(?:灵活就业|社保|社会保险|岗位|创业|求职|一次性|生活|场地|见习|公益性?岗位?)[^，。,；\s？?]{0,8}?(?:补贴|补助)"
    r"|^的(?:吧|吗|么|啊)"
)
# "她家里困难 能申请低保或者救助不" (eval40 H24 was recorded 低保家庭成员：是): what one would apply for, not what one is
APPLYING_FOR = re.compile(r"(?:能|可以|能不能|可不可以|想|要|怎么|咋|去|得|能否)(?:申请|办|纳入|吃上)(?:个|上)?\s*$")
OWN_BEFORE = re.compile(r"(?:我|俺)(?:这|是|属于|这种|这样)(?:个)?\s*$")
# "省里文件不是列了吗 零就业家庭啥的 你给我说全了" (eval21 S18 was recorded 零就业家庭成员：是): an example of a list
EXAMPLES_AFTER = re.compile(r"^(?:成员)?(?:啥的|什么的|之类的?|这些|那些|等等|等人)")
SAID_OF_SELF = re.compile(r"(?:我|俺|他|她)(?:是|属于|算|已经?被?认定为?|被认定为?)\s*$")
# "我没被认定" (eval8 F22 T4): the 就业困难人员 recognition, denied
# "认没认定困难人员不知道" (eval36 T09 was recorded 纳入就业困难人员范围：否) asks itself, it denies nothing
NOT_RECOGNISED = re.compile(
    r"(?<![认评])(?:没|没有|未|还没)(?:被|有)?(?:认定|评上|认定上)(?![^，。,\s]{0,8}不(?:知道|清楚))"
)


def _years_asked(text: str, m: re.Match) -> bool:
    return bool(
        re.search(r"(?:算不算|是不是|是否|算|属不属于|够不够|在不在)\s*$", text[max(0, m.start() - 6) : m.start()])
        # "离退休还有5年 算不算就业困难人员" (eval59 BB08) states the years and asks of the group: 算… opens that question
        # "离退休还有5年呢 那个不足1年的轮不到我吧" (eval66 IA12) states them: a 呢 asks only at the end
        or re.match(r"(?:以内|之内|内)?[^，。,\d算]{0,3}?(?:吗|么|不|[？?]|呢\s*(?:[？?]|$))", text[m.end() :])
    )


MEASURE_DENIED_AFTER = re.compile(r"^(?:人员)?[\u4e00-\u9fff]{0,4}的[^，。,；\s？?]{0,6}?(?:补贴|补助|政策|扶持)")


def asked(text: str, start: int, end: int) -> bool:
    """The word is the group a yes/no question asks about ("…算不算就业困难人员", "我算低保户吗")."""
    before = text[max(0, start - 6) : start]
    if re.search(r"(?:没有|没)$", before) and MEASURE_DENIED_AFTER.match(text[end:]):
        return True  # "凌源没有残疾人开店的场地补贴呗" (eval78 UA03, a blind man, was recorded 残疾人：否): a measure denied
    if text[start:end] in ("失业", "下岗") and re.match(r"(?:了|半年|一年|好几|几个月|\d)", text[end:]):
        return False  # "直接告诉我大连失业了能领啥" (eval76 SB12 was asked whether jobless): a state said, not a word asked
    # "3到12个月？那是低保吧 我问失业金" (eval55 I22 was recorded 低保家庭成员：是): the reply's group, said back
    if re.search(r"那(?:是|个是|不是)$", before) and re.match(r"(?:户|家庭)?(?:吧|吗|啊|[？?])", text[end:]):
        return True
    return bool(
        ASKED.search(text[max(0, start - 16) : start])
        or ASKED_YES_NO.search(before)
        and re.search(r"^[^，。,]{0,4}(?:吗|么|不|[？?])", text[end:])
        or ASKED_AFTER.search(text[end:])
        and not OWN_BEFORE.search(before)  # "我这残疾的算不算就业困难人员": 残疾 is said of the speaker (eval22 T05)
        or EXAMPLES_AFTER.search(text[end:])
        or ABOUT_GROUP_BEFORE.search(text[max(0, start - 12) : start])
        or ABOUT_GROUP_AFTER.search(text[end:])
        and not SAID_OF_SELF.search(before)  # "我是就业困难人员能享受啥": said of the speaker, then asked
        or TOPIC_BEFORE.search(text[max(0, start - 8) : start])
        or APPLYING_FOR.search(before)
        or MEASURE_AFTER.search(text[end:])
        and not SAID_OF_SELF.search(before)
        and not re.search(r"(?:我|俺)(?:是|属于)?$", before)
    )


# the benefit run out already ("上个月领完了", "早就领完了"), not the end asked about ahead ("领完了咋整")
RAN_OUT_NOW = re.compile(
    r"(?:已经|早就|早|都|上个?月|去年|前年|年初|年前|之前|刚)[^，。？?]{0,6}(?:领完|期满|到期)|不对|说错"
)


def end_ahead(found: dict[str, Any], slots: dict[str, Any], text: str) -> dict[str, Any]:
    """ "那俺今年五十了，失业金领完了咋整" from one drawing it (eval98 OA01 was recorded 期满 and told the 90% standard
    "须领取失业保险金后申请"): the end asked about ahead is not the end reached; `found` without it."""
    if (
        found.get("unemployment_insurance_exhausted") is True
        and slots.get("receiving_unemployment_insurance") is True
        and not RAN_OUT_NOW.search(text or "")
    ):
        return {
            k: v
            for k, v in found.items()
            if k not in ("unemployment_insurance_exhausted", "receiving_unemployment_insurance")
        }
    return found
