"""Messages that name nothing to answer yet: English ("What subsidies…"), bare puzzlement ("？？？", "啥意思"), and money of
no kind ("俺想问问那个钱"). Each gets a short reply saying what the assistant can do or asking which matter is meant, never
the nearest clause of a search (moved out of actions/turns.py to keep that module small)."""

from __future__ import annotations

import re

from answers.models import Reply
from answers.notices import HOTLINE
from knowledge import coverage

HAN = re.compile(r"[\u4e00-\u9fff]")
PUZZLED = re.compile(
    r"^(?:[?？!！。.…~～\s]+|啥|啥意思|什么|什么意思|嗯\?|没看懂|看不懂|没懂|不懂|听不懂|没明白|不明白|说的啥|说啥呢)"
    r"[?？!！。.…\s]*$"
)


def english_reply() -> str:
    """The places come from the knowledge data (knowledge/coverage.py), never written here."""
    return (
        f"您好！我是就业政策智能助手，用中文解答{coverage.places_sentence()}的就业创业扶持政策，给出文件原文、文号和"
        f"责任单位。请用中文提问，例如“失业了能领什么补贴？”，或拨打{HOTLINE}。\n"
        "Hello! I answer questions about employment and business start-up support policies of the places "
        f"named above, quoting the official documents. Please ask in Chinese, or call the {HOTLINE} hotline."
    )


# "俺想问问那个钱" (eval100 QB11, an elderly man, heard 18号（二）'s 房产税 as "最接近的一条"): money of no kind said
VAGUE = re.compile(
    r"^(?:我|俺|咱)?(?:就)?(?:想)?(?:问问|问一下|问下|打听(?:一下|打听)?|咨询(?:一下)?)?(?:那个|这个|那|有个)?"
    r"(?:钱|补贴|补助|事儿?|政策)(?:的事儿?)?(?:呢|啊|吧|哈)?[?？。！!\s]*$"
)


def vague_reply() -> str:
    place = coverage.short_name(coverage.example_place())
    return (
        "您想问的是哪一项？比如：失业了能领的钱（失业保险金、失业补助金）、找工作或学技能的补贴、自己创业的补贴和贷款，"
        f"还是单位招人、稳岗的补贴？也可以直接说说您的情况（如“我在{place}，今年58，厂子黄了”），我先告诉您相关政策。"
    )


def puzzled_reply() -> str:
    place = coverage.short_name(coverage.example_place())
    return (
        "没看懂您的意思。我是就业政策智能助手：您可以直接问政策（如“稳岗返还怎么申请”），"
        f"或说说您的情况（如“我在{place}，失业半年了”），我先告诉您相关政策，再帮您算能领多少。"
        f"也可以回复“转人工”或拨打{HOTLINE}。"
    )


def reply(text: str) -> Reply | None:
    if not HAN.search(text) and re.search(r"[A-Za-z]{2}", text):
        return Reply(english_reply(), meta={"english": True})
    if PUZZLED.match(text):
        return Reply(puzzled_reply(), meta={"puzzled": True})
    if VAGUE.match(text):
        return Reply(vague_reply(), meta={"puzzled": True})
    return None
