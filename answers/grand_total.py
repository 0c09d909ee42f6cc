"""The grand total over every measure listed with a known figure, the epidemic-bound ones included: the
12345 evaluation (eval4 N33) found each figure said ("最多28000元", "3000元") and the sum never made, since the
"合计" line leaves epidemic-bound measures out. This line adds them, says which are "最多" (a ceiling: the
cost actually paid may be less) and that it is the known part only, and keeps "以经办部门认定为准" because
an epidemic-bound measure's validity is unknown.
"""

from __future__ import annotations

from answers import validity_words
from answers.money import PER, yuan


def _figure(benefit: dict) -> tuple[float, str] | None:
    """(value, kind): "exact", "min" (至少) or "max" (最多); None when the amount has no figure of its own."""
    a = benefit.get("amount") or {}
    if a.get("nature") == "loan" or a.get("period") in PER:  # a loan is not money paid; a per-period figure
        return None  # is one period only, never added to one-off sums
    if a.get("value") is not None:
        return float(a["value"]), "min" if a.get("value_is_lower_bound") else "exact"
    if a.get("min_value") is not None:
        return float(a["min_value"]), "min"
    if a.get("max_value") is not None:
        return float(a["max_value"]), "max"
    return None


def _sum(known: list[tuple[float, str]]) -> str:
    """ "最多31000元（28000元（最多） + 3000元）": exact and ceilings are "最多", exact and floors "至少"."""
    kinds = {kind for _, kind in known}
    total = sum(value for value, _ in known)
    parts = " + ".join(
        f"{yuan(value)}{'（最多）' if kind == 'max' and len(kinds) > 1 else ''}" for value, kind in known
    )
    if kinds == {"exact"}:
        word = ""
    elif "min" not in kinds:
        word = "最多"
    elif "max" not in kinds:
        word = "至少"
    else:  # a floor and a ceiling added: neither word is true of the sum, so the two are said apart
        low = sum(value for value, kind in known if kind != "max")
        word = f"至少{yuan(low)}，另加最多{yuan(total - low)}，即"
    return f"{word}{yuan(total)}（{parts}）" if len(known) > 1 else f"{word}{yuan(total)}"


def grand_total(claim: list[dict], epidemic: list[dict], pending: list[dict] | None = None) -> list[str]:
    """ "合计（已知部分，含期限与疫情防控期间挂钩的1项）：最多28000元；如“防疫检测补贴”也符合条件：最多31000元（…）",
    or, all still needing a condition, "如以上2项都符合条件，合计（已知部分）：最多31000元（…）". Only when an
    epidemic-bound or a conditional figure is there to add (else the "合计" line above is the whole sum); a
    measure still needing a condition (`pending`) is never added into the known part."""
    tied = [f for b in epidemic if (f := _figure(b)) is not None]
    known = [f for b in claim if (f := _figure(b)) is not None] + tied
    maybe = [(b, f) for b in pending or [] if (f := _figure(b)) is not None]
    if not (tied or maybe) or len(known) + len(maybe) < 2:
        return []  # nothing beyond the ordinary total, or one figure already said in its own line
    everything = _sum(known + [f for _, f in maybe])
    if not known:
        line = f"如以上{len(maybe)}项都符合条件，合计（已知部分）：{everything}"
    else:
        held = f"，含期限与疫情防控期间挂钩的{len(tied)}项" if tied else ""
        line = f"合计（已知部分{held}）：{_sum(known)}"
        if maybe:
            names = "、".join(f"“{b['name']}”" for b, _ in maybe[:3])
            line += f"；如{names}也符合条件：{everything}"
    tied_said = tied or any(validity_words.epidemic_bound(b.get("validity") or {}) for b, _ in maybe)
    why = "期限与疫情防控期间挂钩的项目有效期未知，" if tied_said else ""
    return [f"{line}；{why}能否申请以经办部门认定为准。"]
