"""Whether one can get a 公益性岗位, asked outside the form whatever clause is in play ("那公益岗呢 俺这样的能去不",
eval95 LA01, a disabled labourer in 普兰店, heard 辽宁's sentences on reporting posts and on extending them; LA03, LA07
heard the extension sentence first): who the place's texts give posts to first, then what a post pays where the text
says so, both quoted whole with their own validity. Whether the person is placed is the department's to decide."""

from __future__ import annotations

import re
from datetime import date

from rasa_sdk import Tracker

from actions import priority_lead, retirement_age
from actions.clause_in_play import in_play
from answers import place_sentences, sentences
from answers.clause_answer import MONEY_ASKED, NO_SUM_RATE
from answers.models import Reply
from answers.notices import HOTLINE_NAME

# the sentence setting what a post pays ("给予岗位补贴，补贴标准为当地最低工资标准"; "按照每人每月600元标准给予岗位补贴"), not
# those counting the period again ("岗位补贴和社会保险补贴期限重新计算")
PAID = re.compile(r"给予岗位补贴|岗位补贴标准|标准给予岗位补贴")
# a post's pay set for graduates only (凌源's 上浮 for graduates of poor families): not what anyone else's post pays
GRADUATES_ONLY = re.compile(r"高校毕业生")
CLOSING = "能否安排到公益性岗位、补贴多少，以当地人力资源社会保障部门认定为准。"


# what a post pays, asked ("岗位补贴一个月多少", "我这样的到底一个月给多少")
PAY_ASKED = re.compile(r"多少|几个钱|给多少|标准|咋算")
NOT_GRADUATE = re.compile(r"(?:不是|又不是|哪是|没上过)(?:啥|什么)?(?:大学生|毕业生|高校毕业生|大学)")


def pay_reply(text: str, tracker: Tracker, profile: dict, as_of: date) -> Reply | None:
    """What a post pays where the place's texts set it only for graduates ("那要是上了公益岗 岗位补贴一个月多少" in 凌源,
    eval103 TA07, a man of 50 of a 零就业家庭, heard 凌政发 一、（一）'s 上浮 for graduates twice, the second time after "我又
    不是大学生"): said that no standard is written for him, with the graduates' sentence named as theirs."""
    cite = in_play(tracker)[0] or {}
    asked_posts = bool(priority_lead.POSTS.search(text))
    after_graduates = bool(GRADUATES_ONLY.search(cite.get("quote") or "")) and bool(
        priority_lead.POSTS.search(cite.get("quote") or "")
    )
    other = [w for w in sentences.MEASURE_WORD.findall(text) if w != "公益性岗位"] + sentences.named_subsidies(text)
    if other and not asked_posts:
        return None  # "见习补贴标准是多少" after the graduates' posts: another measure (tests/actions/test_eval33_fixes.py)
    if not PAY_ASKED.search(text) or not (asked_posts and "岗位补贴" in text or after_graduates):
        return None
    region = profile.get("region") or cite.get("region")
    graduate = bool(profile.get("is_college_graduate")) and not NOT_GRADUATE.search(text)
    if not region or graduate:
        return None
    paid = place_sentences.find(PAID, region, as_of)
    general = [c for c in paid if not GRADUATES_ONLY.search(c["quote"])]
    only_graduates = [c for c in paid if GRADUATES_ONLY.search(c["quote"])]
    if general or not only_graduates:
        return None  # a standard for anyone: the ordinary answers quote it
    lines = [
        f"收录的适用于{region}的文件没有写一般公益性岗位的岗位补贴标准；下面这句的上浮只适用于所列的高校毕业生：",
        *(place_sentences.line(c) for c in only_graduates[:1]),
        f"公益性岗位的岗位补贴标准请向当地人力资源社会保障部门咨询，或拨打{HOTLINE_NAME}。",
    ]
    return Reply("\n".join(lines), only_graduates[:1], meta={"low_confidence": False, "post_asked": True})


def reply(text: str, tracker: Tracker, profile: dict, as_of: date) -> Reply | None:
    """Who gets posts first and what a post pays, for a question asking to get one after an answer on something else;
    None for any other message (a first message is the form's, whose first reply leads with the same sentences; a
    clause on posts in play is judged by the rules, actions/yes_no.py)."""
    if not (priority_lead.POSTS.search(text) and priority_lead.ASKED.search(text)):
        return None
    cite = in_play(tracker)[0]
    if cite is None or priority_lead.POSTS.search(cite.get("quote") or "") or retirement_age.past(profile, as_of):
        return None
    region = profile.get("region")
    placed = priority_lead.lead(None, text, profile, as_of)
    if placed is None or not region:
        return None
    graduate = bool(profile.get("is_college_graduate") or profile.get("graduation_date") or GRADUATES_ONLY.search(text))
    paid = [c for c in place_sentences.find(PAID, region, as_of) if graduate or not GRADUATES_ONLY.search(c["quote"])][
        :2
    ]
    lines = [placed.text]
    if paid:
        lines.append("安置到公益性岗位后的岗位补贴，原文写的是：")
        lines += [place_sentences.line(c) for c in paid]
        if MONEY_ASKED.search(text) and not any(re.search(r"\d\s*元", c["quote"]) for c in paid):
            lines.append(NO_SUM_RATE)  # "一个月给多少钱": the standard is a rate of the local minimum wage, no sum
    lines.append(CLOSING)
    return Reply("\n".join(lines), list(placed.citations) + paid, meta={"low_confidence": False, "post_asked": True})
