"""The profile lives in one slot per fact (slot name = fact name); bookkeeping slots beside it.

Every turn the profile is rebuilt from the slots and re-validated (a value that no longer fits the
vocabulary is dropped, never guessed). The engine is called once per state: the form's
validation, its question and the summary of one turn share the cached result.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from actions import retirement_age
from actions.profile_rank import groups_away
from answers import validity_words
from knowledge.builds import per_build
from knowledge.eligibility import questions
from knowledge.eligibility.engine import default_engine
from knowledge.eligibility.facts import normalize_value, vocabulary
from knowledge.inputs import BadInput

# bookkeeping slots (not facts)
CANDIDATES = "candidates"  # benefit ids the conversation is about
SCOPE_CLAUSES = "scope_clauses"  # clause ids that scoped them
UNKNOWN = "unknown_facts"  # facts the user said "不清楚" to: never asked again
ASKED = "questions_asked"  # questions asked since the last summary
LAST_ASKED = "last_asked"  # the fact asked last (a re-ask after a detour is not counted)
FAILED = "failed_turns"  # failed turns in a row (fallback, low confidence, unreadable answer)
TOPIC = "topic"  # what the conversation is about (for a hand-off)
SCOPE_TEXT = "scope_text"  # the message that scoped the candidates (re-scoped on a new place)
DEPARTMENTS = "topic_departments"  # departments of the last answer (for a hand-off)
FORM_EXIT = "form_exit"  # why the form ended early ("handoff"), read by the summary rule


def fact_slots() -> list[str]:
    return list(vocabulary())


def profile_from_slots(slots: dict[str, Any]) -> dict[str, Any]:
    profile: dict[str, Any] = {}
    for name in vocabulary():
        value = slots.get(name)
        if value is None:
            continue
        try:
            profile[name] = normalize_value(name, value)
        except BadInput:
            continue
    return profile


def _key(profile: dict) -> str:
    return json.dumps(profile, ensure_ascii=False, sort_keys=True, default=str)


@per_build(256)
def _evaluate(profile_key: str, as_of: str) -> dict:
    said = json.loads(profile_key)
    profile = retirement_age.reckoned(said, date.fromisoformat(as_of))
    result = default_engine().evaluate(profile, as_of)
    if profile is said:
        return result
    # the years were reckoned from the age: each measure they decide says so in its reasons
    line = retirement_age.reason(profile, date.fromisoformat(as_of))
    before = {b["benefit_id"]: b for b in default_engine().evaluate(said, as_of)["benefits"]}

    def decided(b) -> bool:
        was = before.get(b["benefit_id"]) or {}
        return b["benefit_id"] in retirement_age.readers() and (
            was.get("status") != b["status"] or list(was.get("missing_facts") or []) != list(b["missing_facts"])
        )

    benefits = [{**b, "reasons": [*b["reasons"], line]} if decided(b) else b for b in result["benefits"]]
    return {**result, "benefits": benefits}


def evaluate(profile: dict, as_of: date) -> dict:
    """The engine's result (shared cache: do not mutate it)."""
    return _evaluate(_key(profile), as_of.isoformat())


def scoped(result: dict, candidates: list[str] | None) -> list[dict]:
    if not candidates:
        return list(result["benefits"])
    wanted = set(candidates)
    return [b for b in result["benefits"] if b["benefit_id"] in wanted]


def next_question(result: dict, candidates: list[str] | None, unknown: list[str] | None) -> dict | None:
    """The engine's next question over the candidates, leaving out facts the user does not know. The
    measures fewest groups away from what the person said are asked about first: a casual worker of 48 is
    asked "您是否已被认定为就业困难人员？" (就业困难人员 30%) before "您是残疾人吗？" (就业困难残疾人 60%)."""
    benefits = scoped(result, candidates)
    open_ = [b for b in benefits if b["status"] == "needs_info"]
    if open_:
        nearest = min(groups_away(b["benefit_id"], result.get("profile") or {}) for b in open_)
        near = [b for b in open_ if groups_away(b["benefit_id"], result.get("profile") or {}) == nearest]
        first = questions.next_question(near, skip=unknown or ())
        if first is not None:
            return first
    return questions.next_question(benefits, skip=unknown or ())


def deciding_benefits(result: dict, candidates: list[str] | None, fact: str) -> list[dict]:
    """The candidate benefits whose eligibility (or amount) the fact decides."""
    out = [b for b in scoped(result, candidates) if b["status"] == "needs_info" and fact in b["missing_facts"]]
    if not out:
        out = [
            b
            for b in scoped(result, candidates)
            if b["status"] == "eligible" and fact in (b.get("amount") or {}).get("missing_facts", [])
        ]
    return out


def topic_departments(result: dict, candidates: list[str] | None, limit: int = 5) -> list[str]:
    """Departments of the benefits in play, those of eligible benefits (lead unit first) first."""
    out: list[str] = []
    benefits = [b for b in scoped(result, candidates) if b["status"] != "not_eligible"]
    for b in sorted(benefits, key=lambda b: b["status"] != "eligible"):
        for d in b.get("departments", []):
            if d not in out:
                out.append(d)
    return out[:limit]


NOT_IN_FORCE = ("expired", "not_started")


def in_force_ids(result: dict) -> set[str]:
    """Benefits in force on the evaluation date (or with no stated end): the only ones asked about.
    The engine's own package.not_in_force, where it gives one, is honoured as well."""
    package = result.get("package") or {}
    excluded = {x if isinstance(x, str) else x.get("benefit_id") for x in package.get("not_in_force") or []}
    as_of = result.get("as_of")
    return {
        b["benefit_id"]
        for b in result["benefits"]
        if (b.get("validity") or {}).get("status") not in NOT_IN_FORCE
        and b.get("in_force", True)
        and b["benefit_id"] not in excluded
        and not validity_words.long_after_epidemic(b.get("validity") or {}, as_of)
    }


def open_facts(result: dict, candidates: list[str], unknown: list[str] | None) -> list[str]:
    """The facts still missing for the candidate benefits (what the form may ask)."""
    out: list[str] = []
    for b in scoped(result, candidates) if candidates else []:
        for f in b.get("missing_facts", []) if b["status"] == "needs_info" else []:
            if f not in out and f not in (unknown or []):
                out.append(f)
    return out
