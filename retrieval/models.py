"""Search request validation and the contract's result shape (spec/contract.md, "Search result").

Validation lives here, not in the CLI or the API, so both reject the same inputs with the same
one-line Chinese message naming the field.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pydantic import BaseModel

from knowledge.inputs import BadInput, as_of_date
from knowledge.regions import UnknownRegion, normalize_region

MAX_QUERY_CHARS = 200  # a question, not a document: bounds tokenisation and encoding cost
MAX_TOP_K = 50


@dataclass(frozen=True)
class SearchRequest:
    query: str
    region: str | None
    top_k: int
    as_of: date
    doc_ids: tuple[str, ...] = ()
    status: str | None = None  # keep only clauses with this validity status on as_of


VALID_STATUSES = ("active", "expired", "not_started", "unknown")


def make_request(query, region=None, top_k=5, as_of=None, doc_ids=(), status=None) -> SearchRequest:
    """Validate raw inputs (strings from a command line, query string or JSON line)."""
    if not isinstance(query, str) or not query.strip():
        raise BadInput("q", "查询内容不能为空")
    query = query.strip()
    if len(query) > MAX_QUERY_CHARS:
        raise BadInput("q", f"查询过长（{len(query)} 字），最多 {MAX_QUERY_CHARS} 字")
    canon_region = None
    if region not in (None, ""):
        if not isinstance(region, str):
            raise BadInput("region", "地区应为文字（市、县或省的名称）")
        try:
            canon_region = normalize_region(region)
        except UnknownRegion as exc:
            raise BadInput("region", str(exc).split(": ", 1)[-1]) from None
    if isinstance(top_k, bool):
        raise BadInput("top_k", "应为整数")
    try:
        k = int(top_k)
        if isinstance(top_k, float) and top_k != k:
            raise ValueError
    except (TypeError, ValueError):
        raise BadInput("top_k", f"应为 1 到 {MAX_TOP_K} 之间的整数，收到“{top_k}”") from None
    if not 1 <= k <= MAX_TOP_K:
        raise BadInput("top_k", f"应在 1 到 {MAX_TOP_K} 之间，收到 {k}")
    day = as_of_date(as_of)
    if status is not None and status not in VALID_STATUSES:
        raise BadInput("status", f"应为 {'、'.join(VALID_STATUSES)} 之一，收到“{status}”")
    docs = tuple(doc_ids or ())
    if docs:
        from knowledge.registry import documents

        unknown = [d for d in docs if d not in documents()]
        if unknown:
            raise BadInput("doc", f"未知文件 {'、'.join(unknown)}（已收录：{'、'.join(documents())}）")
    return SearchRequest(query, canon_region, k, day, docs, status)


class ValidityOut(BaseModel):
    status: str
    start: str | None
    end: str | None
    basis: str


class SearchHit(BaseModel):
    rank: int
    score: float
    clause_id: str
    doc_id: str
    doc_number: str | None
    doc_title: str | None
    issuer: str
    region: str
    issued: str | None
    clause_label: str
    heading: str | None
    text: str
    departments: list[str]
    validity: ValidityOut
    highlights: list[str]
    # Added fields (the contract allows additions): why this clause ranked where it did.
    lead_departments: list[str] = []
    region_match: str = "none"  # "filter" | "named_in_query" | "none"
    amended_by: list[dict] = []  # later texts that changed this clause's period (by, kind, end, quote)
    exact_reference: bool = False  # the question named this clause ("18号文第九条")


class ReferenceOut(BaseModel):
    """A document and clause the question names (retrieval.references), resolved or not."""

    text: str
    how: str  # "number" | "short_number" | "title" | "" (no document named)
    doc_ids: list[str]
    unknown_document: str | None  # a document number not in the collection, e.g. 国办发〔2020〕6号
    part_no: int | None
    clause_no: int | None
    clause_ids: list[str]  # exactly the clauses named; several when the reference is ambiguous
    missing_clause: bool  # the document has no such clause
    unnumbered_match: bool = False  # the unknown number read as the collected text of its place and year without one

    @classmethod
    def of(cls, ref) -> "ReferenceOut":
        return cls(
            text=ref.text,
            how=ref.how,
            doc_ids=list(ref.doc_ids),
            unknown_document=ref.unknown_document,
            part_no=ref.part_no,
            clause_no=ref.clause_no,
            clause_ids=list(ref.clause_ids),
            missing_clause=ref.missing_clause,
            unnumbered_match=ref.unnumbered_match,
        )


class SearchResponse(BaseModel):
    query: str
    as_of: str
    results: list[SearchHit]
    region: str | None = None
    regions_in_query: list[str] = []
    expanded_terms: list[str] = []
    reference: ReferenceOut | None = None
