"""A clause number the named document does not have ("辽政发〔2020〕9号第三十条"): say so, never another
clause under "根据" (eval8 F28: 第三条, not read, was answered with （十九）as if asked)."""

from __future__ import annotations

import re

from answers import notices
from answers.models import Reply, button

CN = "零一二三四五六七八九十"


def cn_number(n: int) -> str:
    return CN[n] if 0 <= n <= 10 else (f"十{CN[n - 10]}" if n < 20 else str(n))


NUMBER = re.compile(
    r"第[一二三四五六七八九十百零〇两\d]+(?:部分)?(?:第[一二三四五六七八九十百零〇两\d]+)?[条款]?|"
    r"(?:[一二三四五六七八九十]+、)?[（(][一二三四五六七八九十\d]+[)）]"
)


def reply(response: dict) -> Reply | None:
    """The answer when the question named a document and a clause number it lacks; None otherwise."""
    ref = response.get("reference") or {}
    hits = response.get("results") or []
    if not ref.get("missing_clause") or any(h.get("exact_reference") for h in hits):
        return None
    from knowledge.records import load_clauses

    doc_id = ref["doc_ids"][0]
    clauses = [r for r in load_clauses() if r.doc_id == doc_id and r.kind == "clause"]
    if not clauses:
        return None
    doc = clauses[0]
    said = NUMBER.search(response.get("query") or "")
    name = f"《{doc.doc_title}》（{doc.doc_number}）" if doc.doc_number else f"《{doc.doc_title}》"
    part: int | None = ref.get("part_no")
    in_part = [r for r in clauses if r.part_no == part] if part is not None else []
    if in_part:  # "三、（四）" of a document whose labels restart in every part (eval33 W16 read "从(一)到(六)")
        heading = in_part[0].part_heading
        said_part = in_part[0].part_label or f"第{cn_number(in_part[0].part_no or 0)}部分"
        what = f"{said_part}{f'“{heading}”' if heading else ''}只有{in_part[0].clause_label}至{in_part[-1].clause_label}共{len(in_part)}条"
    elif part is not None:
        what = f"这份文件没有第{cn_number(part)}部分"
    else:
        what = f"这份文件的条文从{clauses[0].clause_label}到{clauses[-1].clause_label}"
    text = (
        f"{name}中没有找到您说的“{said.group(0) if said else '这一条'}”：{what}。"
        f"请核对条号后再问，例如“{doc.doc_number or '这份文件'}第一条”。\n{notices.OFFER_HUMAN}"
    )
    return Reply(text, [], [button("转人工", "/handoff")], meta={"low_confidence": True})
