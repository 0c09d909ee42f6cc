"""Amount formulas: computed value (or None) plus the computation written out for people.

A `local` node is a figure the text leaves to local practice (当地最低工资标准, 当地月人均失业
保险金): it is never invented, so any formula containing one has no value, only its text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from knowledge.eligibility.facts import vocabulary
from knowledge.eligibility.logic import Context, evaluate, show
from knowledge.eligibility.period_total import whole_period
from knowledge.eligibility.schema import Amount, Formula, present


@dataclass
class Computed:
    value: float | None
    missing: list[str]  # facts whose answer would give a value
    local: bool  # depends on an unspecified local figure: no value, whatever is known
    text: str
    # What is certain already when unknown counts are taken as 0 ("4 graduates known, the other
    # group not yet said": 2500 × 4 is owed whatever the answer). Only monotonic formulas carry
    # one; None where an unknown could lower the figure.
    floor: float | None = None
    # "按实际支出，每人每天不超过100元" (the smaller of the cost and 100 × person-days) with the cost not said:
    # the known part bounds it from above (20人 × 14天 → at most 28000元), whatever the cost turns out to be.
    ceiling: float | None = None


def num(value: float) -> int | float:
    """Integral floats as ints (10000, not 10000.0); others rounded to cents."""
    value = round(value, 2)
    return int(value) if float(value).is_integer() else value


def _join(parts: list[Computed], value, text: str) -> Computed:
    missing: list[str] = []
    for p in parts:
        missing += [m for m in p.missing if m not in missing]
    local = any(p.local for p in parts)
    return Computed(None if local or value is None else value, missing, local, text)


def compute(f: Formula, ctx: Context) -> Computed:
    kind = f.kind
    unit = f.unit or ""
    if kind == "const":
        return Computed(f.const, [], False, f"{show(None, f.const)}{unit}", f.const)
    if kind == "fact":
        fact = present(f.fact)
        value = ctx.value(fact)
        label = f.label or vocabulary()[fact].title
        if value is None:
            counts = vocabulary()[fact].type in ("int", "number")
            return Computed(None, [fact], False, f"{label}（未知）", 0.0 if counts else None)
        return Computed(float(value), [], False, f"{show(None, value)}{unit}", float(value))
    if kind == "local":
        return Computed(None, [], True, present(f.local))
    if kind == "pct":
        pct = present(f.pct)
        of = compute(present(f.of), ctx)
        value = of.value * pct / 100 if of.value is not None else None
        out = _join([of], value, f"{show(None, pct)}% × {of.text}")
        out.floor = of.floor * pct / 100 if of.floor is not None and not out.local else None
        return out
    if kind == "tiers":
        return _tiers(f, ctx)
    if kind == "lookup":
        lookup = present(f.lookup)
        key = ctx.value(lookup.fact)
        if key is None:
            return Computed(None, [lookup.fact], False, f"按{vocabulary()[lookup.fact].title}确定")
        value = lookup.values.get(key, 0.0)
        return Computed(value, [], False, f"{show(None, value)}{unit}（{vocabulary()[lookup.fact].label(key)}）")
    if kind == "if_":
        if_ = present(f.if_)
        chosen = evaluate(if_.cond, ctx)
        if chosen.value is None:
            parts = [compute(if_.then, ctx), compute(if_.else_, ctx)]
            if parts[0].value is not None and parts[0].value == parts[1].value:
                return parts[0]  # both answers give the same figure: the condition does not matter
            out = _join(parts, None, f"{parts[0].text} 或 {parts[1].text}（视{f.label or '条件'}而定）")
            out.missing = chosen.missing + [m for m in out.missing if m not in chosen.missing]
            then, else_ = parts[0].floor, parts[1].floor
            # the figure is one of the two branches: the smaller branch floor is certain already
            out.floor = None if out.local or then is None or else_ is None else min(then, else_)
            return out
        return compute(if_.then if chosen.value else if_.else_, ctx)
    return _nary(f, ctx)


def value_of(f: Formula, ctx: Context) -> tuple[float | None, list[str]]:
    """What a condition over a formula needs (Context.compute): the value and the missing facts."""
    c = compute(f, ctx)
    return c.value, c.missing


def _nary(f: Formula, ctx: Context) -> Computed:
    kind = f.kind
    parts = [compute(p, ctx) for p in getattr(f, kind)]
    texts = [p.text for p in parts]
    if kind == "sum" and any(p.value for p in parts):
        # "3人 + 0人": a group said to be none adds nothing, so the person reads "3人"
        texts = [p.text for p in parts if p.value != 0]
    value: float | None = None
    values = [p.value for p in parts if p.value is not None]
    if len(values) == len(parts):
        if kind == "sum":
            value = sum(values)
        elif kind == "mul":
            value = _product(values)
        elif kind == "sub":
            value = values[0] - values[1]
        elif kind == "div":
            value = values[0] / values[1] if values[1] else None
        elif kind == "min":
            value = min(values)
        else:
            value = max(values)
    floors = [p.floor for p in parts if p.floor is not None]
    floor: float | None = None
    if len(floors) == len(parts) and kind in ("sum", "mul", "min", "max"):
        floor = (
            sum(floors)
            if kind == "sum"
            else min(floors)
            if kind == "min"
            else max(floors)
            if kind == "max"
            else _product(floors)
        )
    sign = {"sum": " + ", "mul": " × ", "sub": " − ", "div": " ÷ "}
    if kind in sign:
        text = sign[kind].join(f"({t})" if kind != "sum" and " + " in t else t for t in texts)
        if kind == "sum" and f.label and len(texts) > 1:
            text = f"{f.label}（{text}）"
    else:
        text = f"{'取较小者' if kind == 'min' else '取较大者'}（{'，'.join(texts)}）"
    out = _join(parts, value, text)
    out.floor = None if out.local else floor
    known = [p.value for p in parts if p.value is not None]
    if kind == "min" and value is None and known and not out.local:
        out.ceiling = min(known)
    return out


def _product(values: list[float]) -> float:
    out = 1.0
    for v in values:
        out *= v
    return out


def _tiers(f: Formula, ctx: Context) -> Computed:
    tiers = present(f.tiers)
    by = compute(tiers.by, ctx)
    if by.value is None:
        steps = "；".join(f"{show(None, s.from_)}人（含）以上{show(None, s.rate)}{f.unit or ''}" for s in tiers.steps)
        return _join([by], None, f"按档次（{steps}）")
    step = None
    for s in tiers.steps:
        if by.value >= s.from_:
            step = s
    if step is None:
        return _join([by], 0.0, f"{by.text}，未达到最低档（{show(None, tiers.steps[0].from_)}人）")
    return _join([by], step.rate, f"{show(None, step.rate)}{f.unit or ''}（{show(None, step.from_)}人（含）以上档）")


PER = {"per_year": "每年", "per_month": "每月", "per_day": "每天"}
SLASH = {"per_year": "/年", "per_month": "/月"}


def _over_period(amount: Amount, per_period: float) -> str:
    """The longest period's total of a one-period figure ("3000元/年 × 2年 = 6000元"), said as "最多"."""
    per_text = f"{show(None, num(per_period))}元{SLASH.get(amount.period, '')}"
    word = "最高" if amount.bound == "at_most" else "最多"
    return whole_period(per_period, per_text, amount.period, amount.max_duration, word)


def amount_result(amount: Amount, ctx: Context, payable: bool) -> dict:
    """The contract's amount object. `payable` is false for a benefit the profile does not
    qualify for: its standard is still shown, but no figure is presented as the person's."""
    out: dict[str, Any] = {
        "value": None,
        "unit": "元",
        "text": amount.standard,
        "period": amount.period,
        "bound": amount.bound,
        "nature": amount.nature,
    }
    if amount.max_duration:
        out["max_duration"] = amount.max_duration
    if amount.formula is None:
        out["missing_facts"] = []
        return out
    c = compute(amount.formula, ctx)
    out["missing_facts"] = c.missing if not c.local else []
    if c.value is None:
        if c.local or c.missing:
            out["text"] = f"{amount.standard}；按{'、'.join(_known_note(c))}：{c.text}"
        if c.ceiling is not None and not c.floor:
            high = min(c.ceiling, amount.cap) if amount.cap is not None else c.ceiling
            if payable:
                out["max_value"] = num(high)
            out["text"] = (
                f"{amount.standard}；按已知情况计算，最多{show(None, num(high))}元（按实际支出）：{c.text}"
                "（以经办部门认定为准）"
            )
            return out
        if payable and amount.bound != "at_most" and c.floor and not c.local:
            low = min(c.floor, amount.cap) if amount.cap is not None else c.floor
            out["value" if amount.bound == "exact" else "min_value"] = num(low)
            out["value_is_lower_bound"] = True
            out["text"] = (
                f"{amount.standard}；按已知人数计算至少{show(None, num(low))}元："
                f"{c.text}（未知人数或条件暂按最少计，补充后可能增加）"
            )
        elif payable and amount.bound == "at_most" and c.floor and not c.local and amount.formula.if_ is not None:
            # "合伙…提高为60万元" not yet said: both ceilings, by the condition (eval9 G26 read "按已知人数计算，
            # 最高200000元：600000元 或 200000元…暂按0计")
            out["text"] = f"{amount.standard}（以经办部门认定为准）"  # the standard says both ceilings itself
        elif payable and amount.bound == "at_most" and c.floor and not c.local:
            # "招了2个建档立卡贫困人口": the known people's part is said (7800 × 2 = 15600 at most a year), as
            # a ceiling of that part only: no figure is promised, and unknown people may add to it
            high = min(c.floor, amount.cap) if amount.cap is not None else c.floor
            out["known_part_max"] = num(high)  # the known people's part, at most: compared, never summed
            # "按已知人数计算，每年最高7800元" for 3 hires, 2 of them waiting on a certificate (eval60 CA04 read it as
            # the most the firm could get): the part settled is said as that part, and so is its whole-period total
            whole = _over_period(amount, high).replace("；按最长期限", "；已确定部分按最长期限", 1)
            out["text"] = (
                f"{amount.standard}；按已确定符合的人数计算，{PER.get(amount.period, '')}最高{show(None, num(high))}元："
                f"{c.text}（其余人员或条件未知的暂按0计，补充后可能增加）{whole}"
            )
        return out
    capped = min(c.value, amount.cap) if amount.cap is not None else c.value
    cap_note = f"，封顶{show(None, amount.cap)}元" if amount.cap is not None and c.value > amount.cap else ""
    result = f"{show(None, num(c.value))}元"
    # A flat amount's "calculation" is the amount itself: "1000元 = 1000元" says nothing.
    figure = f"{result}{cap_note}" if c.text.strip() == result else f"{c.text} = {result}{cap_note}"
    if amount.bound == "exact":
        if payable:
            out["value"] = num(capped)
        worked = figure != result  # a flat amount is already said by the standard
        out["text"] = (
            (f"{amount.standard}；计算：{figure}" if worked else amount.standard)
            + (f" → {show(None, num(capped))}元" if cap_note else "")
            + (_over_period(amount, capped) if payable else "")
        )
    elif amount.bound == "at_most":
        if payable:
            out["max_value"] = num(capped)
        out["text"] = f"{amount.standard}；最高：{figure}" + (_over_period(amount, capped) if payable else "")
    else:
        if payable:
            out["min_value"] = num(capped)
            if amount.cap is not None:
                out["max_value"] = num(amount.cap)
        out["text"] = f"{amount.standard}；不低于：{figure}"
    return out


def _known_note(c: Computed) -> list[str]:
    notes = []
    if c.local:
        notes.append("当地标准（原文未列明具体数额）")
    if c.missing:
        notes.append("尚缺信息")
    return notes
