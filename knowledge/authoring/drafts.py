"""`policy rules draft DOC`: a rule skeleton for every sentence that states money, a share, a period
or a ceiling — the verbatim quote, the figures read from it (cn2an), and the parts a person must
fill (who, on what conditions, what it pays for, the formula).

A draft carries `draft: true` and the marker 待填写 where something is left to fill; the rule
loader refuses such a file and lists what is left (`unfilled`), so a draft can never ship as an
answer. Filling a draft means replacing every 待填写 and deleting the `draft: true` line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import cn2an
import yaml

from knowledge.records import ClauseRecord

TODO = "待填写"
CN_DIGITS = "零〇一二两三四五六七八九十百千万亿"
NUM = rf"(?:\d+(?:\.\d+)?|[{CN_DIGITS}]+)"
FIGURE_RES = [
    ("money", re.compile(rf"({NUM})\s*(万|亿)?\s*元")),
    ("percent", re.compile(rf"({NUM})\s*[%％]|百分之({NUM})")),
    ("period", re.compile(rf"({NUM})\s*(个月|年|天|日|周)(?![\d岁])")),
]
CEILING_RE = re.compile(r"最高|不超过|不高于|上限|封顶|最多|以内")
UNIT = {"万": 10_000, "亿": 100_000_000}
# "2019年" and "12月31日" are dates, not periods: a period is a count of months or years
DATE_LIKE = re.compile(r"\d{4}\s*年|\d{1,2}\s*月\s*\d{1,2}\s*日")


@dataclass
class Figure:
    kind: str  # money / percent / period / ceiling
    text: str  # as printed
    value: float | None
    unit: str

    def as_yaml(self) -> dict:
        return {"kind": self.kind, "text": self.text, "value": self.value, "unit": self.unit}


def _number(token: str) -> float | int | None:
    try:
        v = float(token) if re.fullmatch(r"\d+(?:\.\d+)?", token) else float(cn2an.cn2an(token, "smart"))
    except (ValueError, KeyError):
        return None
    return int(v) if v.is_integer() else v


def figures(sentence: str) -> list[Figure]:
    """Money, shares and periods stated in a sentence, with their values; a ceiling word is a
    figure of its own (the amount it bounds is `at_most`)."""
    out: list[Figure] = []
    masked = DATE_LIKE.sub(lambda m: "#" * len(m.group(0)), sentence)
    for kind, rx in FIGURE_RES:
        for m in rx.finditer(masked):
            token = next(g for g in m.groups() if g is not None)
            value = _number(token)
            if value is None:
                continue
            text = sentence[m.start() : m.end()]
            if kind == "money":
                value = value * UNIT.get(m.group(2) or "", 1)
                value = int(value) if float(value).is_integer() else value
                out.append(Figure(kind, text, value, "元"))
            elif kind == "percent":
                out.append(Figure(kind, text, value, "%"))
            else:
                out.append(Figure(kind, text, value, m.group(2)))
    ceiling = CEILING_RE.search(sentence)
    if ceiling and out:
        out.append(Figure("ceiling", ceiling.group(0), None, ""))
    return out


@dataclass
class Draft:
    rule_id: str
    clause: ClauseRecord
    sentence: str
    figures: list[Figure]

    def as_yaml(self, jurisdiction: str) -> str:
        money = [f for f in self.figures if f.kind == "money"]
        pct = [f for f in self.figures if f.kind == "percent"]
        ceiling = any(f.kind == "ceiling" for f in self.figures)
        formula: object  # a YAML value: a node, a bare figure or the TODO marker
        if pct:
            formula = {"pct": pct[0].value, "of": TODO}
        elif money:
            formula = (
                {"mul": [money[0].value, TODO]} if "/人" in self.sentence or "每人" in self.sentence else money[0].value
            )
        else:
            formula = TODO
        v = next((s.validity for s in self.clause.sentences if s.text == self.sentence and s.validity), None)
        data = {
            "draft": True,
            "id": self.rule_id,
            "name": TODO,
            "applicant_types": [TODO],
            "jurisdiction": jurisdiction,
            "conditions": TODO,
            "pays_for": [{"base": TODO, "quote": self.sentence}],
            "amount": {
                "nature": TODO,
                "standard": self.sentence,
                "formula": formula,
                "bound": "at_most" if ceiling else "exact",
                "period": TODO,
            },
            "validity": (
                {"kind": v.kind, "start": v.start, "end": v.end, "basis": v.basis}
                if v
                else {"kind": "none", "basis": "本句未载明实施期限。"}
            ),
            "citations": [{"clause_id": self.clause.clause_id, "quote": self.sentence}],
            "figures": [f.as_yaml() for f in self.figures],
        }
        head = (
            f"# 草稿：由 policy rules draft 从 {self.clause.clause_id} "
            f"{self.clause.part_label or ''}{self.clause.clause_label} 生成。\n"
            f"# 把每个“{TODO}”换成内容（条件写成 {{all: [{{fact: …, eq: …}}]}}，事实名见 knowledge/facts*.yaml），\n"
            "# 核对 figures 中读出的金额，然后删除 draft: true 与 figures 两项。构建会拒绝未填完的草稿。\n"
        )
        return head + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=200)


def drafts_for(records: list[ClauseRecord], doc_id: str) -> list[Draft]:
    out: list[Draft] = []
    for rec in records:
        if rec.doc_id != doc_id or rec.kind != "clause":
            continue
        k = 0
        for s in rec.sentences:
            figs = figures(s.text)
            if not any(f.kind in ("money", "percent", "period") for f in figs):
                continue
            k += 1
            out.append(Draft(f"{doc_id}.draft-{rec.part_no or 0}-{rec.clause_no}-{k}", rec, s.text, figs))
    return out


def write_drafts(drafts: list[Draft], rules_dir: Path, jurisdiction: str, overwrite: bool = False) -> list[Path]:
    written = []
    for d in drafts:
        doc_id, name = d.rule_id.split(".", 1)
        path = rules_dir / doc_id / f"{name}.yaml"
        if path.exists() and not overwrite:
            continue  # never overwrite a draft the officer has started filling
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(d.as_yaml(jurisdiction), encoding="utf-8")
        written.append(path)
    return written


def unfilled(data: dict) -> list[str]:
    """Paths of what a draft still leaves to fill ("conditions", "amount.formula.of"); a file
    still marked `draft: true` with everything filled is listed as "draft"."""
    left: list[str] = []

    def walk(node, path: str) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                walk(v, f"{path}.{k}" if path else str(k))
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, f"{path}[{i}]")
        elif isinstance(node, str) and TODO in node:
            left.append(path)

    walk({k: v for k, v in data.items() if k != "figures"}, "")
    if data.get("draft") and not left:
        left.append("draft（已填完请删除 draft: true 与 figures）")
    return left
