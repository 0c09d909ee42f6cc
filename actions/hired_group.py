"""A unit asking what it gets for hiring people of a group ("我们合作社雇了村里十来个贫困户 有啥补贴"): the sentences of
its place that grant something to whoever hires that group, before the measures.

12345 evaluation 50 (Q20, a 凌源 cooperative on 2020-03-05): the first reply listed 稳岗返还, 学徒制 and 职工教育经费
and never 凌政发〔2019〕14号 二、（一） "对企业吸纳贫困劳动力就业的，参照就业困难人员落实社会保险补贴等政策" — a sentence
that carries no rule of its own (its amount is another measure's); "不能" then came of a provincial text not yet issued.
"""

from __future__ import annotations

import re
from datetime import date

from actions import question_parts
from actions.priority_lead import LEAD_ONLY
from answers import place_sentences, validity_words
from answers.models import Reply

HIRED = re.compile(
    r"(?:雇|招|吸纳|录用|招用|安置)(?:了|用|的|过)?[^，。,；？?]{0,8}?(贫困户|建档立卡|贫困劳动力|残疾|就业困难|退役|失业)"
)
# the group as the texts write it, after a word of hiring
TEXT_GROUP = {
    "贫困户": "贫困劳动力|建档立卡",
    "建档立卡": "贫困劳动力|建档立卡",
    "贫困劳动力": "贫困劳动力|建档立卡",
    "残疾": "残疾人",
    "就业困难": "就业困难人员",
    "退役": "退役",
    "失业": "登记失业|失业人员",
}
MOST = 2


def lead(first: Reply | None, text: str, profile: dict, as_of: date) -> Reply | None:
    m = HIRED.search(text or "")
    if m is None or profile.get("applicant_type") != "enterprise" or not profile.get("region"):
        return first
    if m.group(1) in SEARCHED and first is not None:
        # "招了2个之前失业的人" (eval88 EA04): the window of words finds 创业带头人's and 项目推荐's sentences, which
        # merely name 登记失业人员; the measures listed are the hiring unit's own
        return first
    found = _granting(_pattern(TEXT_GROUP[m.group(1)]), profile["region"], as_of, first)[:MOST]
    if not found:
        return first
    # no measure in scope (a 凌源 cooperative in 2020, eval50 Q20): the sentences alone, as a lead
    return _led(first, f"招用{m.group(1)}的单位，原文写有（能否享受以经办部门认定为准）：", found)


def _granting(granting: re.Pattern, region: str, as_of: date, first: Reply | None) -> list[dict]:
    """The place's sentences granting to whoever hires the group, in force or of unknown validity, not yet quoted."""
    quoted = [c.get("quote") or "" for c in first.citations] if first is not None else []
    return [
        c
        for c in place_sentences.find(granting, region, as_of)
        if c["quote"] not in quoted
        and (c.get("validity") or {}).get("status") not in ("expired", "not_started")
        # 疫情防控期间's hires asked years after (eval89 FB09 in 2026 heard 18号（九）'s 重点保障企业 first)
        and not validity_words.long_after_epidemic(c.get("validity") or {}, as_of)
    ]


def _led(first: Reply | None, head: str, found: list[dict]) -> Reply:
    """The reply led by the granting sentences (a lead alone where no measure is listed)."""
    if first is None:
        first = Reply("", meta={LEAD_ONLY: True})
    first.text = "\n".join([head, *(place_sentences.line(c) for c in found), first.text]).strip()
    first.citations = found + list(first.citations)
    return first


# a person asking what the employer gets for hiring them ("进了个小公司…公司能领啥", eval68 KB10 heard it after six turns)
EMPLOYER_ASKED = re.compile(
    r"(?:公司|单位|企业|厂子?|老板|用人单位)(?:那边|那头|方面)?(?:能|可以)?(?:领|拿|得|享受|申请)?(?:啥|什么|哪些)(?:补贴|补助|钱)?|"
    r"(?:公司|单位|企业|厂子?|老板)[^，。,；？?我俺\s]{0,6}(?:有没有|有啥|有什么|给不给|能不能)(?:补贴|补助|钱)|"
    r"(?:招|雇|录用)(?:了)?(?:我|俺)[^，。,；？?]{0,8}(?:补贴|补助|能领|能拿)"
)
# the person's group, as the texts write whom an employer hires
PERSON_GROUPS = (
    ("is_college_graduate", "高校毕业生", "毕业年度|高校毕业生"),
    ("is_hard_to_employ", "就业困难人员", "就业困难人员"),
    ("is_disabled", "残疾人", "残疾人"),
    ("is_poverty_registered", "建档立卡贫困人口", "贫困劳动力|建档立卡"),
)


LISTED = ("is_disabled", "is_low_income_family", "is_zero_employment_family", "is_single_parent")


def for_employer(first: Reply | None, text: str, profile: dict, as_of: date) -> Reply | None:
    """A person's question of what the employer hiring them gets: the place's sentences granting to whoever hires
    their group, in force or of unknown validity, before the person's own measures."""
    if not EMPLOYER_ASKED.search(text or "") or profile.get("applicant_type") not in (None, "person"):
        return first
    if not profile.get("region"):
        return first
    groups = [(word, pattern) for fact, word, pattern in PERSON_GROUPS if profile.get(fact) is True]
    listed = [f for f in LISTED if profile.get(f) is True]
    if listed and profile.get("is_hard_to_employ") is not True:
        # "我儿子…残疾…登记失业了…公司雇他 公司能得啥" (eval70 MA08, rated 1, heard the graduates' employers): the texts
        # grant to whoever hires 就业困难人员, the group a listed one is recognised into
        groups.append(("就业困难人员", "就业困难人员"))
    found, word = [], ""
    for group, pattern in groups:
        word = group
        granting = re.compile(
            r"(?:吸纳|招用|雇用|录用)[^。；，]{0,12}(?:" + pattern + r")[^。；]{0,60}(?:补贴|补助|奖补)"
        )
        found = _granting(granting, profile["region"], as_of, first)
        if found:
            break
    # a grant to every employer ("…的各类用人单位") before one to a kind of firm ("新业态企业", "企业组织…学徒制")
    found = sorted(found, key=lambda c: "单位" not in c["quote"])[:MOST]
    if not found:
        return first
    recognised = "（是否属于就业困难人员以经办部门认定为准）" if word == "就业困难人员" and listed else ""
    # first, as the answer to the question asked of the employer: a lead the summary keeps when no question is left
    return _led(first, f"招用{word}的单位，原文写有{recognised or '（单位能否享受以经办部门认定为准）'}：", found)


# "招了残疾人有补贴吗" asked as a question (eval85 BB06, rated 1: heard 辽政发（十）'s 1000元 for firms making epidemic
# supplies, and "招一个残疾人给1000块？" was not denied): what the place's texts grant whoever hires that group, or
# that they grant nothing of their own, before any search's nearest sentence
SUBSIDY_ASKED = re.compile(r"补贴|补助|奖补|优惠|政策|扶持|给钱|给啥|有啥|有什么|能领|能拿")
# a group the texts recognise as 就业困难人员 (辽政发〔2020〕9号（十六）'s list), whose hiring is granted under that name
RECOGNISED_AS = {"残疾": "就业困难人员", "退役": "就业困难人员"}
# "招了失业人员": the texts grant it in long sentences ("对吸纳登记失业半年以上人员或毕业年度高校毕业生（含…）就业，…") the
# search reads better than a window of words
SEARCHED = ("失业",)


def answer(text: str, region: str | None, as_of: date) -> Reply | None:
    m = HIRED.search(text or "")
    if m is None or not region or m.group(1) in SEARCHED or not SUBSIDY_ASKED.search(text[m.end() :]):
        return None
    if question_parts.parts(text):
        return None  # "…雇就业困难人员给补贴不？还有今年稳岗返还能不能返": each part is answered where parts are
    group = m.group(1)
    said = {"残疾": "残疾人", "退役": "退役军人", "就业困难": "就业困难人员"}.get(group, group)
    found = _granting(_pattern(TEXT_GROUP[group]), region, as_of, None)
    if found:
        return _said(f"招用{said}的单位，原文写有（能否享受以经办部门认定为准）：", found, group)
    wider = RECOGNISED_AS.get(group)
    through = _granting(_pattern(wider), region, as_of, None) if wider else []
    none = f"收录的适用于{region}的文件没有专门写招用{said}的单位能领的补贴。"
    if not through:
        return Reply(
            f"{none}具体可咨询当地人力资源社会保障部门。", meta={"hired_group": group, "low_confidence": False}
        )
    return _said(
        f"{none}所招的{said}若被认定为{wider}（以经办部门认定为准），招用{wider}的单位，原文写有：", through, group
    )


def _said(head: str, found: list[dict], group: str) -> Reply:
    # a grant to every unit hiring them ("对招用…的单位") before one to a kind of firm or to a period's extension
    # and one granting outright ("…给予1年的社会保险补贴") before one routing a cost ("…纳入劳务费列支")
    found = sorted(found, key=lambda c: ("单位" not in c["quote"], "给予" not in c["quote"], "期间" in c["quote"]))
    found = found[:MOST]
    lines = [head, *(place_sentences.line(c) for c in found), "具体标准和办理以经办部门认定为准。"]
    return Reply("\n".join(lines), found, meta={"hired_group": group, "low_confidence": False})


def _pattern(group: str) -> re.Pattern:
    return re.compile(r"(?:吸纳|招用|雇用|安置)[^。；，]{0,12}(?:" + group + r")[^。；]{0,50}(?:补贴|补助|政策|奖补)")
