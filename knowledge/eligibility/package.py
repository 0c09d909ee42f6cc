"""What can be claimed together: overlaps between benefits and the claimable package.

Two rules overlap when they pay for the same base (rules/bases.yaml: the same rent, the same
premiums, the same hire) and both can apply in one place (one jurisdiction contains the other),
unless one supersedes the other (then `superseded_by` says so instead). The package takes the
eligible benefits that are not superseded and, within each set of overlapping ones, keeps one:
  1. a measure still in force on as_of before an expired one;
  2. the larger known amount (an exact figure, a lower bound or a guaranteed minimum; a ceiling
     such as "最高可提至100%" is not a known amount);
  3. the larger ceiling, then a rule covering the whole base (免征) before a part (减半, 暂缓);
  4. the narrower jurisdiction (the place's own measure), the later document, the engine order.
Each choice is reported in `alternatives` with its reason. `total` sums the known amounts of
the package; loans are credit, not money received, and are never added.
"""
from __future__ import annotations

from dataclasses import dataclass

from knowledge.eligibility.amounts import num
from knowledge.eligibility.schema import Base, Rule
from knowledge.regions import covers

SILENT = "原文未规定可以同时享受，按不重复享受处理，以经办部门认定为准"


@dataclass(frozen=True)
class Rank:
    """What the choice between overlapping benefits reads besides the amounts (static per rule)."""

    depth: int        # region depth of the jurisdiction: 凌源市 3, 大连市 2, 辽宁省 1
    issued: str       # the cited document's issue date (ISO), "" when unknown
    order: int        # engine order: the deterministic last tie-break
    full: bool        # covers the whole of every base it shares (no 减半 / 暂缓)


def overlap_pairs(rules: list[Rule]) -> dict[str, dict[str, str]]:
    """rule id -> {other rule id: shared base}, for rules that may apply in one place."""
    replaced = {(r.id, s.rule) for r in rules for s in r.supersedes}
    out: dict[str, dict[str, str]] = {r.id: {} for r in rules}
    for i, a in enumerate(rules):
        for b in rules[i + 1:]:
            shared = sorted({p.base for p in a.pays_for} & {p.base for p in b.pays_for})
            nested = covers(a.jurisdiction, b.jurisdiction) or covers(b.jurisdiction, a.jurisdiction)
            if shared and nested and (a.id, b.id) not in replaced and (b.id, a.id) not in replaced:
                out[a.id][b.id] = out[b.id][a.id] = shared[0]
    return out


@dataclass(frozen=True)
class Bases:
    """The declared bases, and the region of the clause each `combine` sentence comes from: that
    sentence speaks for rules of its own region only ("对同一类人员…" of 大连 is not 辽宁's word)."""

    bases: dict[str, Base]
    combine_regions: dict[str, str]

    def name(self, base: str) -> str:
        return self.bases[base].name

    def rule_text(self, base: str, *jurisdictions: str) -> str:
        b, region = self.bases[base], self.combine_regions.get(base)
        if b.combine and all(covers(region, j) for j in jurisdictions):
            return f"原文：“{b.combine.quote}”"
        return SILENT


def mark_overlaps(results: dict[str, dict], pairs: dict[str, dict[str, str]], in_scope: set[str],
                  bases: Bases) -> None:
    """Each benefit's `overlaps` among the benefits that can apply to this applicant here."""
    for bid, b in results.items():
        b["overlaps"] = []
        if bid not in in_scope:
            continue
        for other, base in pairs[bid].items():
            if other in in_scope:
                o = results[other]
                why = (f"与“{o['name']}”都用于{bases.name(base)}；"
                       f"{bases.rule_text(base, b['jurisdiction'], o['jurisdiction'])}")
                b["overlaps"].append({"benefit_id": other, "base": base, "reason": why})
        if b["status"] == "not_eligible":
            continue
        groups: dict[tuple[str, str], list[str]] = {}
        for o in b["overlaps"]:
            other = results[o["benefit_id"]]
            rule = bases.rule_text(o["base"], b["jurisdiction"], other["jurisdiction"])
            groups.setdefault((o["base"], rule), []).append(f"“{other['name']}”")
        for (base, rule), names in groups.items():
            b["reasons"].append(f"注意：本项与{'、'.join(names)}都用于{bases.name(base)}，不重复享受（{rule}）")


def known(b: dict) -> float | None:
    a = b["amount"]
    return a.get("value") if a.get("value") is not None else a.get("min_value")


def _key(b: dict, rank: Rank):
    value, ceiling = known(b), b["amount"].get("max_value")
    return (b["validity"]["status"] == "expired", value is None, -(value or 0), ceiling is None,
            -(ceiling or 0), not rank.full, -rank.depth, _neg_date(rank.issued), rank.order)


def _neg_date(iso: str) -> tuple:
    return tuple(-int(x) for x in iso.split("-")) if iso else (0,)


def _why(chosen: dict, dropped: list[dict], ranks: dict[str, Rank]) -> str:
    v = known(chosen)
    if chosen["validity"]["status"] != "expired" and any(d["validity"]["status"] == "expired" for d in dropped):
        head = "选仍在实施期限内的一项（另一项按 as_of 已过期）"
    elif v is not None and all(known(d) is not None for d in dropped):
        head = "选金额较大的一项（" + "，".join(f"{x['name']}：{num(known(x))}元" for x in [chosen, *dropped]) + "）"
    elif v is not None:
        head = f"选金额已知的一项（{num(v)}元；其余只有上限或原文未列明金额，上限仍作参考）"
    elif chosen["amount"].get("max_value") is not None:
        head = f"金额均未确定，选上限较高的一项（最高{num(chosen['amount']['max_value'])}元）"
    elif ranks[chosen["benefit_id"]].full and not all(ranks[d["benefit_id"]].full for d in dropped):
        head = "金额均未知，选覆盖全部的一项（免征/免缴优于减半/暂缓）"
    else:
        head = "金额均无法比较，按本地（范围较小的地区）或较新的文件列出"
    return head


def build_package(benefits: list[dict], ranks: dict[str, Rank], bases: Bases) -> dict:
    by_id = {b["benefit_id"]: b for b in benefits}
    pool = [b for b in benefits if b["status"] == "eligible" and not b["superseded_by"]]
    pool.sort(key=lambda b: _key(b, ranks[b["benefit_id"]]))
    in_pool = {b["benefit_id"] for b in pool}
    chosen: list[dict] = []
    alternatives: list[dict] = []
    taken: set[str] = set()
    for b in pool:
        if b["benefit_id"] in taken:
            continue
        rivals = [by_id[o["benefit_id"]] for o in b["overlaps"]
                  if o["benefit_id"] not in taken and o["benefit_id"] in in_pool]
        chosen.append(b)
        taken |= {b["benefit_id"], *(r["benefit_id"] for r in rivals)}
        if rivals:
            base = next(o["base"] for o in b["overlaps"] if o["benefit_id"] == rivals[0]["benefit_id"])
            alternatives.append({"benefit_ids": [b["benefit_id"], *(r["benefit_id"] for r in rivals)],
                                 "chosen": b["benefit_id"], "base": base,
                                 "reason": f"{_why(b, rivals, ranks)}；都用于{bases.name(base)}，"
                                           f"{bases.rule_text(base, *(x['jurisdiction'] for x in [b, *rivals]))}"})
    order = {b["benefit_id"]: i for i, b in enumerate(benefits)}
    chosen.sort(key=lambda b: order[b["benefit_id"]])
    superseded = [{"benefit_id": b["benefit_id"], "by": b["superseded_by"],
                   "reason": b.get("superseded_reason", "")} for b in benefits
                  if b["superseded_by"] and b["status"] != "not_eligible"]
    return {"benefit_ids": [b["benefit_id"] for b in chosen], "total": _total(chosen, alternatives),
            "alternatives": alternatives, "superseded": superseded}


def _total(chosen: list[dict], alternatives: list[dict]) -> dict:
    money = [b for b in chosen if b["amount"].get("nature") != "loan"]
    loans = [b for b in chosen if b["amount"].get("nature") == "loan"]
    counted = [b for b in money if known(b) is not None]
    unknown = [b for b in money if known(b) is None]
    partial = [b for b in counted if b["amount"].get("value_is_lower_bound") or b["amount"].get("value") is None]
    value = num(sum(known(b) for b in counted)) if counted else None
    lower = bool(unknown or partial)
    parts = [f"可同时申领{len(chosen)}项"]
    if value is None:
        parts.append("金额均未能确定（原文未列明、取决于当地标准或尚缺信息）")
    else:
        per = {"per_year": "/年", "per_month": "/月", "per_day": "/天"}
        figures = [f"{num(known(b))}元{per.get(b['amount'].get('period'), '')}" for b in counted]
        if len(counted) == 1:  # one figure: no sum to break down, its period said with it
            parts.append(f"已知金额{'至少' if lower else ''}{figures[0]}")
        else:
            parts.append(f"已知金额合计{'至少' if lower else ''}{num(value)}元（{' + '.join(figures)}）")
    if len(counted) > 1 and any(b["amount"].get("period") in ("per_year", "per_month", "per_day") for b in counted):
        parts.append("按年、按月的项目按一期金额计入")
    if unknown:
        parts.append("金额未计入的：" + "、".join(f"“{b['name']}”" for b in unknown))
    if partial:
        parts.append("按已知部分或保底标准计入的：" + "、".join(f"“{b['name']}”" for b in partial))
    if loans:
        parts.append("贷款额度不计入合计：" + "、".join(f"“{b['name']}”" for b in loans))
    expired = [b for b in chosen if b["validity"]["status"] == "expired"]
    if expired:
        parts.append(f"其中{len(expired)}项按评估日期已到期，仅供核对当时的待遇")
    if alternatives:
        parts.append(f"另有{sum(len(a['benefit_ids']) - 1 for a in alternatives)}项与所列项目用于同一事项，只能择一，未计入合计")
    return {"value": value, "is_lower_bound": lower, "text": "；".join(parts) + "。"}
