"""Over every rule of the knowledge base, on every evaluation day (not a sample): the figure a rule's
标准 line states is in the text it quotes.

- data: every figure of a rule's standard ("3000元", "50%", "90%") is in a sentence its citations quote
  (大政发〔2017〕46号（六）'s 3000元 rule quoted "…纳入创业补贴范围。" first; 聊城 21.'s 90% was in a
  sentence it did not quote);
- the first reply (answers.first_answer.measure_lines): its 依据 quotes the measure's own sentence first, and
  carries the standard's first figure (in that sentence or the next quoted), each quote whole sentences or
  whole clauses with every cut marked "…" (tests/answers/quote_cuts).
The figures are read from the standard here with a pattern of this test's own.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from quote_cuts import cut_problem, flat

from answers.first_answer import _standard, measure_lines
from knowledge.eligibility.engine import default_engine
from knowledge.records import load_clauses

DAYS = [date(2019, 6, 1), date(2020, 7, 15), date(2026, 11, 22)]
FIGURE = re.compile(r"\d[\d.]*(?:万元|元|%|倍)")


def standard_figures(standard: str) -> list[str]:
    """The standard's own figures: before the engine's working ("；按…", "；最高：…", "（算出…）")."""
    head = re.split(r"；(?:按|计算：|最高：|不低于：|其余)|（(?:算出|具体金额)", standard)[0]
    return FIGURE.findall(flat(head))


@pytest.fixture(scope="module")
def rules():
    seen: dict[str, dict] = {}
    engine = default_engine()
    for day in DAYS:  # an empty profile evaluates every rule in force or not on that day
        for b in engine.evaluate({}, day)["benefits"]:
            seen.setdefault(b["benefit_id"], b)
    return list(seen.values())


@pytest.fixture(scope="module")
def sentences_of():
    by_id = {r.clause_id: r for r in load_clauses()}

    def of(clause_id: str, quote: str) -> list[str]:
        parts = [flat(p) for p in re.split(r"(?<=。)", quote) if flat(p)]
        return [s.text for s in by_id[clause_id].sentences if any(p in flat(s.text) for p in parts)]

    return of


def test_every_figure_a_standard_states_is_in_a_sentence_the_rule_quotes(rules, sentences_of):
    problems, checked = [], 0
    for b in rules:
        quoted = flat("".join(t for c in b["citations"] for t in sentences_of(c["clause_id"], c["quote"])))
        for figure in standard_figures(_standard(b)):
            checked += 1
            if figure not in quoted:
                problems.append(f"{b['benefit_id']}: 标准中的{figure}不在所引句子中")
    assert checked >= 40
    assert not problems, "\n".join(problems)


def test_every_first_reply_quote_carries_the_measure_and_the_standards_figure_in_whole_clauses(rules, sentences_of):
    """The first reply quotes the measure's own sentence (the rule's first cited), and the sentence with the
    standard's figure when that is another (R18: 聊城 21.'s "继续发放…至法定退休年龄" showed only the 90%
    sentence); the figure is in what is quoted, and every quote is whole sentences or marked whole clauses."""
    problems, checked = [], 0
    for b in rules:
        lines, _ = measure_lines(b, 1)
        basis = next((x for x in lines if x.strip().startswith("依据：")), "")
        quotes = basis.split("：“", 1)[1].rstrip("”").split("”“") if "：“" in basis else []
        figures = standard_figures(_standard(b))
        if figures and not any(figures[0] in flat(q) for q in quotes):
            problems.append(f"{b['benefit_id']}: 第一答引文缺标准所说的{figures[0]}：{quotes}")
        texts = [t for c in b["citations"] for t in sentences_of(c["clause_id"], c["quote"])]
        for quote in quotes:
            whole = [t for t in texts if flat(quote.replace("…", "")) and cut_problem(quote, t) is None]
            if quote and not whole:
                problems.append(f"{b['benefit_id']}: 第一答引文不是整句或以“…”标明的整分句：{quote}")
        own = sentences_of(b["citations"][0]["clause_id"], b["citations"][0]["quote"])[:1]
        if quotes and own and cut_problem(quotes[0], own[0]) is not None:
            problems.append(f"{b['benefit_id']}: 第一答第一句引文不是该项措施本身的句子：{quotes[0]}")
        checked += 1
    assert checked >= 90
    assert not problems, "\n".join(problems)


def test_every_full_answer_quote_is_whole_clauses(rules, sentences_of):
    """The summary's 依据 (benefit_block): a rule's quote that is part of a sentence is widened to whole
    clauses (E15: "对疫情防控期间开工的我市疫情防控重点保障企业…" stopped at "〔指列入…〕")."""
    from answers.benefit_answer import benefit_block

    problems = []
    for b in rules:
        text, _ = benefit_block(b, DAYS[1])
        basis = next(x for x in text.split("\n") if x.strip().startswith("依据："))
        texts = [t for c in b["citations"] for t in sentences_of(c["clause_id"], c["quote"])]
        quoted = re.split(r"(?:”|条)：(?=“)", basis, maxsplit=1)[-1]  # after where(): document, clause, heading
        for quote in re.findall(r"“([^“”]*(?:“[^“”]*”[^“”]*)*)”", quoted):
            parts = [p for p in re.split(r"(?<=。)(?!…)", quote) if p]
            if not all(any(cut_problem(p, t) is None for t in texts) for p in parts):
                problems.append(f"{b['benefit_id']}: {quote[:60]}")
    assert not problems, "\n".join(problems)
