"""A person past the legal retirement age on every reading ("我婆婆在聊城 六十岁了 没有退休金 有啥补贴", eval40 H24,
rated 1: she heard the extension of 失业保险金 to retirement and was asked how far she was from it). The texts are
employment and business-start measures for people of working age and their employers; what they say of a family in
hardship is that it is brought into 低保 and 临时救助 (social relief, the 民政 departments'). That is said first, with
those sentences cited, before the measures; the list stays below for what the office may still decide."""

from __future__ import annotations

import re
from datetime import date

from actions import family_member
from actions.retirement_age import past, said_age
from answers import place_sentences
from answers.contact import HOTLINE_NAME
from answers.models import Reply

RELIEF = re.compile(r"临时救助|社会救助")
# asked of the measures that run up to retirement or of a pension: the list answers those
# "就是失业那个钱 俺61了" (eval100 QB11, 61, heard 46 lines of working-age measures, then 创业带头人's conditions)
RETIREMENT_ASKED = re.compile(r"失业(?:保险)?金|失业(?:的)?(?:那个|那份)?钱|失业补助|领到退休|续发|续领")
# "字太多看不明白" (eval100 QB11): the short answer, without the list for the office
TOO_LONG = re.compile(r"字太多|太长|看不(?:明白|懂|过来)|整不明白|弄不明白|说简单点|简单(?:点|说)")
MOST = 2
LIST_HEAD = re.compile(r"^按.{2,16}的政策，与您的问题相关的政策有", re.M)
PAST_HEAD = "下面这些规定面向劳动年龄内的人员，按您说的年龄一般已不适用，列出供参考（能否申请以经办部门认定为准）："


# "50岁就退休了 现在每月领退休金" (eval69 LA12, 56, heard 续领失业保险金至退休 first): retired, said of oneself
RETIRED_SELF = re.compile(
    r"(?:我|俺|已经|早就|早|都)[^，。,；？?]{0,8}(?:退休了|退了休|办了退休|就退休了)|(?:每月|每个月|现在|一直)(?:都)?领(?:着)?退休金|(?:有|拿着?)退休金|"
    # "去年办的退休，退休金一个月才一千多点" (eval97 NA06, 60, was told he could draw 失业金 on to retirement)
    r"办的退休|办理了?退休(?:手续)?了|退休金(?:一个月|每月|每个月|才|只有|不够|太少)|"
    # "大连的 退休两年了 六十三…退休了再上班 有啥政策" (eval108 YA09, rated 1, heard 失业补助金 and 低保)
    r"退休(?:[一二两三四五六七八九十\d]+|好几|几|多)年了?|领退休金的"
)
# work again after retiring ("退休返聘再上班有没有啥说法")
REWORK_ASKED = re.compile(r"返聘|再上班|再就业|再找(?:个|份)?(?:活|工作)|找个活|找活干|接着干|再干|继续上班")
# who may register as unemployed ("劳动年龄内、有劳动能力…可在户籍地或常住地办理失业登记")
OF_WORKING_AGE = re.compile(r"劳动年龄内[^。；]{0,50}失业登记")


def retired_reply(text: str, profile: dict, as_of: date) -> Reply | None:
    """ "去年办的退休…还能领失业金不" (eval97 NA06): retired, said; 失业金 and what follows it are for the jobless of working
    age, which is said with the sentence on who registers as unemployed; None unless both are said."""
    by_age = past(profile, as_of) and profile.get("applicant_type") in (None, "person")
    if FOR_OTHERS.search(text or ""):
        return None
    if not (RETIRED_SELF.search(text or "") or by_age) or not RETIREMENT_ASKED.search(text or ""):
        return None
    if family_member.PROXY.search(text) or re.search(r"(?:他|她|孩子|儿子|闺女|女儿)的失业", text):
        return None  # "俺自己有退休金 这是替孩子问" (eval93 JA12): the benefit asked is the child's
    found = place_sentences.find(OF_WORKING_AGE, profile.get("region"), as_of)[:1]
    # "我62了…那失业金呢" (eval97 NB11, a man of 62, heard 失业补助金 and 续领至退休 as open to him): past the age, said
    who = (
        f"{said_age(profile)}，已到法定退休年龄"
        if by_age and not RETIRED_SELF.search(text)
        else "您说已经办理退休、领取退休金"
    )
    past_words = "已到法定退休年龄的" if who.endswith("已到法定退休年龄") else "已经退休、领取退休金的"
    lines = [
        f"{who}（以经办部门认定为准）。收录的文件里，失业保险金、失业补助金和"
        "“距法定退休年龄不足1年的可继续领取至退休”，都是给劳动年龄内、处于无业状态的失业人员的；"
        f"{past_words}，按原文不适用。",
        *(["失业登记的对象，原文是这样写的：", *(place_sentences.line(c) for c in found)] if found else []),
        f"退休待遇的问题请咨询当地社保经办机构，或拨打{HOTLINE_NAME}。",
    ]
    return Reply("\n".join(lines), found, meta={"past_retirement": True, "low_confidence": False})


# "我是…退休老师 今年六十五了 问问现在大学生毕业找不着工作 有啥补贴", "不是我 是邻居家闺女…我帮她问问", "年龄不是我的"
# (eval102 SA11, 65, heard three times that she is past the age): the question is of someone else
FOR_OTHERS = re.compile(
    r"不是(?:我|俺)(?:自己)?(?!们)|(?:年龄|岁数)不是(?:我|俺)|(?:替|帮|给)(?:她|他|人家|别人|邻居|亲戚|朋友)[^，。？?]{0,4}(?:问|咨询|打听)|"
    r"问的(?:人)?是|(?:问问|打听|咨询)(?:一下|下)?(?:现在)?(?:的)?(?:大学生|毕业生|年轻人|孩子|学生)"
)


def lead(first: Reply | None, text: str, profile: dict, as_of: date) -> Reply | None:
    if FOR_OTHERS.search(text or ""):
        return first
    retired = bool(RETIRED_SELF.search(text or ""))
    if profile.get("applicant_type") not in (None, "person") or not (past(profile, as_of) or retired):
        return first
    said = retired_reply(text, profile, as_of)
    if said is not None:  # the list of measures up to retirement and its questions are not this person's
        return said
    if RETIREMENT_ASKED.search(text or ""):
        # "俺62了…失业金能领不" (eval45 C10 heard the measures running "至法定退休年龄" and was asked how far he was
        # from it): what the texts say of 失业金 stays; the list of measures up to retirement and its questions go
        if first is not None and LIST_HEAD.search(first.text):
            first.text = first.text[: LIST_HEAD.search(first.text).start()].rstrip()
            first.meta["past_retirement"] = True
        return first
    # no measure of theirs at all (a graduate's is not offered at 62): said all the same, with nothing below
    first = first if first is not None else Reply("")
    relief = place_sentences.find(RELIEF, profile.get("region"), as_of)[:MOST]
    by_age = past(profile, as_of)
    who = f"{said_age(profile)}，已过法定退休年龄" if by_age else "您说已经退休、领取退休金"
    lines = [
        f"{who}（以经办部门认定为准）。收录的文件是就业创业扶持政策，面向劳动年龄内的"
        f"求职、创业人员和用人单位，没有专门给{'已过法定退休年龄的人' if by_age else '已退休人员'}的补贴。"
    ]
    if relief:
        lines.append("家庭生活困难的，文件里写的是：")
        lines += [place_sentences.line(c) for c in relief]
        lines.append(
            "低保、临时救助属于社会救助，由民政部门按社会救助的规定办理（收录的文件没有写办理条件和地点），"
            f"可向当地民政部门咨询，或拨打{HOTLINE_NAME}。"
        )
    # nothing to ask one past the age (eval42 F07, 61, was asked "您距离法定退休年龄还有几年？" and read 61 years): the
    # list stays for the office to judge, without the offer of questions
    # "已过法定退休年龄" above a list headed "与您的问题相关的政策有" read as a contradiction (eval63 FB12, 58, a former
    # 女职工): the list is said as what it is, measures for those of working age, listed for the office to judge
    if TOO_LONG.search(text or ""):
        first.text, first.citations = "\n".join(lines), list(relief)
        first.meta["past_retirement"] = True
        return first
    body = [
        (PAST_HEAD if by_age else PAST_HEAD.replace("按您说的年龄", "按您说的情况"))
        if LIST_HEAD.match(line)
        else line.replace("，问完问题后一并告诉您。", "。")
        for line in first.text.split("\n")
        if line and not line.startswith("想知道")
    ]
    first.text = "\n".join(lines + body)
    first.citations = relief + list(first.citations)
    first.meta["past_retirement"] = True
    return first


# "你就说能还是不能" right after the reply above (eval100 QB11, 61, heard 创业带头人's conditions): the plain word
PLAIN_ASKED = re.compile(r"能还是不能|能不能|行还是不行|行不行|到底能|能领不|能不能领|给不给|是不是不能|就说能")


def rework_reply(text: str, region: str | None, as_of: date) -> Reply | None:
    """ "我都退休了 领退休金的…就问退休返聘再上班有没有啥说法" (eval108 YA09 heard 续领至退休 twice): the texts write nothing
    on work after retiring; who registers as unemployed is said, with where to ask."""
    if not (RETIRED_SELF.search(text or "") and REWORK_ASKED.search(text or "")) or FOR_OTHERS.search(text or ""):
        return None
    found = place_sentences.find(OF_WORKING_AGE, region, as_of)[:1]
    lines = [
        "您说已经退休（以经办部门认定为准）。收录的文件是就业创业扶持政策，面向劳动年龄内的求职、创业人员和用人单位，"
        "没有写退休人员再就业（返聘）的政策或补贴。",
        *(["失业登记的对象，原文是这样写的：", *(place_sentences.line(c) for c in found)] if found else []),
        f"退休后再上班的用工和待遇问题，请咨询当地人力资源社会保障部门，或拨打{HOTLINE_NAME}。",
    ]
    return Reply("\n".join(lines), found, meta={"past_retirement": True, "low_confidence": False})


def plain_answer(text: str, tracker, as_of: date | None = None) -> Reply | None:
    from actions.dialogue_state import answer_with
    from actions.profile import profile_from_slots

    rework = rework_reply(text, profile_from_slots(tracker.slots).get("region"), as_of or date.today())
    if rework is not None:
        return rework
    if len(text or "") > 20 or not PLAIN_ASKED.search(text or ""):
        return None
    last = answer_with(tracker, 1, "past_retirement")
    if not last:
        return None
    return Reply(
        "按您前面说的，已到法定退休年龄（或已经退休）：收录的文件里，失业保险金、失业补助金都是给劳动年龄内的失业人员的，"
        "按原文一般不能再领，以经办部门认定为准。\n"
        f"家里生活困难的，可以向当地民政部门申请低保、临时救助；退休待遇请问当地社保经办机构，或拨打{HOTLINE_NAME}。",
        list(last.get("citations") or [])[:2],
        meta={"past_retirement": True, "low_confidence": False},
    )
