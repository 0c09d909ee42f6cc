"""Amounts in words: whole yuan without a decimal point, never in exponent notation."""

from __future__ import annotations


def yuan(value: float | int, unit: str = "元") -> str:
    number = int(value) if float(value).is_integer() else round(float(value), 2)
    return f"{number}{unit}"
