"""GET /api/v1/documents and /api/v1/documents/{doc_id}: the five policy documents."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path

from api.services import catalog
from api.web.clauses import AsOfDep, RecordsDep
from knowledge.registry import documents

router = APIRouter(prefix="/api/v1", tags=["documents"])


@router.get("/documents")
def list_documents(records: RecordsDep, as_of: AsOfDep) -> dict:
    """收录的政策文件：文号、标题、发文机关、地区、印发日期，及按 as_of 计的条款有效期概况。"""
    grouped = catalog.by_document(records)
    return {
        "as_of": as_of.isoformat(),
        "documents": [catalog.document_out(d, grouped.get(d.id, []), as_of) for d in documents().values()],
    }


@router.get("/documents/{doc_id}")
def get_document(
    doc_id: Annotated[str, Path(max_length=64, description="文件编号，如 dalian-2020-18")],
    records: RecordsDep,
    as_of: AsOfDep,
) -> dict:
    """一份文件：元数据、有效期概况和条款目录（条款编号、标号、标题、责任单位、有效期）。"""
    doc = documents().get(doc_id)
    if doc is None:
        raise HTTPException(status_code=404, detail=f"doc_id: 未收录文件“{doc_id}”（已收录：{'、'.join(documents())}）")
    recs = catalog.by_document(records).get(doc_id, [])
    return {
        **catalog.document_out(doc, recs, as_of),
        "as_of": as_of.isoformat(),
        "clauses": [catalog.clause_brief(r, as_of) for r in recs],
    }
