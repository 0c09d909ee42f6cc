"""BM25 (bm25s) over several fields of the clauses and over their passages.

Each field is its own bm25s index, so its statistics (document length, idf) are its own: a word
that is rare in headings is not diluted by the bodies. The searcher combines field scores with
weights (a BM25F-style sum) and takes a clause's best passage as its passage score.
Query terms carry weights: words the person typed count 1.0, lexicon expansions less.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import bm25s
import numpy as np

from retrieval import tokens
from retrieval.corpus import Corpus

logging.getLogger("bm25s").setLevel(logging.ERROR)

# field name -> (source texts, analyzer). "_bg" fields hold character bigrams.
Analyzer = Callable[[str], list[str]]
ANALYZERS: dict[str, Analyzer] = {"words": tokens.words, "bigrams": tokens.bigrams}
CLAUSE_FIELDS: dict[str, tuple[str, str]] = {
    "heading": ("heading", "words"),
    "body": ("body", "words"),
    "body_bg": ("body", "bigrams"),
    "questions": ("questions", "words"),
    "questions_bg": ("questions", "bigrams"),
    "keywords": ("keywords", "words"),
    "departments": ("departments", "words"),
}
PASSAGE_FIELDS: dict[str, str] = {"passages": "words", "passages_bg": "bigrams"}
BM25_PARAMS = {"k1": 1.2, "b": 0.75, "method": "lucene"}


@dataclass
class WeightedTerms:
    """Query terms per analyzer, each with a weight (max weight kept when a term repeats)."""

    words: dict[str, float] = field(default_factory=dict)
    bigrams: dict[str, float] = field(default_factory=dict)

    def add(self, text: str, weight: float) -> None:
        for kind, target in (("words", self.words), ("bigrams", self.bigrams)):
            for tok in ANALYZERS[kind](text):
                if target.get(tok, 0.0) < weight:
                    target[tok] = weight

    def of(self, analyzer: str) -> dict[str, float]:
        return self.words if analyzer == "words" else self.bigrams


class FieldIndex:
    """One bm25s index; scores for weighted terms."""

    def __init__(self, bm25: bm25s.BM25):
        self.bm25 = bm25
        self.n_docs = int(bm25.scores["num_docs"])

    @classmethod
    def build(cls, token_lists: list[list[str]]) -> "FieldIndex":
        bm25 = bm25s.BM25(**BM25_PARAMS)
        # An empty document (a clause without authored questions) gets a placeholder token that
        # no query produces, so bm25s keeps document positions aligned with the corpus.
        docs = [toks if toks else ["\x00empty"] for toks in token_lists]
        bm25.index(docs, show_progress=False)
        return cls(bm25)

    def scores(self, terms: dict[str, float]) -> np.ndarray:
        out = np.zeros(self.n_docs, dtype=np.float32)
        by_weight: dict[float, list[int]] = {}
        vocab = self.bm25.vocab_dict
        for tok, w in terms.items():
            if tok in vocab and w > 0:
                by_weight.setdefault(w, []).append(vocab[tok])
        for w in sorted(by_weight):  # fixed order: float sums identical run to run
            out += np.float32(w) * self.bm25.get_scores_from_ids(sorted(by_weight[w]))
        return out

    def save(self, path: Path) -> None:
        self.bm25.save(str(path), show_progress=False)

    @classmethod
    def load(cls, path: Path) -> "FieldIndex":
        return cls(bm25s.BM25.load(str(path), load_corpus=False))


class LexicalIndex:
    def __init__(self, fields: dict[str, FieldIndex], passage_clause: np.ndarray, n_clauses: int):
        self.fields = fields
        self.passage_clause = passage_clause
        self.n_clauses = n_clauses
        # Passages are stored clause by clause, so a clause's best passage is one reduceat over
        # contiguous runs (np.maximum.at is ~10x slower at 100k passages).
        self._grouped = bool(passage_clause.size) and bool(np.all(np.diff(passage_clause) >= 0))
        if self._grouped:
            self._owners, self._starts = np.unique(passage_clause, return_index=True)

    @classmethod
    def build(cls, corpus: Corpus) -> "LexicalIndex":
        fields: dict[str, FieldIndex] = {}
        texts_cache: dict[str, list[str]] = {}
        for name, (source, analyzer) in CLAUSE_FIELDS.items():
            texts = texts_cache.setdefault(source, corpus.field_texts(source))
            fields[name] = FieldIndex.build([ANALYZERS[analyzer](t) for t in texts])
        ptexts = [p.text for p in corpus.passages]
        for name, analyzer in PASSAGE_FIELDS.items():
            fields[name] = FieldIndex.build([ANALYZERS[analyzer](t) for t in ptexts])
        pc = np.array([p.clause for p in corpus.passages], dtype=np.int64)
        return cls(fields, pc, len(corpus))

    def field_scores(self, terms: WeightedTerms) -> dict[str, np.ndarray]:
        """Raw BM25 per field; passage fields stay per passage."""
        out = {}
        for name, (_, analyzer) in CLAUSE_FIELDS.items():
            out[name] = self.fields[name].scores(terms.of(analyzer))
        for name, analyzer in PASSAGE_FIELDS.items():
            out[name] = self.fields[name].scores(terms.of(analyzer))
        return out

    def best_per_clause(self, passage_scores: np.ndarray) -> np.ndarray:
        out = np.zeros(self.n_clauses, dtype=np.float32)
        if self._grouped:
            out[self._owners] = np.maximum(np.maximum.reduceat(passage_scores, self._starts), 0.0)
        elif self.passage_clause.size:
            np.maximum.at(out, self.passage_clause, passage_scores)
        return out

    def save(self, path: Path) -> None:
        path.mkdir(parents=True, exist_ok=True)
        for name, fi in self.fields.items():
            fi.save(path / name)
        np.save(path / "passage_clause.npy", self.passage_clause)
        (path / "lexical.json").write_text(
            json.dumps({"n_clauses": self.n_clauses, "fields": sorted(self.fields), "bm25": BM25_PARAMS}),
            encoding="utf-8",
        )

    @classmethod
    def load(cls, path: Path) -> "LexicalIndex":
        meta = json.loads((path / "lexical.json").read_text(encoding="utf-8"))
        fields = {name: FieldIndex.load(path / name) for name in meta["fields"]}
        return cls(fields, np.load(path / "passage_clause.npy"), int(meta["n_clauses"]))
