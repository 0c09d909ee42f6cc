"""Amounts in words: whole yuan without a decimal point, never in exponent notation; one way of
saying a figure, a periodic figure and a package total for every channel (the CLI groups digits
for its tables: "15,000元")."""

from __future__ import annotations

PER = {"per_year": "/年", "per_month": "/月", "per_day": "/天"}


def yuan(value: float | int, unit: str = "元", grouped: bool = False) -> str:
    number = int(value) if float(value).is_integer() else round(float(value), 2)
    return f"{number:,}{unit}" if grouped else f"{number}{unit}"


def figure(amount: dict, grouped: bool = False) -> str | None:
    """ "2500元", "最高20000元/年", "不低于4000元/年": the amount's own figure, or None when it has none."""
    for key, word in (("value", ""), ("max_value", "最高"), ("min_value", "不低于")):
        if amount.get(key) is not None:
            return f"{word}{yuan(amount[key], grouped=grouped)}{PER.get(amount.get('period') or '', '')}"
    return None


def total_figure(total: dict | None, grouped: bool = False) -> str:
    """A package total as read out first: "至少12500元", "16000元", or "金额未知"."""
    if not total or total.get("value") is None:
        return "金额未知"
    return f"{'至少' if total.get('is_lower_bound') else ''}{yuan(total['value'], grouped=grouped)}"
