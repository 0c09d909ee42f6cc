"""The knowledge kept as data for retrieval: dictionary, lexicon, authored questions, eval set."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from knowledge import paths
from knowledge.regions import normalize_region
from retrieval.corpus import read_authored
from retrieval.evaluation import load_eval, resolve_gold
from retrieval.lexicon import GAP, load_lexicon, read_groups
from retrieval.tokens import dictionary_terms, normalize


@pytest.fixture(scope="module")
def source_text():
    text = "".join(p.read_text(encoding="utf-8") for p in sorted(paths.SOURCES_DIR.glob("*.txt")))
    return re.sub(r"\s+", "", text)  # page breaks may fall inside a term


def test_every_dictionary_word_occurs_in_the_sources(source_text):
    terms = dictionary_terms()
    assert len(terms) >= 200
    assert len(set(terms)) == len(terms), "duplicate dictionary entries"
    missing = [t for t in terms if t not in source_text]
    assert not missing, f"dictionary words not in any policy text: {missing}"


def test_every_lexicon_target_is_policy_wording(source_text):
    groups = read_groups()
    missing = [t for g in groups for t in g.policy if t not in source_text]
    assert not missing, f"lexicon policy terms not found in the sources: {missing}"


def test_lexicon_has_hundreds_of_entries():
    lex = load_lexicon()
    assert lex.phrase_count >= 300  # distinct colloquial phrases
    assert len(lex) >= 600  # phrase → policy-term pairs


def test_lexicon_phrases_are_not_blank_or_bare_gaps():
    for g in read_groups():
        for phrase in g.say:
            key = normalize(phrase)
            assert key and key.replace(GAP, ""), f"empty phrase in group {g.policy}"
            assert not key.startswith(GAP) and not key.endswith(GAP), phrase


def test_authored_questions_are_keyed_by_existing_clauses(records):
    authored = read_authored()
    ids = {r.clause_id for r in records}
    unknown = sorted(set(authored) - ids)
    assert not unknown, f"clause_questions.yaml keys without a clause: {unknown}"
    uncovered = [r.clause_id for r in records if r.kind == "clause" and not authored.get(r.clause_id)]
    assert not uncovered, f"clauses without authored questions: {uncovered}"


def _bare(text: str) -> str:
    return normalize(re.sub(r"[，。？?！!、\s]", "", text))


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


# Two questions about one clause share its policy words; beyond half of their character bigrams
# in common, one was written from the other (measured: honest pairs stay below 0.48).
NEAR_COPY = 0.5


def test_authored_questions_are_not_copied_from_the_eval_set():
    asked = [(_bare(i.q), _bigrams(_bare(i.q)), i.id) for i in load_eval()]
    copied = []
    for clause_id, a in read_authored().items():
        for q in a.questions:
            bare, grams = _bare(q), _bigrams(_bare(q))
            for text, egrams, item_id in asked:
                overlap = len(grams & egrams) / max(1, len(grams | egrams))
                if bare == text or overlap >= NEAR_COPY:
                    copied.append(f"{clause_id}: {q} ≈ {item_id}")
    assert not copied, copied


@pytest.fixture(scope="module")
def general_words():
    """jieba's general dictionary: everyday Chinese, written before any question of ours."""
    import jieba

    tk = jieba.Tokenizer()
    tk.initialize()
    return tk.FREQ


def test_lexicon_phrases_are_not_lifted_from_the_eval_set(source_text, general_words):
    """A colloquial phrase of four or more characters that occurs in an evaluation question must be
    general vocabulary or policy wording; anything else was written from that question and would
    inflate the measured recall. Short phrases (没工作, 开…店) are how everyone says it."""
    lex = load_lexicon()
    lifted = set()
    for item in load_eval():
        text = normalize(item.q)
        for phrase in lex.phrases:
            literal = phrase.replace(GAP, "")
            if len(literal) < 4 or not lex.occurs(phrase, text):
                continue
            if GAP not in phrase and (phrase in source_text or general_words.get(phrase, 0) > 0):
                continue
            lifted.add(f"{phrase} ({item.id})")
    assert not lifted, sorted(lifted)


def test_eval_set_shape():
    items = load_eval()
    assert len(items) >= 120
    assert len({i.id for i in items}) == len(items)
    splits = Counter(i.split for i in items)
    assert set(splits) == {"dev", "heldout"}
    assert 0.25 <= splits["heldout"] / len(items) <= 0.35
    for i in items:
        assert i.gold, i.id
        if i.region:
            assert normalize_region(i.region) == i.region


def test_every_gold_quote_is_verbatim_in_a_clause(records):
    problems = [m for item in load_eval() for m in resolve_gold(item, records)[1]]
    assert not problems, problems
