"""What gets indexed: clause records, their sentences, and the authored questions per clause.

A `Corpus` is built from clause records (knowledge.records) plus knowledge/clause_questions.yaml.
Each clause contributes:
  - fields for the lexical index: heading, body (the text without the departments bracket, which
    repeats 市人力资源社会保障局 in almost every clause and would drown real matches), authored
    questions, authored keywords, and departments;
  - passages for sentence-level matching and highlights: every sentence, and every authored question
    (a question is a passage of its clause, never shown as a highlight).
The corpus digest covers everything that changes an index, so stale index files are detected.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Iterable, Sequence

import yaml

from knowledge import paths
from knowledge.records import ClauseRecord

QUESTIONS_FILE = "clause_questions.yaml"  # in the data directory being answered from (paths.DATA_DIR)
CORPUS_VERSION = 1  # bump when the way passages and fields are derived changes


@dataclass(frozen=True)
class Authored:
    questions: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class Passage:
    clause: int  # position of the clause in Corpus.records
    kind: str  # "sentence" | "question"
    text: str
    sentence_index: int | None = None


def read_authored(path: Path | None = None) -> dict[str, Authored]:
    path = path or paths.DATA_DIR / QUESTIONS_FILE
    if not path.exists():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out = {}
    for clause_id, item in data.items():
        item = item or {}
        out[str(clause_id)] = Authored(
            tuple(str(q) for q in item.get("questions") or ()),
            tuple(str(k) for k in item.get("keywords") or ()),
        )
    return out


def body_of(rec: ClauseRecord) -> str:
    """Clause text without its trailing departments bracket (indexed as its own field)."""
    text = rec.text
    if rec.departments_text and text.endswith(rec.departments_text):
        text = text[: -len(rec.departments_text)]
    return text.rstrip()


@dataclass
class Corpus:
    records: Sequence[ClauseRecord]
    authored: dict[str, Authored] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.records = tuple(self.records)
        ids = [r.clause_id for r in self.records]
        if len(set(ids)) != len(ids):
            raise ValueError("corpus: duplicate clause_id")
        self.position = {cid: i for i, cid in enumerate(ids)}

    def __len__(self) -> int:
        return len(self.records)

    def authored_for(self, i: int) -> Authored:
        return self.authored.get(self.records[i].clause_id, Authored())

    def field_texts(self, name: str) -> list[str]:
        """One text per clause for a lexical field."""
        if name == "heading":
            return [" ".join(x for x in (r.heading, r.part_heading) if x) for r in self.records]
        if name == "body":
            return [body_of(r) for r in self.records]
        if name == "questions":
            return [" ".join(self.authored_for(i).questions) for i in range(len(self))]
        if name == "keywords":
            return [" ".join(self.authored_for(i).keywords) for i in range(len(self))]
        if name == "departments":
            return [" ".join(r.departments) for r in self.records]
        raise KeyError(name)

    @cached_property
    def passages(self) -> list[Passage]:
        out: list[Passage] = []
        for i, rec in enumerate(self.records):
            for s in rec.sentences:
                if s.text.strip():
                    out.append(Passage(i, "sentence", s.text, s.index))
            for q in self.authored_for(i).questions:
                out.append(Passage(i, "question", q))
        return out

    @cached_property
    def clause_passages(self) -> list[list[int]]:
        """Passage ids of each clause, in passage order."""
        out: list[list[int]] = [[] for _ in self.records]
        for pid, p in enumerate(self.passages):
            out[p.clause].append(pid)
        return out

    @cached_property
    def digest(self) -> str:
        """Hash of every input that shapes an index (texts, authored data, derivation version)."""
        h = hashlib.sha256(f"corpus-v{CORPUS_VERSION}".encode())
        for i, rec in enumerate(self.records):
            a = self.authored_for(i)
            parts = [
                rec.clause_id,
                rec.text,
                rec.heading or "",
                rec.part_heading or "",
                "\x1f".join(rec.departments),
                "\x1f".join(s.text for s in rec.sentences),
                "\x1f".join(a.questions),
                "\x1f".join(a.keywords),
            ]
            h.update("\x1e".join(parts).encode())
            h.update(b"\x1d")
        return h.hexdigest()[:16]


def load_corpus(records: Iterable[ClauseRecord] | None = None, questions_file: Path | None = None) -> Corpus:
    if records is None:
        from knowledge.records import load_clauses

        records = load_clauses()
    return Corpus(list(records), read_authored(questions_file))
