"""Per-person measures: "对同一类人员的补助或补贴不可同时享受" is a rule about each person, not
about the measures. Five hires at 1000元 and two graduate hires at 2500元 are 10000元: each counted
person goes to the best measure that counts them, and a measure is not dropped because another
counts some of the same people.

A rule takes part when its amount is a fixed rate per head (`mul: [const, heads]`) and the base
it shares with another such rule is marked `per_person` in rules/bases.yaml. Its heads are count
facts ("new_hires_graduates"), a sum of them, or a difference ("epidemic_new_hires −
spring_festival_new_hires"). Two groups are
  - the same people when they are the same count;
  - different people when one is subtracted from the other (a − b and b);
  - otherwise possibly the same people: the facts do not say who is who, so the allocation
    assumes the largest overlap the counts allow. The result is then an honest lower bound, and
    the package says why ("以经办部门认定为准").
The highest rate is served first, so each person counted gets the best rate that counts them.
"""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.eligibility.amounts import num
from knowledge.eligibility.facts import vocabulary
from knowledge.eligibility.schema import Formula, Rule, present


@dataclass(frozen=True)
class Group:
    """People counted as the facts in `plus` minus the facts in `minus`."""

    plus: tuple[str, ...]
    minus: tuple[str, ...] = ()

    def count(self, profile: dict) -> int | None:
        values = [profile.get(n) for n in self.plus + self.minus]
        if any(v is None for v in values):
            return None
        return max(0, int(sum(profile[n] for n in self.plus) - sum(profile[n] for n in self.minus)))

    def disjoint(self, other: Group) -> bool:
        return bool(set(self.plus) & set(other.minus) or set(other.plus) & set(self.minus))

    def words(self) -> str:
        names = [vocabulary()[n].title.removesuffix("人数") for n in self.plus]
        text = "、".join(names)
        if self.minus:
            text += "（扣除" + "、".join(vocabulary()[n].title.removesuffix("人数") for n in self.minus) + "）"
        return text


@dataclass(frozen=True)
class PerHead:
    rate: float
    groups: tuple[Group, ...]


def _groups(f: Formula) -> tuple[Group, ...] | None:
    if f.kind == "fact":
        return (Group((present(f.fact),)),)
    if f.kind == "sum":
        parts = [g for g in (_groups(p) for p in present(f.sum)) if g is not None]
        return None if len(parts) != len(present(f.sum)) else tuple(g for p in parts for g in p)
    if f.kind == "sub" and all(p.kind == "fact" for p in present(f.sub)):
        minuend, subtrahend = present(f.sub)
        return (Group((present(minuend.fact),), (present(subtrahend.fact),)),)
    return None


def per_head(rule: Rule) -> PerHead | None:
    """The rate and the groups of a fixed per-head amount; None for any other formula."""
    a, f = rule.amount, rule.amount.formula
    if f is None or a.bound != "exact" or a.cap is not None or f.kind != "mul" or len(present(f.mul)) != 2:
        return None
    consts = [p for p in present(f.mul) if p.kind == "const"]
    heads = [p for p in present(f.mul) if p.kind != "const"]
    if len(consts) != 1 or len(heads) != 1:
        return None
    groups = _groups(heads[0])
    return PerHead(present(consts[0].const), groups) if groups else None


@dataclass
class Share:
    benefit_id: str
    people: int
    value: float
    assumed_overlap: bool  # part of the count was taken as people already counted elsewhere
    unknown_count: bool  # a count is not known yet: taken as 0
    text: str


def allocate(chosen: list[dict], heads: dict[str, PerHead], profile: dict, order: dict[str, int]) -> list[Share]:
    """Shares of the per-head benefits among `chosen` that count people together (one cluster)."""
    ranked = sorted(chosen, key=lambda b: (-heads[b["benefit_id"]].rate, order[b["benefit_id"]]))
    assigned: dict[Group, int] = {}
    out: list[Share] = []
    for b in ranked:
        ph = heads[b["benefit_id"]]
        people, assumed, unknown, notes = 0, False, False, []
        for g in ph.groups:
            n = g.count(profile)
            if n is None:
                unknown = True
                continue
            same = assigned.get(g, 0)
            maybe = sum(v for h, v in assigned.items() if h != g and not h.disjoint(g))
            overlap = min(n, same + maybe)
            if overlap > same:
                assumed = True
            if overlap:
                notes.append(f"{g.words()}{n}人中可能有{overlap}人已按更高标准计入")
            assigned[g] = same + n - overlap
            people += n - overlap
        value = ph.rate * people
        text = f"{num(ph.rate)}元/人 × {people}人 = {num(value)}元"
        if notes:
            text += "（" + "；".join(notes) + "）"
        out.append(Share(b["benefit_id"], people, value, assumed, unknown, text))
    return out


def clusters(chosen: list[dict], people_pairs: dict[str, dict[str, str]]) -> list[list[dict]]:
    """Groups of chosen benefits linked by a shared per-person base (connected components)."""
    ids = {b["benefit_id"]: b for b in chosen}
    seen: set[str] = set()
    out: list[list[dict]] = []
    for b in chosen:
        if b["benefit_id"] in seen or not any(o in ids for o in people_pairs.get(b["benefit_id"], {})):
            continue
        stack, members = [b["benefit_id"]], []
        while stack:
            bid = stack.pop()
            if bid in seen:
                continue
            seen.add(bid)
            members.append(ids[bid])
            stack += [o for o in people_pairs.get(bid, {}) if o in ids and o not in seen]
        out.append(members)
    return out
