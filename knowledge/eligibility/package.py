"""What can be claimed together: overlaps between benefits and the claimable package.

Two rules overlap when they pay for the same base (rules/bases.yaml: the same rent, the same
premiums, the same hire) and both can apply in one place (one jurisdiction contains the other),
unless one supersedes the other (then `superseded_by` says so instead). The package takes the
eligible benefits that are not superseded and are in force on as_of (active, or no stated end:
said in words); an eligible benefit that had ended or had not started is listed in `not_in_force`
instead, never counted. Within each set of overlapping ones it keeps one:
  1. the rule a base names to keep (`keep`: the text's choice covers part of the base only);
  2. the larger known amount (an exact figure, a lower bound or a guaranteed minimum; a ceiling
     such as "最高可提至100%" is not a known amount);
  3. the larger ceiling, then a rule covering the whole base (免征) before a part (减半, 暂缓);
  4. the larger share of one same base (60% before 30% of the same contributions);
  5. the narrower jurisdiction (the place's own measure), the later document, the engine order.
Per-head measures of a `per_person` base are not alternatives: their people are shared out
(allocation.py), and the package lists each share in `allocations`. Each choice is reported in `alternatives` with its reason. `total` sums the known amounts of
the package; loans are credit, not money received, and are never added.
"""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.eligibility.allocation import PerHead, allocate, clusters
from knowledge.eligibility.amounts import num
from knowledge.eligibility.schema import Base, Rule
from knowledge.regions import covers

SILENT = "原文未规定可以同时享受，按不重复享受处理，以经办部门认定为准"


@dataclass(frozen=True)
class Rank:
    """What the choice between overlapping benefits reads besides the amounts (static per rule)."""

    depth: int  # region depth of the jurisdiction: 凌源市 3, 大连市 2, 辽宁省 1
    issued: str  # the cited document's issue date (ISO), "" when unknown
    order: int  # engine order: the deterministic last tie-break
    full: bool  # covers the whole of every base it shares (no 减半 / 暂缓)
    doc: str = ""  # the cited document's id: two rules of one document are not "newer" and "older"
    share_of: tuple[str, float] | None = None  # (base words, percent) of a `pct of local` amount


IN_FORCE = ("active", "unknown")


def in_force(b: dict) -> bool:
    """On or after its start and not after its end (unknown end: in force, said in words), and,
    where the person's own benefit period is known, within it (a condition of their claim, kept
    apart from the measure's validity)."""
    own = b.get("own_period")
    return b["validity"]["status"] in IN_FORCE and (own is None or own["status"] == "active")


def out_of_force(b: dict) -> dict:
    """Why a benefit is not in force: the measure's own period, else the person's own period."""
    v = b["validity"] if b["validity"]["status"] not in IN_FORCE else b["own_period"]
    out = {"benefit_id": b["benefit_id"], "status": v["status"], "start": v["start"], "end": v["end"]}
    return out if v is b["validity"] else {**out, "own_period": True, "quote": v.get("quote")}


def overlap_pairs(
    rules: list[Rule], bases: dict[str, Base], heads: dict[str, PerHead]
) -> tuple[dict[str, dict[str, str]], dict[str, dict[str, str]]]:
    """(overlaps, people) — rule id -> {other rule id: shared base}, for rules that may apply in one
    place. A pair of per-head rules whose shared bases are all `per_person` is not an overlap: the
    package shares their people out (allocation.py) and lists the pair under `people`."""
    replaced = {(r.id, s.rule) for r in rules for s in r.supersedes}
    out: dict[str, dict[str, str]] = {r.id: {} for r in rules}
    people: dict[str, dict[str, str]] = {r.id: {} for r in rules}
    for i, a in enumerate(rules):
        for b in rules[i + 1 :]:
            shared = sorted({p.base for p in a.pays_for} & {p.base for p in b.pays_for})
            nested = covers(a.jurisdiction, b.jurisdiction) or covers(b.jurisdiction, a.jurisdiction)
            if not shared or not nested or (a.id, b.id) in replaced or (b.id, a.id) in replaced:
                continue
            by_person = a.id in heads and b.id in heads and all(bases[x].per_person for x in shared if x in bases)
            target = people if by_person else out
            target[a.id][b.id] = target[b.id][a.id] = shared[0]
    return out, people


@dataclass(frozen=True)
class Bases:
    """The declared bases, and the region of the clause each `combine` sentence comes from: that
    sentence speaks for rules of its own region only ("对同一类人员…" of 大连 is not 辽宁's word)."""

    bases: dict[str, Base]
    combine_regions: dict[str, str]

    def name(self, base: str) -> str:
        return self.bases[base].name

    def rule_text(self, base: str, *jurisdictions: str) -> str:
        """The sentence ruling on combining, where it speaks for these rules: each within its region, or
        a broader measure that reaches into it beside one of the region's own (大政发〔2020〕18号（九）
        "对同一类人员的补助或补贴不可同时享受" with 辽政发〔2020〕9号's 1000元 in 大连: the city's opinion
        governs there, "此前…不一致的，按照本意见执行"; 12345 evaluation 6, A3)."""
        b, region = self.bases[base], self.combine_regions.get(base)
        if b.combine and region is not None and _speaks_for(region, jurisdictions):
            return f"原文：“{b.combine.quote}”"
        return SILENT


def _speaks_for(region: str, jurisdictions: tuple[str, ...]) -> bool:
    inside = [j for j in jurisdictions if covers(region, j)]
    reaching = all(covers(region, j) or covers(j, region) for j in jurisdictions)
    return reaching and (bool(inside) or not jurisdictions)


def mark_overlaps(
    results: dict[str, dict],
    pairs: dict[str, dict[str, str]],
    in_scope: set[str],
    bases: Bases,
    people: dict[str, dict[str, str]] | None = None,
) -> None:
    """Each benefit's `overlaps` among the benefits that can apply to this applicant here (a benefit
    out of scope keeps its empty list: its record may be shared, rule_index.py)."""
    for bid, b in results.items():
        if bid not in in_scope:
            continue
        b["overlaps"] = []
        shared = [o for o in (people or {}).get(bid, {}) if o in in_scope]
        if people and shared and b["status"] != "not_eligible":
            base = people[bid][shared[0]]
            names = "、".join(f"“{results[o]['name']}”" for o in shared)
            b["reasons"].append(
                f"注意：本项与{names}按人计算，同一人只享受其中一项（{bases.rule_text(base, b['jurisdiction'])}）；"
                "同时申领时按每人较高的标准分别计入"
            )
        for other, base in pairs[bid].items():
            if other in in_scope:
                o = results[other]
                why = (
                    f"与“{o['name']}”都用于{bases.name(base)}；"
                    f"{bases.rule_text(base, b['jurisdiction'], o['jurisdiction'])}"
                )
                b["overlaps"].append({"benefit_id": other, "base": base, "reason": why})
        if b["status"] == "not_eligible":
            continue
        groups: dict[tuple[str, str], list[str]] = {}
        for o in b["overlaps"]:
            rival = results[o["benefit_id"]]
            rule = bases.rule_text(o["base"], b["jurisdiction"], rival["jurisdiction"])
            groups.setdefault((o["base"], rule), []).append(f"“{rival['name']}”")
        for (shared_base, rule), others in groups.items():
            b["reasons"].append(f"注意：本项与{'、'.join(others)}都用于{bases.name(shared_base)}，不重复享受（{rule}）")


def known(b: dict) -> float | None:
    a = b["amount"]
    return a.get("value") if a.get("value") is not None else a.get("min_value")


def _key(b: dict, rank: Rank):
    value, ceiling = known(b), b["amount"].get("max_value")
    return (
        not in_force(b),
        value is None,
        -(value or 0),
        ceiling is None,
        -(ceiling or 0),
        not rank.full,
        -rank.depth,
        _neg_date(rank.issued),
        rank.order,
    )


def _neg_date(iso: str) -> tuple:
    return tuple(-int(x) for x in iso.split("-")) if iso else (0,)


def _pct(rank: Rank) -> float:
    """The percent of a `pct of local` rule (only read where `_share` said every rank has one)."""
    assert rank.share_of is not None
    return rank.share_of[1]


def _share(rank: Rank, others: list[Rank]) -> bool:
    """All are percentages of the contributions they share (the base they overlap on): 60% and
    30% of one person's flexible-employment premiums compare although no amount is known."""
    return rank.share_of is not None and all(o.share_of for o in others)


def _choose(b: dict, rivals: list[dict], ranks: dict[str, Rank], bases: Bases, base: str) -> tuple[dict, list[dict]]:
    """The sorted pool put `b` first; a base's `keep` and a larger share of one base come before it."""
    group = [b, *rivals]
    keep = bases.bases[base].keep if base in bases.bases else None
    kept = [x for x in group if x["benefit_id"] == keep]
    if kept:
        return kept[0], [x for x in group if x is not kept[0]]
    if known(b) is None and all(known(r) is None for r in rivals) and b["amount"].get("max_value") is None:
        rank_b = ranks[b["benefit_id"]]
        if _share(rank_b, [ranks[r["benefit_id"]] for r in rivals]):
            best = max(group, key=lambda x: (_pct(ranks[x["benefit_id"]]), -ranks[x["benefit_id"]].order))
            return best, [x for x in group if x is not best]
    return b, rivals


def _why(chosen: dict, dropped: list[dict], ranks: dict[str, Rank], bases: Bases, base: str) -> str:
    v = known(chosen)
    rc = ranks[chosen["benefit_id"]]
    rd = [ranks[d["benefit_id"]] for d in dropped]
    keep = bases.bases[base].keep if base in bases.bases else None
    if keep == chosen["benefit_id"]:
        return (
            f"原文只就部分期间规定二者择一，“{chosen['name']}”照常列入，"
            + "、".join(f"“{d['name']}”" for d in dropped)
            + "作为该期间的替代选择"
        )
    amounts = [(x, a) for x in [chosen, *dropped] if (a := known(x)) is not None]
    if len(amounts) == 1 + len(dropped):  # every amount known
        return "选金额较大的一项（" + "，".join(f"{x['name']}：{num(a)}元" for x, a in amounts) + "）"
    if v is not None:
        # eval9 G01/G22: a year of subsidised premiums may exceed the known lump sum; what would settle it is said
        from knowledge.eligibility.facts import vocabulary

        vocab = vocabulary()
        open_ = [f for d in dropped for f in (d["amount"].get("missing_facts") or []) if f in vocab]
        settle = (
            f"；补充{'、'.join(dict.fromkeys(vocab[f].title for f in open_))}后可算出另一项，按金额较大的一项计"
            if open_
            else ""
        )
        # eval10 H06: 4 × 900元 × 12 = 43200元 was shown first, then "选金额已知的一项（10000元）" alone
        higher = [d for d in dropped if (d["amount"].get("known_part_max") or 0) > v]
        if higher:
            said = "；".join(f"“{d['name']}”按已知情况最高{num(d['amount']['known_part_max'])}元" for d in higher)
            return (
                f"两项只计其一：{said}，多于这项的{num(v)}元，但要按实际缴纳的费用核定；合计先按{num(v)}元计，"
                "选哪一项以经办部门认定为准"
            )
        # eval23 U02 read "选金额已知的一项" as advice to take the 16000元, though the other may pay more: the total
        # counts the known sum, and which one to take is not said here
        return (
            f"两项只计其一：合计先按金额已知的一项计（{num(v)}元）；另一项只有上限或原文未列明金额，可能多于或少于这项，"
            f"选哪一项以经办部门认定为准{settle}"
        )
    if chosen["amount"].get("max_value") is not None:
        return f"金额均未确定，选上限较高的一项（最高{num(chosen['amount']['max_value'])}元）"
    if _share(rc, rd):
        pcts = "，".join(f"{x['name']}：{num(_pct(ranks[x['benefit_id']]))}%" for x in [chosen, *dropped])
        top = _pct(ranks[chosen["benefit_id"]])
        tie = "；比例相同的按文件所列先后取第一项" if any(_pct(r) == top for r in rd) else ""
        return f"都按同一笔费用的比例补贴，选比例较高的一项（{pcts}{tie}）"
    if rc.full and not all(r.full for r in rd):
        return "金额均未知，选覆盖全部的一项（免征/免缴优于减半/暂缓）"
    if any(r.depth < rc.depth for r in rd):
        return f"金额均未知，选本地（{chosen['jurisdiction']}）的规定"
    if any(r.doc != rc.doc and r.issued and rc.issued and r.issued < rc.issued for r in rd):
        return "金额均未知，选印发较晚的文件的规定"
    return "金额均未知，按文件所列先后取第一项"


@dataclass(frozen=True)
class People:
    """What the per-person allocation needs: which pairs share people, the per-head rates, and
    the facts giving the counts."""

    pairs: dict[str, dict[str, str]]
    heads: dict[str, PerHead]
    profile: dict


def build_package(benefits: list[dict], ranks: dict[str, Rank], bases: Bases, people: People | None = None) -> dict:
    by_id = {b["benefit_id"]: b for b in benefits}
    eligible = [b for b in benefits if b["status"] == "eligible" and not b["superseded_by"]]
    pool = sorted((b for b in eligible if in_force(b)), key=lambda b: _key(b, ranks[b["benefit_id"]]))
    not_in_force = [out_of_force(b) for b in eligible if not in_force(b)]
    in_pool = {b["benefit_id"] for b in pool}
    chosen: list[dict] = []
    alternatives: list[dict] = []
    taken: set[str] = set()
    for b in pool:
        if b["benefit_id"] in taken:
            continue
        rivals = [
            by_id[o["benefit_id"]] for o in b["overlaps"] if o["benefit_id"] not in taken and o["benefit_id"] in in_pool
        ]
        base = next((o["base"] for o in b["overlaps"] if rivals and o["benefit_id"] == rivals[0]["benefit_id"]), "")
        if rivals:
            b, rivals = _choose(b, rivals, ranks, bases, base)
        chosen.append(b)
        taken |= {b["benefit_id"], *(r["benefit_id"] for r in rivals)}
        if rivals:
            alternatives.append(
                {
                    "benefit_ids": [b["benefit_id"], *(r["benefit_id"] for r in rivals)],
                    "chosen": b["benefit_id"],
                    "base": base,
                    "reason": f"{_why(b, rivals, ranks, bases, base)}；都用于{bases.name(base)}，"
                    f"{bases.rule_text(base, *(x['jurisdiction'] for x in [b, *rivals]))}",
                }
            )
    order = {b["benefit_id"]: i for i, b in enumerate(benefits)}
    shares = _allocate(chosen, alternatives, people, order, bases) if people else {}
    chosen = [b for b in chosen if b["benefit_id"] not in shares or shares[b["benefit_id"]]["kept"]]
    chosen.sort(key=lambda b: order[b["benefit_id"]])
    claimable = {b["benefit_id"] for b in pool}
    superseded = [
        {"benefit_id": b["benefit_id"], "by": b["superseded_by"], "reason": b.get("superseded_reason", "")}
        for b in benefits
        if b["superseded_by"]
        and b["status"] == "eligible"
        and in_force(b)
        and any(r in claimable for r in b["superseded_by"])
    ]
    allocations = [shares[b["benefit_id"]]["public"] for b in chosen if b["benefit_id"] in shares]
    return {
        "benefit_ids": [b["benefit_id"] for b in chosen],
        "total": _total(chosen, alternatives, {k: v for k, v in shares.items() if v["kept"]}, not_in_force),
        "alternatives": alternatives,
        "superseded": superseded,
        "not_in_force": not_in_force,
        "allocations": allocations,
    }


def _allocate(
    chosen: list[dict], alternatives: list[dict], people: People, order: dict[str, int], bases: Bases
) -> dict[str, dict]:
    """benefit id -> its share of the people it counts together with other chosen per-head measures.
    A measure left with nobody (all its people are counted at a higher rate) becomes an alternative."""
    out: dict[str, dict] = {}
    for cluster in clusters(chosen, people.pairs):
        shares = allocate(cluster, people.heads, people.profile, order)
        top = shares[0].benefit_id
        for sh in shares:
            kept = sh.people > 0 or sh.unknown_count or sh is shares[0]
            out[sh.benefit_id] = {
                "kept": kept,
                "value": sh.value,
                "lower": sh.assumed_overlap or sh.unknown_count,
                "public": {
                    "benefit_id": sh.benefit_id,
                    "people": sh.people,
                    "value": num(sh.value),
                    "is_lower_bound": sh.assumed_overlap,
                    "text": sh.text,
                },
            }
            if not kept:
                base = next(iter(people.pairs[sh.benefit_id].values()))
                alternatives.append(
                    {
                        "benefit_ids": [top, sh.benefit_id],
                        "chosen": top,
                        "base": base,
                        "reason": f"本项所计人员均已按较高标准计入（{shares[0].text}）；{bases.rule_text(base)}",
                    }
                )
    return out


def _total(chosen: list[dict], alternatives: list[dict], shares: dict[str, dict], not_in_force: list[dict]) -> dict:
    def figure(b: dict) -> float | None:
        return shares[b["benefit_id"]]["value"] if b["benefit_id"] in shares else known(b)

    money = [b for b in chosen if b["amount"].get("nature") != "loan"]
    loans = [b for b in chosen if b["amount"].get("nature") == "loan"]
    known_figures = [(b, f) for b in money if (f := figure(b)) is not None]
    counted = [b for b, _ in known_figures]
    unknown = [b for b in money if figure(b) is None]
    partial = [
        b
        for b in counted
        if b["amount"].get("value_is_lower_bound")
        or b["amount"].get("value") is None
        or shares.get(b["benefit_id"], {}).get("lower")
    ]
    value = num(sum(f for _, f in known_figures)) if counted else None
    lower = bool(unknown or partial)
    parts = [f"可同时申领{len(chosen)}项"]
    if value is None:
        parts.append("金额均未能确定（原文未列明、取决于当地标准或尚缺信息）" if chosen else "金额无")
    else:
        per = {"per_year": "/年", "per_month": "/月", "per_day": "/天"}
        figures = [f"{num(f)}元{per.get(b['amount'].get('period'), '')}" for b, f in known_figures]
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
    if any(v.get("lower") for v in shares.values()):
        parts.append("按人计算的补贴中，可能是同一批人的按最少计算（同一人只享受一项），以经办部门认定为准")
    if loans:
        parts.append("贷款额度不计入合计：" + "、".join(f"“{b['name']}”" for b in loans))
    if alternatives:
        parts.append(
            f"另有{sum(len(a['benefit_ids']) - 1 for a in alternatives)}项与所列项目用于同一事项，只计其一，未计入合计"
        )
    ended = sum(1 for n in not_in_force if n["status"] == "expired")
    waiting = len(not_in_force) - ended
    if ended:
        parts.append(f"另有{ended}项符合条件但按评估日期已到期，不能再申请，未计入合计")
    if waiting:
        parts.append(f"另有{waiting}项符合条件但按评估日期尚未实施，未计入合计")
    return {"value": value, "is_lower_bound": lower, "text": "；".join(parts) + "。"}
