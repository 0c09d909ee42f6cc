"""GET /api/v1/documents and /api/v1/documents/{doc_id}: the five policy documents."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path

from api.services import catalog
from api.services.catalog import RecordsDep
from api.services.dates import AsOfDep

router = APIRouter(prefix="/api/v1", tags=["documents"])


@router.get("/documents")
def list_documents(records: RecordsDep, as_of: AsOfDep) -> dict:
    """收录的政策文件：文号、标题、发文机关、地区、印发日期，及按 as_of 计的条款有效期概况。"""
    return catalog.all_documents(records, as_of)


@router.get("/documents/{doc_id}")
def get_document(
    doc_id: Annotated[str, Path(max_length=64, description="文件编号，如 dalian-2020-18")],
    records: RecordsDep,
    as_of: AsOfDep,
) -> dict:
    """一份文件：元数据、有效期概况和条款目录（条款编号、标号、标题、责任单位、有效期）。"""
    found = catalog.one_document(doc_id, records, as_of)
    if found is None:
        known = "、".join(catalog.document_ids())
        raise HTTPException(status_code=404, detail=f"doc_id: 未收录文件“{doc_id}”（已收录：{known}）")
    return found
