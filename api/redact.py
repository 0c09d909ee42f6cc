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
    # A mobile keeps its last four digits after the mask: a caller who gave it in chat can be
    # matched by them on the hotline ("尾号5678"), while the number itself is never stored.
    (re.compile(r"(?<!\d)(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?(\d{4})(?!\d)"), r"[电话已隐去]（尾号\1）"),
    (re.compile(r"(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)"), "[电话已隐去]"),
]


def redact(text: str) -> str:
    for pattern, mask in _PATTERNS:
        text = pattern.sub(mask, text)
    return text


def mask_record(record: logging.LogRecord) -> None:
    """Mask the message and each string argument in place, keeping the args' shape: formatters
    such as uvicorn's AccessFormatter unpack `record.args` and break if it is replaced."""
    if isinstance(record.msg, str):
        record.msg = redact(record.msg)
    if isinstance(record.args, tuple):
        record.args = tuple(redact(a) if isinstance(a, str) else a for a in record.args)
    elif isinstance(record.args, dict):
        record.args = {k: redact(v) if isinstance(v, str) else v for k, v in record.args.items()}


class RedactingFilter(logging.Filter):
    """A logging filter that masks a record (for loggers set up outside this process's factory)."""

    def filter(self, record: logging.LogRecord) -> bool:
        mask_record(record)
        return True


_installed = False


def install() -> None:
    """Mask every log record of the process, whichever logger makes it (a filter on a logger
    would miss its children's records): done once, at record creation."""
    global _installed
    if _installed:
        return
    previous = logging.getLogRecordFactory()

    def factory(*args, **kwargs) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        mask_record(record)
        return record

    logging.setLogRecordFactory(factory)
    _installed = True
