"""Colloquial → policy wording: query expansion from knowledge/lexicon.yaml.

People say 没工作, 猎头, 房租; the policies say 失业, 人力资源服务机构, 场地. The lexicon maps the
first to the second. Matching is by substring on the normalized query (longest phrase first, no
overlaps), so it does not depend on how jieba cuts a colloquial phrase. A phrase written with
"…" is a gap pattern: "回…创业" matches 回聊城创业 and 回老家去创业 (at most MAX_GAP characters
in between), because spoken Chinese inserts places and particles into set phrases. Expanded terms are
returned separately from what the person typed, and the searcher weights them lower
(EXPANSION_WEIGHT): they add recall without outvoting the person's own words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from knowledge import paths
from retrieval.tokens import normalize

LEXICON_FILE = paths.PACKAGE_DIR / "lexicon.yaml"
MAX_GAP = 6
GAP = "..."  # "…" after NFKC normalisation


@dataclass(frozen=True)
class Group:
    policy: tuple[str, ...]
    say: tuple[str, ...]
    both_ways: bool


@dataclass(frozen=True)
class Expansion:
    matched: tuple[str, ...]  # the phrases found in the query, in order of appearance
    terms: tuple[str, ...]  # policy terms to add (not already in the query), first-seen order


class Lexicon:
    def __init__(self, groups: list[Group]):
        self.groups = groups
        table: dict[str, list[str]] = {}
        for g in groups:
            sources = list(g.say) + (list(g.policy) if g.both_ways else [])
            for phrase in sources:
                key = normalize(phrase)
                if not key:
                    continue
                targets = table.setdefault(key, [])
                for term in g.policy:
                    if normalize(term) != key and term not in targets:
                        targets.append(term)
        # Longest first (literal characters) so 失业金领完 wins over 失业金; ties by text.
        self._phrases = sorted(table, key=lambda p: (-len(p.replace(GAP, "")), p))
        self._table = table
        self._regex = {
            p: re.compile(".{0,%d}?".join(map(re.escape, p.split(GAP))) % ((MAX_GAP,) * p.count(GAP)))
            for p in table
            if GAP in p
        }

    def __len__(self) -> int:
        return sum(len(v) for v in self._table.values())

    @property
    def phrase_count(self) -> int:
        return len(self._table)

    @property
    def phrases(self) -> list[str]:
        """Normalised phrases, longest first (gap patterns written with GAP)."""
        return list(self._phrases)

    def occurs(self, phrase: str, text: str) -> bool:
        """Whether `phrase` (one of `phrases`) matches normalised `text`."""
        return next(self._occurrences(phrase, text), None) is not None

    def expand(self, query: str) -> Expansion:
        text = normalize(query)
        taken = [False] * len(text)
        found: list[tuple[int, str]] = []
        for phrase in self._phrases:
            for start, end in self._occurrences(phrase, text):
                if not any(taken[start:end]):
                    for i in range(start, end):
                        taken[i] = True
                    found.append((start, phrase))
                    break
        terms: list[str] = []
        for _, phrase in sorted(found):
            for term in self._table[phrase]:
                if term not in terms and normalize(term) not in text:
                    terms.append(term)
        return Expansion(tuple(p for _, p in sorted(found)), tuple(terms))

    def _occurrences(self, phrase: str, text: str):
        regex = self._regex.get(phrase)
        if regex is not None:
            for m in regex.finditer(text):
                yield m.start(), m.end()
            return
        start = text.find(phrase)
        while start >= 0:
            yield start, start + len(phrase)
            start = text.find(phrase, start + 1)


def read_groups(path: Path = LEXICON_FILE) -> list[Group]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    groups = []
    for i, item in enumerate(data.get("groups") or []):
        policy = tuple(item.get("policy") or ())
        if not policy:
            raise ValueError(f"{path.name}: group {i} has no policy terms")
        groups.append(Group(policy, tuple(str(s) for s in item.get("say") or ()), bool(item.get("both_ways"))))
    return groups


@lru_cache(maxsize=2)
def load_lexicon(path_str: str = str(LEXICON_FILE)) -> Lexicon:
    return Lexicon(read_groups(Path(path_str)))


def file_digest(path: Path = LEXICON_FILE) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]
