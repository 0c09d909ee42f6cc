""" "是不是得先登记失业？" after the sentence listing 就业困难人员 (eval72 OB01, an agent, asked three times and heard
the employers' measures and "您在哪个市或县"): the definition itself answers it — the group is "…的城镇登记失业人员",
and the near-retirement kind is written "登记失业人员中距法定退休年龄5年以内的人员" — so 是, quoted, the office deciding."""

from __future__ import annotations

import re
from datetime import date

from rasa_sdk import Tracker

from actions.own_group import GROUP, group_definition, list_citation
from actions.profile import TOPIC
from actions.within_place import one_place
from answers import citations
from answers.models import Reply
from answers.sentences import record_of

ASKED = re.compile(
    r"(?:是不是|是否|要不要|必须|得|需要|都要|也要)[^，。？?]{0,4}?(?:先)?(?:登记失业|办(?:理)?(?:个)?失业登记|失业登记)|"
    r"(?:要|得|必须)先?登记(?:失业)?(?:吗|么|不|才算)|登记失业(?:才算|才行|才能算)"
)
REGISTERED = "城镇登记失业人员"


def reply(text: str, tracker: Tracker, as_of: date) -> Reply | None:
    if not ASKED.search(text or ""):
        return None
    said = f"{tracker.get_slot(TOPIC) or ''}{text}"
    if GROUP not in said and "困难" not in said:
        return None
    definition = group_definition(tracker.get_slot("region") or one_place(said))
    cite = list_citation(definition, as_of) if definition is not None else None
    rec = record_of(cite["clause_id"]) if cite else None
    if cite is None or rec is None:
        return None
    head = next((s.text.strip() for s in rec.sentences if REGISTERED in s.text and "指" in s.text), None)
    if head is None:
        return None
    cite = {**cite, "quote": head}
    lines = [f"是。{citations.where(cite)}规定：“{head}”"]
    near = re.search(r"登记失业人员中距法定退休年龄\d+年以内的人员", rec.text)
    if near:
        lines.append(f"范围里距退休的一类，原文写的也是“{near.group()}”。")
    lines.append("所以须先办理失业登记，再由经办部门认定是否属于就业困难人员。")
    return Reply("\n".join(lines), [cite], meta={"registered_first": True})
