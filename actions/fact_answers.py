"""The answer to the question just asked: yes/no, a number, an option, a place, a date, or "不清楚".

Buttons send Rasa payloads ("/affirm", "/deny", "/dont_know", '/inform{"choice":"flexible"}',
'/inform{"region":"大连市"}'); people type "是的", "没有", "三个", "灵活就业", "不知道". The result is
(value, unknown): a normalised value for the fact, or unknown=True for "不清楚", or (None, False)
when the message does not answer the question.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from actions.money_said import is_money, money_in
from actions.profile_facts import numeric_text
from knowledge import regions
from knowledge.eligibility.facts import Fact, normalize_value, vocabulary
from knowledge.inputs import BadInput

DONT_KNOW = re.compile(r"不清楚|不知道|不确定|说不好|说不清|不记得|记不清|不太清楚|不晓得|不了解|不懂|没数|跳过|不好说")
NO = re.compile(r"^(?:不是|不对|没有|没|否|不|无|不曾|不用|木有|没签|没交|没缴|没办|没登记|没参加|没领|不属于|不算|非)")
YES = re.compile(
    r"^(?:是|是的|对|对的|有|嗯|恩|签了|交了|缴了|办了|登记了|参加了|领了|属于|当然|肯定|没错|yes|ok|好)", re.I
)
NONE_COUNT = re.compile(r"^(?:没有|没|无|一个(?:也|都)没|零|0)")
SURE = 0.95
ENTITY_FOR = {"region": "region", "applicant_type": "applicant_type", "enterprise_size": "enterprise_size"}


def _entity(message: dict, name: str) -> Any:
    for e in message.get("entities") or []:
        if e.get("entity") == name and e.get("value") not in (None, ""):
            return e["value"]
    return None


def _valid(name: str, value: Any) -> Any:
    try:
        value = normalize_value(name, value)
    except BadInput:
        return None
    # A slot travels to Rasa as JSON: a date goes as ISO text (a date object made the action
    # server's reply fail, and the person read "智能对话暂不可用" after answering a date question).
    return value.isoformat() if isinstance(value, date) else value


def _bool(intent: str, text: str, sure: bool) -> bool | None:
    """Words first ("没有", "签了"); the classifier's affirm/deny only when it is sure (or a button):
    DIET calls "呵呵呵" affirm at 0.89."""
    t = text.strip("，。！!,. ")
    if NO.match(t):
        return False
    if YES.match(t):
        return True
    if sure and intent == "affirm":
        return True
    if sure and intent == "deny":
        return False
    return None


UPPER_BOUND = re.compile(r"不到|不足|少于|低于|不超过|没超过|至多|最多|以内|之内|以下")


def _number(fact: Fact, text: str, message: dict) -> float | None:
    raw = _entity(message, "number")
    digits = numeric_text(str(raw)) if raw is not None else numeric_text(text)
    if NONE_COUNT.match(text.strip()):
        return 0
    if "半年" in text and ("month" in fact.name or "月" in fact.prompt):
        return 6
    if is_money(fact):  # "4万2" is 42000, "6万" 60000: the whole answer, not DIET's "6"
        money = None if UPPER_BOUND.search(text) else money_in(text)
        return None if money is None else int(money) if money.is_integer() else money
    m = re.search(r"\d+(?:\.\d+)?", digits)
    if not m or UPPER_BOUND.search(text):
        return None  # "不到五万" is a ceiling, not the figure: taking 50000 would overstate a refund
    value = float(m.group(0))
    if re.search(r"万", digits[m.end() : m.end() + 2]):
        value *= 10000
    return int(value) if fact.type == "int" or value == int(value) else value


def _enum(fact: Fact, text: str, message: dict) -> Any:
    entity = ENTITY_FOR.get(fact.name)
    for raw in (_entity(message, "choice"), _entity(message, entity) if entity else None):
        if raw in fact.values:
            return raw
    _, labels = fact.options()
    for value, label in sorted(zip(fact.values, labels, strict=False), key=lambda vl: -len(vl[1])):
        short = re.sub(r"（.*?）", "", label)
        if label in text or (short and short in text):
            return value
    if fact.name == "applicant_type":
        from actions.profile_applicant import applicant_type

        return applicant_type(text)
    if fact.name == "enterprise_size":
        from actions.profile_facts import size

        return size(text)
    # the whole answer is one option's number ("3", "第3项"): "35" is not option 3
    m = re.fullmatch(r"\s*第?\s*(\d)\s*[类种项个]?\s*", numeric_text(text))
    if m and 1 <= int(m.group(1)) <= len(fact.values) and len(text) <= 4:
        return fact.values[int(m.group(1)) - 1]
    return None


def _date(text: str) -> str | None:
    m = re.search(r"(20\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})", numeric_text(text))
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return None


def read_answer(fact_name: str, message: dict, text: str) -> tuple[Any, bool]:
    """Interpret `message` (Rasa latest_message) as the answer to `fact_name`."""
    fact = vocabulary().get(fact_name)
    if fact is None:
        return None, False
    intent = ((message.get("intent") or {}).get("name")) or ""
    confidence = float((message.get("intent") or {}).get("confidence") or 0)
    sure = not text or confidence >= SURE  # no text: a button payload ("/affirm")
    if DONT_KNOW.search(text) or (intent == "dont_know" and sure):
        return None, True
    value: Any = None
    if fact.type == "bool":
        value = _bool(intent, text, sure)
    elif fact.type in ("int", "number"):
        value = _number(fact, text, message)
    elif fact.type == "enum":
        value = _enum(fact, text, message)
    elif fact.type == "date":
        value = _date(text)
    elif fact.name == "region":
        raw = _entity(message, "region")
        found = regions.regions_in_text(text)
        value = raw if raw and _valid("region", raw) else (found[0] if found else None)
    elif text and intent not in ("affirm", "deny"):
        value = text
    return (_valid(fact_name, value) if value is not None else None), False
