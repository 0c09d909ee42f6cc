"""'…算不算…' answered yes or no from the sentence that defines the group ("单亲妈妈算不算就业困难人员"
→ 辽宁（十六） "范围包括…单亲抚养未成年人者…" → 算; "连续失业1年以上的退役军人…参照就业困难人员享受相关政策"
→ 可参照). The verdict names the words of the text it rests on; whether a person meets them is for the
office to decide ("以经办部门认定为准"), so the verdict never goes beyond the sentence quoted.
"""

from __future__ import annotations

import re

ASKS = re.compile(r"算不算|算吗|属不属于|属于.{0,12}吗|是不是.{0,12}(?:人员|对象)|能不能算|可以算")
# the words of the question itself, not of the group asked about
QUESTION_PAIRS = {"算不", "不算", "属不", "不属", "算吗", "是不", "不是", "能不", "不能", "可以"}


def asks_membership(text: str) -> bool:
    return bool(ASKS.search(text or ""))


def pairs(text: str) -> set[str]:
    text = re.sub(r"[^\u4e00-\u9fff]", "", text or "")
    return {text[i : i + 2] for i in range(len(text) - 1)} - QUESTION_PAIRS


def _item(sentence: str, asked: set[str]) -> str:
    """The listed item the question names ("单亲抚养未成年人者" for "单亲妈妈")."""
    items = [x for x in re.split(r"[、，,；（）()]", sentence) if x]
    best = max(items, key=lambda x: len(asked & pairs(x)), default="")
    return re.sub(r"^(?:范围包括|包括)", "", best) if asked & pairs(best) else ""


def verdict(sentence: str, term: str, about: str) -> str:
    """The yes/no line for "X算不算term", or "" when the sentence does not settle it."""
    asked = pairs(about) - pairs(term)
    if not term or not asked or not (asked & pairs(sentence)):
        return ""
    if re.search(r"参照" + re.escape(term), sentence):
        return f"可以参照{term}享受相关政策：原文写明，符合下面这句所列条件的，参照{term}享受相关政策（以经办部门认定为准）。"
    item = _item(sentence, asked)
    if item and re.search(r"范围包括|包括|纳入", sentence):
        return f"算。原文把“{item}”列入{term}范围（还须符合原文对{term}的说明，以经办部门认定为准）。"
    return ""


VERDICT_LED = re.compile(r"^(?:可以参照\S+享受相关政策：|算。)")


def verdict_led(text: str) -> bool:
    """The answer opens with a verdict line of `verdict`."""
    return bool(VERDICT_LED.match(text or ""))
