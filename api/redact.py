"""Masking of personal numbers: no ID-card or phone number reaches a log line or a stored transcript.

People type them into chat ("我身份证号是…，电话138…") to be helpful; staff never need them from
us (the hotline calls back through its own system), so they are masked at the door.
"""
from __future__ import annotations

import logging
import re

# 18-digit resident ID (last char may be X), 15-digit old IDs, mainland mobiles, landlines.
_PATTERNS = [
    (re.compile(r"(?<!\d)\d{17}[\dXx](?!\d)"), "[身份证号已隐去]"),
    (re.compile(r"(?<!\d)\d{15}(?!\d)"), "[身份证号已隐去]"),
    (re.compile(r"(?<!\d)(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?!\d)"), "[电话已隐去]"),
    (re.compile(r"(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)"), "[电话已隐去]"),
]


def redact(text: str) -> str:
    for pattern, mask in _PATTERNS:
        text = pattern.sub(mask, text)
    return text


class RedactingFilter(logging.Filter):
    """A logging filter that masks the formatted message (install on handlers)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = redact(message)
        if masked != message:
            record.msg, record.args = masked, None
        return True


def install() -> None:
    """Mask every log record of the process (root handlers and uvicorn's)."""
    f = RedactingFilter()
    for name in ("", "uvicorn", "uvicorn.access", "uvicorn.error", "api"):
        logger = logging.getLogger(name)
        logger.addFilter(f)
        for h in logger.handlers:
            h.addFilter(f)
