"""Masking of personal numbers: no ID-card or phone number reaches a log line or a stored transcript.

Numbers are found after normalising what people type (full-width digits, groups separated by
spaces or dashes); access-log lines lose their query strings altogether.

People type them into chat ("我身份证号是…，电话138…") to be helpful; staff never need them from
us (the hotline calls back through its own system), so they are masked at the door.
"""

from __future__ import annotations

import logging
import re
import unicodedata

# 18-digit resident ID (last char may be X), 15-digit old IDs, mainland mobiles, landlines.
_PATTERNS = [
    (re.compile(r"(?<!\d)\d{17}[\dXx](?!\d)"), "[身份证号已隐去]"),
    (re.compile(r"(?<!\d)\d{15}(?!\d)"), "[身份证号已隐去]"),
    # A mobile keeps its last four digits after the mask: a caller who gave it in chat can be
    # matched by them on the hotline ("尾号5678"), while the number itself is never stored.
    (re.compile(r"(?<!\d)(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?(\d{4})(?!\d)"), r"[电话已隐去]（尾号\1）"),
    (re.compile(r"(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)"), "[电话已隐去]"),
]
# A single space or dash between two digits, as people group numbers ("110101 19900307 7777").
_SEPARATORS = frozenset(" \u00a0\u3000-\u2010\u2011\u2012\u2013\u2014\uff0d")
_FEW_DIGITS = 7  # shorter texts cannot hold any of the numbers above: skip the work


def _fold(ch: str) -> str:
    """One character in, one out (so positions map back): full-width and other digits to ASCII,
    full-width X, plus and dash to ASCII (what NFKC does to them)."""
    digit = unicodedata.decimal(ch, None)
    if digit is not None:
        return str(digit)
    if ch in "\uff38\uff58\uff0b\uff0d":  # Ｘ ｘ ＋ －
        return unicodedata.normalize("NFKC", ch)
    return ch


def _views(text: str) -> list[tuple[str, list[int]]]:
    """The text as the patterns see it, twice: digits folded; and folded with the single
    separators between digits removed. Each comes with the original index of every character."""
    folded = [_fold(c) for c in text]
    joined_idx = [
        i
        for i, c in enumerate(folded)
        if not (c in _SEPARATORS and 0 < i < len(folded) - 1 and folded[i - 1].isdigit() and folded[i + 1].isdigit())
    ]
    return [("".join(folded), list(range(len(text)))), ("".join(folded[i] for i in joined_idx), joined_idx)]


def redact(text: str) -> str:
    """ID-card and phone numbers masked, however they are typed: full-width digits
    ("１３９１２３４５６７８"), grouped with spaces or dashes, or plain."""
    if sum(c.isdigit() for c in text) < _FEW_DIGITS:
        return text
    spans: list[tuple[int, int, str]] = []
    for view, index in _views(text):
        for pattern, mask in _PATTERNS:
            for m in pattern.finditer(view):
                start, end = index[m.start()], index[m.end() - 1] + 1
                if not any(start < e and s < end for s, e, _ in spans):
                    spans.append((start, end, m.expand(mask)))  # "尾号\1": the tail, in ASCII digits
    for start, end, mask in sorted(spans, reverse=True):
        text = text[:start] + mask + text[end:]
    return text


def _without_query(record: logging.LogRecord) -> None:
    """uvicorn's access line without the query string: WeChat's signature and nonce, search
    questions and anything a URL-encoding would hide from the patterns never reach the log."""
    args = record.args
    if record.name == "uvicorn.access" and isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str):
        record.args = (*args[:2], args[2].split("?", 1)[0], *args[3:])


def mask_record(record: logging.LogRecord) -> None:
    """Mask the message and each string argument in place, keeping the args' shape: formatters
    such as uvicorn's AccessFormatter unpack `record.args` and break if it is replaced."""
    _without_query(record)
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
