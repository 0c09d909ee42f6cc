"""The console's eligibility calculator.

The form is generated from the fact vocabulary (facts.yaml + facts_extra.yaml) but shows one
question at a time: the engine's `next_question`, as the bot asks it. An agent may skip a question
the caller cannot answer; the next question is then chosen the same way over the remaining facts.
The package, its total and the citations are worded by the shared composer (answers.summary,
answers.benefit_answer); a result without `package` (older engine) is shown without a total.

On a live call the calculator starts from what the caller asked (`question`) or a chosen measure
(`measures`), not the whole rulebook (calculator_scope.py beside this); measures not in force on the day
asked are listed apart (`not_in_force`), never in the total.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from answers import citations
from answers.benefit_answer import amount_words, benefit_block
from answers.summary import claim_total, summary, total_figure
from answers.validity_words import badge, own_period_words
from api.services import calculator_scope
from knowledge.eligibility import questions
from knowledge.eligibility.facts import vocabulary
from knowledge.inputs import BadInput
from knowledge.regions import listed_region_names


def next_question_skipping(result: dict, skip: set[str]) -> dict | None:
    """The engine's own question choice over the benefits, with skipped facts taken out."""
    return questions.next_question(result["benefits"], skip) if skip else result.get("next_question")


def _benefit_card(b: dict, day: date) -> dict:
    block, _ = benefit_block(b, day)
    return {
        "benefit_id": b["benefit_id"],
        "name": b["name"],
        "status": b["status"],
        "amount": amount_words(b),
        "value": (b.get("amount") or {}).get("value"),
        "badge": badge(b["validity"]),
        "validity": b["validity"],  # the measure's own; the person's own period is apart (eval6 A1)
        "own_period": own_period_words(b["own_period"], b["validity"], day) if b.get("own_period") else None,
        "block": block,
        "citations": [
            {"where": citations.where(c), "quote": c["quote"], "clause_id": c["clause_id"]}
            for c in b.get("citations", [])
        ],
        "superseded_by": b.get("superseded_by", []),
        "overlaps": b.get("overlaps", []),
    }


def calculate(
    profile: dict, as_of: Any, skip: set[str], question: str | None = None, chosen: list[str] | None = None
) -> dict:
    from knowledge.eligibility.engine import default_engine  # late: the rules load on first use

    engine = default_engine()
    result = engine.evaluate(profile, as_of)
    day = date.fromisoformat(result["as_of"])
    scope = calculator_scope.scope_ids(engine, question, chosen or [], result["profile"], day)
    if scope is not None:
        result = calculator_scope.scoped(engine, result, scope[0], skip)
    by_id = {b["benefit_id"]: b for b in result["benefits"]}
    package = result.get("package")
    claim = (
        package["benefit_ids"]
        if package
        else [b["benefit_id"] for b in result["benefits"] if b["status"] == "eligible"]
    )
    reply = summary(result)
    # Measures tied to the epidemic period are listed apart by the composer, outside its total; the
    # headline figure is the composer's own so the two never disagree.
    epidemic = set(reply.meta.get("epidemic_bound", []))
    if epidemic:
        claim = [i for i in claim if i not in epidemic]
    total = claim_total([by_id[i] for i in claim if i in by_id]) if epidemic else (package or {}).get("total")
    names = {b["benefit_id"]: b["name"] for b in result["benefits"]}
    return {
        "as_of": result["as_of"],
        "profile": result["profile"],
        "scope": None
        if scope is None
        else {"benefit_ids": scope[0], "clause_ids": scope[1], "question": question, "measures": chosen or []},
        "not_in_force": [
            {**n, "name": names.get(n["benefit_id"], n["benefit_id"])} for n in (package or {}).get("not_in_force", [])
        ],
        "next_question": result["next_question"] if scope is not None else next_question_skipping(result, skip),
        "package": package,
        "has_package": package is not None,
        "claim": [_benefit_card(by_id[i], day) for i in claim if i in by_id],
        "alternatives": [  # a staff member reads the measures' names, never their rule ids
            {**a, "names": [names.get(i, i) for i in a.get("benefit_ids") or []]}
            for a in (package or {}).get("alternatives", [])
        ],
        "open": [
            {"benefit_id": b["benefit_id"], "name": b["name"], "missing_facts": b["missing_facts"]}
            for b in result["benefits"]
            if b["status"] == "needs_info"
        ],
        "counts": result.get("counts", {}),
        "summary": reply.text,
        "citations": reply.citations,
        "total_figure": total_figure(total),
    }


def form() -> dict:
    """The form: each fact's type, meaning, question and options (facts.yaml / facts_extra.yaml)."""
    facts = {}
    for name, f in vocabulary().items():
        options, labels = f.options()
        if name == "region":
            options, labels = listed_region_names(), listed_region_names()
        facts[name] = {
            "type": f.type,
            "meaning": f.meaning,
            "group": f.group,
            "prompt": f.prompt or f.meaning,
            "options": options,
            "option_labels": labels,
            "max": f.max,
        }
    return {"facts": facts, "today": date.today().isoformat()}


def measures() -> list[dict]:
    from knowledge.eligibility.engine import default_engine  # late: the rules load on first use

    return calculator_scope.measures(default_engine())


def calculate_request(body: dict[str, Any]) -> dict:
    """One step of the calculator from the posted body; a malformed field is a BadInput naming it."""
    profile = body.get("profile") or {}
    skip = body.get("skip") or []
    question, chosen = body.get("question"), body.get("measures") or []
    if question is not None and not isinstance(question, str):
        raise BadInput("question", "应为文字")
    if not isinstance(chosen, list) or not all(isinstance(m, str) for m in chosen):
        raise BadInput("measures", "应为补贴编号列表")
    if not isinstance(profile, dict):
        raise BadInput("profile", "画像应为对象（事实名 → 取值）")
    if not isinstance(skip, list) or not all(isinstance(s, str) for s in skip):
        raise BadInput("skip", "应为事实名列表")
    return calculate(profile, body.get("as_of"), set(skip), question, chosen)
