"""Clause records: the unit every other package reads (search results, citations, rules).

A record carries every field the contract's search result needs, plus the sentences of the
clause with their own validity. Validity is stored as start/end/basis; the *status* depends on
an as-of date and is computed by `knowledge.validity.status_on`.
"""

from __future__ import annotations

import json
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Literal

from pydantic import BaseModel, ConfigDict

from knowledge import paths


class PeriodChange(BaseModel):
    """A later text's change of a period (knowledge/amendments.py), in force from that text's own
    issue date (`since`): before it the period is the one its own text states (eval6 E11: 凌源's
    "2019年1月1日至12月31日" on 2019-06-01, not the 2020 extension)."""

    model_config = ConfigDict(frozen=True)
    since: date
    end: date
    basis: str


class Validity(BaseModel):
    """A period stated by the text. `kind` says how it was read; `basis` quotes why. `changes`:
    later texts' changes of its end, each from its own issue date (`knowledge.validity.in_effect`)."""

    model_config = ConfigDict(frozen=True)
    start: date | None = None
    end: date | None = None
    kind: Literal["dated", "open_ended", "event_bound", "none"] = "none"
    basis: str
    # the sentence's dates say when the qualifying event must happen, not how long the measure
    # runs (knowledge/event_windows.py): the words a person reads about them, e.g.
    # "2021年12月31日前招用的，自签订劳动合同并缴纳社会保险当月起3年内享受"
    window: str | None = None
    # the window's last day and its short words (rule `window.end`, `window.badge`): while the event
    # can still happen the measure is in force ("现行（2021年12月31日前招用的可享受，每人最长3年）", eval6 E04)
    window_end: date | None = None
    window_badge: str | None = None
    changes: tuple[PeriodChange, ...] = ()


class Sentence(BaseModel):
    model_config = ConfigDict(frozen=True)
    index: int
    text: str
    validity: Validity | None = None  # None: the sentence states no period of its own


class ClauseRecord(BaseModel):
    model_config = ConfigDict(frozen=True)
    clause_id: str  # "{doc_id}:{part_no}.{clause_no}", or "{doc_id}:preamble" etc.
    doc_id: str
    doc_number: str | None
    doc_title: str | None
    issuer: str
    region: str
    issued: date | None
    kind: Literal["clause", "cover", "preamble", "closing"]
    part_no: int | None  # 1 for 一、 …; None outside the numbered parts
    part_label: str | None  # "一、"
    part_heading: str | None  # "稳定和扩大就业岗位"
    clause_no: int | None  # 9 for （九）, 5 for "5."
    clause_label: str  # exactly as printed: "（九）", "(一)", "5."; "" for preamble etc.
    heading: str | None
    text: str  # the clause as printed, page breaks joined; paragraphs joined by "\n"
    text_hash: str  # sha256 of text, first 16 hex chars
    departments: list[str]
    lead_departments: list[str]
    departments_text: str | None  # the bracket as printed, e.g. "（责任单位：市人社局、…）"
    departments_basis: str | None
    validity: Validity
    sentences: list[Sentence]
    # later texts that changed this clause's period (knowledge/amendments.py): by, kind, end, quote,
    # since (the amending text's issue date: before it, the change is not said)
    amended_by: list[dict] = []


def write_records(records: Iterable[ClauseRecord], path: Path) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    n = 0
    with tmp.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(rec.model_dump_json() + "\n")
            n += 1
    tmp.replace(path)
    return n


def read_records(path: Path) -> list[ClauseRecord]:
    with path.open(encoding="utf-8") as fh:
        return [ClauseRecord.model_validate(json.loads(line)) for line in fh if line.strip()]


@lru_cache(maxsize=4)
def _load(path_str: str, mtime_ns: int) -> tuple[ClauseRecord, ...]:
    return tuple(read_records(Path(path_str)))


# The in-memory parser, registered by knowledge.build when it is imported. This module sits below
# the parser and the build (both import it), so it never imports them: the build hands its
# parser down instead (dependency inversion), and imports run one way.
_parser: Callable[[], Iterable[ClauseRecord]] | None = None


def set_parser(parse: Callable[[], Iterable[ClauseRecord]]) -> None:
    global _parser
    _parser = parse


def load_clauses(path: Path | None = None) -> tuple[ClauseRecord, ...]:
    """Built records (cached per file version); parsed in memory (by the parser the build
    registered) if no file exists yet."""
    path = path or paths.clauses_file()
    if not path.exists():
        if _parser is None:
            raise FileNotFoundError(f"{path} 不存在：请先运行 policy knowledge build")
        return tuple(_parser())
    return _load(str(path), path.stat().st_mtime_ns)


def not_yet_issued(item, as_of: date) -> bool:
    """A clause or document (anything with `issued`) whose text did not exist yet on `as_of`: nothing of it applied
    then, whatever dates its measures state."""
    issued = getattr(item, "issued", None)
    return issued is not None and as_of < issued


def clause_index(records: Iterable[ClauseRecord]) -> dict[str, ClauseRecord]:
    return {r.clause_id: r for r in records}
