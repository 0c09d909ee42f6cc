"""`policy knowledge add`: from a new document's text to its registry entry, region and source file.

The proposal is built from the text (head.py), the officer's answers and flags override it, the
outline (outline.py) shows what the build will make of it, and only a confirmed proposal is
written: the source byte for byte under sources/, one entry appended to documents.yaml (the
comments and order of the file kept), and the place appended to regions.yaml when it is new.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml
from pypinyin import lazy_pinyin

from knowledge import paths, regions
from knowledge.authoring.head import Head, propose
from knowledge.authoring.outline import Outline, draft_document, outline
from knowledge.registry import documents

PLACE_SUFFIX = re.compile(r"(人民政府|人力资源和社会保障局|人力资源社会保障局)(办公室|办公厅)?$")
SUPERSESSION_RE = re.compile(
    r"此前([^。；]*?)[，,]?与本(?:意见|办法|通知|措施)不一致的[，,]按照?本(?:意见|办法|通知|措施)执行。"
)
NUMBER_RE = re.compile(r"〔(\d{4})〕(\d+)号")
LEVELS = {"省": "province", "市": "city", "县": "county", "区": "county", "旗": "county"}


class AddError(ValueError):
    """A proposal that cannot be written; str() is the Chinese line the CLI prints."""


@dataclass
class Proposal:
    head: Head
    fields: dict
    text: str
    new_region: dict | None = None
    outline: Outline = field(default_factory=Outline)
    source: Path | None = None  # the officer's file, copied byte for byte

    @property
    def doc_id(self) -> str:
        return self.fields["id"]


def place_of(issuer: str | None) -> str | None:
    """凌源市人民政府 → 凌源市; None where the issuer names no place."""
    if not issuer:
        return None
    place = PLACE_SUFFIX.sub("", issuer)
    return place or None


def propose_id(region: str, doc_number: str | None, issued: date | None) -> str:
    """lingyuan-2019-14: the place in pinyin (without 市/省/县), the year and the number."""
    short = re.sub(r"(省|市|县|区|自治州|自治县|旗)$", "", region)
    slug = "".join(lazy_pinyin(short)).lower()
    m = NUMBER_RE.search(doc_number or "")
    base = f"{slug}-{m.group(1)}-{m.group(2)}" if m else f"{slug}-{issued.year if issued else 'undated'}"
    taken, out, n = set(documents()), base, 2
    while out in taken:
        out, n = f"{base}-{n}", n + 1
    return out


def supersession(text: str, issuer: str) -> list[dict]:
    flat = re.sub(r"\s+", "", text)
    return [{"statement": m.group(0), "scope": f"{issuer}此前{m.group(1)}"} for m in SUPERSESSION_RE.finditer(flat)]


def build_proposal(text: str, overrides: dict, source: Path | None = None) -> Proposal:
    """The registry entry proposed for `text`; `overrides` are the officer's answers and flags
    (None values are ignored). Raises AddError for what cannot be decided without the officer."""
    head = propose(text)
    for key in ("doc_number", "title", "issuer", "issued"):
        if overrides.get(key) is not None:
            setattr(head, key, overrides[key])
    issuer = head.issuer
    if issuer is None:
        raise AddError("issuer: 原文开头和落款都未印发文机关，请用 --issuer 指定")
    region_name = overrides.get("region") or place_of(issuer)
    if not region_name:
        raise AddError("region: 无法从发文机关推断地区，请用 --region 指定（如 某某市）")
    new_region = None
    try:
        region = regions.normalize_region(region_name)
        level = regions.get_region(region).level
    except regions.UnknownRegion:
        region, new_region = region_name, _new_region(region_name, overrides)
        level = new_region["level"]
    known = {d.doc_number: d.id for d in documents().values() if d.doc_number}
    by_number = overrides.get("doc_number") is not None
    fields = {
        "id": overrides.get("id") or propose_id(region, head.doc_number, head.issued),
        "source_file": "",
        "title": head.title,
        "title_as_printed": head.title_as_printed,
        "notice_title": head.notice_title,
        "issuer": head.issuer,
        "doc_number": head.doc_number,
        "doc_number_source": (overrides.get("number_source") or "由政策口径人员录入")
        if by_number
        else ("printed in the document" if head.doc_number else "本件未印文号"),
        "region": region,
        "level": level,
        "issued": head.issued,
        "issued_basis": head.issued_basis if not overrides.get("issued") else "由政策口径人员录入",
        "implements": head.implements,
        "cites": [c | {"doc_id": known.get(c["doc_number"])} for c in head.cites],
        "supersession": supersession(text, issuer),
        "public": head.public,
    }
    if not head.title:
        fields["title_note"] = "本件未印标题"
    fields["source_file"] = f"{fields['id']}.txt"
    if fields["id"] in documents():
        raise AddError(f"id: 已有文件使用编号“{fields['id']}”，请用 --id 另取一个")
    if head.doc_number and head.doc_number in known:
        raise AddError(
            f"doc_number: {head.doc_number} 已收录（{known[head.doc_number]}）；修订请作为新文件加入并写明 amends"
        )
    prop = Proposal(head, fields, text, new_region, source=source)
    prop.outline = outline(draft_document(fields, text))
    return prop


def _new_region(name: str, overrides: dict) -> dict:
    parent = overrides.get("parent")
    if parent is None:
        raise AddError(
            f"parent: “{name}”尚未收录，请用 --parent 指定它所属的上级地区"
            f"（已收录：{'、'.join(regions.all_region_names())}；省级填 none）"
        )
    parent = None if parent in ("none", "无", "") else regions.normalize_region(parent)
    level = overrides.get("level") or LEVELS.get(name[-1], "city")
    if parent is None:
        level = "province"
    short = re.sub(r"(省|市|县|区)$", "", name)
    aliases = [a for a in dict.fromkeys([short, name]) if len(a) >= 2]
    return {"name": name, "level": level, "parent": parent, "aliases": aliases}


def _append_yaml_item(path: Path, key: str, item: dict) -> None:
    """Append one list item under `key:` without rewriting the file (its comments stay)."""
    text = path.read_text(encoding="utf-8")
    top = re.search(rf"^{key}:", text, re.M)
    if not top:
        raise AddError(f"{path.name}: 缺少顶层键 {key}")
    first = re.search(r"^( *)- ", text[top.end() :], re.M)
    indent = first.group(1) if first else "  "  # the file's own list indentation
    block = yaml.safe_dump([item], allow_unicode=True, sort_keys=False, width=200)
    block = "".join(f"{indent}{line}\n" for line in block.splitlines())
    path.write_text(text.rstrip("\n") + "\n" + block, encoding="utf-8")


def write(prop: Proposal) -> list[Path]:
    """Write the confirmed proposal; returns the files written or changed."""
    if prop.outline.fatal:
        raise AddError("；".join(str(p) for p in prop.outline.fatal))
    written = []
    src = paths.SOURCES_DIR / prop.fields["source_file"]
    if prop.source is not None:
        shutil.copyfile(prop.source, src)
    else:
        src.write_text(prop.text, encoding="utf-8")
    written.append(src)
    if prop.new_region:
        _append_yaml_item(paths.REGIONS_FILE, "regions", prop.new_region)
        written.append(paths.REGIONS_FILE)
    entry = {
        k: v
        for k, v in prop.fields.items()
        if v not in (None, [], "") or k in ("title", "doc_number", "issued", "public", "supersession")
    }
    _append_yaml_item(paths.DOCUMENTS_FILE, "documents", entry)
    written.append(paths.DOCUMENTS_FILE)
    (paths.RULES_DIR / prop.doc_id).mkdir(parents=True, exist_ok=True)
    _clear_caches()
    return written


def proposed_amendments(prop: Proposal) -> list[dict]:
    """Amendments the new text makes to registered documents (see amends.py)."""
    from knowledge.authoring.amends import propose_amendments
    from knowledge.eligibility.loader import load_rule_set
    from knowledge.parse import parse_document

    existing = [r for d in documents().values() for r in parse_document(d)]
    rule_set, _ = load_rule_set()
    numbers = {d.doc_number: d.id for d in documents().values() if d.doc_number}
    return propose_amendments(prop.outline.records, existing, rule_set, numbers)


def write_amendments(entries: list[dict]) -> Path:
    """Append entries to rules/amendments.yaml (a top-level list; its comments kept)."""
    path = paths.RULES_DIR / "amendments.yaml"
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    if text.strip() in ("[]", ""):
        text = re.sub(r"^\[\]\s*$", "", text, flags=re.M)
    block = yaml.safe_dump(entries, allow_unicode=True, sort_keys=False, width=200)
    path.write_text(text.rstrip("\n") + ("\n\n" if text.strip() else "") + block, encoding="utf-8")
    return path


def _clear_caches() -> None:
    """The registry and regions are read once per process; a written file is read again."""
    from knowledge import regions as r
    from knowledge import registry

    registry.documents.cache_clear()
    r._regions.cache_clear()
    r._alias_map.cache_clear()
