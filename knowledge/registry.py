"""Document registry (documents.yaml): metadata of each source document."""

from __future__ import annotations

from datetime import date

import yaml
from pydantic import BaseModel, ConfigDict, field_validator

from knowledge import paths, regions
from knowledge.builds import per_build


class Citation(BaseModel):
    model_config = ConfigDict(frozen=True)
    doc_number: str | None
    title: str | None = None
    doc_id: str | None = None


class Supersession(BaseModel):
    model_config = ConfigDict(frozen=True)
    statement: str  # verbatim from the document; the build checks it occurs there
    scope: str


class Document(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    id: str
    source_file: str
    title: str | None
    title_as_printed: str | None = None
    title_note: str | None = None
    notice_title: str | None = None
    issuer: str
    doc_number: str | None
    doc_number_source: str | None = None
    region: str
    level: str
    issued: date | None
    issued_basis: str | None = None
    implements: list[str] = []
    cites: list[Citation] = []
    supersession: list[Supersession] = []
    notes: list[str] = []
    public: bool | None = None

    @field_validator("region")
    @classmethod
    def _known_region(cls, v: str) -> str:
        return regions.normalize_region(v)

    @property
    def display_title(self) -> str:
        """For people: the printed title, or the issuer and date where the copy prints none."""
        if self.title:
            return self.title
        # the composer's wording (answers.citations.doc_name), so a list and an answer agree
        issued = f"{self.issued.year}年{self.issued.month}月{self.issued.day}日" if self.issued else ""
        return f"{self.issuer}{issued}印发的通知（原文未载标题）"

    def source_text(self) -> str:
        return (paths.SOURCES_DIR / self.source_file).read_text(encoding="utf-8")


@per_build()
def documents() -> dict[str, Document]:
    data = yaml.safe_load(paths.DOCUMENTS_FILE.read_text(encoding="utf-8"))
    docs = [Document.model_validate(d) for d in data["documents"]]
    return {d.id: d for d in docs}


def get_document(doc_id: str) -> Document:
    try:
        return documents()[doc_id]
    except KeyError:
        raise KeyError(f"doc_id: 未知文件 {doc_id}（已收录：{', '.join(documents())}）") from None
