"""The answer that opens a longer message: "交了。厂里确实困难，这次培训一共花了5万块" to "贵企业是否依法参加
失业保险并足额缴费？", "不困难，正常生产" to "…是否面临暂时性生产经营困难…？", "没有贫困户，他们4个都有就业创业证".

The seventh evaluation found these answers lost: the rest of the message made it a question or a detour
for the classifier, the detour was answered and the same question asked again (失业保险 three times in
R07, "暂时性生产经营困难" twice in R02). The first clause is read on its own, by its words only (never by
the intent of the whole message): a yes/no word, or "没有" to a count, followed by nothing, by the same
word again ("交了交了"), or by words of the question itself ("不困难", "没有贫困户", "不是见习单位").
"不是稳岗返还，是培训" to the 失业保险 question shares no word with it: not an answer.
"""

from __future__ import annotations

import re
from typing import Any, Iterable

from rasa_sdk.forms import REQUESTED_SLOT

from actions.fact_answers import DONT_KNOW, NO, NONE_COUNT, YES, hardship_recovering, no_hardship, read_answer
from actions.form_corrections import is_correction
from actions.profile import UNKNOWN
from knowledge.eligibility.facts import vocabulary

CLAUSE_END = re.compile(r"[，,。.！!？?；;：:\s]")
FILLERS = re.compile(r"^[了的啊呀吧呢哈嘛啦哦]*$")
# two-character runs every question has: sharing one of these says nothing about the question's subject
GENERIC = {"贵企", "企业", "贵单", "单位", "是否", "您是", "多少", "新招", "招用", "用了", "了多", "少名", "是就"}
VERBS = {"交": "交缴", "缴": "交缴", "签": "签", "办": "办", "登记": "登记", "参加": "参加参保", "领": "领"}
WORDS_ONLY = {"intent": {"name": "", "confidence": 0.0}}


def first_clause(text: str) -> tuple[str, str]:
    """(the first clause, the rest of the message)."""
    parts = CLAUSE_END.split((text or "").strip(), maxsplit=1)
    return parts[0], (parts[1] if len(parts) > 1 else "")


def _about(rest: str, prompt: str) -> bool:
    runs = {prompt[i : i + 2] for i in range(len(prompt) - 1)} - GENERIC
    return any(rest[i : i + 2] in runs for i in range(len(rest) - 1))


def _fits_verb(word: str, prompt: str) -> bool:
    """ "交了" answers a question about paying ("…足额缴费？"), not "…是否面临暂时性生产经营困难？"."""
    return all(any(c in prompt for c in forms) for verb, forms in VERBS.items() if verb in word)


def leading_answer(fact: str | None, text: str) -> dict:
    """{fact: value} when the message opens with an answer to the question on `fact`, else {}."""
    spec = vocabulary().get(fact or "")
    if spec is None or not text or spec.type not in ("bool", "int"):
        return {}
    if spec.type == "bool" and no_hardship(spec.prompt or "", text):
        return {spec.name: False}  # "还行 没啥大困难 业务正常" (eval100 QA12): the no is in the second clause
    if spec.type == "bool" and hardship_recovering(spec.prompt or "", text):
        return {spec.name: True}  # "困难肯定有…现在慢慢恢复了" (eval101 RA03): both halves of the question said
    first, _ = first_clause(text)
    said = (NO.match(first) or YES.match(first)) if spec.type == "bool" else NONE_COUNT.match(first)
    if not said:
        return {}
    if not _fits_verb(said.group(0), spec.prompt):
        return {}
    rest = first[said.end() :]
    # "没领呢" to "…是否正在领取失业保险金？" (eval100 QA02, asked twice): the question's own verb after the no
    verb = bool(rest) and rest[0] in (spec.prompt or "") and FILLERS.match(rest[1:].removeprefix("过")) is not None
    if not (FILLERS.match(rest) or verb or rest.startswith(said.group(0)) or _about(rest, spec.prompt)):
        return {}
    value, dont_know = read_answer(spec.name, WORDS_ONLY, first)
    return {spec.name: value} if value is not None and not dont_know else {}


def opening_answer(slots: dict[str, Any], text: str, detour_cues: Iterable[re.Pattern]) -> dict:
    """The answer to the question pending in the form (`slots`), when the message opens with one; never a
    correction's "不对，…" or a detour's own words ("不用了", "好的，转人工")."""
    requested = slots.get(REQUESTED_SLOT)
    if not requested or slots.get(requested) is not None or is_correction(text):
        return {}
    if any(cue.search(first_clause(text)[0]) for cue in detour_cues):
        return {}
    first, rest = first_clause(text)
    if rest and DONT_KNOW.fullmatch(re.sub(r"^(?:我|俺|这个|那个)|[了的啊呀吧呢哈嘛啦哦]+$", "", first)):
        # "不清楚 还没去问过 我就是想知道…能不能贷" (eval96 MA03, a veteran, was asked the same question four times): the
        # question pending stays unknown, never asked again, and the rest is answered
        return {UNKNOWN: list(dict.fromkeys([*(slots.get(UNKNOWN) or []), requested]))}
    return leading_answer(requested, text)
