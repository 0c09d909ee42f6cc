"""A layoff rate asked about after the clause stating its bounds: worked out and judged against that sentence.

eval29 P14: a hotline agent read 聊城 第5条 ("将稳岗返还裁员率标准放宽到5.5%，30人（含）以下的参保企业放宽到不超过参保职工
总数的20%"), then asked "那比如一个厂子25个人参保 今年裁了6个 还能领吗", "25人裁6个 裁员率24% 超没超那个20%" and
"30人以下企业裁员率超过20%是不是就不给稳岗返还了": each got the firm questionnaire, and once the welcome text. The
sentence answers it: 6 of 25 is 24%, over the 20% a firm of 30 or fewer may lay off.
"""

from __future__ import annotations

import re
from datetime import date

from rasa_sdk import Tracker

from actions import clause_in_play, spoken_facts
from actions.profile_facts import numeric_text
from actions.sum_measure import RULE_ASKED
from answers import citations, clause_json, validity_words
from answers.departments import departments_text
from answers.models import Reply
from answers.sentences import record_of
from knowledge.eligibility.amounts import num

# "裁员率24%", "24%的裁员率", "裁员率是百分之二十四" (numeric_text turns 百分之二十四 into 24%)
RATE_SAID = re.compile(
    r"裁员率\s*(?:是|为|有|达到?|到了?)?\s*(\d+(?:\.\d+)?)\s*[%％]|(\d+(?:\.\d+)?)\s*[%％]\s*的?裁员率"
)
# "30人以下企业裁员率超过20%是不是就不给了": a rate over a bound, as a rule asked about
OVER_SAID = re.compile(r"裁员率\s*(?:超过|超出|高于|大于|超了)\s*(\d+(?:\.\d+)?)\s*[%％]")
# "25个人参保 今年裁了6个", "25人裁6个", "20来个人 参保20个 今年裁了5个": the staff (the insured count first),
# then the people laid off
STAFF_CUT = re.compile(
    r"(?:参保(?:的)?(?:职工|人数|员工)?(?:有|是)?\s*(?P<insured>\d+)\s*(?:个|名|人)?|"
    r"(?P<staff>\d+)\s*(?:来|多)?\s*(?:个|名)?(?:人|员工|职工|工人)(?!以下|以上|（含）|\(含\)|及以下|左右)(?:参保)?)"
    r"[^\d，。；？?]{0,10}?(?<!没)(?<!不)(?<!未)裁(?:了|掉了?|员)?\s*(?P<cut>\d+)\s*(?:个|名|人|位)?"
)
SMALL_SAID = re.compile(r"(?:30|三十)人?(?:（含）|\(含\))?(?:以下|以内|及以下)|小(?:微)?企业|小厂")


def _bound_sentence(clause_id: str):
    rec = record_of(clause_id)
    if rec is None:
        return None, None
    s = next((x for x in rec.sentences if "裁员率" in x.text and re.search(r"\d+(?:\.\d+)?%", x.text)), None)
    return rec, s


def _bounds(sentence: str) -> tuple[float | None, float | None]:
    """(the general bound, the bound for 30 or fewer) the sentence states, as written."""
    general = re.search(r"裁员率标准放宽到(\d+(?:\.\d+)?)%", sentence)
    small = re.search(r"(\d+)人（含）以下[^。；]{0,20}?(\d+(?:\.\d+)?)%", sentence)
    g = float(general.group(1)) if general else None
    s = float(small.group(2)) if small and int(small.group(1)) == spoken_facts.SMALL_FIRM else None
    return g, s


def reply(text: str, tracker: Tracker, as_of: date) -> Reply | None:
    plain = numeric_text(text)
    cut = STAFF_CUT.search(plain)
    said_rate = RATE_SAID.search(plain)
    over = OVER_SAID.search(plain)
    if not (cut or said_rate or over) or RULE_ASKED.search(text):
        return None  # "裁员率的标准是多少 我们厂25个人裁了4个": the standard asked leads the measures (exact_sentence)
    cite, _ = clause_in_play.in_play(tracker, text)
    if cite is None or not cite.get("clause_id"):
        return None
    rec, s = _bound_sentence(cite["clause_id"])
    if s is None:
        return None
    general, small = _bounds(s.text)
    if general is None:
        return None
    staff: int | None = None
    if cut and 0 < int(cut["cut"]) <= int(cut["insured"] or cut["staff"]):
        staff, n = int(cut["insured"] or cut["staff"]), int(cut["cut"])
        exact, rate = spoken_facts.rate_of(n, staff, (general, small))
        worked = f"按您说的{staff}人中裁员{n}人计算：裁员率约{num(rate)}%"
    elif said_rate:
        exact = float(said_rate.group(1) or said_rate.group(2))
        worked = f"按您说的裁员率{num(exact)}%"
    elif over:
        exact = float(over.group(1)) + 0.01
        worked = (
            f"{'30人（含）以下的参保企业' if SMALL_SAID.search(plain) else ''}裁员率超过{num(float(over.group(1)))}%的"
        )
    else:
        return None
    is_small = staff <= spoken_facts.SMALL_FIRM if staff is not None else (True if SMALL_SAID.search(plain) else None)
    if exact <= general:
        verdict = f"，在放宽后的{num(general)}%以内，符合这句的裁员率标准"
    elif small is None or is_small is False:
        verdict = f"，超过了放宽后的{num(general)}%，按这句不符合稳岗返还的裁员率标准"
    elif exact <= small:
        verdict = (
            f"：30人（含）以下的参保企业在{num(small)}%以内，符合这句的裁员率标准"
            if is_small
            else f"：30人（含）以下的参保企业在{num(small)}%以内、符合标准；超过30人的超过了{num(general)}%、不符合"
        )
    elif over:
        verdict = f"，按这句不符合稳岗返还的裁员率标准（30人（含）以下的放宽到{num(small)}%，其他企业{num(general)}%）"
    else:
        verdict = f"，超过了{'30人（含）以下参保企业' if is_small else '各类企业'}放宽后的上限（{num(small)}%），按这句不符合稳岗返还的裁员率标准"
    cite_out = citations.from_hit(clause_json.as_hit(rec, as_of, [s.text]), s.text)
    cite_out["validity"] = validity_words.own(rec, s, as_of)
    units = departments_text(rec.departments, rec.lead_departments)
    lines = [
        f"{worked}{verdict}（参保职工人数和裁员人数以经办部门核定为准，是否返还以经办部门认定为准）。",
        f"依据：{citations.where(cite_out)}：“{s.text}”",
        f"责任单位：{units}。",
        validity_words.sentence(cite_out["validity"], as_of),
    ]
    return Reply("\n".join(x for x in lines if x), [cite_out], meta={"layoff_rate": str(num(exact))})
