"""Every person-facing string the suite can produce, and what must never be in one.

`collect()` gathers the composer's words for every clause (each sentence quoted in turn), every
rule over a set of profiles and dates (summaries and each benefit block), the questions and the
fixed wordings, cited search answers, the WeChat pages those answers become, and the CLI's tables.
`findings()` lists, per string, what a person must never read: a Latin word (other than one the
policy texts themselves print, such as "CT"), a field name, "None", or a bare placeholder.
"""

from __future__ import annotations

import re
from datetime import date

LATIN = re.compile(r"[A-Za-z][A-Za-z_]+")
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%[sd]|（）|\(\)|“”|《》|\[\]|第条|<[a-z/][^>]*>|\bnan\b")

PROFILES = [
    {
        "applicant_type": "person",
        "region": "大连市",
        "is_college_graduate": True,
        "graduation_year": 2020,
        "employment_status": "unemployed",
        "is_disabled": True,
        "rents_business_premises": True,
    },
    {
        "applicant_type": "person",
        "region": "凌源市",
        "employment_status": "unemployed",
        "receiving_unemployment_insurance": True,
        "graduation_date": "2019-07-01",
    },
    {"applicant_type": "person", "region": "聊城市", "is_hard_to_employ": True, "has_guarantee_loan": True},
    {"applicant_type": "person", "region": "辽宁省"},
    {
        "applicant_type": "enterprise",
        "region": "大连市",
        "enterprise_size": "small",
        "industry": "餐饮",
        "new_hires_graduates": 3,
        "contract_one_year_plus": True,
        "social_insurance_paid": True,
    },
    {
        "applicant_type": "enterprise",
        "region": "凌源市",
        "insured": True,
        "layoffs": "none",
        "temporary_difficulty": True,
        "apprentices": 5,
        "last_year_unemployment_insurance_paid": 20000,
    },
    {"applicant_type": "enterprise", "region": "聊城市", "enterprise_size": "micro", "employees": 25},
    {"applicant_type": "hr_agency", "region": "聊城市", "placements": 30},
    {"applicant_type": "incubator", "region": "辽宁省", "is_demonstration_incubator": True},
    {},
]
DATES = ["2019-10-01", "2020-07-15", "2026-11-22"]
QUESTIONS = [
    ("凌源企业开展学徒培训有补贴吗，多少钱", "凌源市"),
    ("大连见习补贴怎么给", "大连市"),
    ("退役军人创业有什么税收优惠", "大连市"),
    ("残疾人开店有房租补贴吗", None),
    ("合伙创业的创业担保贷款最多能贷多少", "聊城市"),
    ("聊城失业保险金标准是多少", "聊城市"),
    ("稳岗返还要准备什么材料，去哪里办", "大连市"),
    ("稳岗返还多久到账", None),
    ("今天天气怎么样", None),
    ("失业了能领什么补贴", "辽宁省"),
]


def allowed_latin() -> set[str]:
    """Latin words the policy texts print themselves (quoted verbatim, never "fixed")."""
    from knowledge.records import load_clauses

    words: set[str] = set()
    for rec in load_clauses():
        words |= set(LATIN.findall(rec.text))
    return words


def findings(text: str, allowed: set[str]) -> list[str]:
    out = [f"拉丁字母“{w}”" for w in LATIN.findall(text) if w not in allowed]
    out += [f"占位符“{m}”" for m in PLACEHOLDER.findall(text)]
    return out


def _clause_texts(as_of: date):
    from answers.clause_record import record_block
    from knowledge.records import load_clauses

    for rec in load_clauses():
        yield f"clause {rec.clause_id}", record_block(rec, as_of)[0]
        for s in rec.sentences:
            yield f"clause {rec.clause_id} sentence {s.index}", record_block(rec, as_of, [s.index])[0]


def _benefit_texts():
    from answers.benefit_answer import benefit_block
    from answers.summary import summary
    from knowledge.eligibility.engine import evaluate

    for i, profile in enumerate(PROFILES):
        for day in DATES:
            result = evaluate(profile, day)
            yield f"summary {i} {day}", summary(result, include_not_eligible=True).text
            for b in result["benefits"]:
                yield f"benefit {b['benefit_id']} {i} {day}", benefit_block(b, date.fromisoformat(day))[0]
                for r in b.get("reasons", []):
                    yield f"reason {b['benefit_id']} {i} {day}", r
            nq = result.get("next_question")
            if nq:
                yield f"next_question {i} {day}", nq.get("prompt", "")


def _dialogue_texts():
    from answers import dialogue, notices, questions
    from knowledge.eligibility.facts import vocabulary

    for module in (dialogue, notices):
        for name, value in vars(module).items():
            # a private template ("_WELCOME" with {place}) is read through the function that fills it
            if name.isupper() and not name.startswith("_") and isinstance(value, str):
                yield f"{module.__name__}.{name}", value
    yield "notices.WELCOME", notices.WELCOME
    yield "notices.HELP", notices.HELP
    yield "handoff", notices.handoff(["市人力资源社会保障局", "市财政局"])
    for name in vocabulary():
        q = questions.question(name, first=True)
        yield f"question {name}", q.text + " " + " ".join(b["title"] for b in q.buttons)
        yield f"why_ask {name}", questions.why_ask(name, ["一次性吸纳就业补贴"]).text
        yield f"not_understood {name}", questions.not_understood(name)
    yield (
        "understood",
        questions.understood(
            {
                "region": "大连市",
                "applicant_type": "person",
                "is_disabled": True,
                "graduation_year": 2020,
                "industry_class": "transport",
            }
        ),
    )


def _search_and_wechat_texts():
    from answers.clause_answer import search_answer
    from api.wechat.render import paginate, render
    from retrieval.search import search

    for q, region in QUESTIONS:
        reply = search_answer(search(q, region=region, top_k=5, as_of="2026-11-22").model_dump())
        yield f"search {q}", reply.text
        text, _ = render([reply.to_message()])
        for n, page in enumerate(paginate(text)):
            yield f"wechat {q} page {n + 1}", page


def _cli_texts():
    import json

    from typer.testing import CliRunner

    from cli.main import app

    runner = CliRunner()
    for i, profile in enumerate(PROFILES[:7]):
        for day in ("2020-07-15", "2026-11-22"):
            out = runner.invoke(app, ["check", "--profile", "-", "--as-of", day, "--all"], input=json.dumps(profile))
            yield f"cli check {i} {day}", out.stdout
    for q, region in QUESTIONS[:4]:
        args = ["search", q, "--top-k", "3", "--as-of", "2026-11-22"] + (["--region", region] if region else [])
        yield f"cli search {q}", runner.invoke(app, args).stdout


def collect() -> list[tuple[str, str]]:
    texts: list[tuple[str, str]] = []
    for gen in (
        _clause_texts(date(2026, 11, 22)),
        _clause_texts(date(2020, 7, 15)),
        _benefit_texts(),
        _dialogue_texts(),
        _search_and_wechat_texts(),
        _cli_texts(),
    ):
        texts += list(gen)
    return texts
